"""Touchpoint lists in the layouts of `--layouts heldout2` (held out when written; see the bed README): the point type written
inside the channel's cell («… (цифровая точка)») or in a column of abbreviations («цифр.», «Ц»/«О»
with a legend under the table); abbreviated headings («Канал вз-ия», «Потр-ти клиента»); a «Категория
клиентов» column (ФЛ, ЮЛ, ИП) and an «Этап клиентского пути» column whose stages read like needs;
the appendix's stamp and title as the table's first rows; the direction a column repeated on every
row or a labelled full-width row («Направление деятельности: …»); converted text as the legal
database prints tables, a cell a line. The content (touch_content) and the gold are the base lists'."""
from __future__ import annotations

import random

from . import h2_common, preamble, touch_content
from .axes import AxisPlan
from .doc import Cell, Doc, Para, Table, cell
from .headings import bare
from .pools import Pools
from .touch_layout import merge_down, needs_cell

AXES = {
    "type_as": ("in_channel_cell", "abbrev_column"),
    "header_names": ("abbreviated", "full"),
    "category_col": ("yes", "no"),
    "journey_col": ("yes", "no"),
    "title_in_table": ("stamp_and_title", "none"),
    "direction_as": ("column", "labelled_row"),
    "needs_cell": ("semicolons", "paragraphs"),
    "stamp": h2_common.STAMP,
    "txt_table": h2_common.TXT_TABLE,
}
NAMES = {"no": ("№ п/п", "№"), "direction": ("Направление деятельности", "Напр. деят-ти"),
         "process": ("Наименование процесса", "Процесс (усл., функц.)"),
         "category": ("Категория клиентов", "Катег. клиентов"), "journey": ("Этап клиентского пути", "Этап КП"),
         "touchpoint": ("Точка взаимодействия (канал)", "Канал вз-ия"),
         "type": ("Тип точки взаимодействия", "Тип т. вз."), "needs": ("Потребности клиента", "Потр-ти клиента")}
IN_CELL = {"digital": (" (цифровая)", " (цифровая точка)"), "offline": (" (офлайн)", " (оффлайн-точка)")}
ABBREV = ({"digital": "цифр.", "offline": "офлайн"}, {"digital": "Ц", "offline": "О"})
LEGEND = "Ц – цифровая точка взаимодействия, О – офлайн-точка взаимодействия."
# scaffolding: who the clients are and the step of their journey (stage names worded like needs, on purpose)
CATEGORIES = ("ФЛ", "ЮЛ, ИП", "ФЛ, ЮЛ, ИП", "ФЛ, ИП")
INTERNAL = ("Гражданские служащие", "Работники министерства")
CATEGORY_LEGEND = "ФЛ – физические лица; ЮЛ – юридические лица; ИП – индивидуальные предприниматели."
JOURNEY = ("Поиск информации", "Подача заявления", "Ожидание решения", "Получение результата",
           "Оценка качества обслуживания")
TITLE = "Перечень точек взаимодействия {} с внешними и внутренними клиентами"


def columns(ax: dict[str, str]) -> list[str]:
    cols = ["no"] + (["direction"] if ax["direction_as"] == "column" else []) + ["process"]
    cols += (["category"] if ax["category_col"] == "yes" else []) + (["journey"] if ax["journey_col"] == "yes" else [])
    return cols + ["touchpoint"] + (["type"] if ax["type_as"] == "abbrev_column" else []) + ["needs"]


def _values(t, n: int, sec, ax, rng, style: int) -> dict:
    """A touchpoint's cells (but the needs) by column key."""
    internal = sec.direction.startswith("internal")
    channel = t.channel_text + (IN_CELL[t.ptype][style] if ax["type_as"] == "in_channel_cell" else "")
    return {"no": f"{n}.", "direction": bare(sec.heading), "process": t.process, "touchpoint": channel,
            "category": rng.choice(INTERNAL if internal else CATEGORIES), "journey": rng.choice(JOURNEY),
            "type": ABBREV[style][t.ptype]}


def body(sections, touches, cols, ax, rng, style: int) -> list[list[Cell]]:
    """The rows: labelled direction rows (or none), a row per touchpoint, the process merged down."""
    rows, keys, n = [], [], 0
    for k, sec in enumerate(sections):
        if ax["direction_as"] == "labelled_row":
            label = (f"Направление деятельности: {bare(sec.heading)}" if style
                     else f"Направление деятельности «{bare(sec.heading)}»")
            rows.append([cell(label, span=len(cols), bold=True)])
            keys.append(None)
        for t in (x for x in touches if x.section == k):
            n += 1
            values = _values(t, n, sec, ax, rng, style)
            rows.append([needs_cell(t.needs, ax["needs_cell"]) if c == "needs" else cell(values[c]) for c in cols])
            keys.append((k, t.process))
    merge_down(rows, cols.index("process"), keys, "merged")
    return rows


def table(cols, rows, ax, stamp: list[str], title: str) -> Table:
    v = int(ax["header_names"] == "abbreviated")
    head = [[cell(NAMES[c][v], bold=True) for c in cols]]
    if ax["title_in_table"] == "stamp_and_title":
        head = [[Cell(stamp, span=len(cols))], [cell(title, span=len(cols), bold=True)]] + head
    return Table(head + rows, header_rows=len(head))


def build(rng: random.Random, pools: Pools, plan: AxisPlan, i: int, name: str) -> Doc:
    ax = {n: plan.value(n, values, i) for n, values in AXES.items()}
    sections, touches = touch_content.make(rng, pools)
    body_name = preamble.issuer(rng)
    blocks: list = preamble.order_paras(rng, "touchpoint_list", body_name)
    stamp = h2_common.stamp_lines(blocks, body_name, ax["stamp"], rng)
    title = TITLE.format(h2_common.genitive(body_name))
    if ax["title_in_table"] == "stamp_and_title":
        blocks = blocks[:-2] + [Para("", page_break_before=True)]  # the stamp and title move into the table
    else:
        blocks = h2_common.with_stamp(blocks[:-1], stamp) + [Para(title, bold=True, center=True)]
    style = rng.randrange(2)
    cols = columns(ax)
    blocks.append(table(cols, body(sections, touches, cols, ax, rng, style), ax, stamp, title))
    if ax["type_as"] == "abbrev_column" and style:
        blocks.append(Para(LEGEND))
    if ax["category_col"] == "yes":
        blocks.append(Para(CATEGORY_LEGEND))
    gold = [{"direction": sections[t.section].direction, "process": t.process, "channel": t.channel,
             "point_type": t.ptype, "needs": sorted({c for _, cs in t.needs for c in cs}),
             "touchpoint": t.channel_text, "needs_text": [p for p, _ in t.needs]} for t in touches]
    return Doc(name, "touchpoint_list", blocks, ax, gold, landscape=True, txt_table=ax["txt_table"],
               txt_banner=h2_common.banner(rng, ax["txt_table"]))
