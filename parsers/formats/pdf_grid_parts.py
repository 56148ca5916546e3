"""What pdfplumber's one table holds that is not one table of the document.

**A grid drawn inside a cell** (a Word table nested in a cell, printed): pdfplumber's line-based finder takes every ruling of the page into one table: the inner
grid's lines become rows and columns of the outer table, which cuts the outer row into
pieces and the inner columns into columns no header names.  It reports the outer cell
too, as a box that holds the inner cells' boxes; so a cell whose box lies inside another
cell's box is an inner cell.  `split_nested` takes those out of the grid (the outer cell
keeps the whole of its row and its column) and returns them, so that the outer cell's
text is read item by item (`pdf_layout.fill_cells`, `nested.join_rows`).
A table where no box lies over another (the cells' areas sum to no more than the box
around them) is told in one pass; otherwise each box is compared only with the boxes whose
top lies near enough to hold it (sorted by top, found by bisection), never with all of them.

**Two grids back to back** (a table right under another, nothing between: two parts of a
list with other column widths, as a converter prints two Word tables around a section
break): their rules touch, so they are found as one table whose columns are both grids'
boundaries together, each row's cells spanning the other grid's columns, and the second
part's header is no longer a row the header can be matched with.  `split_bands` cuts
the rows where the column boundaries change: two rows with inner boundaries of which
not even half are shared belong to different grids (a merged cell only drops some of
its grid's boundaries; a full-width row has none and stays with the rows above it).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

Box = tuple[float, float, float, float]      # x0, top, x1, bottom

_TOLERANCE_PT = 1.0


def _inside(a: Box, b: Box) -> bool:
    """Box a lies within box b and is smaller than it."""
    t = _TOLERANCE_PT
    return a != b and b[0] - t <= a[0] and a[2] <= b[2] + t and b[1] - t <= a[1] and a[3] <= b[3] + t \
        and (a[2] - a[0]) * (a[3] - a[1]) < (b[2] - b[0]) * (b[3] - b[1])


class _ByTop:
    """Boxes sorted by top: the boxes that may hold a box are those whose top lies between its
    bottom less the tallest box's height and its own top, found by bisection."""

    def __init__(self, boxes):
        self.boxes = sorted(boxes, key=lambda b: b[1])
        self.tops = [b[1] for b in self.boxes]
        self.tallest = max((b[3] - b[1] for b in self.boxes), default=0.0)

    def holds(self, a: Box) -> Box | None:
        """A box that holds `a`, or None."""
        lo = bisect_left(self.tops, a[3] - self.tallest - _TOLERANCE_PT)
        hi = bisect_right(self.tops, a[1] + _TOLERANCE_PT)
        return next((o for o in self.boxes[lo:hi] if _inside(a, o)), None)


def _tiles(boxes: set[Box]) -> bool:
    """The boxes' areas sum to no more than the box around them all: none lies over another
    (the case of nearly every table, told in one pass)."""
    x0, top = min(b[0] for b in boxes), min(b[1] for b in boxes)
    x1, bottom = max(b[2] for b in boxes), max(b[3] for b in boxes)
    area = (x1 - x0) * (bottom - top)
    return sum((b[2] - b[0]) * (b[3] - b[1]) for b in boxes) <= area * (1 + 1e-9)


def split_nested(rows: list[list[Box | None]], tops: list[float]
                 ) -> tuple[list[list[Box | None]], list[float], list[Box]]:
    """(rows, row tops) without the inner cells, the rows and columns only they made
    dropped; and the inner cells' boxes.  A table with no cell inside another is returned
    as it is."""
    boxes = {b for r in rows for b in r if b}
    if not boxes or _tiles(boxes):
        return rows, tops, []
    index = _ByTop(boxes)
    inner = [b for b in boxes if index.holds(b)]
    if not inner:
        return rows, tops, []
    gone = set(inner)
    rows = [[None if b in gone else b for b in r] for r in rows]
    keep_rows = [i for i, r in enumerate(rows) if any(r)]
    n = max(len(r) for r in rows)
    keep_cols = [j for j in range(n) if any(j < len(rows[i]) and rows[i][j] for i in keep_rows)]
    out = [[rows[i][j] if j < len(rows[i]) else None for j in keep_cols] for i in keep_rows]
    return out, [tops[i] for i in keep_rows], sorted(inner, key=lambda b: (b[1], b[0]))


def containers(inner: list[Box], outer: dict[int, Box]) -> dict[Box, int]:
    """Each inner box's outer cell: box -> the key of the cell whose box holds it (where one does)."""
    if not inner:
        return {}
    key = {b: k for k, b in outer.items()}
    index = _ByTop(outer.values())
    return {b: key[o] for b in inner if (o := index.holds(b)) is not None}


def _inner_xs(row: list[Box | None], left: float, right: float) -> list[float]:
    """The column boundaries a row's cells draw, the table's own sides left out."""
    xs = sorted({x for b in row if b for x in (b[0], b[2])})
    return [x for x in xs if x - left > _TOLERANCE_PT and right - x > _TOLERANCE_PT]


def _shared(a: list[float], b: list[float]) -> int:
    return sum(1 for x in a if any(abs(x - y) <= _TOLERANCE_PT for y in b))


def split_bands(rows: list[list[Box | None]], tops: list[float], bbox: Box) -> list[tuple[int, int]]:
    """[(first row, end row)] of each grid among the rows; one band for a table of one grid."""
    bands: list[tuple[int, int]] = []
    start, last = 0, None                    # `last`: the boundaries of the band's last row that had some
    for i, row in enumerate(rows):
        xs = _inner_xs(row, bbox[0], bbox[2])
        if not xs:
            continue
        if last is not None and 2 * _shared(xs, last) < min(len(xs), len(last)):
            bands.append((start, i))
            start = i
        last = xs
    bands.append((start, len(rows)))
    return bands
