"""Converted text (`.txt`, `.md`): tables as tab-separated lines, markdown and stray HTML.

Tab-separated lines become table rows; a run of them (blank lines inside the
run are page breaks, not the table's end) is one `Table`.  Every other line is
a `Paragraph`.  Splitting and stitching of tables is left to `parsers.tables`.
"""
from __future__ import annotations

import re
from pathlib import Path

from ..document import Cell, Document, Paragraph, Row, Source, Table
from ..errors import LoadError
from ..textclean import heading_level, strip_markup

_FOOTNOTE_DEF = re.compile(r"^\s*\[(\d{1,3})\]\s*(\S.*)$")


def decode(data: bytes) -> str:
    """Decode UTF-8 (with or without BOM), UTF-16 (BOM or not) or cp1251."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    sample = data[:4096]
    if sample and sample.count(0) > len(sample) // 4:
        # UTF-16 without BOM: the NULs sit on the high byte of ASCII characters
        le = sample[1::2].count(0) >= sample[0::2].count(0)
        return data.decode("utf-16-le" if le else "utf-16-be", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1251", errors="replace")
    letters = sum(ch.isalpha() for ch in text[:4000])
    if letters < len(text[:4000]) * 0.3:
        raise LoadError("text in an unknown encoding (not UTF-8, UTF-16 or cp1251)")
    return text


def read(path: Path) -> Document:
    data = Path(path).read_bytes()
    if not data.strip():
        raise LoadError("empty file")
    text = decode(data)
    return parse_text(text, "md" if Path(path).suffix.lower() == ".md" else "txt")


def parse_text(text: str, fmt: str = "txt") -> Document:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
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
