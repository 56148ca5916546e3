"""Row numbers in a cell-per-line run (`text_cells_rows`), and a header told by them alone.

A header in words no reader knows («Графа 1 | Графа 2 | …», «Показатель», abbreviations: a region's
own wording) names no column, yet it is the header where its cells are as many as a row's — the
rows' numbers come that many cells apart —, and a heading of one cell before row 1 («I. Процессы …»,
«Направление деятельности: …») is a full-width row, not a first column's text."""
from __future__ import annotations

import re

from textcore.numbering import ARABIC, ROMAN, parse_item_number

from .text_cells import CellText

_LONG_ROW = re.compile(r"\d{3}(?:\.\d{1,3}){0,4}\.?")   # rows 100-999 (four digits: a year)
_LABEL_END = re.compile(r"[:«\"]")      # a heading's label ends at a colon or an opening quote
_WORD_NUMBERED = re.compile(r"^[А-ЯЁA-Z][а-яёa-z]+\s+(?:\d{1,2}|[IVXL]{1,5})\s*[.):–—-]\s*\S")   # «Раздел 2. …»
KINDS = ("touchpoint_list", "roadmap")   # the tables whose header words tell a header


def row_number(text: str) -> tuple[int, ...] | None:
    """(1, 2) for a row number "1.2" / "1.2." / "II" / "104"; None for any other text.
    An item number in prose stops at two digits (a year, a sum), a row of a long list does
    not: the rows' cells run on, and a row past 99 read as no number shifts the rest."""
    t = text.strip()
    if _LONG_ROW.fullmatch(t):
        return tuple(int(x) for x in t.rstrip(".").split("."))
    n = parse_item_number(t, (ARABIC, ROMAN))
    return n.parts if n and not n.rest else None


def follows(prev: tuple[int, ...] | None, cand: tuple[int, ...] | None) -> bool:
    """Is `cand` a row number that may come next after `prev` (1 → 2, 1 → 1.1, 1.3 → 2)?"""
    if cand is None:
        return False
    if prev is None:
        return cand in ((1,), (1, 1))
    nexts = {prev[:i] + (prev[i] + 1,) for i in range(len(prev))} | {prev + (1,)}
    return cand in nexts or cand == (1,)


def header_like(text: str, least: float = 0.0) -> bool:
    """A header cell by the words the table readers know (the ordinal column's too), its
    best field scoring above `least` (a heading naming a direction scores low: its words
    are mostly the direction's)."""
    from ..tables.columns import field_scores, is_ordinal_header     # lemmatiser: loaded once tables are read
    return is_ordinal_header(text) or any(s > least for kind in KINDS
                                          for s in field_scores(kind, text).values())


def as_wide_as_rows(cells: list[CellText], h: int) -> bool:
    """A header in words no reader knows («Графа 1 | Графа 2 | …», «Показатель», abbreviations) is
    the h cells before the body where its rows are h cells: row numbers that follow one another
    come h cells apart twice at least, and never closer (a full-width row between two rows only
    parts them more)."""
    if h < 3 or not starts_rows(cells, h):
        return False
    at = [(j, row_number(c.text)) for j, c in enumerate(cells[h:h + 12 * h], h) if not c.filler]
    at = [(j, n) for j, n in at if n is not None]
    gaps = [b - a for (a, na), (b, nb) in zip(at, at[1:]) if follows(na, nb)]
    return gaps.count(h) >= 2 and min(gaps) >= h


def starts_rows(cells: list[CellText], h: int) -> bool:
    """Do the rows under h header cells open at cells[h]: row 1's number, or a heading of one cell
    before it?  (A header's last label before row 1, «Графа 4», is no full-width row: counted from
    it, the header would take a cell of the text above it and lose its own last one.)"""
    return h < len(cells) and (row_number(cells[h].text) is not None or section_then_row(cells, h))


def section_then_row(cells: list[CellText], p: int) -> bool:
    """Does the body open with a heading of one cell — numbered («I. Процессы …», «Раздел 2. …») or labelled by a
    column's name («Направление деятельности: …», «Направление деятельности «…»») — and a row number
    right after it, the first row's (1, 1.1, or under the heading's number)?  (A first column's numbered
    text, «1. Выдача справок», beside a column of figures, «15», is a row.)"""
    first = row_number(cells[p + 1].text) if p + 1 < len(cells) else None
    if first is None or cells[p].filler:
        return False
    text = cells[p].text.strip()
    head = parse_item_number(text, (ARABIC, ROMAN))
    cut = _LABEL_END.search(text[:80])
    label = text[:cut.start()] if cut else ""
    if not follows(None, first) and not (head is not None and first[:1] == head.parts[:1]):
        return False
    return head is not None and bool(head.rest) or bool(_WORD_NUMBERED.match(text)) \
        or bool(label) and header_like(label, 0.5)


