"""Procedures in the layouts of `--layouts extra`: the four lists inside a table («Направление» |
«Перечень», the pool's lead-in on the left, the items on the right), as one paragraph with
numbered items inline («1) …; 2) …»), or as numbered paragraphs; lead-ins split over two
sentences (the list named in the first, «К ним относятся:» after it); the lists in other orders."""
from __future__ import annotations

import random

from . import preamble
from .axes import AxisPlan
from .doc import Cell, Doc, Para, Table, cell
from .pools import Pools
from .procedure_layout import FILLER, KINDS, _items, _leadin

AXES = {
    "list_container": ("table", "inline_numbered", "paragraphs"),
    "leadin_split": ("two_sentences", "one"),
    "list_order": ("reversed", "needs_first", "canonical"),
}
# a split lead-in: the list is named in a sentence of its own, the colon follows a sentence that
# names nothing (scaffolding, the same in both halves; the one-sentence lead-ins are the pools')
FIRST = {"direction": ("Перечень формируется с учётом направлений деятельности министерства",
                       "Точки взаимодействия группируются по направлениям деятельности"),
         "channel_digital": ("Министерство использует цифровые каналы взаимодействия с клиентами",
                             "Взаимодействие может осуществляться в электронной (цифровой) форме"),
         "channel_offline": ("Наряду с цифровыми используются офлайн-каналы взаимодействия",
                             "Взаимодействие может осуществляться в очной (нецифровой) форме"),
         "need": ("Для каждой точки определяются потребности клиента",
                  "Суть взаимодействия описывается потребностями клиента")}
SECOND = ("К ним относятся:", "Перечень включает следующие позиции:", "Среди них выделяются:")
TABLE_HEAD = ("Направление", "Перечень")
# always a marker: converted text runs a cell's paragraphs together, unmarked items could not be told apart
MARKERS = ("{k})", "–", "{k}.")


def _lead(rng: random.Random, pools: Pools, kind: str, split: bool) -> str:
    if split:
        return f"{rng.choice(FIRST[kind])}. {rng.choice(SECOND)}"
    return _leadin(rng, pools, kind)


def _texts(items) -> list[str]:
    return [t[0].lower() + t[1:] if t[1:2].islower() else t for t, _ in items]


def _order(ax: dict[str, str]) -> list[str]:
    kinds = list(KINDS)
    if ax["list_order"] == "reversed":
        return kinds[::-1]
    if ax["list_order"] == "needs_first":
        return ["need"] + kinds[:-1]
    return kinds


def _as_table(rng, pools, ax, kinds) -> tuple[list, list[dict]]:
    marker = rng.choice(MARKERS)
    rows, gold = [[cell(h, bold=True) for h in TABLE_HEAD]], []
    for kind in kinds:
        items = _items(rng, pools, kind)
        texts = _texts(items)
        lines = [f"{marker.format(k=k + 1)} {t}{';' if k + 1 < len(texts) else '.'}" for k, t in enumerate(texts)]
        rows.append([cell(_leadin(rng, pools, kind).rstrip(":")), Cell(lines)])
        gold += [{"list_kind": kind, "code": c, "text": t} for t, codes in items for c in codes]
    lead = Para("2.1. Перечень формируется с учётом следующих сведений:")
    return [lead, Table(rows, header_rows=1)], gold


def _as_paragraphs(rng, pools, ax, kinds) -> tuple[list, list[dict]]:
    blocks, gold = [], []
    for n, kind in enumerate(kinds):
        items = _items(rng, pools, kind)
        lead = f"2.{n + 1}. {_lead(rng, pools, kind, ax['leadin_split'] == 'two_sentences')}"
        texts = _texts(items)
        if ax["list_container"] == "inline_numbered":
            inline = "; ".join(f"{k + 1}) {t}" for k, t in enumerate(texts))
            blocks.append(Para(f"{lead} {inline}."))
        else:
            blocks.append(Para(lead))
            blocks += [Para(f"{k + 1}) {t}{';' if k + 1 < len(texts) else '.'}") for k, t in enumerate(texts)]
        gold += [{"list_kind": kind, "code": c, "text": t} for t, codes in items for c in codes]
    return blocks, gold


def build(rng: random.Random, pools: Pools, plan: AxisPlan, i: int, name: str) -> Doc:
    ax = {n: plan.value(n, values, i) for n, values in AXES.items()}
    if ax["list_container"] == "table":
        ax["leadin_split"] = "n/a"  # the table's left cell names the list, the pool's lead-in without its colon
    blocks = preamble.order_paras(rng, "procedure", preamble.issuer(rng))
    blocks += [Para("1. Общие положения", bold=True), Para(f"1.1. {FILLER[0]}"), Para(f"1.2. {FILLER[1]}"),
               Para("2. Формирование перечня", bold=True)]
    lay = _as_table if ax["list_container"] == "table" else _as_paragraphs
    lists, gold = lay(rng, pools, ax, _order(ax))
    return Doc(name, "procedure", blocks + lists, ax, gold)
