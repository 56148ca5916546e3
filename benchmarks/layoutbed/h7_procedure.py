"""Procedures in the layouts of `--layouts heldout7` (held out when written; see the bed README): both channel lists
in ONE table whose column «Вид канала взаимодействия» says which list a row belongs to, the rows of the two kinds
mixed; a channel list split into lettered groups («а) информационные ресурсы в сети «Интернет»:») with items
numbered afresh under each; a list's lead-in and items in ONE paragraph, the items after soft line breaks
(`w:br`); items qualified by a tail («(при наличии)», «– в случаях, предусмотренных законодательством»).
Otherwise mainstream: «3.k. lead-in:» points, items «1) …;»."""
from __future__ import annotations

import random

from . import h7_common, preamble
from .axes import AxisPlan
from .doc import Doc, Para, Table, cell
from .pools import Pools
from .procedure_layout import FILLER, KINDS, _items, _leadin

AXES = {
    "list_container": ("points", "kind_table", "subgroups"),
    "item_sep": ("paragraphs", "line_breaks"),
    "item_tail": ("none", "note"),
    "list_order": ("canonical", "reversed"),
    **h7_common.AXES,
}
# scaffolding (both halves alike): qualifiers after an item, group labels of the channel lists, the table's words
TAILS = {"channel": (" (при наличии)", " (при наличии технической возможности)", " – в рабочее время",
                     " – в случаях, предусмотренных законодательством"),
         "other": (" (при наличии)", " – в случаях, предусмотренных законодательством", " (при необходимости)")}
GROUPS = {"channel_digital": (("информационные ресурсы в сети «Интернет»",
                               {"website", "social_network", "messenger", "online_service", "feedback_platform",
                                "gosuslugi", "chatbot", "mobile_app"}), ("иные цифровые каналы", None)),
          "channel_offline": (("очные формы взаимодействия",
                               {"personal_reception", "in_person", "internal_office", "info_stand", "mfc"}),
                              ("иные офлайн-каналы", None))}
TABLE_HEAD = ("№ п/п", "Наименование канала взаимодействия", "Вид канала взаимодействия")
TABLE_KIND = {"channel_digital": "цифровой", "channel_offline": "офлайн"}
TABLE_LEAD = "Каналы взаимодействия с клиентами, используемые министерством, приведены в таблице:"


def texts(rng: random.Random, items: list, kind: str, ax) -> list[str]:
    """The items as printed: without their own end, a tail after about half of them when `note`."""
    out = []
    for t, _ in items:
        t = t.rstrip(".;")
        if ax["item_tail"] == "note" and rng.random() < 0.5:
            t += rng.choice(TAILS["channel" if kind.startswith("channel") else "other"])
        out.append(t)
    return out


def numbered(words: list[str]) -> list[str]:
    return [f"{k}) {w}{'.' if k == len(words) else ';'}" for k, w in enumerate(words, 1)]


def grouped(words: list[str], items: list, kind: str) -> list[str]:
    """The items under lettered group labels, numbered afresh in each (a group no item falls in is left out)."""
    (label, codes), (other, _) = GROUPS[kind]
    first = [w for w, (_, c) in zip(words, items) if c[0] in codes]
    rest = [w for w, (_, c) in zip(words, items) if c[0] not in codes]
    groups = [(label, first), (other, rest)] if first and rest else [(label if first else other, first or rest)]
    out = []
    for g, (name, part) in enumerate(groups):
        out.append(f"{'абв'[g]}) {name}:")
        out += numbered(part)
    return out


def point(no: str, lead: str, lines: list[str], ax) -> list[Para]:
    """«3.k. lead-in:» and its lines as paragraphs, or all in one paragraph after line breaks."""
    if ax["item_sep"] == "line_breaks":
        return [Para("\n".join([f"{no} {lead}"] + lines))]
    return [Para(f"{no} {lead}")] + [Para(ln) for ln in lines]


def kind_table(rng, items: dict, ax) -> Table:
    rows = [(w, kind) for kind in ("channel_digital", "channel_offline")
            for w in texts(rng, items[kind], kind, ax)]
    rng.shuffle(rows)
    body = [[cell(f"{k}."), cell(w), cell(TABLE_KIND[kind])] for k, (w, kind) in enumerate(rows, 1)]
    return Table([[cell(h, bold=True) for h in TABLE_HEAD]] + body)


def section3(rng, pools, kinds: list[str], items: dict, ax) -> list:
    out: list = []
    k = 0
    table_done = False
    for kind in kinds:
        if ax["list_container"] == "kind_table" and kind.startswith("channel"):
            if not table_done:
                k += 1
                out += [Para(f"3.{k}. {TABLE_LEAD}"), kind_table(rng, items, ax)]
                table_done = True
            continue
        k += 1
        words = texts(rng, items[kind], kind, ax)
        lines = grouped(words, items[kind], kind) if ax["list_container"] == "subgroups" and kind in GROUPS \
            else numbered(words)
        out += point(f"3.{k}.", _leadin(rng, pools, kind), lines, ax)
    return out


def build(rng: random.Random, pools: Pools, plan: AxisPlan, i: int, name: str) -> Doc:
    ax = {n: plan.value(n, values, i) for n, values in AXES.items()}
    kinds = list(KINDS) if ax["list_order"] == "canonical" else list(reversed(KINDS))
    blocks = h7_common.stamp(preamble.order_paras(rng, "procedure", preamble.issuer(rng)), ax, "УТВЕРЖДЕН")
    items = {kind: _items(rng, pools, kind) for kind in KINDS}
    blocks += [Para("1. Общие положения", bold=True), Para(f"1.1. {FILLER[0]}"), Para(f"1.2. {FILLER[1]}"),
               Para("2. Порядок формирования перечня", bold=True),
               Para("2.1. Перечень формируется структурными подразделениями министерства и актуализируется не "
                    "реже одного раза в год."),
               Para("3. Содержание перечня", bold=True)]
    blocks += section3(rng, pools, kinds, items, ax)
    blocks += h7_common.approval_sheet(rng, ax)
    gold = [{"list_kind": k, "code": c, "text": t} for k in kinds for t, codes in items[k] for c in codes]
    return Doc(name, "procedure", blocks, ax, gold)
