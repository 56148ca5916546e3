"""Procedures in the layouts of `--layouts heldout` (never tuned on): the four lists as a table of
four rows with no header (the list's short name on the left, its items on the right in one
paragraph, «;» between them); as sentences with no colon («Направлениями деятельности
министерства являются …; …»); as a name, a dash and the items («Цифровые каналы – …; …»)."""
from __future__ import annotations

import random

from . import preamble
from .axes import AxisPlan
from .doc import Doc, Para, Table, cell
from .pools import Pools
from .procedure_layout import FILLER, KINDS, _items

AXES = {
    "list_container": ("four_row_table", "sentence_no_colon", "name_dash"),
    "list_order": ("canonical", "needs_first"),
}
# what the list is called, as a row's name or a sentence's subject (scaffolding, both halves alike)
NAMES = {"direction": "Направления деятельности министерства", "channel_digital": "Цифровые каналы взаимодействия",
         "channel_offline": "Нецифровые (офлайн) каналы взаимодействия", "need": "Потребности клиентов"}
SENTENCES = {"direction": "Направлениями деятельности министерства, по которым ведётся перечень, являются",
             "channel_digital": "К цифровым каналам взаимодействия с клиентами относятся",
             "channel_offline": "К нецифровым каналам взаимодействия относятся",
             "need": "Потребностями клиентов при взаимодействии с министерством признаются"}


def _joined(items) -> str:
    texts = [" ".join(t.split()) for t, _ in items]
    return "; ".join(t[0].lower() + t[1:] if t[1:2].islower() else t for t in texts)


def build(rng: random.Random, pools: Pools, plan: AxisPlan, i: int, name: str) -> Doc:
    ax = {n: plan.value(n, values, i) for n, values in AXES.items()}
    kinds = ["need"] + list(KINDS[:-1]) if ax["list_order"] == "needs_first" else list(KINDS)
    blocks = preamble.order_paras(rng, "procedure", preamble.issuer(rng))
    blocks += [Para("1. Общие положения", bold=True), Para(f"1.1. {FILLER[0]}"), Para(f"1.2. {FILLER[1]}"),
               Para("2. Содержание перечня", bold=True)]
    gold, rows = [], []
    for n, kind in enumerate(kinds):
        items = _items(rng, pools, kind)
        # an item that holds «;» itself would read as several in a «;»-joined list
        items = [x for x in items if ";" not in x[0]] or items
        gold += [{"list_kind": kind, "code": c, "text": t} for t, codes in items for c in codes]
        if ax["list_container"] == "four_row_table":
            rows.append([cell(NAMES[kind]), cell(_joined(items) + ".")])
        elif ax["list_container"] == "sentence_no_colon":
            blocks.append(Para(f"2.{n + 1}. {SENTENCES[kind]} {_joined(items)}."))
        else:
            blocks.append(Para(f"2.{n + 1}. {NAMES[kind]} – {_joined(items)}."))
    if rows:
        blocks += [Para("2.1. В перечень включаются следующие сведения."), Table(rows, header_rows=0)]
    return Doc(name, "procedure", blocks, ax, gold)
