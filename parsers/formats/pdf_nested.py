"""A grid drawn inside a cell of a PDF table (a Word table nested in a cell, printed).

pdfplumber's line-based finder takes every ruling of the page into one table: the inner
grid's lines become rows and columns of the outer table, which cuts the outer row into
pieces and the inner columns into columns no header names.  It reports the outer cell
too, as a box that holds the inner cells' boxes; so a cell whose box lies inside another
cell's box is an inner cell.  `split_nested` takes those out of the grid (the outer cell
keeps the whole of its row and its column) and returns them, so that the outer cell's
text is read item by item (`pdf_layout.fill_cells`, `nested.join_rows`).
"""
from __future__ import annotations

Box = tuple[float, float, float, float]      # x0, top, x1, bottom

_TOLERANCE_PT = 1.0


def _inside(a: Box, b: Box) -> bool:
    """Box a lies within box b and is smaller than it."""
    t = _TOLERANCE_PT
    return a != b and b[0] - t <= a[0] and a[2] <= b[2] + t and b[1] - t <= a[1] and a[3] <= b[3] + t \
        and (a[2] - a[0]) * (a[3] - a[1]) < (b[2] - b[0]) * (b[3] - b[1])


def split_nested(rows: list[list[Box | None]], tops: list[float]
                 ) -> tuple[list[list[Box | None]], list[float], list[Box]]:
    """(rows, row tops) without the inner cells, the rows and columns only they made
    dropped; and the inner cells' boxes.  A table with no cell inside another is returned
    as it is."""
    boxes = {b for r in rows for b in r if b}
    inner = [b for b in boxes if any(_inside(b, o) for o in boxes)]
    if not inner:
        return rows, tops, []
    gone = set(inner)
    rows = [[None if b in gone else b for b in r] for r in rows]
    keep_rows = [i for i, r in enumerate(rows) if any(r)]
    n = max(len(r) for r in rows)
    keep_cols = [j for j in range(n) if any(j < len(rows[i]) and rows[i][j] for i in keep_rows)]
    out = [[rows[i][j] if j < len(rows[i]) else None for j in keep_cols] for i in keep_rows]
    return out, [tops[i] for i in keep_rows], sorted(inner, key=lambda b: (b[1], b[0]))


def container(box: Box, outer: dict[int, Box]) -> int | None:
    """The key of the outer cell whose box holds `box`."""
    return next((k for k, o in outer.items() if _inside(box, o)), None)
