"""A third header level: sub-headings grouped again under the group heading.

Roadmaps print their term as a grid of periods: «Срок реализации» over «2025 год» | «2026 год»,
each year over «I кв.» … «IV кв.», and a mark («+», «Х», «●») in each quarter the item runs.
The middle row is then itself a row of groups (a year spanning its quarters) and the row under
it divides them.  Each column's sub-heading is its own label followed by its group's
(«IV кв. 2025 год»), so that the two-level reading (`header_rows`) sees one sub-heading per
column: a mark says yes to the whole period its column stands for.
"""
from __future__ import annotations

from typing import Callable

from ..document import Cell, Row

SubRow = Callable[[Row, Row], list[tuple[int, int]]]


def fold_third_level(rows: list[Row], i: int, sub_row: SubRow, is_mark: Callable[[str], bool]) -> tuple[Row, list[Row]]:
    """The sub-heading row at `i` with the row under it folded in where that row divides its
    groups, and the source rows read (one or two).  `sub_row(top, below)` gives top's groups
    when below is its sub-heading row (`header_rows._is_sub_row`)."""
    below = rows[i]
    if i + 1 >= len(rows):
        return below, [below]
    low = rows[i + 1]
    groups = sub_row(below, low)
    # a row of marks under a group is the first data row of a matrix, not headings
    if not groups or any(is_mark(c.text) for c in low.cells if c.text.strip()):
        return below, [below]
    texts = list(below.texts)
    for a, b in groups:
        for k in range(a, min(b, len(low.cells))):
            texts[k] = " ".join(t for t in (low.cells[k].text.strip(), below.cells[a].text.strip()) if t)
    return Row([Cell(t) for t in texts], below.source, below.is_header), [below, low]
