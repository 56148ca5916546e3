"""A document as text lines, for the extractors that read it line by line (metadata, procedure).

Paragraphs are lines; a table row is one line of its non-empty cells.  Site banners
(parsers/site_chrome.py) are left out: they are never a title, a date or a list item.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import Document, Paragraph, Source, Table
from ..site_chrome import chrome_lines
from .spaced_words import parted

_SPACED_CAPS = re.compile(r"\b(?:[А-ЯЁ] ){2,}[А-ЯЁ](?=\b|\d)")     # «Н И Е24.06.2004»: the run ends at its digits


@dataclass
class Line:
    text: str
    line: int | None             # source line, when the format has lines
    row: int | None = None       # source row, for a line that is a table row
    block: int = 0               # index of its block in the document
    source: Source | None = None     # its paragraph's or row's (provenance)
    paragraph: int | None = None     # 1-based among the paragraphs (Word/HTML have no other address)
    pieces: tuple = ()           # a line joined from several: (offset in text, the Line there), each


def lines_of(doc: Document, limit: int | None = None, joiner: str = " ") -> list[Line]:
    """The document as lines: paragraphs, and each table row as one line of its cells
    (joined by `joiner`: a reader that tells the cells apart asks for a tab)."""
    out: list[Line] = []
    n_para = 0
    for b, block in enumerate(doc.blocks):
        if isinstance(block, Paragraph):
            n_para += 1
            out.append(Line(block.text, block.source.line, None, b, block.source, n_para))
        elif isinstance(block, Table):
            for row in block.rows:
                text = joiner.join(t for t in row.texts if t.strip())
                if text:
                    out.append(Line(text, row.source.line, row.source.row, b, row.source))
        if limit and len(out) >= limit:
            break
    # a Word/PDF copy from a legal database carries the site's banners too (the text reader
    # drops them itself); they are never the title, and their dates are not the order's
    chrome = chrome_lines([ln.text for ln in out])
    return [ln for i, ln in enumerate(out) if i not in chrome] if chrome else out


def join_spaced(text: str) -> str:
    """"П Р И К А З" -> "ПРИКАЗ" (letter-spaced headings); a run whose word breaks a converter lost,
    "Т Р У Д У И З А Н Я Т О С Т И", parted into dictionary words ("ТРУДУ И ЗАНЯТОСТИ")."""
    return _SPACED_CAPS.sub(lambda m: parted(m.group().replace(" ", "")), text)
