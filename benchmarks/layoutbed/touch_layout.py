"""Lays a touchpoint list out along the axes real orders vary on; the gold follows the content."""
from __future__ import annotations

import random

from . import preamble, touch_content
from .headings import bare, numbered
from .axes import AxisPlan
from .doc import Cell, Doc, Para, Table, cell
from .pools import Pools

AXES = {
    "col_order": ("canonical", "shuffled"),
    "col_names": ("v0", "v1", "v2"),
    "extra_cols": ("none", "note", "responsible", "both"),
    "direction_as": ("column", "section_row", "caption_table", "caption_bold", "heading"),
    "section_numbering": ("roman", "arabic", "razdel", "none"),
    "row_numbering": ("continuous", "restart", "hierarchical", "group", "none"),
    "process_cells": ("merged", "repeated", "empty_below"),
    "header_repeat": ("yes", "no"),
    "numbers_row": ("yes", "no"),
    "later_tables_header": ("yes", "no"),
    "needs_cell": ("sentences", "semicolons", "bullets", "dashes", "paragraphs"),
    "orientation": ("portrait", "landscape"),
    "point_type_as": ("column", "section_subrows", "none"),
}
NAMES = {"no": ("№ п/п", "№", "№ п/п"),
         "direction": ("Направление деятельности", "Направление деятельности органа власти", "Сфера деятельности"),
         "process": ("Процесс", "Жизненная ситуация", "Наименование услуги (функции)"),
         "touchpoint": ("Канал взаимодействия", "Точка взаимодействия", "Способ (канал) коммуникации"),
         "needs": ("Потребность клиента", "Суть взаимодействия", "Цель обращения"),
         "type": ("Тип точки", "Вид (цифровая/офлайн)", "Тип точки взаимодействия"),
         "note": ("Примечание",) * 3, "responsible": ("Ответственный",) * 3}
TYPE_WORDS = {"digital": ("Цифровая точка", "цифровая", "Онлайн"),
              "offline": ("Офлайн-точка", "офлайн", "Оффлайн точка")}
SUBROWS = {"digital": ("Цифровые точки", "Цифровые точки взаимодействия", "Цифровые точки"),
           "offline": ("Офлайн-точки", "Офлайн-точки взаимодействия", "Оффлайн точки")}
NOTES = ("—", "Нет", "В рабочее время", "Ежедневно")
UNITS = ("Отдел кадров", "Отдел делопроизводства", "Приёмная", "Отдел организационной работы")


def choose_axes(plan: AxisPlan, i: int) -> dict[str, str]:
    ax = {name: plan.value(name, values, i) for name, values in AXES.items()}
    if ax["direction_as"] == "column":
        ax["section_numbering"] = "n/a"   # the direction is a cell, not a numbered heading
    if ax["direction_as"] in ("column", "section_row"):
        ax["later_tables_header"] = "n/a"  # one table
    return ax


def columns(ax: dict[str, str], rng: random.Random) -> list[str]:
    cols = ["direction", "process", "touchpoint", "needs"]
    if ax["direction_as"] != "column":
        cols.remove("direction")
    if ax["point_type_as"] == "column":
        cols.append("type")
    cols += {"none": [], "note": ["note"], "responsible": ["responsible"], "both": ["note", "responsible"]}[
        ax["extra_cols"]]
    if ax["col_order"] == "shuffled":
        rng.shuffle(cols)
    return (["no"] if ax["row_numbering"] != "none" else []) + cols


def needs_cell(needs: list[tuple[str, list[str]]], style: str) -> Cell:
    phrases = [p for p, _ in needs]
    if style == "sentences":
        return cell(". ".join(p.rstrip(".") for p in phrases))
    if style == "semicolons":
        return cell("; ".join(p.rstrip(".;") for p in phrases))
    if style in ("bullets", "dashes"):
        return Cell(phrases, bullet="•" if style == "bullets" else "-")
    return Cell(phrases)


def header(cols: list[str], ax: dict[str, str]) -> list[list[Cell]]:
    v = int(ax["col_names"][1])
    rows = [[cell(NAMES[c][v], bold=True) for c in cols]]
    if ax["numbers_row"] == "yes":
        rows.append([cell(str(k + 1)) for k in range(len(cols))])
    return rows


def _fill(rng: random.Random, cols: list[str], values: dict[str, str], t, ax) -> list[Cell]:
    out = []
    for c in cols:
        if c == "needs":
            out.append(needs_cell(t.needs, ax["needs_cell"]))
        elif c == "type":
            out.append(cell(TYPE_WORDS[t.ptype][int(ax["col_names"][1])]))
        elif c == "note":
            out.append(cell(rng.choice(NOTES)))
        elif c == "responsible":
            out.append(cell(rng.choice(UNITS)))
        else:
            out.append(cell(values.get(c, "")))
    return out


def merge_down(rows: list[list[Cell]], col: int, keys: list, style: str) -> None:
    """Vertical runs of one value in column `col` (rows whose key equals the row above's)."""
    for r in range(len(rows)):
        if keys[r] is None:
            continue
        same = r > 0 and keys[r] == keys[r - 1]
        nxt = r + 1 < len(rows) and keys[r + 1] == keys[r]
        if same and style != "repeated":
            rows[r][col] = Cell([], vmerge="continue" if style == "merged" else None)
        elif not same and nxt and style == "merged":
            rows[r][col].vmerge = "restart"


def _entries(sections, touches, ax, one_table: bool) -> list[list[tuple]]:
    """Per table, its body entries: ("full", text) rows and ("touch", Touch, number) rows."""
    tables, counter = [], 0
    for k, sec in enumerate(sections):
        if one_table and tables:
            body = tables[0]
        else:
            body = []
            tables.append(body)
        if ax["direction_as"] == "section_row":
            body.append(("full", numbered(sec.heading, k, ax["section_numbering"])))
        ptype, local = None, 0
        for t in (x for x in touches if x.section == k):
            if ax["point_type_as"] == "section_subrows" and t.ptype != ptype:
                ptype = t.ptype
                body.append(("full", SUBROWS[ptype][int(ax["col_names"][1])]))
            counter, local = counter + 1, local + 1
            no = {"continuous": str(counter), "restart": str(local), "hierarchical": f"{k + 1}.{local}",
                  "group": str(k + 1)}.get(ax["row_numbering"], "")
            body.append(("touch", t, no))
    return tables


def _table(rng, entries, cols, sections, ax, with_header: bool) -> Table:
    head = header(cols, ax) if with_header else []
    rows: list[list[Cell]] = []
    keys: dict[str, list] = {"process": [], "direction": [], "no": []}
    for e in entries:
        if e[0] == "full":
            rows.append([cell(e[1], span=len(cols), bold=True)])
            for v in keys.values():
                v.append(None)
            continue
        _, t, no = e
        sec = sections[t.section]
        rows.append(_fill(rng, cols, {"no": no, "direction": bare(sec.heading), "process": t.process,
                                         "touchpoint": t.channel_text}, t, ax))
        keys["process"].append((t.section, t.ptype if ax["point_type_as"] == "section_subrows" else 0, t.process))
        keys["direction"].append(t.section)
        keys["no"].append(t.section if ax["row_numbering"] == "group" else None)
    for name, k in keys.items():
        if name in cols:
            merge_down(rows, cols.index(name), k, ax["process_cells"])
    breaks = []
    if ax["header_repeat"] == "yes" and with_header:
        fulls = [i for i, e in enumerate(entries) if e[0] == "full" and i > 0]
        breaks = sorted({*fulls[:1], *range(9, len(rows), 9)})
    return Table(head + rows, header_rows=len(head), repeat_header=ax["header_repeat"] == "yes",
                 page_breaks=[b + len(head) for b in breaks])


def build(rng: random.Random, pools: Pools, plan: AxisPlan, i: int, name: str) -> Doc:
    ax = choose_axes(plan, i)
    sections, touches = touch_content.make(rng, pools)
    if ax["point_type_as"] == "section_subrows":
        touches = touch_content.grouped_by_type(touches)
    cols = columns(ax, rng)
    one = ax["direction_as"] in ("column", "section_row")
    blocks: list = preamble.order_paras(rng, "touchpoint_list", preamble.issuer(rng))
    for k, entries in enumerate(_entries(sections, touches, ax, one)):
        heading = numbered(sections[k].heading, k, ax["section_numbering"])
        if ax["direction_as"] == "caption_table":
            has_own = heading.lower().startswith("таблица")  # the pool wrote it as a caption already
            blocks.append(Para(heading if has_own else f"Таблица {k + 1}. {heading}"))
        elif ax["direction_as"] == "caption_bold":
            blocks.append(Para(heading, bold=True))
        elif ax["direction_as"] == "heading":
            blocks.append(Para(heading))
        with_header = k == 0 or ax["later_tables_header"] != "no"
        blocks.append(_table(rng, entries, cols, sections, ax, with_header))
    gold = [{"direction": sections[t.section].direction, "process": t.process, "channel": t.channel,
             "point_type": None if ax["point_type_as"] == "none" else t.ptype,
             "needs": sorted({c for _, cs in t.needs for c in cs}), "touchpoint": t.channel_text,
             "needs_text": [p for p, _ in t.needs]} for t in touches]
    return Doc(name, "touchpoint_list", blocks, ax, gold, landscape=ax["orientation"] == "landscape")
