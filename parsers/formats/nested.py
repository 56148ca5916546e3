"""A table inside a table's cell (Word's nested `w:tbl`, a grid drawn inside a PDF cell),
read as the cell's text: needs or channels listed as an inner table are a list, one item
per inner row.  The Word and PDF readers both join the inner rows here, so both give the
cell the same text.

    join_rows([["1", "Получение консультации"], ["2", "Подача заявления"]])
        -> "Получение консультации; Подача заявления"

A column whose every filled data cell holds nothing but an inner table, all of them under the same heading row
(«Канал | Вид точки | Потребности» in each process's row), is no list but the rows' SUB-ROWS (a process's points
nested in its row): `spread_inner` puts the inner heading's cells in the outer heading's place and gives each
inner row a row of its own, the outer row's other cells repeated on each.
"""
from __future__ import annotations

import re

from ..document import Cell, Row
from .docx_numbering import W

_P, _TBL, _T = (f"{{{W}}}{t}" for t in ("p", "tbl", "t"))

# a cell holding only an item's number or letter ("1", "2.1.", "а)"): the item's marker, not its words
_NUMBER_CELL = re.compile(r"^\s*(?:\d{1,3}(?:\.\d{1,3})*|[а-яa-z])[.)]?\s*$")


def join_rows(rows: list[list[str]]) -> str:
    """Each inner row one item (its cells joined by spaces, a number alone in its first cell
    left out where text follows: «Срок, дней | 30» keeps its number), closed
    by «;» unless it ends a sentence itself, so the cell splits into the same items as a
    list written with semicolons (normalizers' need splitter cuts at «;» always)."""
    items = []
    for cells in rows:
        cells = [t.strip() for t in cells if t.strip()]
        if cells and _NUMBER_CELL.match(cells[0]) and any(not _NUMBER_CELL.match(t) for t in cells[1:]):
            cells = cells[1:]                     # the item's marker, before its words
        text = " ".join(cells)
        if text:
            items.append(text)
    return " ".join(t if k == len(items) - 1 or t[-1] in ".;:!?" else f"{t};" for k, t in enumerate(items))


def sole_table(blocks: list):
    """The one Word table among a cell's paragraphs and tables with no words beside it, or None."""
    tables = [el for el in blocks if el.tag == _TBL]
    words = any(el.tag == _P and "".join(t.text or "" for t in el.iter(_T)).strip() for el in blocks)
    return tables[0] if len(tables) == 1 and not words else None


def spread_inner(rows: list[Row], inner: dict[tuple[int, int], list[list[str]]]) -> list[Row]:
    """`rows` with the column of inner tables spread into sub-rows (see the module's doc); `inner` the texts of
    the inner table standing alone in a cell, by (row, grid column).  Unchanged where no column is such."""
    col = _sub_row_column(rows, inner)
    if col is None:
        return rows
    first = min(r for r, c in inner if c == col)
    heading = inner[(first, col)][0]
    out: list[Row] = []
    for r, row in enumerate(rows):
        here = row.cells[col]
        if r < first:                                   # a heading row: the inner heading in the outer's place
            put = [Cell("", covered=True) for _ in heading] if here.covered else \
                [Cell(t, rowspan=here.rowspan) for t in heading]
            out.append(Row(row.cells[:col] + put + row.cells[col + 1:], row.source, row.is_header))
            continue
        subs = inner.get((r, col), [heading, [here.text]])[1:] or [[""]]
        for k, sub in enumerate(subs):
            outer = row.cells if k == 0 else [Cell(c.text) for c in row.cells]   # the outer cells on every sub-row
            put = [Cell(t) for t in (sub + [""] * len(heading))[:len(heading)]]
            out.append(Row(outer[:col] + put + outer[col + 1:], row.source, row.is_header))
    return out


def _sub_row_column(rows: list[Row], inner: dict[tuple[int, int], list[list[str]]]) -> int | None:
    """The grid column holding inner tables under one heading row (two columns or more) in two rows or more and in
    every row below the first of them, save empty cells; None where there is none or its cells span columns."""
    for col in sorted({c for _, c in inner}):
        at = sorted(r for r, c in inner if c == col)
        heads = {tuple(t.strip() for t in inner[(r, col)][0]) for r in at}
        # (two rows at least: one row's inner table has no heading to share, it may be a list of its own)
        if len(at) < 2 or len(heads) != 1 or len(next(iter(heads))) < 2 or any(len(inner[(r, col)]) < 2 for r in at):
            continue
        below = rows[at[0]:]
        if any(c.colspan > 1 or c.covered for row in below for c in row.cells[col:col + 1]):
            continue
        if all((r + at[0], col) in inner or not row.cells[col].text.strip() for r, row in enumerate(below)) \
                and all(len(row.cells) > col for row in rows):
            return col
    return None
