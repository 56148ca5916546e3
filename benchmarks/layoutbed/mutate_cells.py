"""Cell-wise structural mutations of a list's tables (`--mutate row_per_need,kind_tables,footnotes,fused_cells`).

Shapes real orders give any list, which blind held-out sets brought and no earlier mutation makes:

* `row_per_need` — a cell of several items (paragraphs, bullets, «; »-separated) given one item per
  row, the row's other cells merged down over the new rows (Word) or left blank under the first;
* `kind_tables` — the list cut into one table per run of a column of two or three short values (a
  point's kind, a client group), the column dropped and its value named in a caption above each table
  («Цифровая», «Вид точки: очная», «2. Офлайн»), the header repeated or not;
* `footnotes` — marks glued to a few cells' last words («Сайт¹», «МФЦ*», «сайт1)», «сайт[2]») with
  the footnotes as paragraphs under the list;
* `fused_cells` — two neighbouring columns of free text in one cell, «левое: правое» or «левое –
  правое» (a channel with its needs, a direction with its process), the headings joined alike.

Each keeps every gold text in the document (in the gold's row order); `mutate.apply` calls them with
the document."""
from __future__ import annotations

import copy
import random
import re

from .doc import Cell, Doc, Para, Table
from .mutate_rows import _body, _categorical, _drop, _numbered_col, _numbers, _pairable, _plain, _text, _unshared
from .mutate_rows import _width, joined_right

_ITEM_SPLIT = re.compile(r"; +")      # not «;» at a line's end: lines of one phrase (an inline list) stay one item


def _items(c: Cell) -> list[str]:
    """A cell's items: its paragraphs, or its «; »-separated parts when it is one paragraph."""
    if c.inner is not None or c.vmerge == "continue":
        return []
    if len(c.paras) > 1:
        return list(c.paras)
    parts = [p.strip() for p in _ITEM_SPLIT.split(c.paras[0])] if c.paras else []
    return parts if len(parts) > 1 and all(parts) else []


# --- row_per_need ----------------------------------------------------------------------------

def row_per_need(doc: Doc, group: list[Table], rng: random.Random) -> None:
    n = _width(group[0])
    first = 1 if _numbered_col(group) else 0
    best, best_share = None, 0.0
    for col in range(first, n):
        cells = [t.rows[r][col] for t in group for r in _body(t) if _text(t.rows[r][col])]
        many = sum(len(_items(c)) > 1 for c in cells)
        if cells and many * 2 >= len(cells) and many / len(cells) > best_share:
            best, best_share = col, many / len(cells)
    if best is None or n < 2:
        return
    merged = rng.random() < 0.5
    for t in group:
        body = set(_body(t))
        new: list[list[Cell]] = []
        shift: list[int] = []             # rows added before each old row (page breaks move with them)
        added = 0
        for r, row in enumerate(t.rows):
            shift.append(added)
            items = _items(row[best]) if r in body else []
            if len(items) < 2:
                new.append(row)
                continue
            bullet = row[best].bullet
            row[best] = Cell([items[0]], bullet=bullet)
            for j, c in enumerate(row):
                if j != best and merged and c.vmerge is None:
                    c.vmerge = "restart"
            new.append(row)
            for item in items[1:]:
                more = []
                for j, c in enumerate(row):
                    if j == best:
                        more.append(Cell([item], bullet=bullet))
                    else:             # a merge already running keeps running; otherwise blank or merged
                        more.append(Cell([], vmerge="continue" if (merged or c.vmerge) else None))
                new.append(more)
                added += 1
        t.page_breaks = [b + shift[b] if b < len(shift) else b + added for b in t.page_breaks]
        t.rows[:] = new


# --- kind_tables -----------------------------------------------------------------------------

def _carried(group: list[Table], col: int) -> list[tuple[int, int, str | None]] | None:
    """(table, row, value) per body row with the column's value carried down blanks and merges, None
    for a section row (one cell across the table); None when the first value is missing or a row
    is cut otherwise (a cell across part of it: a level of its own)."""
    n, last, out = _width(group[0]), None, []
    for k, t in enumerate(group):
        for r in range(t.header_rows, len(t.rows)):
            row = t.rows[r]
            if _numbers(row):
                continue
            if len(row) == 1:
                out.append((k, r, None))
                continue
            if not _plain(row, n):
                return None
            v = "" if row[col].vmerge == "continue" else _text(row[col])
            last = v or last
            if last is None:
                return None
            out.append((k, r, last))
    return out


def kind_tables(doc: Doc, group: list[Table], rng: random.Random) -> None:
    if doc.kind != "touchpoint_list":      # a touchpoint list's shape (a plan cut by its responsible is another)
        return
    n = _width(group[0])
    first = 1 if _numbered_col(group) else 0
    if n - first < 3:
        return
    cands = []
    for col in range(first, n):
        rows = _carried(group, col)
        if not rows or not _categorical(group, col, n):
            continue
        values = [v for _, _, v in rows if v is not None]
        runs = 1 + sum(a != b for a, b in zip(values, values[1:]))
        # words, not numbers (a direction's number column names no part of the list)
        if 2 <= len(set(values)) <= 3 and runs <= 8 and all(len(v) <= 40 and re.search("[А-Яа-яЁёA-Za-z]", v)
                                                              for v in values):
            cands.append((col, rows))
    if not cands:
        return
    col, rows = rng.choice(cands)
    t0 = group[0]
    heading = _text(next((r[col] for r in t0.rows[:t0.header_rows] if len(r) == n and _text(r[col])), Cell([])))
    heading = re.sub(r"\s*\([^)]*\)", "", heading)      # «Вид (цифровая/офлайн)»: the values' list is no name
    style = rng.choice(("value", "labelled", "numbered"))
    repeat = rng.random() < 0.7
    head = [_drop(copy.deepcopy(r), col, n) for r in t0.rows[:t0.header_rows]]
    for r in head:
        if _numbers(r):
            for j, c in enumerate(r):
                c.paras = [str(j + 1)]
    parts: list[tuple[str, list[list[Cell]]]] = []
    carry: dict[int, str] = {}
    pending: list[list[Cell]] = []       # section rows met since the last point row: they head what follows
    section: list[Cell] | None = None
    for k, r, v in rows:
        row = group[k].rows[r]
        if v is None:
            pending.append(row)
            section = row
            continue
        if not parts or parts[-1][0] != v:
            # a new table restates its section row and what a merge or a blank carried from the table before
            parts.append((v, pending or ([copy.deepcopy(section)] if section else [])))
            pending = []
            for j, c in enumerate(row):
                if j != col and (c.vmerge == "continue" or not _text(c)) and carry.get(j):
                    row[j] = Cell([carry[j]], bullet=c.bullet)
        parts[-1][1].extend(pending)
        pending = []
        for j, c in enumerate(row):
            if c.vmerge != "continue" and _text(c):
                carry[j] = _text(c)
        parts[-1][1].append(_drop(row, col, n))
    if pending and parts:
        parts[-1][1].extend(pending)
    widths = list(t0.widths_mm) if t0.widths_mm else None
    if widths:
        widths[col - 1 if col else 1] += widths[col]
        del widths[col]
    blocks: list[Para | Table] = []
    for i, (value, body) in enumerate(parts, 1):
        label = {"value": value[:1].upper() + value[1:], "labelled": f"{heading}: {value}" if heading else value,
                 "numbered": f"{i}. {value[:1].upper() + value[1:]}"}[style]
        blocks.append(Para(label, bold=rng.random() < 0.6, center=rng.random() < 0.3))
        with_head = repeat or i == 1
        blocks.append(Table(rows=(copy.deepcopy(head) if with_head else []) + body,
                            header_rows=t0.header_rows if with_head else 0, widths_mm=list(widths) if widths else None))
    at = doc.blocks.index(t0)
    last = max(doc.blocks.index(t) for t in group)
    doc.blocks[at:last + 1] = blocks


# --- footnotes -------------------------------------------------------------------------------

_SUP = "¹²³⁴⁵"
_NOTES = ("Указывается при наличии технической возможности.", "В соответствии с графиком работы учреждения.",
          "Для заявителей, прошедших регистрацию.", "Сведения уточняются ежегодно.",
          "По согласованию с подведомственными учреждениями.")


def _mark(style: str, k: int) -> tuple[str, str]:
    """The mark glued to the cell and the one opening its footnote."""
    return {"sup": (_SUP[k], _SUP[k]), "star": ("*" * (k + 1), "*" * (k + 1)), "paren": (f"{k + 1})", f"{k + 1})"),
            "bracket": (f"[{k + 1}]", f"[{k + 1}]")}[style]


def footnotes(doc: Doc, group: list[Table], rng: random.Random) -> None:
    n = _width(group[0])
    first = 1 if _numbered_col(group) else 0
    cells = [t.rows[r][j] for t in group for r in _body(t) for j in range(first, n)
             if _text(t.rows[r][j]) and t.rows[r][j].vmerge != "continue" and t.rows[r][j].inner is None]
    if len(cells) < 3:
        return
    style = rng.choice(("sup", "star", "paren", "bracket"))
    picked = rng.sample(cells, rng.choice((2, 3)))
    notes = rng.sample(_NOTES, len(picked))
    for k, c in enumerate(picked):
        c.paras[-1] = c.paras[-1].rstrip() + _mark(style, k)[0]
    lines = [Para(f"{_mark(style, k)[1]} {note}") for k, note in enumerate(notes)]
    if rng.random() < 0.4:
        lines.insert(0, Para("Примечание:" if rng.random() < 0.5 else "Примечания:"))
    at = max(doc.blocks.index(t) for t in group) + 1
    doc.blocks[at:at] = lines


# --- fused_cells -----------------------------------------------------------------------------

def _free(group: list[Table], col: int, n: int) -> bool:
    """A column of free text: filled on most body rows, its values mostly distinct."""
    values = [_text(t.rows[r][col]) for t in group for r in _body(t)]
    filled = [v for v in values if v]
    return len(filled) * 4 >= len(values) * 3 and not _categorical(group, col, n) and not all(v.isdigit() for v in filled)


def fused_cells(doc: Doc, group: list[Table], rng: random.Random) -> None:
    n = _width(group[0])
    first = 1 if _numbered_col(group) else 0
    pairs = [a for a in range(first, n - 1) if _pairable(group, a) and _free(group, a, n) and _free(group, a + 1, n)]
    if not pairs or n < 3:
        return
    a = rng.choice(pairs)
    sep = rng.choice((": ", " – "))
    for t in group:
        for r, row in enumerate(t.rows):
            if len(row) == 1 or _numbers(row):
                continue
            left, right = row[a], row[a + 1]
            lt, items = _text(left), (right.paras if right.bullet else [_text(right)])
            if r < t.header_rows:
                left.paras = [f"{lt}{sep}{_text(right)}" if _text(right) else lt]
            elif _text(right):
                # a bulleted cell keeps its items as paragraphs after the first, the left value before them
                left.paras = [f"{lt}{sep}{items[0]}", *items[1:]] if lt else list(items)
                left.bullet = ""
            del row[a + 1]
        joined_right(t, a)


CELL_MUTATIONS = {name: _unshared(fn) for name, fn in (("row_per_need", row_per_need), ("kind_tables", kind_tables),
                                                       ("footnotes", footnotes), ("fused_cells", fused_cells))}
