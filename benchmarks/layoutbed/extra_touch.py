"""Touchpoint lists in the layouts of `--layouts extra`: channels split into a digital and an
offline column under a two-level header, needs as a check-mark matrix, the direction as a
merged first column, channel before process, a title row inside the table, a table continued
over pages («Продолжение таблицы» and the numbers row), channel details on their own lines,
footnote marks, «–» for blanks, one table per point type, numbered appendices, narrow
landscape columns. The content (touch_content) and the gold are the base lists' own."""
from __future__ import annotations

import random

from . import extra_cells as xc
from . import preamble, touch_content
from .axes import AxisPlan
from .doc import Cell, Doc, Para, Table, cell
from .headings import bare, numbered
from .pools import Pools
from .touch_layout import merge_down

AXES = {
    "channel_cols": ("one", "split_by_type"),
    "needs_as": ("cell", "matrix"),
    "needs_mark": tuple(xc.MARKS),
    "direction_as": ("merged_column", "section_row", "per_type_tables"),
    "group_by": ("process", "channel"),
    "title_row": ("yes", "no"),
    "page_split": ("continuation", "none"),
    "channel_details": ("yes", "no"),
    "footnotes": ("yes", "no"),
    "blank_as": tuple(xc.BLANKS),
    "appendix": ("numbered", "plain"),
    "orientation": ("portrait", "landscape_narrow"),
}
LABELS = {"no": "№ п/п", "direction": "Направление деятельности", "process": "Наименование процесса (услуги, функции)",
          "touchpoint": "Точка взаимодействия (канал)", "needs": "Потребность клиента", "note": "Примечание"}
SPLIT = {"group": "Точки взаимодействия", "digital": "цифровые", "offline": "нецифровые (офлайн)"}
TYPE_TABLES = {"digital": "Цифровые точки взаимодействия", "offline": "Офлайн точки взаимодействия"}
WIDTHS = {"no": 10, "direction": 28, "process": 34, "touchpoint": 30, "digital": 24, "offline": 24, "needs": 40,
          "note": 20}
ROWS_A_PAGE = 8  # entries before a table is continued on the next page
PAGE_MM = 250     # a landscape A4 page's width inside the margins (render_docx: 297 - 25 - 15), rounded down


def choose_axes(plan: AxisPlan, i: int) -> dict[str, str]:
    ax = {name: plan.value(name, values, i) for name, values in AXES.items()}
    if ax["direction_as"] == "per_type_tables":
        ax["channel_cols"] = "n/a"  # each table holds one point type already
    if ax["needs_as"] == "cell":
        ax["needs_mark"] = "n/a"
    return ax


def columns(ax: dict[str, str], need_codes: list[str]) -> list[tuple[str, str | None, str]]:
    """(key, group heading or None, heading) per column, left to right."""
    channel = ([("digital", SPLIT["group"], SPLIT["digital"]), ("offline", SPLIT["group"], SPLIT["offline"])]
               if ax["channel_cols"] == "split_by_type" else [("touchpoint", None, LABELS["touchpoint"])])
    process = [("process", None, LABELS["process"])]
    body = channel + process if ax["group_by"] == "channel" else process + channel
    if ax["needs_as"] == "matrix":
        pick = sum(map(ord, ax["needs_mark"]))  # the doc's wording of the need headings
        body += [(f"need:{c}", LABELS["needs"], xc.need_label(c, pick)) for c in need_codes]
    else:
        body.append(("needs", None, LABELS["needs"]))
    head = [("no", None, LABELS["no"])]
    if ax["direction_as"] == "merged_column":
        head.append(("direction", None, LABELS["direction"]))
    return head + body + [("note", None, LABELS["note"])]


def header(cols, title: str | None) -> list[list[Cell]]:
    """A title row spanning the table (optional), then one or two header rows (a group heading over
    its columns, the other headings merged down over both rows)."""
    rows = [[cell(title, span=len(cols), bold=True)]] if title else []
    if not any(g for _, g, _ in cols):
        return rows + [[cell(label, bold=True) for _, _, label in cols]]
    top, bottom, i = [], [], 0
    while i < len(cols):
        group = cols[i][1]
        if group is None:
            top.append(cell(cols[i][2], bold=True, vmerge="restart"))
            bottom.append(Cell([], vmerge="continue"))
            i += 1
            continue
        run = [c for c in cols[i:]]
        run = run[:next((k for k, c in enumerate(run) if c[1] != group), len(run))]
        top.append(cell(group, span=len(run), bold=True))
        bottom += [cell(label, bold=True) for _, _, label in run]
        i += len(run)
    return rows + [top, bottom]


def numbers_row(cols) -> list[Cell]:
    return [cell(str(k + 1)) for k in range(len(cols))]


def ordered(touches, ax) -> list:
    """Rows in document order: grouped by channel within a section, or by point type over tables."""
    if ax["group_by"] == "channel":
        first: dict = {}
        for k, t in enumerate(touches):
            first.setdefault((t.section, t.channel_text), k)
        touches = sorted(touches, key=lambda t: (t.section, first[(t.section, t.channel_text)]))
    if ax["direction_as"] == "per_type_tables":
        touches = sorted(touches, key=lambda t: t.ptype != "digital")
    return touches


def _values(t, no: str, cols, ax, sections, rng, marks: dict) -> list[Cell]:
    blank = xc.BLANKS[ax["blank_as"]]
    lines = xc.channel_lines(t.channel_text, t.channel, ax["channel_details"] == "yes", marks.get(id(t), ""))
    codes = {c for _, cs in t.needs for c in cs}
    out = []
    for key, _, _ in cols:
        if key in ("touchpoint", t.ptype):
            out.append(Cell(lines))
        elif key in ("digital", "offline"):
            out.append(cell(blank))
        elif key.startswith("need:"):
            out.append(cell(xc.MARKS[ax["needs_mark"]] if key[5:] in codes else blank))
        elif key == "needs":
            out.append(Cell([p for p, _ in t.needs]))
        elif key == "note":
            out.append(cell(xc.note(rng, ax["blank_as"])))
        else:
            out.append(cell({"no": no, "direction": bare(sections[t.section].heading),
                             "process": t.process + marks.get(("process", id(t)), "")}[key]))
    return out


def _run_keys(t, ax) -> dict:
    """What a row shares with the row above for its cells to be merged (None: never merged)."""
    by_channel = (t.section, t.channel_text) if ax["group_by"] == "channel" else None
    return {"direction": t.section, "process": (t.section, t.process) if ax["group_by"] == "process" else None,
            "touchpoint": by_channel, "digital": by_channel, "offline": by_channel}


def body_rows(entries, cols, ax, sections, rng, marks) -> list[list[Cell]]:
    """One page's rows, with the direction, process (or channel) cells merged down within it."""
    keys = [c[0] for c in cols]
    rows, runs = [], {k: [] for k in ("direction", "process", "touchpoint", "digital", "offline")}
    for e in entries:
        full = e[0] == "full"
        rows.append([cell(e[1], span=len(cols), bold=True)] if full
                    else _values(e[1], e[2], cols, ax, sections, rng, marks))
        for name, key in (dict.fromkeys(runs) if full else _run_keys(e[1], ax)).items():
            runs[name].append(key)
    for name, k in runs.items():
        if name in keys:
            merge_down(rows, keys.index(name), k, "merged")
    return rows


def entries_per_table(sections, touches, ax, rng) -> list[tuple[str | None, list[tuple]]]:
    """(caption, entries) per table: ("full", text) rows and ("touch", Touch, number) rows."""
    if ax["direction_as"] == "per_type_tables":
        tables = []
        for ptype in ("digital", "offline"):
            mine = [t for t in touches if t.ptype == ptype]
            if mine:
                tables.append((TYPE_TABLES[ptype], [("touch", t, str(k + 1)) for k, t in enumerate(mine)]))
        return tables
    style, entries, counter = rng.choice(("roman", "arabic", "none")), [], 0
    for k, sec in enumerate(sections):
        if ax["direction_as"] == "section_row":
            entries.append(("full", numbered(sec.heading, k, style)))
        for t in (x for x in touches if x.section == k):
            counter += 1
            entries.append(("touch", t, str(counter)))
    return [(None, entries)]


def footnote_marks(touches, ax) -> dict:
    """A «*» after the first row's channel, a «1)» after the last row's process."""
    if ax["footnotes"] != "yes" or not touches:
        return {}
    return {id(touches[0]): "*", ("process", id(touches[-1])): " 1)"}


def narrow_widths(cols) -> list[float]:
    """Narrow columns (a need column 14 mm), shrunk together when they would not fit the page."""
    widths = [WIDTHS.get(c[0], 14) for c in cols]
    scale = min(1.0, PAGE_MM / sum(widths))
    return [round(w * scale, 1) for w in widths]


def tables(rng, caption, entries, cols, ax, sections, marks, title) -> list[Para | Table]:
    """A table, continued over pages: each later part after «Продолжение таблицы» (the last after
    «Окончание таблицы») and the numbers row instead of the header."""
    split = ax["page_split"] == "continuation"
    size = ROWS_A_PAGE if split else len(entries) or 1
    parts = [entries[k:k + size] for k in range(0, len(entries), size)] or [[]]
    widths = narrow_widths(cols) if ax["orientation"] == "landscape_narrow" else None
    out: list[Para | Table] = []
    for k, part in enumerate(parts):
        rows = body_rows(part, cols, ax, sections, rng, marks)
        if k == 0:
            head = header(cols, title) + ([numbers_row(cols)] if split else [])
        else:
            last = k == len(parts) - 1
            out.append(Para("Окончание таблицы" if last else "Продолжение таблицы", page_break_before=True))
            head = [numbers_row(cols)]
        out.append(Table(head + rows, header_rows=len(head), widths_mm=widths))
    if caption:
        out.insert(0, Para(caption, bold=True))
    return out


def build(rng: random.Random, pools: Pools, plan: AxisPlan, i: int, name: str) -> Doc:
    ax = choose_axes(plan, i)
    sections, touches = touch_content.make(rng, pools)
    touches = ordered(touches, ax)
    need_codes = xc.need_columns({c for t in touches for _, cs in t.needs for c in cs})
    cols = columns(ax, need_codes)
    blocks = preamble.order_paras(rng, "touchpoint_list", preamble.issuer(rng),
                                  appendix_no=2 if ax["appendix"] == "numbered" else None)
    marks = footnote_marks(touches, ax)
    title = "Перечень точек взаимодействия с внешними и внутренними клиентами" if ax["title_row"] == "yes" else None
    for k, (caption, entries) in enumerate(entries_per_table(sections, touches, ax, rng)):
        if ax["appendix"] == "numbered":
            caption = f"Таблица 2.{k + 1}" + (f". {caption}" if caption else "")
        blocks += tables(rng, caption, entries, cols, ax, sections, marks, title if k == 0 else None)
    blocks += [Para(xc.FOOTNOTES[m.strip()]) for m in marks.values()]
    stated = ax["channel_cols"] == "split_by_type" or ax["direction_as"] == "per_type_tables"
    gold = [{"direction": sections[t.section].direction, "process": t.process, "channel": t.channel,
             "point_type": t.ptype if stated else None,
             "needs": sorted({c for _, cs in t.needs for c in cs}), "touchpoint": t.channel_text,
             "needs_text": [p for p, _ in t.needs]} for t in touches]
    landscape = ax["orientation"] == "landscape_narrow"
    return Doc(name, "touchpoint_list", blocks, ax, gold, landscape=landscape, hyphenate=landscape)
