"""A list's items laid out in a table with no header, a cell an item («1) сайт; | 4) почта;» /
«2) портал; | 5) МЭДО.»): Word lays a long list out so to save a page.  Read row by row, each
row would be one item holding two; the list is its cells in their numbers' order — down the
first column, then the next (as the numbers run), or along each row where they run so.

A table is such a grid only where every filled cell opens with an item's mark of one style
(numbered or lettered) and holds nothing after it but the item's words: a table with a number
column («1. | Сайт»), a header or a remark column has cells without a mark.  And only where the
numbers make one run, down the columns or along the rows: two columns each numbered afresh
(«1. сайт; | 1. отдел информатизации;») pair two lists, a table of data; bullets, which tell no
order, cannot show a list laid out from cells paired so («- личный приём; | - ежедневно;»)."""
from __future__ import annotations

from textcore.numbering import ARABIC, LETTER, ROMAN, parse_item_number

from ..document import Table
from .lines import Line
from .listread import marker


def grid_items(table: Table) -> list[tuple[str, object]] | None:
    """(cell text, row) of each item of an item grid, in the list's order; None for any other table."""
    width = max((len(r.cells) for r in table.rows), default=0)
    if width < 2 or len(table.rows) < 1:
        return None
    columns: list[list[tuple[str, object]]] = [[] for _ in range(width)]
    styles = set()
    for row in table.rows:
        for c, cell in enumerate(row.cells):
            text = cell.text.strip()
            if not text or cell.covered:
                continue
            m = marker(text)
            if m is None or m.style in ("plain", "bullet") or not m.rest.strip() or "\t" in text:
                return None
            styles.add(m.style)
            columns[c].append((text, row))
    if len(styles) != 1 or sum(bool(col) for col in columns) < 2:
        return None
    down = [it for col in columns for it in col]
    along = [(cell.text.strip(), row) for row in table.rows for cell in row.cells
             if cell.text.strip() and not cell.covered]
    return down if _runs_on(down) else along if _runs_on(along) else None


def _runs_on(items: list[tuple[str, object]]) -> bool:
    """Whether the items' numbers rise in this order (1, 2, 3; 2.1.1, 2.1.2; а, б, в — letters a
    list skips, «ё», «й», allowed)."""
    numbers = [_number(t) for t, _ in items]
    return None not in numbers and all(a < b for a, b in zip(numbers, numbers[1:]))


def _number(text: str) -> tuple[int, ...] | None:
    n = parse_item_number(text.strip(), (ARABIC, ROMAN, LETTER))
    return n.parts if n is not None and n.parts else None


def grid_lines(table: Table, block: int) -> list[Line] | None:
    """The item grid's items as lines, each with its row's source; None for any other table."""
    items = grid_items(table)
    if items is None:
        return None
    return [Line(text, row.source.line, row.source.row, block, row.source) for text, row in items]


def in_list_order(lines: list[Line], grids: dict[int, list[Line]]) -> list[Line]:
    """`lines` with each item grid's rows (block index -> its `grid_lines`) replaced by its items."""
    out: list[Line] = []
    for ln in lines:
        if ln.block not in grids:
            out.append(ln)
        elif not out or out[-1].block != ln.block:
            out += grids[ln.block]
    return out
