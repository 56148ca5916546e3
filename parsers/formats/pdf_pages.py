"""Page assembly shared by the text-PDF and scan readers: each reader turns its pages into
`Page`s (tables, lines, footnotes); `assemble` makes the `Document` from them the same way."""
from __future__ import annotations

from collections import Counter

from ..document import Document, Paragraph, Source, Table
from textcore.clean import strip_markup
from .written_lines import gathered, record
from .pdf_layout import PageLine, line_breaks, paragraphs_of
from .pdf_settings import PdfSettings
from .pdf_stitch import continues, stitch
from .wordjoin import join_lines

CONTINUED = ""      # the notes' key for text continuing the previous page's last note


class Page:
    """One page as the readers see it before assembly: tables, text lines outside them, footnotes."""

    def __init__(self, no: int, tables: list, lines: list[PageLine], notes: dict[str, str], has_text: bool,
                 wrap_space: float = 0.0):
        self.no, self.tables, self.lines, self.notes, self.has_text = no, tables, lines, notes, has_text
        self.wrap_space = wrap_space


def _box(lines) -> tuple[float, float, float, float]:
    """A paragraph's box on its page: the union of its words' (provenance)."""
    words = [w for ln in lines for w in ln.words]
    return (min(w["x0"] for w in words), min(w["top"] for w in words),
            max(w["x1"] for w in words), max(w["bottom"] for w in words))


def join_page_lines(lines: list[PageLine], wrap_space: float, settings: PdfSettings) -> str:
    if not lines:
        return ""
    right = max(ln.x1 for ln in lines)
    return join_lines([ln.text for ln in lines], line_breaks(lines, right, wrap_space, settings))


def is_page_number(line: PageLine, height: float, settings: PdfSettings) -> bool:
    """A lone number in the top or bottom margin."""
    return line.text.strip("-– ").isdigit() and (line.top < height * settings.page_margin
                                                  or line.bottom > height * (1 - settings.page_margin))


def assemble(pages: list[Page], n_pages: int, settings: PdfSettings) -> Document:
    """The pages' paragraphs and tables in reading order, headings by size, footnotes joined,
    a table continued on the next page stitched to its start."""
    sizes = Counter()
    for p in pages:
        for ln in p.lines:
            sizes[round(ln.size, 1)] += len(ln.text)
    body = sizes.most_common(1)[0][0] if sizes else 0
    larger = sorted({s for s in sizes if s > body * settings.heading_ratio}, reverse=True)
    blocks: list = []
    footnotes: dict[str, str] = {}
    last_table: Table | None = None
    grids: list = []                    # the pages' tables that begin a table (the rest are stitched on)
    last_note = None
    for p in pages:
        for k, v in p.notes.items():
            if k == CONTINUED:
                if last_note is not None:
                    footnotes[last_note] = f"{footnotes[last_note]} {v}".strip()
            else:
                footnotes[k] = v
                last_note = k
        items = [(t.top, t) for t in p.tables] + [(para[0].top, para) for para in paragraphs_of(p.lines, settings)]
        items.sort(key=lambda it: it[0])
        for i, (_, item) in enumerate(items):
            if isinstance(item, list):                     # a paragraph: its lines
                text = strip_markup(join_page_lines(item, p.wrap_space, settings))
                size = max(ln.size for ln in item)
                level = larger.index(round(size, 1)) + 1 if round(size, 1) in larger else 0
                blocks.append(Paragraph(text, level, all(ln.bold for ln in item),
                                        Source(page=p.no, bbox=_box(item))))
                last_table = None
                continue
            if i == 0 and last_table is not None and continues(last_table, item):
                stitch(last_table, item)
                continue
            table = item.to_table(index=sum(isinstance(b, Table) for b in blocks))
            blocks.append(table)
            grids.append(item)
            last_table = item
        # a table followed by body text on its page does not continue on the next
        if items and isinstance(items[-1][1], list):
            last_table = None
    for b in blocks:
        if isinstance(b, Table):
            for r, row in enumerate(b.rows):
                row.source.row = r
    return Document(blocks, "pdf", pages=n_pages, footnotes=footnotes, cell_lines=_cell_lines(grids))


def _cell_lines(grids: list) -> dict[str, str]:
    """Document.cell_lines: the cells' texts with the lines their authors wrote (pdf_cell_lines.py)."""
    lines: dict[str, str | None] = {}
    for t in grids:
        for row in t.grid:
            for cell in row:
                if not cell.covered:
                    record(lines, cell.text, t.lined.get(id(cell)))
    return gathered(lines)
