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
from textcore.clean import strip_markup
from .pdf_layout import Line, line_breaks, lines_of, page_tables, page_words, paragraphs_of
from .pdf_settings import SETTINGS as S
from .pdf_stitch import continues, stitch
from .wordjoin import document_words, join_lines

CONTINUED = ""      # the notes' key for text continuing the previous page's last note


def read(path: Path) -> Document:
    pdf = _open(Path(path))
    with pdf:
        try:
            words = [page_words(page) for page in pdf.pages]
            with document_words(w["text"] for ws, _ in words for w in ws):
                pages = [_read_page(page, no, *words[no - 1]) for no, page in enumerate(pdf.pages, 1)]
                return _finish(pages, len(pdf.pages))
        except LoadError:
            raise
        except Exception as e:          # pdfminer's errors on a damaged page stream
            raise LoadError(f"corrupt PDF: {type(e).__name__}: {e}") from None


def _finish(pages: list, n_pages: int) -> Document:
    if not any(p.has_text for p in pages):
        raise LoadError("no text layer: needs OCR")
    return _assemble(pages, n_pages)


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
    def __init__(self, no: int, tables: list, lines: list[Line], notes: dict[str, str], has_text: bool,
                 wrap_space: float = 0.0):
        self.no, self.tables, self.lines, self.notes, self.has_text = no, tables, lines, notes, has_text
        self.wrap_space = wrap_space


def _read_page(page, no: int, words: list[dict], wrap_space: float) -> _Page:
    tables, outside = page_tables(page, words, no, wrap_space)
    lines = lines_of(outside)
    rule = _note_rule(page, tables, lines)
    if rule is not None:
        lines, notes = _notes_below(lines, rule, wrap_space)
    else:
        lines, notes = _split_notes(lines, tables)
    lines = [ln for ln in lines if not _page_number(ln, page.height)]
    return _Page(no, tables, lines, notes, has_text=bool(words) or bool(page.chars), wrap_space=wrap_space)


def _note_rule(page, tables, lines: list[Line]) -> float | None:
    """The y of the footnote separator: a short horizontal rule in the lower half of the
    page, at the text's left margin, outside every table, with only text below it.
    A note set on the page after its mark (the note area was full) is found by it too."""
    if not lines:
        return None
    left = min(ln.x0 for ln in lines)
    best = None
    for e in page.edges:
        if e["orientation"] != "h":
            continue
        width, y = e["x1"] - e["x0"], e["top"]
        if not (S.note_rule_min * page.width <= width <= S.note_rule_max * page.width) \
                or y < page.height / 2 or abs(e["x0"] - left) > 2 * S.col_tolerance_pt:
            continue
        if any(t.bbox[1] - 1 <= y <= t.bbox[3] + 1 or t.bbox[1] > y for t in tables):
            continue
        if any(ln.top > y for ln in lines) and (best is None or y < best):
            best = y
    return best


def _notes_below(lines: list[Line], rule: float, wrap_space: float) -> tuple[list[Line], dict[str, str]]:
    """Lines under the separator rule are notes: "14 Блок 2 ..." starts note 14; a line
    before any number continues the previous page's last note (key CONTINUED)."""
    body = [ln for ln in lines if ln.top < rule]
    notes: dict[str, list[Line]] = {}
    current = CONTINUED
    for ln in lines:
        if ln.top < rule:
            continue
        head = ln.text.split(" ", 1)
        num = head[0].strip("[]")
        # a new note: its number is raised/smaller, or it follows (the rest of) the previous
        # page's note, or it is the next number after the note going on
        if num.isdigit() and len(num) <= 3 and len(head) > 1 and (
                ln.words[0]["size"] < ln.size * S.superscript + 0.01
                or current == CONTINUED
                or current.isdigit() and int(num) == int(current) + 1):
            current = num
            notes[current] = [_rest_of(ln)]
        else:
            notes.setdefault(current, []).append(ln)
    return body, {k: strip_markup(_join(v, wrap_space)) for k, v in notes.items()}


def _rest_of(ln: Line) -> Line:
    """The line without its leading note number."""
    rest = Line(ln.words[1:] or ln.words, ln.text.split(" ", 1)[1], ln.size, ln.bold, ln.marks)
    return rest


def _box(lines) -> tuple[float, float, float, float]:
    """The paragraph's box on its page: the union of its words'."""
    words = [w for ln in lines for w in ln.words]
    return (min(w["x0"] for w in words), min(w["top"] for w in words),
            max(w["x1"] for w in words), max(w["bottom"] for w in words))


def _join(lines: list[Line], wrap_space: float = 0.0) -> str:
    if not lines:
        return ""
    right = max(ln.x1 for ln in lines)
    return join_lines([ln.text for ln in lines], line_breaks(lines, right, wrap_space))


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
    return line.text.strip("-– ").isdigit() and (line.top < height * S.page_margin
                                                  or line.bottom > height * (1 - S.page_margin))


def _assemble(pages: list[_Page], n_pages: int) -> Document:
    sizes = Counter()
    for p in pages:
        for ln in p.lines:
            sizes[round(ln.size, 1)] += len(ln.text)
    body = sizes.most_common(1)[0][0] if sizes else 0
    larger = sorted({s for s in sizes if s > body * S.heading_ratio}, reverse=True)
    blocks: list = []
    footnotes: dict[str, str] = {}
    last_table: Table | None = None
    last_note = None
    for p in pages:
        for k, v in p.notes.items():
            if k == CONTINUED:
                if last_note is not None:
                    footnotes[last_note] = f"{footnotes[last_note]} {v}".strip()
            else:
                footnotes[k] = v
                last_note = k
        items = [(t.top, t) for t in p.tables] + [(para[0].top, para) for para in paragraphs_of(p.lines)]
        items.sort(key=lambda it: it[0])
        for i, (_, item) in enumerate(items):
            if isinstance(item, list):                     # a paragraph: its lines
                text = strip_markup(_join(item, p.wrap_space))
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
            last_table = item
        # a table followed by body text on its page does not continue on the next
        if items and isinstance(items[-1][1], list):
            last_table = None
    for b in blocks:
        if isinstance(b, Table):
            for r, row in enumerate(b.rows):
                row.source.row = r
    return Document(blocks, "pdf", pages=n_pages, footnotes=footnotes)
