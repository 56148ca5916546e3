"""Two tab-separated tables one blank line apart, read as one by the text reader (blank lines inside a table are
page breaks and spacing there): a list of four columns and right under it a table of two, «№ точки |
Потребности», with no caption between.  The table is cut where, after a blank line, every row on has another
number of cells than every row above, the first of them a header of words (no cell a bare number) and at least
two rows under it — a page break inside one table keeps its width, a row a cell short here and there is no
second table.

    split_tables(blocks) -> blocks, such a table given as its two tables
"""
from __future__ import annotations

import re

from ..document import Source, Table

_NUMBER = re.compile(r"^\s*[\dIVXivx]+([.)]\d*)*[.)]?\s*$")
_MIN_ROWS = 3            # the second table's header and two rows at least


def split_tables(blocks: list) -> list:
    out: list = []
    for b in blocks:
        out.extend(_split(b) if isinstance(b, Table) else (b,))
    return out


def _split(table: Table) -> list[Table]:
    rows, widths = table.rows, [len(r.cells) for r in table.rows]
    # the one cut possible: where the width first changes, every row after as wide as the first after it
    k = next((k for k in range(1, len(rows)) if widths[k] != widths[0]), None)
    if k is not None and len(rows) - k >= _MIN_ROWS and all(w == widths[k] for w in widths[k:]):
        gap = (rows[k].source.line or 0) - (rows[k - 1].source.line or 0) > 1
        if gap and not any(_NUMBER.match(c.text) or not c.text.strip() for c in rows[k].cells):
            return [Table(rows[:k], table.source), Table(rows[k:], Source(line=rows[k].source.line))]
    return [table]
