"""Procedures in the layouts of `--layouts heldout2` (held out when written; see the bed README): lists whose items are parted
by commas, the two channel lists in one sentence («… подразделяются … на: цифровые точки: а, б, в;
офлайн-точки: г, д.»); the whole of section 2 one paragraph, a list a sentence after the pool's
lead-in; the lists in an appendix table to the procedure («Направление деятельности | Цифровые каналы
| Офлайн-каналы | Потребности клиентов», a list a column, its k-th item in row k); items written as
sentences (capitalised) or in lower case; the stamp on lines of its own; converted text as the legal
database prints tables, a cell a line."""
from __future__ import annotations

import random

from . import h2_common, preamble
from .axes import AxisPlan
from .doc import Doc, Para, Table, cell
from .pools import Pools
from .procedure_layout import FILLER, KINDS, _items, _leadin

AXES = {
    "list_container": ("comma_inline", "one_paragraph", "appendix_table"),
    "item_case": ("sentence", "lower"),
    "stamp": h2_common.STAMP,
    "txt_table": h2_common.TXT_TABLE,
}
# scaffolding sentences (both halves alike): the lists' names as published procedures word them
CHANNELS = ("2.1. Точки взаимодействия в зависимости от канала взаимодействия подразделяются на: "
            "цифровые точки: {}; оффлайн-точки: {}.")
COMMA_LEADS = {"direction": "2.2. Перечень ведётся по следующим направлениям деятельности министерства: {}.",
               "need": "2.3. Для каждой точки взаимодействия указываются потребности клиента: {}."}
TABLE_LEAD = ("2.1. Перечень формируется по направлениям деятельности, каналам взаимодействия и потребностям "
              "клиентов, указанным в приложении к настоящему Порядку.")
TABLE_HEAD = {"direction": "Направление деятельности", "channel_digital": "Цифровые каналы взаимодействия",
              "channel_offline": "Офлайн-каналы взаимодействия", "need": "Потребности клиентов"}
APPENDIX = ("Приложение к Порядку ведения перечня точек взаимодействия",
            "Направления деятельности, каналы взаимодействия и потребности клиентов")


def _case(text: str, form: str) -> str:
    text = " ".join(text.split()).rstrip(".;,")
    if form == "sentence":
        return text[0].upper() + text[1:]
    return text[0].lower() + text[1:] if text[1:2].islower() else text


def _lists(rng, pools, sep: str) -> dict[str, list]:
    """Each kind's items, drawn from the phrases that do not hold the separator (they would read as
    several items); the whole pool only where fewer than two are left."""
    keep = {"channels": "phrase", "needs": "phrase", "directions": "heading"}
    clean = Pools(pools.half, pools.label, {name: [r for r in rows if sep not in r.get(keep.get(name, ""), "")]
                                            for name, rows in pools.tables.items()})
    return {kind: _items(rng, clean, kind) if len(_items(random.Random(0), clean, kind)) >= 2
            else _items(rng, pools, kind) for kind in KINDS}


def comma_inline(lists, ax) -> list[Para]:
    joined = {k: ", ".join(_case(t, "lower") for t, _ in items) for k, items in lists.items()}
    return [Para(CHANNELS.format(joined["channel_digital"], joined["channel_offline"]))] + [
        Para(COMMA_LEADS[k].format(joined[k])) for k in ("direction", "need")]


def one_paragraph(rng, pools, lists, ax) -> list[Para]:
    sentences = [f"{_leadin(rng, pools, k)} {'; '.join(_case(t, ax['item_case']) for t, _ in items)}."
                 for k, items in lists.items()]
    return [Para("2. " + " ".join(sentences))]


def appendix_table(lists, ax) -> list:
    depth = max(map(len, lists.values()))
    rows = [[cell(TABLE_HEAD[k], bold=True) for k in KINDS]]
    rows += [[cell(_case(lists[k][r][0], ax["item_case"]) if r < len(lists[k]) else "") for k in KINDS]
             for r in range(depth)]
    return [Para(TABLE_LEAD), Para(APPENDIX[0], page_break_before=True), Para(APPENDIX[1], bold=True, center=True),
            Table(rows, header_rows=1)]


def build(rng: random.Random, pools: Pools, plan: AxisPlan, i: int, name: str) -> Doc:
    ax = {n: plan.value(n, values, i) for n, values in AXES.items()}
    form = ax["list_container"]
    if form == "comma_inline":
        ax["item_case"] = "n/a"  # items inside a sentence, parted by commas, are lower case
    body = preamble.issuer(rng)
    blocks: list = preamble.order_paras(rng, "procedure", body)
    blocks = h2_common.with_stamp(blocks, h2_common.stamp_lines(blocks, body, ax["stamp"], rng))
    blocks += [Para("1. Общие положения", bold=True), Para(f"1.1. {FILLER[0]}"), Para(f"1.2. {FILLER[1]}")]
    if form != "one_paragraph":
        blocks.append(Para("2. Содержание перечня", bold=True))
    lists = _lists(rng, pools, "," if form == "comma_inline" else ";")
    blocks += {"comma_inline": lambda: comma_inline(lists, ax),
               "one_paragraph": lambda: one_paragraph(rng, pools, lists, ax),
               "appendix_table": lambda: appendix_table(lists, ax)}[form]()
    gold = [{"list_kind": k, "code": c, "text": t} for k, items in lists.items() for t, codes in items for c in codes]
    return Doc(name, "procedure", blocks, ax, gold, txt_table=ax["txt_table"],
               txt_banner=h2_common.banner(rng, ax["txt_table"]))
