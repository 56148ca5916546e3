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
such lines (bold, or headings) between them, lose the same column.
"""
from __future__ import annotations

from dataclasses import replace

from textcore.lemmas import lemmas

from ..document import Document, Paragraph, Row, Table
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
    rows = [Row([cell for c, cell in enumerate(row.cells) if c not in cols], row.source, row.is_header)
            for row in table.rows]
    return replace(table, rows=rows)


def _lead_in_line(block) -> bool:
    return isinstance(block, Paragraph) and (block.bold or block.is_heading)


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
    return replace(doc, blocks=blocks) if changed else doc
