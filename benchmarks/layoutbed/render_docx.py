"""Word: real tables with vertically merged cells (w:vMerge), full-width rows and two-level
headers (w:gridSpan), header rows marked repeated (w:tblHeader), landscape sections (the whole
document, or a landscape section after a section break in a portrait one), fixed narrow columns
with automatic hyphenation."""
from __future__ import annotations

from pathlib import Path

from docx import Document as Word
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from .doc import Cell, Doc, Para, Table


def _para(word, p: Para) -> None:
    par = word.add_paragraph()
    if p.page_break_before:
        par.add_run().add_break(WD_BREAK.PAGE)
    run = par.add_run(p.text)
    run.bold = p.bold
    if p.center:
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _fill(wcell, c: Cell) -> None:
    if c.inner is not None:
        _nested(wcell, c.inner)
        return
    texts = c.lines() or [""]
    wcell.paragraphs[0].text = ""
    for k, text in enumerate(texts):
        par = wcell.paragraphs[0] if k == 0 else wcell.add_paragraph()
        run = par.add_run(text)
        run.bold = c.bold
        run.font.size = Pt(10)


def _nested(wcell, t: Table) -> None:
    """A second-level table inside a cell (one cell a grid position: no spans or merges inside)."""
    inner = wcell.add_table(rows=len(t.rows), cols=max(len(r) for r in t.rows))
    inner.style = "Table Grid"
    for r, row in enumerate(t.rows):
        for k, c in enumerate(row):
            _fill(inner.cell(r, k), c)


def _repeat_header(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    tr_pr.append(flag)


def _table(word, t: Table) -> None:
    ncols = max(sum(c.span for c in r) for r in t.rows)
    wt = word.add_table(rows=len(t.rows), cols=ncols)
    wt.style = "Table Grid"
    if t.widths_mm:
        _widths(wt, t.widths_mm)
    for r, row in enumerate(t.rows):
        col = 0
        for c in row:
            target = wt.cell(r, col)
            if c.span > 1:
                target = target.merge(wt.cell(r, col + c.span - 1))
            if c.vmerge != "continue":
                _fill(target, c)
            col += c.span
        if r < t.header_rows and t.repeat_header:
            _repeat_header(wt.rows[r])
    _merge_vertical(wt, t)
    word.add_paragraph()


def _widths(wt, widths_mm: list[float]) -> None:
    """Fixed layout with the given column widths (Word would otherwise widen narrow columns)."""
    wt.autofit = False
    for k, mm in enumerate(widths_mm):
        wt.columns[k].width = Mm(mm)
        for c in wt.columns[k].cells:
            c.width = Mm(mm)


def _grid(row: list[Cell]) -> dict[int, Cell]:
    """The row's cells by the grid column they start at (a spanning cell covers several)."""
    out, col = {}, 0
    for c in row:
        out[col] = c
        col += c.span
    return out


def _merge_vertical(wt, t: Table) -> None:
    grids = [_grid(row) for row in t.rows]
    for r, grid in enumerate(grids):
        for col, c in grid.items():
            if c.vmerge != "restart":
                continue
            end = r
            while end + 1 < len(grids) and getattr(grids[end + 1].get(col), "vmerge", None) == "continue":
                end += 1
            if end > r:
                wt.cell(r, col).merge(wt.cell(end, col))


def _hyphenation(word) -> None:
    """Automatic hyphenation, Russian text: LibreOffice then hyphenates words in narrow columns."""
    flag = OxmlElement("w:autoHyphenation")
    flag.set(qn("w:val"), "true")
    word.settings.element.append(flag)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "ru-RU")
    word.styles["Normal"].element.get_or_add_rPr().append(lang)


def render(doc: Doc):
    word = Word()
    style = word.styles["Normal"]
    style.font.name, style.font.size = "Times New Roman", Pt(12)
    sec = word.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)  # A4, as Russian orders are printed
    sec.left_margin, sec.right_margin = Mm(25), Mm(15)
    if doc.landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    if doc.hyphenate:
        _hyphenation(word)
    for k, b in enumerate(doc.blocks):
        if k == doc.landscape_from:
            _landscape_section(word)
        _para(word, b) if isinstance(b, Para) else _table(word, b)
    return word


def _landscape_section(word) -> None:
    """A section break (new page): what follows is a landscape section inside a portrait document."""
    sec = word.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)


def write(doc: Doc, path: Path) -> Path:
    render(doc).save(str(path))
    return path
