"""A table inside a table's cell (Word's nested `w:tbl`, a grid drawn inside a PDF cell),
read as the cell's text: needs or channels listed as an inner table are a list, one item
per inner row.  The Word and PDF readers both join the inner rows here, so both give the
cell the same text.

    join_rows([["1", "Получение консультации"], ["2", "Подача заявления"]])
        -> "Получение консультации; Подача заявления"
"""
from __future__ import annotations

import re

# a cell holding only an item's number or letter ("1", "2.1.", "а)"): the item's marker, not its words
_NUMBER_CELL = re.compile(r"^\s*(?:\d{1,3}(?:\.\d{1,3})*|[а-яa-z])[.)]?\s*$")


def join_rows(rows: list[list[str]]) -> str:
    """Each inner row one item (its cells joined by spaces, a number alone in its first cell
    left out where text follows: «Срок, дней | 30» keeps its number), closed
    by «;» unless it ends a sentence itself, so the cell splits into the same items as a
    list written with semicolons (normalizers' need splitter cuts at «;» always)."""
    items = []
    for cells in rows:
        cells = [t.strip() for t in cells if t.strip()]
        if cells and _NUMBER_CELL.match(cells[0]) and any(not _NUMBER_CELL.match(t) for t in cells[1:]):
            cells = cells[1:]                     # the item's marker, before its words
        text = " ".join(cells)
        if text:
            items.append(text)
    return " ".join(t if k == len(items) - 1 or t[-1] in ".;:!?" else f"{t};" for k, t in enumerate(items))
