"""Procedures in the layouts of `--layouts heldout14` (held out when written; see the bed README): list items named by
CODES of the register the list keeps — «НД-01 – …;», «ЦК-02 – …;», «ОК-01 – …;», «ПК-03 – …;» (`coded`), or the same
codes in a two-column table «Код | Наименование» under the lead-in (`coded_table`) —; lead-ins in another region's
words («площадки он-лайн взаимодействия», «что хочет получить клиент»). Otherwise mainstream: «1. Общие положения»,
«2. Содержание перечня» with points «2.k. lead-in:», items «1) …;», the last closed by «.», «3. Актуализация перечня»."""
from __future__ import annotations

import random

from . import preamble
from .axes import AxisPlan
from .doc import Doc, Para, Table, cell
from .h14_common import axes
from .pools import Pools
from .procedure_layout import FILLER, KINDS, _leadin, pool_rows

AXES = {
    "item_marker": ("paren", "coded", "coded_table"),
    "leadin_form": ("pool", "regional"),
    "list_order": ("canonical", "reversed"),
}
# scaffolding (both halves alike): lead-ins in another region's words
REGIONAL = {"direction": "Перечень ведется в разрезе следующих блоков деятельности министерства:",
            "channel_digital": "К площадкам он-лайн взаимодействия с клиентами относятся:",
            "channel_offline": "К площадкам офф-лайн взаимодействия с клиентами относятся:",
            "need": "В перечне отражается, что хочет получить клиент, обращаясь в министерство:"}
# a list's code letters in the register: directions, digital and offline channels, needs
CODES = {"direction": "НД", "channel_digital": "ЦК", "channel_offline": "ОК", "need": "ПК"}
CODE_HEAD = ("Код", "Наименование")


def items(rng: random.Random, pools: Pools, kind: str) -> list[tuple[str, list[str]]]:
    """(text, codes) of one list, one phrase per code, no item holding the «;» that closes the items."""
    rows = [r for r in pool_rows(pools, kind) if ";" not in r[0]]
    rng.shuffle(rows)
    seen, out = set(), []
    for text, codes in rows:
        if tuple(codes) not in seen:
            seen.add(tuple(codes))
            out.append((text.rstrip(".;"), codes))
    return out[:rng.randint(3, 6)]


def lower(w: str) -> str:
    return w[0].lower() + w[1:] if not w[1:2].isupper() else w


def code(kind: str, j: int) -> str:
    return f"{CODES[kind]}-{j:02d}"


def list_blocks(kind: str, words: list[str], marker: str) -> list:
    """The items as the document marks them: «1) …;», «ЦК-01 – …;» (the last closed by «.»), or a code table."""
    if marker == "coded_table":
        rows = [[cell(h, bold=True) for h in CODE_HEAD]] + [[cell(code(kind, j)), cell(w)]
                                                               for j, w in enumerate(words, 1)]
        return [Table(rows, header_rows=1)]
    last = len(words)
    mark = (lambda j: f"{j})") if marker == "paren" else (lambda j: f"{code(kind, j)} –")
    return [Para(f"{mark(j)} {lower(w)}{'.' if j == last else ';'}") for j, w in enumerate(words, 1)]


def build(rng: random.Random, pools: Pools, plan: AxisPlan, i: int, name: str) -> Doc:
    ax = axes(plan, i, AXES)
    kinds = list(KINDS) if ax["list_order"] == "canonical" else list(reversed(KINDS))
    regional = ax["leadin_form"] == "regional"
    texts = {kind: items(rng, pools, kind) for kind in KINDS}
    blocks: list = preamble.order_paras(rng, "procedure", preamble.issuer(rng))
    blocks += [Para("1. Общие положения", bold=True), Para(f"1.1. {FILLER[0]}"), Para(f"1.2. {FILLER[1]}")]
    if ax["item_marker"] != "paren":
        blocks.append(Para("1.3. Каждой записи перечня присваивается код, состоящий из буквенного обозначения раздела "
                           "перечня и порядкового номера записи."))
    blocks.append(Para("2. Содержание перечня", bold=True))
    for k, kind in enumerate(kinds, 1):
        lead = REGIONAL[kind] if regional else _leadin(rng, pools, kind)
        blocks.append(Para(f"2.{k}. {lead}"))
        blocks += list_blocks(kind, [t for t, _ in texts[kind]], ax["item_marker"])
    blocks += [Para("3. Актуализация перечня", bold=True),
               Para("3.1. Перечень пересматривается не реже одного раза в год."),
               Para("3.2. Коды исключенных записей повторно не присваиваются.")
               if ax["item_marker"] != "paren" else Para("3.2. Изменения в перечень вносятся приказом министерства.")]
    gold = [{"list_kind": k, "code": c, "text": t} for k in kinds for t, codes in texts[k] for c in codes]
    return Doc(name, "procedure", blocks, ax, gold)
