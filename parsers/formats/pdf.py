"""Text PDF reader (pdfplumber): ruled tables per page, paragraphs around them, stitching.

Words are extracted once per page and assigned to table cells or to the text
outside tables by their boxes (far cheaper than cropping per cell).  A cell's
lines are joined with the morphology-aware `wordjoin`.  Superscript numbers
become footnote marks `[n]`; lines at the page foot that start with a cited
mark are the notes' texts (`Document.footnotes`).  A table continued on the
next page is stitched here (pdfplumber never joins across pages): see `stitch`.
"""
from __future__ import annotations

from pathlib import Path

from ..document import Document
from ..options import DEFAULT, ReaderOptions
from ..errors import LoadError
from textcore.clean import strip_markup
from .pdf_layout import PageLine, fill_cells, lines_of
from .pdf_pass import ParsedPage, parse_page, unturn
from .pdf_pages import CONTINUED, Page, assemble, is_page_number, join_page_lines
from .pdf_settings import SETTINGS, PdfSettings
from .wordjoin import document_words


def read(path: Path, options: ReaderOptions = DEFAULT) -> Document:
    pdf = _open(Path(path))
    with pdf:
        try:
            s = options.pdf
            # pass 1 parses each page once and releases its objects; pass 2 lays the
            # words out, with every word of the document known (the line joining's evidence)
            parsed = [parse_page(page, no, s) for no, page in enumerate(pdf.pages, 1)]
            with document_words(w["text"] for p in parsed for w in p.words):
                pages = [_read_page(p, s) for p in parsed]
                return _unturn_boxes(_finish(pages, len(parsed), s), parsed)
        except LoadError:
            raise
        except Exception as e:          # pdfminer's errors on a damaged page stream
            raise LoadError(f"corrupt PDF: {type(e).__name__}: {e}") from None


def _finish(pages: list, n_pages: int, s: PdfSettings) -> Document:
    if not any(p.has_text for p in pages):
        raise LoadError("no text layer: needs OCR")
    return assemble(pages, n_pages, s)


def _unturn_boxes(doc: Document, parsed: list[ParsedPage]) -> Document:
    """Boxes read on a page the reader turned, put back on the page as the file draws it
    (where the workbench outlines them): `source_bbox` is always on the drawn page."""
    turned = {p.no: p for p in parsed if p.turned}
    if not turned:
        return doc
    seen: set[int] = set()
    for block in doc.blocks:
        for src in [block.source, *(r.source for r in getattr(block, "rows", ()))]:
            p = turned.get(src.page)
            if p is not None and src.bbox and id(src) not in seen:
                seen.add(id(src))
                src.bbox = unturn(src.bbox, p.turned, p.drawn)
    return doc


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



def _read_page(page: ParsedPage, s: PdfSettings) -> Page:
    tables, wrap_space = page.tables, page.wrap_space
    lines = lines_of(fill_cells(tables, page.words), s)
    rule = _note_rule(page, tables, lines, s)
    if rule is not None:
        lines, notes = _notes_below(lines, rule, wrap_space, s)
    else:
        lines, notes = _split_notes(lines, tables)
    lines = [ln for ln in lines if not is_page_number(ln, page.height, s)]
    return Page(page.no, tables, lines, notes, has_text=page.has_text, wrap_space=wrap_space)


def _note_rule(page: ParsedPage, tables, lines: list[PageLine], s: PdfSettings) -> float | None:
    """The y of the footnote separator: a short horizontal rule in the lower half of the
    page, at the text's left margin, outside every table, with only text below it.
    A note set on the page after its mark (the note area was full) is found by it too."""
    if not lines:
        return None
    left = min(ln.x0 for ln in lines)
    best = None
    for x0, x1, y in page.rules:
        width = x1 - x0
        if not (s.note_rule_min * page.width <= width <= s.note_rule_max * page.width) \
                or y < page.height / 2 or abs(x0 - left) > 2 * s.col_tolerance_pt:
            continue
        if any(t.bbox[1] - 1 <= y <= t.bbox[3] + 1 or t.bbox[1] > y for t in tables):
            continue
        if any(ln.top > y for ln in lines) and (best is None or y < best):
            best = y
    return best


def _notes_below(lines: list[PageLine], rule: float, wrap_space: float, s: PdfSettings = SETTINGS
                 ) -> tuple[list[PageLine], dict[str, str]]:
    """Lines under the separator rule are notes: "14 Блок 2 ..." starts note 14; a line
    before any number continues the previous page's last note (key CONTINUED)."""
    body = [ln for ln in lines if ln.top < rule]
    notes: dict[str, list[PageLine]] = {}
    current = CONTINUED
    for ln in lines:
        if ln.top < rule:
            continue
        head = ln.text.split(" ", 1)
        num = head[0].strip("[]")
        # a new note: its number is raised/smaller, or it follows (the rest of) the previous
        # page's note, or it is the next number after the note going on
        if num.isdigit() and len(num) <= 3 and len(head) > 1 and (
                ln.words[0]["size"] < ln.size * s.superscript + 0.01
                or current == CONTINUED
                or current.isdigit() and int(num) == int(current) + 1):
            current = num
            notes[current] = [_rest_of(ln)]
        else:
            notes.setdefault(current, []).append(ln)
    return body, {k: strip_markup(join_page_lines(v, wrap_space, s)) for k, v in notes.items()}


def _rest_of(ln: PageLine) -> PageLine:
    """The line without its leading note number."""
    rest = PageLine(ln.words[1:] or ln.words, ln.text.split(" ", 1)[1], ln.size, ln.bold, ln.marks)
    return rest



def _split_notes(lines: list[PageLine], tables) -> tuple[list[PageLine], dict[str, str]]:
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
