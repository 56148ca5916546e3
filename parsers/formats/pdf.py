"""Text PDF reader (pdfplumber): ruled tables per page, paragraphs around them, stitching.

Words are extracted once per page and assigned to table cells or to the text
outside tables by their boxes (far cheaper than cropping per cell).  A cell's
lines are joined with the morphology-aware `wordjoin`.  Superscript numbers
become footnote marks `[n]`; lines at the page foot that start with a cited
mark are the notes' texts (`Document.footnotes`).  A table continued on the
next page is stitched here (pdfplumber never joins across pages): see `stitch`.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from ..document import Document, Paragraph, Source, Table
from ..errors import LoadError
from ..textclean import strip_markup
from .pdf_layout import Line, lines_of, page_tables, paragraphs_of
from .pdf_stitch import continues, stitch


def read(path: Path) -> Document:
    pdf = _open(Path(path))
    with pdf:
        try:
            pages = [_read_page(page, no) for no, page in enumerate(pdf.pages, 1)]
        except LoadError:
            raise
        except Exception as e:          # pdfminer's errors on a damaged page stream
            raise LoadError(f"corrupt PDF: {type(e).__name__}: {e}") from None
        if not any(p.has_text for p in pages):
            raise LoadError("no text layer: needs OCR")
        return _assemble(pages, len(pdf.pages))


def _open(path: Path):
    import pdfplumber
    with open(path, "rb") as fh:
        head = fh.read(1024)
    if b"%PDF-" not in head:
        raise LoadError("not a PDF file")
    try:
        pdf = pdfplumber.open(path)
        pdf.pages                                        # parses the page tree
    except Exception as e:
        cause = e.args[0] if type(e).__name__ == "PdfminerException" and e.args else e
        name = type(cause).__name__
        if "Password" in name or "Encryption" in name:
            raise LoadError(f"encrypted PDF: cannot be read without its password ({name})") from None
        raise LoadError(f"corrupt or truncated PDF: {name}: {cause}") from None
    return pdf


class _Page:
    def __init__(self, no: int, tables: list, lines: list[Line], notes: dict[str, str], has_text: bool):
        self.no, self.tables, self.lines, self.notes, self.has_text = no, tables, lines, notes, has_text


def _read_page(page, no: int) -> _Page:
    words = page.extract_words(extra_attrs=["size", "fontname"], keep_blank_chars=False)
    tables, outside = page_tables(page, words, no)
    lines = lines_of(outside)
    lines, notes = _split_notes(lines, tables)
    lines = [ln for ln in lines if not _page_number(ln, page.height)]
    return _Page(no, tables, lines, notes, has_text=bool(words) or bool(page.chars))


def _split_notes(lines: list[Line], tables) -> tuple[list[Line], dict[str, str]]:
    """Lines from the first one that starts with a mark cited above it on this page
    are footnotes: "9 Опционально." -> {"9": "Опционально."}."""
    cited = {m for t in tables for m in t.marks} | {m for ln in lines for m in ln.marks}
    for i, ln in enumerate(lines):
        first = ln.text.split(" ", 1)
        num = first[0].strip("[]")
        if num in cited and len(first) > 1 and not ln.marks_in_body:
            notes: dict[str, str] = {}
            current = None
            for note_line in lines[i:]:
                head = note_line.text.split(" ", 1)
                if head[0].strip("[]") in cited and len(head) > 1:
                    current = head[0].strip("[]")
                    notes[current] = head[1]
                elif current:
                    notes[current] = f"{notes[current]} {note_line.text}"
            return lines[:i], {k: strip_markup(v) for k, v in notes.items()}
    return lines, {}


def _page_number(line: Line, height: float) -> bool:
    return line.text.strip("-– ").isdigit() and (line.top < height * 0.08 or line.bottom > height * 0.92)


def _assemble(pages: list[_Page], n_pages: int) -> Document:
    sizes = Counter()
    for p in pages:
        for ln in p.lines:
            sizes[round(ln.size, 1)] += len(ln.text)
    body = sizes.most_common(1)[0][0] if sizes else 0
    larger = sorted({s for s in sizes if s > body * 1.15}, reverse=True)
    blocks: list = []
    footnotes: dict[str, str] = {}
    last_table: Table | None = None
    for p in pages:
        footnotes.update(p.notes)
        items = [(t.top, t) for t in p.tables] + [(para[0].top, para) for para in paragraphs_of(p.lines)]
        items.sort(key=lambda it: it[0])
        for i, (_, item) in enumerate(items):
            if isinstance(item, list):                     # a paragraph: its lines
                text = strip_markup(" ".join(ln.text for ln in item))
                size = max(ln.size for ln in item)
                level = larger.index(round(size, 1)) + 1 if round(size, 1) in larger else 0
                blocks.append(Paragraph(text, level, all(ln.bold for ln in item), Source(page=p.no)))
                last_table = None
                continue
            if i == 0 and last_table is not None and continues(last_table, item):
                stitch(last_table, item)
                continue
            table = item.to_table(index=sum(isinstance(b, Table) for b in blocks))
            blocks.append(table)
            last_table = item
        # a table followed by body text on its page does not continue on the next
        if items and isinstance(items[-1][1], list):
            last_table = None
    for b in blocks:
        if isinstance(b, Table):
            for r, row in enumerate(b.rows):
                row.source.row = r
    return Document(blocks, "pdf", pages=n_pages, footnotes=footnotes)
