"""Procedures («порядок ведения перечня»): the lists they hold, in every form they are printed in."""
from __future__ import annotations

import random

from . import preamble
from .axes import AxisPlan
from .contract import point_type
from .headings import bare
from .doc import Doc, Para
from .pools import Pools

AXES = {
    "list_form": ("lettered", "numbered_sub", "arabic_paren", "dashes", "bullets", "inline"),
    "leadin_numbered": ("yes", "no"),
    "list_order": ("canonical", "shuffled"),
    "item_punct": ("semicolons", "none"),
}
KINDS = ("direction", "channel_digital", "channel_offline", "need")
LETTERS = "абвгдежзиклмнопрст"
FILLER = ("Настоящий Порядок определяет правила формирования, ведения и актуализации перечня точек "
          "взаимодействия с внешними и внутренними клиентами.",
          "Перечень утверждается руководителем и размещается на официальном сайте.")


def pool_rows(pools: Pools, kind: str) -> list[tuple[str, list[str]]]:
    """(text, codes) of every pool phrase that may be an item of a `kind` list, in the pool's order."""
    if kind == "direction":
        return [(bare(r["heading"]), [r["direction"]]) for r in pools["directions"]]
    if kind == "need":
        # a phrase written as a multi-line cell is not a list item
        return [(r["phrase"], [c.strip() for c in r["codes"].split(",") if c.strip()])
                for r in pools["needs"] if "\n" not in r["phrase"]]
    want = "digital" if kind == "channel_digital" else "offline"
    return [(r["phrase"], [r["code"]]) for r in pools["channels"] if point_type(r["code"]) == want]


def _items(rng: random.Random, pools: Pools, kind: str) -> list[tuple[str, list[str]]]:
    """(text, codes) of one list; one phrase per code so that items are distinct."""
    rows = pool_rows(pools, kind)
    rng.shuffle(rows)
    seen, out = set(), []
    for text, codes in rows:
        if tuple(codes) not in seen:
            seen.add(tuple(codes))
            out.append((text, codes))
    return out[:rng.randint(3, 6)]


def _marker(form: str, k: int, prefix: str) -> str:
    return {"lettered": f"{LETTERS[k]})", "numbered_sub": f"{prefix}{k + 1}.", "arabic_paren": f"{k + 1})",
            "dashes": "–", "bullets": "•"}[form]


def _leadin(rng: random.Random, pools: Pools, kind: str) -> str:
    options = [r["leadin"] for r in pools["procedure_leadins"] if r["list_kind"] == kind]
    text = rng.choice(options).rstrip(" .:")
    return text + ":"


def _list_paras(rng, pools, ax, kind: str, number: str) -> tuple[list[Para], list[tuple[str, list[str]]]]:
    items = _items(rng, pools, kind)
    lead = _leadin(rng, pools, kind)
    head = f"{number} {lead}" if ax["leadin_numbered"] == "yes" else lead
    texts = [t[0].lower() + t[1:] if ax["list_form"] != "bullets" and t[1:2].islower() else t for t, _ in items]
    if ax["list_form"] == "inline":
        return [Para(f"{head} {'; '.join(texts)}.")], items
    paras = [Para(head)]
    for k, text in enumerate(texts):
        end = ("." if k == len(texts) - 1 else ";") if ax["item_punct"] == "semicolons" else ""
        paras.append(Para(f"{_marker(ax['list_form'], k, number)} {text}{end}"))
    return paras, items


def build(rng: random.Random, pools: Pools, plan: AxisPlan, i: int, name: str) -> Doc:
    ax = {n: plan.value(n, values, i) for n, values in AXES.items()}
    if ax["list_form"] == "numbered_sub":
        ax["leadin_numbered"] = "yes"  # items 2.1.1, 2.1.2 sit under a numbered lead-in 2.1.
    kinds = list(KINDS)
    if ax["list_order"] == "shuffled":
        rng.shuffle(kinds)
    blocks = preamble.order_paras(rng, "procedure", preamble.issuer(rng))
    blocks += [Para("1. Общие положения", bold=True), Para(f"1.1. {FILLER[0]}"), Para(f"1.2. {FILLER[1]}"),
               Para("2. Формирование перечня", bold=True)]
    gold = []
    for k, kind in enumerate(kinds):
        paras, items = _list_paras(rng, pools, ax, kind, f"2.{k + 1}.")
        blocks += paras
        gold += [{"list_kind": kind, "code": c, "text": t} for t, codes in items for c in codes]
    return Doc(name, "procedure", blocks, ax, gold)
