"""Two tab-separated tables one blank line apart, read as one by the text reader (blank lines inside a table are
page breaks and spacing there): a list of four columns and right under it a table of two, «№ точки |
Потребности», with no caption between.  The table is cut where, after a blank line, every row on has another
number of cells than every row above, the first of them a header of words (no cell a bare number) and at least
two rows under it — a page break inside one table keeps its width, a row a cell short here and there is no
second table —, or its header alone where a table as wide goes on after a few lines (a list whose rows across —
a direction's, a process's, a channel's — converted text prints as lines between its parts).

    split_tables(blocks) -> blocks, such a table given as its two tables
"""
from __future__ import annotations

import re

from ..document import Source, Table

_NUMBER = re.compile(r"^\s*[\dIVXivx]+([.)]\d*)*[.)]?\s*$")
_MIN_ROWS = 3            # the second table's header and two rows at least


_MAX_LINES_BETWEEN = 4    # rows across a list printed as lines of their own (a direction's, a process's, a channel's)


def split_tables(blocks: list) -> list:
    out: list = []
    for i, b in enumerate(blocks):
        out.extend(_split(b, _width_on(blocks, i + 1)) if isinstance(b, Table) else (b,))
    return out


def _width_on(blocks: list, i: int) -> int | None:
    """The width of the table right after a few lines (a list's rows across printed between its parts), or None."""
    k = i
    while k < len(blocks) and k - i < _MAX_LINES_BETWEEN and not isinstance(blocks[k], Table):
        k += 1
    return blocks[k].n_cols if i < k < len(blocks) and isinstance(blocks[k], Table) else None


def _split(table: Table, width_on: int | None = None) -> list[Table]:
    rows, widths = table.rows, [len(r.cells) for r in table.rows]
    # the one cut possible: where the width first changes, every row after as wide as the first after it; fewer
    # rows after it where the table goes on after lines between (a list's header, its rows under rows across)
    k = next((k for k in range(1, len(rows)) if widths[k] != widths[0]), None)
    least = 1 if k is not None and widths[k] == width_on else _MIN_ROWS
    if k is not None and len(rows) - k >= least and all(w == widths[k] for w in widths[k:]):
        gap = (rows[k].source.line or 0) - (rows[k - 1].source.line or 0) > 1
        if gap and not any(_NUMBER.match(c.text) or not c.text.strip() for c in rows[k].cells):
            return [Table(rows[:k], table.source), Table(rows[k:], Source(line=rows[k].source.line))]
    return [table]
