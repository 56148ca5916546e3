"""Stitching a ruled table continued on the next page onto the previous page's table.

pdfplumber sees one table per page.  A page's first table continues the
previous page's last one when nothing but the page break lies between them
(the caller checks that) and their columns sit at the same x positions.  At the
top of the continuation the repeated header and the `1 2 3 ...` numbering row
are dropped; a row the page break split in two is re-joined (its first, key
cell is empty and its text continues the previous row's cells); a merged cell
running on over the break becomes covered positions of the cell above.
"""
from __future__ import annotations

from ..document import Cell, Row, Source
from .pdf_layout import PageTable
from .wordjoin import glue

X_TOLERANCE = 3.0


def continues(prev: PageTable, cont: PageTable) -> bool:
    return (len(prev.col_x) == len(cont.col_x)
            and all(abs(a - b) <= X_TOLERANCE for a, b in zip(prev.col_x, cont.col_x)))


def _numbering(texts: list[str]) -> bool:
    filled = [t for t in texts if t]
    return len(filled) >= 2 and all(t.rstrip(".").isdigit() for t in filled)


def stitch(prev: PageTable, cont: PageTable) -> None:
    table = prev.table
    header = table.rows[0].texts if table.rows else None
    grid, owner = cont.grid, cont.owner
    while grid and ([c.text for c in grid[0]] == header or _numbering([c.text for c in grid[0]])):
        if [c.text for c in grid[0]] == header:
            table.rows[0].is_header = True
        grid, owner = _drop_first(grid, owner)
    if not grid:
        return
    last_owner = prev.owner[-1]
    last_row = prev.grid[-1]
    first = grid[0]
    remap: dict[int, Cell] = {}
    split = _split_row(first, last_owner)
    for c, cell in enumerate(first):
        if cell.covered or c >= len(last_owner):
            continue
        above = last_owner[c]
        if above.colspan != cell.colspan:
            continue
        region = last_row[c].covered or above.rowspan > 1 or cell.rowspan > 1
        lower = cell.text[:1].islower()
        if split or (region and (not cell.text or lower)):
            above.text = glue(above.text, cell.text)
            above.rowspan += cell.rowspan - (1 if split else 0)
            remap[id(cell)] = above
    if split:
        grid, owner = grid[1:], owner[1:]
    index = prev.table.source.table
    for cells, owners in zip(grid, owner):
        new_cells = []
        for cell, own in zip(cells, owners):
            if id(cell) in remap:
                cell = Cell("", covered=True)
            new_cells.append(cell)
        prev.grid.append(new_cells)
        prev.owner.append([remap.get(id(o), o) for o in owners])
        table.rows.append(Row(new_cells, Source(page=cont.page, table=index)))
    prev.marks |= cont.marks


def _split_row(first: list[Cell], last_owner: list[Cell]) -> bool:
    """The first row is the rest of the previous page's last row: its key cell is
    empty or runs on, and its texts mostly continue (lower case) rather than start
    afresh (capital, number) - a new row's cells start afresh."""
    if not first or not last_owner or first[0].text[:1].isupper() or first[0].text[:1].isdigit():
        return False
    filled = [(c, cell) for c, cell in enumerate(first) if cell.text and not cell.covered]
    if not filled or any(c >= len(last_owner) or not last_owner[c].text for c, _ in filled):
        return False
    fresh = sum(1 for _, cell in filled if cell.text[:1].isupper() or cell.text[:1].isdigit())
    return len(filled) - fresh >= max(fresh, 1)


def _drop_first(grid, owner):
    """Drop the first row; a cell spanning down from it hands its place to the next row."""
    if len(grid) > 1:
        for c, cell in enumerate(grid[0]):
            if cell.rowspan > 1 and not cell.covered:
                heir = Cell(cell.text, cell.colspan, cell.rowspan - 1)
                grid[1][c] = heir
                owner[1:] = [[heir if o is cell else o for o in row] for row in owner[1:]]
    return grid[1:], owner[1:]
