"""Converted text (`.txt`, `.md`): tables as tab-separated lines, markdown and stray HTML.

Text once mis-decoded (UTF-8 read as cp1251: "в„–") is repaired and legal-database
chrome (banners, page footers: parsers/site_chrome.py) is dropped first.

Tab-separated lines become table rows; a run of them (blank lines inside the
run are page breaks, not the table's end) is one `Table`.  Every other line is
a `Paragraph`.  Splitting and stitching of tables is left to `parsers.tables`.
"""
from __future__ import annotations

import re
from pathlib import Path

from ..document import Cell, Document, Paragraph, Row, Source, Table
from ..errors import LoadError
from ..options import DEFAULT, ReaderOptions
from ..site_chrome import chrome_lines
from textcore.clean import heading_level, strip_markup
from textcore.mojibake import repair_mojibake

_FOOTNOTE_DEF = re.compile(r"^\s*\[(\d{1,3})\]\s*(\S.*)$")


def _plausible(text: str) -> bool:
    """Natural-language text: has spaces, almost no control characters, mostly letters."""
    sample = text[:8000]
    if not sample:
        return False
    control = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r" or ch == "\ufffd")
    spaces = sum(ch.isspace() for ch in sample)
    letters = sum(ch.isalpha() for ch in sample)
    return control <= len(sample) * 0.01 and spaces >= len(sample) * 0.03 and letters >= len(sample) * 0.4


def decode(data: bytes) -> str:
    """Decode UTF-8 (with or without BOM), UTF-16 (with or without BOM) or cp1251."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")   # odd length: a truncated last char
    try:
        text = data.decode("utf-8")
        if _plausible(text) or not any(ord(ch) < 32 and ch not in "\t\n\r" for ch in text[:8000]):
            return text          # (UTF-16 of Cyrillic without a BOM is valid UTF-8 full of controls)
    except UnicodeDecodeError:
        pass
    candidates = ["utf-16-le", "utf-16-be"] if len(data) % 2 == 0 else []
    for enc in candidates + ["cp1251"]:
        text = data.decode(enc, errors="replace")
        if _plausible(text):
            return text
    raise LoadError("not readable as text: neither UTF-8, UTF-16 nor cp1251 gives natural-language text")


def read(path: Path, options: ReaderOptions = DEFAULT) -> Document:
    data = Path(path).read_bytes()
    if not data.strip():
        raise LoadError("empty file")
    text = decode(data)
    return parse_text(text, "md" if Path(path).suffix.lower() == ".md" else "txt")


def parse_text(text: str, fmt: str = "txt") -> Document:
    lines = repair_mojibake(text).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    chrome = chrome_lines(lines)         # legal-database banners: blanked, line numbers kept
    lines = ["" if i in chrome else ln for i, ln in enumerate(lines)]
    blocks: list = []
    table: Table | None = None
    footnotes: dict[str, str] = {}
    last_footnote: str | None = None
    for no, raw in enumerate(lines, 1):
        if "\t" in raw and raw.strip():
            cells = [Cell(strip_markup(c)) for c in raw.split("\t")]
            row = Row(cells, Source(line=no, row=no))
            if table is None:
                table = Table([], Source(line=no))
                blocks.append(table)
            table.rows.append(row)
            last_footnote = None
            continue
        if not raw.strip():
            continue                      # blank lines: page breaks, spacing
        table = None
        text_ = strip_markup(raw)
        if not text_:
            continue
        m = _FOOTNOTE_DEF.match(text_)
        if m and not heading_level(raw):
            footnotes[m.group(1)] = m.group(2).strip()
            last_footnote = m.group(1)
        elif last_footnote and text_[:1].islower():
            # a footnote text wrapped onto the next line
            footnotes[last_footnote] += " " + text_
            continue
        else:
            last_footnote = None
        bold = raw.strip().startswith("**") and raw.strip().endswith("**")
        blocks.append(Paragraph(text_, heading_level(raw), bold, Source(line=no)))
    return Document(blocks=blocks, format=fmt, footnotes=footnotes)
