"""Procedures in the layouts of `--layouts extra2`: each list under a sub-heading of its own that
names it («2.1. Цифровые каналы взаимодействия»), with no lead-in sentence and no colon; the
sub-heading numbered or a bold line; items numbered under it (2.1.1.), dashed or lettered — or,
under bold sub-headings, numbered as points of the section itself, on across the lists (2.1.–2.9.)."""
from __future__ import annotations

import random

from . import preamble
from .axes import AxisPlan
from .doc import Doc, Para
from .pools import Pools
from .procedure_layout import FILLER, KINDS, LETTERS, _items

AXES = {
    "subheading": ("numbered", "bold_unnumbered"),
    "item_marker": ("numbered_sub", "dash", "lettered"),
    "list_order": ("canonical", "reversed"),
}
# the sub-headings name the list, as the section titles of published procedures do (scaffolding,
# the same in both halves; two wordings each)
SUBHEADINGS = {"direction": ("Направления деятельности", "Направления деятельности министерства"),
               "channel_digital": ("Цифровые каналы взаимодействия", "Цифровые точки взаимодействия"),
               "channel_offline": ("Офлайн-каналы взаимодействия", "Нецифровые (очные) точки взаимодействия"),
               "need": ("Потребности клиентов", "Типовые потребности клиента")}


def _marker(form: str, k: int, prefix: str) -> str:
    return {"numbered_sub": f"{prefix}{k + 1}.", "dash": "–", "lettered": f"{LETTERS[k]})"}[form]


def _numbers(ax: dict[str, str], n: int, count: int, before: int) -> list[str]:
    """The items' markers: under a numbered sub-heading 2.n.1., 2.n.2.; under a bold unnumbered one
    the items are points of section 2 themselves, numbered on across the lists (2.1.–2.5., 2.6.–…)."""
    if ax["item_marker"] == "numbered_sub" and ax["subheading"] == "bold_unnumbered":
        return [f"2.{before + k + 1}." for k in range(count)]
    return [_marker(ax["item_marker"], k, f"2.{n + 1}.") for k in range(count)]


def build(rng: random.Random, pools: Pools, plan: AxisPlan, i: int, name: str) -> Doc:
    ax = {n: plan.value(n, values, i) for n, values in AXES.items()}
    kinds = list(KINDS)[::-1] if ax["list_order"] == "reversed" else list(KINDS)
    blocks = preamble.order_paras(rng, "procedure", preamble.issuer(rng))
    blocks += [Para("1. Общие положения", bold=True), Para(f"1.1. {FILLER[0]}"), Para(f"1.2. {FILLER[1]}"),
               Para("2. Состав перечня", bold=True)]
    gold, before = [], 0
    for n, kind in enumerate(kinds):
        items = _items(rng, pools, kind)
        title = rng.choice(SUBHEADINGS[kind])
        numbered = ax["subheading"] == "numbered"
        blocks.append(Para(f"2.{n + 1}. {title}" if numbered else title, bold=not numbered))
        for k, ((text, _), mark) in enumerate(zip(items, _numbers(ax, n, len(items), before))):
            text = text[0].lower() + text[1:] if text[1:2].islower() else text
            blocks.append(Para(f"{mark} {text}{'.' if k == len(items) - 1 else ';'}"))
        before += len(items)
        gold += [{"list_kind": kind, "code": c, "text": t} for t, codes in items for c in codes]
    return Doc(name, "procedure", blocks, ax, gold)
