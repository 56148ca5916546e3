"""Touchpoint lists in the layouts of `--layouts extra2`: the direction (and the process) written in
its column on a section's first row only, the cells below left empty and NOT merged; the point
type as a mark in two columns «Цифровая» | «Офлайн»; a leading «Код точки» column (ТВ-01, …)
instead of «№»; a two-row header whose first row holds the column numbers; the table cut in two
Word tables by a page break in the middle of a section (the second part without a header).
The content (touch_content) and the gold are the base lists' own."""
from __future__ import annotations

import random

from . import preamble, touch_content
from .axes import AxisPlan
from .doc import Cell, Doc, Para, Table, cell
from .headings import bare, numbered
from .pools import Pools
from .touch_layout import needs_cell

AXES = {
    "direction_as": ("first_row_only", "section_row"),
    "process_cell": ("first_row_only", "repeated"),
    "point_type_as": ("mark_columns", "none"),
    "type_mark": ("plus", "check"),
    "code_col": ("yes", "no"),
    "header_form": ("numbers_first", "names_only"),
    "table_split": ("two_tables", "one"),
    "needs_cell": ("semicolons", "paragraphs", "dashes"),
}
LABELS = {"code": "Код точки", "no": "№ п/п", "direction": "Направление деятельности",
          "process": "Процесс (услуга, функция)", "touchpoint": "Канал (точка) взаимодействия",
          "digital": "Цифровая", "offline": "Офлайн", "needs": "Потребности клиента"}
MARKS = {"plus": "+", "check": "✓"}


def choose_axes(plan: AxisPlan, i: int) -> dict[str, str]:
    ax = {name: plan.value(name, values, i) for name, values in AXES.items()}
    if ax["point_type_as"] == "none":
        ax["type_mark"] = "n/a"
    return ax


def columns(ax: dict[str, str]) -> list[str]:
    cols = ["code" if ax["code_col"] == "yes" else "no"]
    cols += ["direction"] if ax["direction_as"] == "first_row_only" else []
    cols += ["process", "touchpoint"]
    cols += ["digital", "offline"] if ax["point_type_as"] == "mark_columns" else []
    return cols + ["needs"]


def header(cols: list[str], ax: dict[str, str]) -> list[list[Cell]]:
    names = [cell(LABELS[c], bold=True) for c in cols]
    if ax["header_form"] == "numbers_first":
        return [[cell(str(k + 1)) for k in range(len(cols))], names]
    return [names]


def _row(t, number: str, cols, ax, sections, first_in_section: bool, first_of_process: bool) -> list[Cell]:
    mark = MARKS.get(ax["type_mark"], "")
    values = {"code": f"ТВ-{int(number):02d}", "no": number,
              "direction": bare(sections[t.section].heading) if first_in_section else "",
              "process": t.process if first_of_process or ax["process_cell"] == "repeated" else "",
              "touchpoint": t.channel_text,
              "digital": mark if t.ptype == "digital" else "", "offline": mark if t.ptype == "offline" else ""}
    return [needs_cell(t.needs, ax["needs_cell"]) if c == "needs" else cell(values[c]) for c in cols]


def body(sections, touches, cols, ax, rng) -> tuple[list[list[Cell]], list[int]]:
    """The rows, and the row indexes where a section's second or later touchpoint stands (where a
    split falls mid-section)."""
    style = rng.choice(("roman", "arabic", "none"))
    rows, mid, counter = [], [], 0
    for k, sec in enumerate(sections):
        if ax["direction_as"] == "section_row":
            rows.append([cell(numbered(sec.heading, k, style), span=len(cols), bold=True)])
        previous = None
        for n, t in enumerate(x for x in touches if x.section == k):
            counter += 1
            if n:
                mid.append(len(rows))
            rows.append(_row(t, str(counter), cols, ax, sections, n == 0, t.process != previous))
            previous = t.process
    return rows, mid


def tables(head, rows, mid, ax) -> list[Para | Table]:
    """One table, or two: the cut at the mid-section row nearest the middle, a page break between
    them and no header on the second part (as a table broken across pages is often saved)."""
    if ax["table_split"] != "two_tables" or not mid:
        return [Table(head + rows, header_rows=len(head))]
    cut = min(mid, key=lambda r: abs(r - len(rows) / 2))
    return [Table(head + rows[:cut], header_rows=len(head)), Para("", page_break_before=True),
            Table(rows[cut:], header_rows=0)]


def build(rng: random.Random, pools: Pools, plan: AxisPlan, i: int, name: str) -> Doc:
    ax = choose_axes(plan, i)
    sections, touches = touch_content.make(rng, pools)
    cols = columns(ax)
    blocks: list = preamble.order_paras(rng, "touchpoint_list", preamble.issuer(rng))
    rows, mid = body(sections, touches, cols, ax, rng)
    blocks += tables(header(cols, ax), rows, mid, ax)
    stated = ax["point_type_as"] == "mark_columns"
    gold = [{"direction": sections[t.section].direction, "process": t.process, "channel": t.channel,
             "point_type": t.ptype if stated else None,
             "needs": sorted({c for _, cs in t.needs for c in cs}), "touchpoint": t.channel_text,
             "needs_text": [p for p, _ in t.needs]} for t in touches]
    return Doc(name, "touchpoint_list", blocks, ax, gold)
