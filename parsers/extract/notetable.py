"""A procedure's lists given as an appendix table with a remarks column: «№ п/п | Наименование |
Примечание», a full-width row per list (its lead-in: «2. Цифровые точки взаимодействия») and one
item a row («2.1. | Официальный сайт | при наличии»).

The remarks («при наличии», «с 2025 года») say when or whether an item applies; they are no
item and no field of the contract.  With them the rows have three cells and read as a data
table, which the procedure reader leaves alone; without them the table is what the text lists
are: lead-in lines over numbered items (procedure.py reads them so, through the same lead-in
reading).  So the remarks column is left out here, before the document is read as lines.

A column is a remarks column by its heading (`note_headers`, parsers/data/procedure.yaml, by
lemmas), never the first one (it would hold the spanning lead-ins), and only where another
column beside it and the «№» names the items.  Converted text prints the full-width rows as
lines between parts of the table: the parts after the header, with as many columns and only
such lines (bold, or headings) between them, lose the same column.  A full-width row (it spans
the remarks column from the left; one remark merged down over several items makes none), or
such a line between two parts, is a list's lead-in: it is given the colon
a lead-in line ends with, so that it is read as one at any length and with no number.
"""
from __future__ import annotations

from dataclasses import replace

from textcore.lemmas import lemmas

from ..document import Cell, Document, Paragraph, Row, Table
from ..tables.columns import is_ordinal_header
from .leadin import vocab


def _is_note(text: str) -> bool:
    words = [w for w in lemmas(text) if w.isalpha()]
    return bool(words) and set(words) <= set(vocab()["note_headers"])


def note_columns(table: Table) -> frozenset[int]:
    """The remarks columns of a table whose first filled row is a header «№ | Наименование |
    Примечание» (any order past the first column); empty for any other table."""
    head = next((r for r in table.rows if any(t.strip() for t in r.texts)), None)
    if head is None:
        return frozenset()
    named = [(c, cell.text.strip()) for c, cell in enumerate(head.cells) if cell.text.strip() and not cell.covered]
    notes = {c for c, t in named if c > 0 and _is_note(t)}
    names = [c for c, t in named if c not in notes and not is_ordinal_header(t)]
    return frozenset(notes) if notes and names else frozenset()


def _drop(table: Table, cols: frozenset[int]) -> Table:
    rows = []
    for row in table.rows:
        kept = [cell for c, cell in enumerate(row.cells) if c not in cols]
        if any(_spanned(row, c) for c in cols):        # a row across the remarks: a lead-in
            kept = _as_lead_in(kept)
        rows.append(Row(kept, row.source, row.is_header))
    return replace(table, rows=rows)


def _spanned(row: Row, c: int) -> bool:
    """Whether the row's cell at c is covered by a cell of the same row spanning it from the left
    (a row across the table); one remark merged down over several items («при наличии» over
    «2.1.», «2.2.») covers the items' cells from above and makes no lead-in of them."""
    if c >= len(row.cells) or not row.cells[c].covered:
        return False
    k = c - 1
    while k >= 0 and row.cells[k].covered:
        k -= 1
    return k >= 0 and k + row.cells[k].colspan > c


def _as_lead_in(cells: list[Cell]) -> list[Cell]:
    """A full-width row's cells, its text closed by the colon a lead-in line ends with (the
    row drops it): «Клиент может обратиться … посредством» is read as a lead-in at any length."""
    last = max((i for i, c in enumerate(cells) if c.text.strip()), default=None)
    if last is None or cells[last].text.rstrip()[-1:] in ".:;,!?":
        return cells
    return cells[:last] + [replace(cells[last], text=cells[last].text.rstrip() + ":")] + cells[last + 1:]


def _lead_in_line(block) -> bool:
    return isinstance(block, Paragraph) and (block.bold or block.is_heading)


def _part_follows(blocks: list, b: int, width: int) -> bool:
    """Whether the next block with text after b is a part of the open table (as wide as it)."""
    nxt = next((x for x in blocks[b + 1:] if isinstance(x, Table) or x.text.strip()), None)
    return isinstance(nxt, Table) and nxt.n_cols == width


def without_notes(doc: Document) -> Document:
    """The document with the remarks column of each such table (and of its parts that converted
    text split at the lead-in lines) left out; the same document when there is none."""
    blocks = list(doc.blocks)
    cols, width = frozenset(), 0            # the open table's remarks columns, and its width
    changed = False
    for b, block in enumerate(blocks):
        if isinstance(block, Table):
            own = note_columns(block)
            if own:
                cols, width = own, block.n_cols
            elif not (cols and block.n_cols == width):
                cols = frozenset()
            if cols:
                blocks[b], changed = _drop(block, cols), True
        elif not _lead_in_line(block) and block.text.strip():
            cols = frozenset()              # body text: the table has ended
        elif cols and block.text.strip() and _part_follows(blocks, b, width):
            blocks[b] = replace(block, text=_as_lead_in([Cell(block.text)])[0].text)   # a lead-in line
    return replace(doc, blocks=blocks) if changed else doc
