"""Procedures in the layouts of `--layouts heldout8` (held out when written; see the bed README): two of the lists
given in the ORDER's own points before the procedure («2. Установить, что: 2.1. <lead-in> 1) …»), the procedure
referring to them («3.2. Цифровые каналы взаимодействия определены подпунктом 2.1 приказа, которым утвержден
настоящий Порядок.»); a list CONTINUED in a later point after another list («3.4. Кроме того, к цифровым каналам
взаимодействия относятся: 4) …», its numbering running on); a list numbered FOUR levels deep under one group point
(«3.1. В перечень включаются следующие сведения:», «3.1.2. <lead-in>», items «3.1.2.1.»); a list's items laid out
in a TWO-COLUMN table with no header and no borders' meaning (row k: item k and item k + half). Otherwise
mainstream: «3.k. lead-in:» points, items «1) …;»."""
from __future__ import annotations

import random

from . import preamble
from .axes import AxisPlan
from .doc import Doc, Para, Table, cell
from .pools import Pools
from .procedure_layout import FILLER, KINDS, _items, _leadin

AXES = {
    "lists_in": ("procedure", "order_body"),
    "list_split": ("one", "continued"),
    "numbering": ("paren", "decimal_deep"),
    "item_grid": ("paragraphs", "two_columns"),
    "list_order": ("canonical", "reversed"),
}
# scaffolding wording (both halves alike): what the procedure calls each list where it refers to it or goes on
NAMED = {"direction": "Направления деятельности министерства", "channel_digital": "Цифровые каналы взаимодействия",
         "channel_offline": "Офлайн-каналы взаимодействия", "need": "Потребности клиентов"}
GOES_ON = {"direction": "направлениям деятельности министерства", "channel_digital": "цифровым каналам взаимодействия",
           "channel_offline": "офлайн-каналам взаимодействия", "need": "потребностям клиентов"}
GROUP_POINT = "В перечень включаются следующие сведения:"
ORDER_POINT = "Установить, что:"


def numbered(words: list[str], ax, no: str, start: int = 1) -> list[str]:
    """Items «k) …;» (numbering from `start`) or «<no>k. …;» (a level under the point `no`), the last with «.»."""
    out = []
    for j, w in enumerate(words):
        mark = f"{start + j})" if ax["numbering"] == "paren" else f"{no}{j + 1}."
        out.append(f"{mark} {w}{'.' if j == len(words) - 1 else ';'}")
    return out


def point(no: str, lead: str, lines: list[str], ax) -> list:
    """The point «<no> lead-in» and its items: a paragraph each, or a two-column table (row k: item k, item k + h)."""
    out: list = [Para(f"{no} {lead}")]
    if ax["item_grid"] == "paragraphs":
        return out + [Para(ln) for ln in lines]
    half = (len(lines) + 1) // 2
    rows = [[cell(lines[k]), cell(lines[k + half] if k + half < len(lines) else "")] for k in range(half)]
    return out + [Table(rows, header_rows=0)]


def plan_points(rng: random.Random, kinds: list[str], items: dict, ax, in_order: set[str]) -> list[tuple]:
    """(kind, what the point holds: `ref`, `all`, `first`, `rest`) in order; a continued list's rest after the
    point that follows its first part."""
    entries = [(k, "ref" if k in in_order else "all") for k in kinds]
    if ax["list_split"] == "continued":
        cut = [k for k, what in entries if what == "all" and len(items[k]) >= 4]
        if cut:
            kind = rng.choice(cut)
            at = next(n for n, (k, _) in enumerate(entries) if k == kind)
            entries[at] = (kind, "first")
            entries.insert(min(at + 2, len(entries)), (kind, "rest"))
    return entries


def section3(rng, pools, kinds: list[str], items: dict, ax, in_order: dict[str, str]) -> list:
    deep = ax["numbering"] == "decimal_deep"
    out: list = [Para("3. Содержание перечня", bold=True)] + ([Para(f"3.1. {GROUP_POINT}")] if deep else [])
    for n, (kind, what) in enumerate(plan_points(rng, kinds, items, ax, set(in_order)), 1):
        no = f"3.1.{n}." if deep else f"3.{n}."
        words = [t.rstrip(".;") for t, _ in items[kind]]
        half = (len(words) + 1) // 2
        if what == "ref":
            out.append(Para(f"{no} {NAMED[kind]} определены подпунктом {in_order[kind]} приказа, которым утвержден "
                            f"настоящий Порядок."))
        elif what == "rest":
            out += point(no, f"Кроме того, к {GOES_ON[kind]} относятся:", numbered(words[half:], ax, no, half + 1),
                         ax)
        else:
            part = words[:half] if what == "first" else words
            out += point(no, _leadin(rng, pools, kind), numbered(part, ax, no), ax)
    return out


def order_points(rng, pools, blocks: list, lists: list[str], items: dict, ax) -> tuple[list, dict[str, str]]:
    """The order's blocks with «2. Установить, что:» and a sub-point per list of `lists` inserted after its first
    point (its control point renumbered 3.), and where each list went («2.1»)."""
    if not lists:
        return blocks, {}
    at = next(k for k, b in enumerate(blocks) if isinstance(b, Para) and b.text.startswith("1. Утвердить")) + 1
    added: list = [Para(f"2. {ORDER_POINT}")]
    where = {}
    for m, kind in enumerate(lists, 1):
        words = [t.rstrip(".;") for t, _ in items[kind]]
        added += point(f"2.{m}.", _leadin(rng, pools, kind), numbered(words, ax, f"2.{m}."), ax)
        where[kind] = f"2.{m}"
    rest = [Para("3." + b.text[2:]) if isinstance(b, Para) and b.text.startswith("2. Контроль") else b
            for b in blocks[at:]]
    return blocks[:at] + added + rest, where


def build(rng: random.Random, pools: Pools, plan: AxisPlan, i: int, name: str) -> Doc:
    ax = {n: plan.value(n, values, i) for n, values in AXES.items()}
    kinds = list(KINDS) if ax["list_order"] == "canonical" else list(reversed(KINDS))
    items = {kind: _items(rng, pools, kind) for kind in KINDS}
    chosen = set(rng.sample(KINDS, k=2)) if ax["lists_in"] == "order_body" else set()
    in_order = [k for k in kinds if k in chosen]
    blocks, where = order_points(rng, pools, preamble.order_paras(rng, "procedure", preamble.issuer(rng)),
                                 in_order, items, ax)
    blocks += [Para("1. Общие положения", bold=True), Para(f"1.1. {FILLER[0]}"), Para(f"1.2. {FILLER[1]}"),
               Para("2. Порядок формирования перечня", bold=True),
               Para("2.1. Перечень формируется структурными подразделениями министерства и актуализируется не "
                    "реже одного раза в год.")]
    blocks += section3(rng, pools, kinds, items, ax, where)
    gold = [{"list_kind": k, "code": c, "text": t} for k in kinds for t, codes in items[k] for c in codes]
    return Doc(name, "procedure", blocks, ax, gold)
