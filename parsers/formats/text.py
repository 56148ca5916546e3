"""Converted text (`.txt`, `.md`): tables as tab-separated lines, markdown and stray HTML.

Text once mis-decoded (UTF-8 read as cp1251: "в„–") is repaired and legal-database
chrome (banners, page footers: parsers/site_chrome.py) is dropped first.

Tab-separated lines become table rows; a run of them (blank lines inside the
run are page breaks, not the table's end) is one `Table`.  Tables drawn with
box-drawing characters, ASCII `+---+` rules or markdown pipes are read by
`text_grid.py`; tables printed a cell per line, each closed by « |» (ГАРАНТ's web copies)
by `text_cells.py`.  Every other line is a `Paragraph`.  Splitting and stitching of tables is left to `parsers.tables`.
"""
from __future__ import annotations

import re
from pathlib import Path

from ..document import Cell, Document, Paragraph, Row, Source, Table
from ..errors import LoadError
from .decoding import decode
from .text_cells_rows import cell_tables
from .text_grid import find_grids
from .text_table_breaks import split_tables
from .written_lines import gathered
from ..options import DEFAULT, ReaderOptions
from ..site_chrome import chrome_lines
from textcore.clean import heading_level, strip_markup
from textcore.mojibake import repair_mojibake

_FOOTNOTE_DEF = re.compile(r"^\s*\[(\d{1,3})\]\s*(\S.*)$")


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
    written: dict[str, str | None] = {}            # Document.cell_lines (written_lines.record)
    grids = {start: (end, [grid]) for start, end, grid in find_grids(lines, written)}
    drawn = {i for start, (end, _) in grids.items() for i in range(start, end)}
    drawn |= {i for i, ln in enumerate(lines) if "\t" in ln}
    grids.update(cell_tables(lines, drawn, written))
    skip_to = 0
    for no, raw in enumerate(lines, 1):
        if no - 1 in grids:
            skip_to, found = grids[no - 1]
            blocks.extend(found)
            table, last_footnote = None, None
        if no <= skip_to:
            continue                      # inside a drawn table
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
    return Document(blocks=split_tables(blocks), format=fmt, footnotes=footnotes, cell_lines=gathered(written))
