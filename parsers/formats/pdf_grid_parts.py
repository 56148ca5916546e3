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

**A grid inside a cell found as a table of its own** (the inner grid's rules touch none of
the outer cell's: a nested table that ends above its cell's bottom): `fold_inner_grids` gives
its cells to the table whose cell holds it, as inner cells, so it is read as that cell's items.

**Two grids back to back** (a table right under another, nothing between: two parts of a
list with other column widths, as a converter prints two Word tables around a section
break): their rules touch, so they are found as one table whose columns are both grids'
boundaries together, each row's cells spanning the other grid's columns, and the second
part's header is no longer a row the header can be matched with.  `split_bands` cuts
the rows where the column boundaries change: two rows with inner boundaries of which
not even half are shared belong to different grids (a merged cell only drops some of
its grid's boundaries; a full-width row has none and stays with the rows above it; a row below cells merged
down over it is compared where it has cells: a two-level header's sub-headings divide their group).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

Box = tuple[float, float, float, float]      # x0, top, x1, bottom

_TOLERANCE_PT = 1.0
_MARGIN_PT = 12.0         # a cell margin (Word: 5.4 pt, with an inner table's indent ~9); no column is this narrow


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
    rows = _widen_margins(rows)
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


def _widen_margins(rows: list[list[Box | None]]) -> list[list[Box | None]]:
    """A cell no wider than a cell's margin (`_MARGIN_PT`) with a grid right of it, within its
    height: an inner grid that reaches its cell's top and bottom (a nested table a page break
    cut), whose rules cut the outer cell down to its margin.  Where another row's cell starts
    with the narrow one and runs on, that is the outer cell's width; else the grid (and the
    right margin after it) ends where a wider cell as tall as the narrow one starts, and must have two rows (one row of cells right
    of a narrow column is no sign).  A row spanning every column (a section's title over a narrow
    «№» column) is no such other row.  The margin's box becomes the outer cell's, so the
    grid's cells lie inside it, as `split_nested` asks."""
    t = _TOLERANCE_PT
    boxes = [b for r in rows for b in r if b]
    if not boxes:
        return rows
    # a cell spanning every column (a title or section row) is no outer cell of a narrow one
    left, right_edge = min(b[0] for b in boxes), max(b[2] for b in boxes)
    cells = [b for b in boxes if b[0] > left + t or b[2] < right_edge - t]
    wide: dict[Box, Box] = {}
    for m in boxes:
        if m[2] - m[0] > _MARGIN_PT or m[3] - m[1] <= _MARGIN_PT:
            continue
        grid = [b for b in boxes if b is not m and b[0] >= m[2] - t and b[1] >= m[1] - t and b[3] <= m[3] + t]
        right = max((b[2] for b in cells if abs(b[0] - m[0]) <= t and b[2] > m[2] + _MARGIN_PT), default=None)
        if right is None:
            tall = min((b[0] for b in grid if b[1] - m[1] <= t and m[3] - b[3] <= t and
                        b[2] - b[0] > _MARGIN_PT), default=None)         # not the right margin
            grid = [b for b in grid if tall is None or b[0] < tall - t]
            if len({round(b[1]) for b in grid}) < 2:
                continue
        else:
            grid = [b for b in grid if b[2] <= right + t]
        if grid:
            wide[m] = (m[0], m[1], max(b[2] for b in grid), m[3])
    return [[wide.get(b, b) if b else b for b in r] for r in rows] if wide else rows


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


def _under(xs: list[float], row: list[Box | None]) -> list[float]:
    """The boundaries `xs` of the row above that fall where this row has cells of its own: a row under a
    two-level header's group («Срок, 2025 год» over a column per month) has no cells where the other headings
    are merged down over it, so it can share none of their boundaries."""
    spans = [(b[0], b[2]) for b in row if b]
    return [x for x in xs if any(a - _TOLERANCE_PT <= x <= c + _TOLERANCE_PT for a, c in spans)]


def split_bands(rows: list[list[Box | None]], tops: list[float], bbox: Box) -> list[tuple[int, int]]:
    """[(first row, end row)] of each grid among the rows; one band for a table of one grid."""
    bands: list[tuple[int, int]] = []
    start, last = 0, None                    # `last`: the boundaries of the band's last row that had some
    for i, row in enumerate(rows):
        xs = _inner_xs(row, bbox[0], bbox[2])
        if not xs:
            continue
        prev = _under(last, row) if last is not None else None
        if prev is not None and 2 * _shared(xs, prev) < min(len(xs), len(prev)):
            bands.append((start, i))
            start = i
        last = xs
    bands.append((start, len(rows)))
    return bands


Grid = tuple[list[list[Box | None]], list[float], Box]      # rows of cell boxes, row tops, bbox


def fold_inner_grids(grids: list[Grid]) -> list[tuple[list[list[Box | None]], list[float], list[Box], Box]]:
    """(rows, tops, inner boxes, bbox) of each grid that lies in no other grid's cell; a grid
    that does gives its cell boxes to that grid as inner cells."""
    cells = [(k, b) for k, (rows, _, _) in enumerate(grids) for r in rows for b in r if b]
    inner: dict[int, list[Box]] = {k: [] for k in range(len(grids))}
    folded: set[int] = set()
    for k, (rows, _, bbox) in enumerate(grids):
        host = next((j for j, b in cells if j != k and j not in folded and _inside(tuple(bbox), b)), None)
        if host is not None:
            inner[host] += [b for r in rows for b in r if b]
            folded.add(k)
    return [(rows, tops, inner[k], bbox) for k, (rows, tops, bbox) in enumerate(grids) if k not in folded]
