"""Footnotes printed under a table: paragraphs opened by a mark that a cell of the table above carries glued to
its last word («Сайт¹» … «¹ Указывается при наличии…», «МФЦ*» … «* По согласованию…», «листков3)» …
«3) В соответствии с графиком…», «почта[2]» … «[2] Для заявителей…»).  They explain cells; they are no
caption or direction heading of the next table, nor a heading between a table and its continuation
(`repair._captions`, `repair.find_tables`).  A numbered line «1) Работа с обращениями» is a footnote only
where the table above carries «1)» glued to a word: a heading numbered so stays a heading.

    footnote_of_above(blocks, k) -> bool      whether paragraph k is a footnote of a table right above it
"""
from __future__ import annotations

import re

from ..document import Paragraph, Table

_MARK = r"\d{1,2}\)|\[\d{1,2}\]|\*{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}"
# a mark glued to a word's end (never after a space, a digit or an opening bracket: «пункт 3)», «(1)»)
_CELL_MARK = re.compile(rf"(?<=[^\s\d(\[*])({_MARK})(?=[\s.,;:»]|$)")
# a paragraph opened by a mark and a space
_PARA_MARK = re.compile(rf"\s*({_MARK})\s+\S")
_SCAN_BACK = 12              # blocks walked back for the tables above


def _marks(table: Table) -> frozenset[str]:
    return frozenset(m.group(1) for row in table.rows for c in row.cells for m in _CELL_MARK.finditer(c.text))


def footnote_of_above(blocks: list, k: int, cache: dict[int, frozenset[str]] | None = None) -> bool:
    """Whether paragraph `blocks[k]` opens with a mark that a table among the blocks right above it carries
    glued to a cell's word."""
    p = blocks[k]
    m = _PARA_MARK.match(p.text) if isinstance(p, Paragraph) else None
    if m is None:
        return False
    cache = {} if cache is None else cache
    marks: set[str] = set()
    for j in range(k - 1, max(-1, k - 1 - _SCAN_BACK), -1):     # the table's parts: a bold row of converted
        b = blocks[j]                                            # text cuts it into several
        if isinstance(b, Table):
            if id(b) not in cache:
                cache[id(b)] = _marks(b)
            marks |= cache[id(b)]
        elif not isinstance(b, Paragraph):
            break
    return m.group(1) in marks
