"""An amending act's structure: what it restates, freed of the quotes around it.

    unquote_restated(doc) -> Document
    restates_parts(doc) -> bool
    amends(text) -> bool

Regions amend their orders constantly («О внесении изменений в приказ от … № …»), and an
amending order quotes what it restates: a row («строку 2 изложить в следующей редакции:
"2. … | … | …".»), a point («пункт 3.2 изложить в следующей редакции: "3.2. …".»), a whole
appendix in a new edition under the amended act's stamp in quotes («"Приложение к приказу от
… № …» … «».»).  Written in Word, the opening mark is glued to the first cell or to the item's
number («"1.») and the closing one to the last value («Петров С.С.".»): the number is no
longer read as one (the row is lost) and the mark sticks to the value.  A mark is taken off
where it is unbalanced at the edge of a table (its first cell's start, its last cell's end) or
of a paragraph: a quoted name («Портал "Госуслуги"») is balanced and kept.

An amending act that restates some points or rows of a procedure states only those: the lists
it does not restate are the amended act's, not lists this document failed to read
(`restates_parts`; vocabulary in `data/amending.yaml`).
"""
from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from textcore.numbering import ARABIC, LETTER, ROMAN, parse_item_number
from textcore.vocab import vocabulary

from ..document import Document, Paragraph, Row, Table
from .header_words import opens_stamp

_OPENERS = "«\"“„"
_CLOSERS = "»\"”“"
_LEAD = re.compile(rf"^\s*[{_OPENERS}]\s*")
_TAIL = re.compile(rf"\s*([{_CLOSERS}])\s*([.;,]?)\s*$")
_STYLES = (ARABIC, ROMAN, LETTER)
_DATA = Path(__file__).resolve().parents[1] / "data" / "amending.yaml"
_READ_BLOCKS = 80           # the order's own text is in its first blocks (the restated text follows)


def _unbalanced(text: str) -> bool:
    """A quotation opened and not closed in the text, or closed and not opened."""
    return text.count("«") != text.count("»") or text.count('"') % 2 == 1 or \
        (text.count("“") + text.count("”") + text.count("„")) % 2 == 1


def unquote(text: str, cell: bool) -> str:
    """`text` without the marks that wrap restated text: an unbalanced mark at its start or its
    end, or both ends of a paragraph that restates a numbered point («"3.3. … почта.".»).  A
    cell loses the stop after its closing mark (it was the restatement's, not the value's)."""
    lead, tail = _LEAD.match(text), _TAIL.search(text)
    if lead and tail and tail.start() > lead.end() and not cell:
        inner = text[lead.end():tail.start()]
        if not _unbalanced(inner) and parse_item_number(inner, _STYLES):
            return inner + (tail.group(2) if inner[-1:] not in ".;:!?" else "")
    if lead and lead.end() < len(text) and _spare(text, lead.group().strip()):
        return text[lead.end():]
    if tail and tail.start() > 0 and _spare(text, tail.group(1)):
        before = text[:tail.start()]
        return before + (tail.group(2) if not cell and before[-1:] not in ".;:!?" else "")
    return text


def _spare(text: str, mark: str) -> bool:
    """The mark is one too many in `text`: a guillemet outnumbering its pair (a name's nested
    quotes closed once keep their closing mark: ГИС «Портал «Госуслуги»), a straight or curly
    quote of odd count."""
    if mark in "«»":
        return text.count(mark) > text.count("»" if mark == "«" else "«")
    if mark == '"':
        return text.count('"') % 2 == 1
    return (text.count("“") + text.count("”") + text.count("„")) % 2 == 1


def unquote_restated(doc: Document) -> Document:
    """The document with the marks wrapping restated text taken off its tables' outer cells and
    its paragraphs' edges; the same document where there are none."""
    blocks, changed = [], False
    for b in doc.blocks:
        new = _table_unquoted(b) if isinstance(b, Table) else _paragraph_unquoted(b)
        changed |= new is not b
        blocks.append(new)
    return replace(doc, blocks=blocks) if changed else doc


def _paragraph_unquoted(p: Paragraph) -> Paragraph:
    """A paragraph opening a restatement: the mark before a point's number or a stamp («"3.2. …»,
    «"Приложение к приказу …»); one closing it: the mark after its last stop («…граждан.".»).
    A title's line that opens or closes a quoted name («"Об утверждении …», «… годы"») is kept."""
    text = p.text
    lead, tail = _LEAD.match(text), _TAIL.search(text)
    rest = text[lead.end():] if lead else text
    opens = lead is not None and (parse_item_number(rest, _STYLES) is not None or opens_stamp(rest))
    closes = tail is not None and text[:tail.start()][-1:] in ".;!?"
    new = unquote(text, cell=False) if opens or closes else text
    return p if new == text else replace(p, text=new)


def _table_unquoted(t: Table) -> Table:
    """The mark opening a restatement sits before the table's first cell, or before the number
    of the first restated row under a header kept from the amended list; the closing mark
    after the last cell."""
    rows = list(t.rows)
    for k, row in enumerate(rows):
        first = _edge_cell(row, 0)
        if first is not None and _LEAD.match(row.cells[first].text) and (
                k == 0 or parse_item_number(unquote(row.cells[first].text, cell=True), _STYLES)):
            rows[k] = _row_with(row, first)
    last = _edge_cell(rows[-1], -1) if rows else None
    if last is not None and _TAIL.search(rows[-1].cells[last].text):
        rows[-1] = _row_with(rows[-1], last)
    return t if all(a is b for a, b in zip(rows, t.rows)) else replace(t, rows=rows)


def _edge_cell(row: Row, side: int) -> int | None:
    """The row's first (side 0) or last (side -1) cell holding text."""
    order = range(len(row.cells)) if side == 0 else range(len(row.cells) - 1, -1, -1)
    return next((i for i in order if row.cells[i].text.strip() and not row.cells[i].covered), None)


def _row_with(row: Row, i: int) -> Row:
    text = row.cells[i].text
    new = unquote(text, cell=True)
    if new == text:
        return row
    cells = list(row.cells)
    cells[i] = replace(cells[i], text=new)
    return replace(row, cells=cells)


_KEYS = ("amends", "whole", "parts", "of_part")


@vocabulary(_DATA, required=_KEYS)
def _cues(data: dict) -> dict[str, re.Pattern]:
    return {k: re.compile("|".join(f"(?:{rx})" for rx in data[k]), re.I | re.M) for k in _KEYS}


def amends(text: str) -> bool:
    """A line that amends another act («1. Внести в постановление … от … N 43 … изменение»,
    «О внесении изменений в приказ …»): the act it names is the amended one."""
    return bool(_cues()["amends"].search(text))


def restates_parts(doc: Document) -> bool:
    """Whether the document is an amending act that restates or adds parts of an act (points,
    rows, a section), not the whole of its appendix: what it does not restate, it does not state."""
    # a paragraph a line: a title's cue stands at a paragraph's start, a sentence's never
    text = "\n".join(re.sub(r"\s+", " ", b.text) for b in doc.blocks[:_READ_BLOCKS] if isinstance(b, Paragraph))
    cues = _cues()
    return bool(cues["amends"].search(text) and cues["parts"].search(text) and not _restates_whole(text, cues))


def _restates_whole(text: str, cues: dict[str, re.Pattern]) -> bool:
    """A whole appendix or procedure restated, not one a part of which is («пункт 3.2 Порядка
    изложить в новой редакции»: the appendix named after the part is the part's)."""
    return any(not cues["of_part"].search(text, max(0, m.start() - 120), m.start())
               for m in cues["whole"].finditer(text))
