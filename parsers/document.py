"""The one intermediate form every reader produces.

A `Document` is an ordered list of blocks: `Paragraph`s and `Table`s.  A table
is rows of cells; each cell keeps its text, its spans and where it came from.
Extractors only ever see this form, never the file format it was read from.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator, Union


@dataclass
class Source:
    """Where a piece of text came from: 1-based line (text formats) or page/row."""

    line: int | None = None
    page: int | None = None
    table: int | None = None     # 0-based, in document order
    row: int | None = None       # 0-based in its table; text: the line
    bbox: tuple[float, float, float, float] | None = None   # x0, top, x1, bottom in PDF points on `page`
    page_row: int | None = None  # 0-based on its page's part of the table (PDFs, scans)


@dataclass
class Paragraph:
    text: str                    # markup removed, whitespace collapsed
    level: int = 0               # heading level (markdown `#`), 0 for body text
    bold: bool = False           # the whole paragraph was emphasised (`**ПРИКАЗ**`)
    source: Source = field(default_factory=Source)

    @property
    def is_heading(self) -> bool:
        return self.level > 0


@dataclass
class Cell:
    text: str                    # markup removed, whitespace collapsed, footnote marks kept
    colspan: int = 1
    rowspan: int = 1
    # True where the reader knows this grid position is covered by a merged cell
    # that starts above or to the left (docx vMerge/gridSpan, pdf `None` cell),
    # rather than being really empty.  Grids are rectangular: the merged text
    # sits once, in the top-left cell, which carries colspan/rowspan.
    covered: bool = False


@dataclass
class Row:
    cells: list[Cell]
    source: Source = field(default_factory=Source)
    is_header: bool = False      # the reader knows this row repeats as header (w:tblHeader)

    @property
    def texts(self) -> list[str]:
        return [c.text for c in self.cells]


@dataclass
class Table:
    rows: list[Row]
    source: Source = field(default_factory=Source)

    @property
    def n_cols(self) -> int:
        return max((len(r.cells) for r in self.rows), default=0)


Block = Union[Paragraph, Table]


@dataclass
class Document:
    blocks: list[Block]
    format: str                  # contract format code: txt, md, docx, pdf, ...
    pages: int | None = None
    ocr: bool = False
    warnings: list[str] = field(default_factory=list)
    footnotes: dict[str, str] = field(default_factory=dict)   # mark ("9") -> footnote text
    incomplete: str | None = None  # the reader got only part of the file (pages lost, OCR too unsure): why
    # a cell's text (as Cell.text) -> the same words with "\n" where its author began a paragraph or a
    # line (Word: w:p, w:br); only cells that have one.  Cell.text stays one line (headers, raw columns);
    # the needs and channel splitters take the boundaries as evidence (parsers/extract/cell_lines.py)
    cell_lines: dict[str, str] = field(default_factory=dict)

    def paragraphs(self) -> Iterator[Paragraph]:
        return (b for b in self.blocks if isinstance(b, Paragraph))

    def tables(self) -> Iterator[Table]:
        return (b for b in self.blocks if isinstance(b, Table))

    def text(self) -> str:
        """Plain text of the paragraphs, in reading order (tables left out)."""
        return "\n".join(p.text for p in self.paragraphs())
