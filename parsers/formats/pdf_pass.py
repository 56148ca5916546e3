"""One pass over a text-PDF page: everything the reader takes from pdfplumber's objects.

pdfplumber parses a page's content stream into objects (chars, rects, lines) and
keeps them, with pdfminer's layout, for as long as the page lives - a 26-page
order keeps half a million objects alive, and Python's garbage collector walks
them over and over while the rest is read.  So each page is parsed once, its words
(with the space evidence), ruled-table grids and rules are taken in this one
pass, and its objects are released at once; the layout steps (`pdf_layout`)
then work on these plain values only.

While a page is parsed the cyclic garbage collector is paused: the page's tens of
thousands of new objects all live until the page is closed, so every collection
meanwhile would walk them for nothing (a tenth of the reader's time); they are
freed by reference counting when the page closes.
"""
from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from dataclasses import dataclass

from ..document import Cell
from .pdf_layout import PageTable
from .pdf_objects import prime
from .pdf_grid_parts import containers, fold_inner_grids, split_bands, split_nested
from .pdf_settings import SETTINGS, PdfSettings


@dataclass
class ParsedPage:
    """What the reader needs of one page, without the page's objects."""
    no: int
    width: float
    height: float
    words: list[dict]
    wrap_space: float                       # see `page_words`
    tables: list[PageTable]                 # grids only; cells filled by pdf_layout.fill_cells
    rules: list[tuple[float, float, float]]  # horizontal rules: (x0, x1, y)
    has_text: bool
    turned: int = 0                         # degrees the reader turned the page (`_turned`): 0, 90, 270
    drawn: tuple[float, float] = (0.0, 0.0)  # the page's width and height as the file draws it


_gc_lock = threading.Lock()
_gc_paused = [0, False]          # pages being parsed (all threads), was the collector on


@contextmanager
def _collector_paused():
    """No cyclic GC while inside; nested and threaded uses re-enable it only when the
    last one leaves, and only when it was enabled before the first came in."""
    with _gc_lock:
        if _gc_paused[0] == 0:
            _gc_paused[1] = gc.isenabled()
            gc.disable()
        _gc_paused[0] += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_paused[0] -= 1
            if _gc_paused[0] == 0 and _gc_paused[1]:
                gc.enable()


def parse_page(page, no: int, s: PdfSettings = SETTINGS) -> ParsedPage:
    """The page's words, table grids and horizontal rules; the page's objects are then dropped."""
    with _collector_paused():
        return _parse(page, no, s)


def _parse(page, no: int, s: PdfSettings) -> ParsedPage:
    read = page
    try:
        drawn = (float(page.width), float(page.height))
        prime(page)                              # its objects parsed the faster way (pdf_objects)
        read = _turned(page, s)                  # turned first: its words are read once, running across
        prime(read)
        quarter = (read.rotation - page.rotation) % 360
        words, wrap_space = page_words(read, s)
        tables = find_grids(read, no, wrap_space, s)
        rules = [(e["x0"], e["x1"], e["top"]) for e in read.edges if e["orientation"] == "h"]
        return ParsedPage(no, read.width, read.height, words, wrap_space, tables, rules,
                          has_text=bool(words) or bool(read.chars), turned=quarter, drawn=drawn)
    finally:
        if read is not page:
            read.close()
        page.close()                         # flushes the parsed objects and pdfminer's layout


def _turned(page, s: PdfSettings):
    """A page whose text runs up or down it (a landscape page printed sideways onto portrait
    paper, with no /Rotate to say so): the same page turned a quarter, as /Rotate would have a
    viewer show it, so that its lines and table rows run across; any other page as it is.
    Only where most of the text runs sideways, and enough of it (`sideways_min_chars`): a
    rotated header cell, or a stamp up the margin of a nearly empty page, turns nothing."""
    sideways = [c for c in page.chars if not c["upright"] and c["text"].strip()]
    if len(sideways) < max(s.sideways_min_chars, 1):      # most pages: the share need not be counted
        return page
    shown = sum(1 for c in page.chars if c["text"].strip())
    if len(sideways) < max(s.sideways_min_chars, s.sideways_share * shown, 1):
        return page
    upward = sum(1 for c in sideways if c["matrix"][1] > 0)     # text read bottom to top
    rotation = (page.rotation + (90 if 2 * upward >= len(sideways) else 270)) % 360
    from pdfplumber.page import Page                             # imported only where a page turns
    obj = page.page_obj
    obj.attrs["Rotate"], obj.rotate = rotation, rotation
    turned = Page(page.pdf, obj, page.page_number, page.initial_doctop)
    page.close()
    return turned


def unturn(box: tuple, turned: int, drawn: tuple[float, float]) -> tuple:
    """A box read on a page the reader turned (`_turned`), on the page as the file draws it
    (as a viewer renders it): `drawn` is that page's (width, height)."""
    x0, top, x1, bottom = box
    if turned == 90:                          # turned clockwise: its top edge was the left one
        return (top, drawn[1] - x1, bottom, drawn[1] - x0)
    if turned == 270:
        return (drawn[0] - bottom, x0, drawn[0] - top, x1)
    return box


def page_words(page, s: PdfSettings = SETTINGS) -> tuple[list[dict], float]:
    """Words of a page, each with `bold` and `space_after` (the renderer wrote a space
    right after it), and the page's space width in em where it writes the space at its
    line wraps (0.0 where it never does: then a missing space says nothing).
    Words are NOT grouped by font name: a line whose spaces come from a fallback font
    would otherwise be split or merged by font, not by its spaces."""
    words = page.extract_words(extra_attrs=["size"], keep_blank_chars=False, return_chars=True)
    spaces: dict[int, list[float]] = {}
    widths: list[float] = []
    chars = page.chars
    wrap_spaces = False
    for a, b in zip(chars, chars[1:] + [None]):
        if a["text"] == " ":
            spaces.setdefault(round(a["top"]), []).append(a["x0"])
            if a["size"] > 0:
                widths.append((a["x1"] - a["x0"]) / a["size"])
            if b is None or abs(b["top"] - a["top"]) > s.same_line_pt:
                wrap_spaces = True          # a space is the last char of its line
    for w in words:
        cs = w.pop("chars")
        w["first_char_w"] = cs[0]["x1"] - cs[0]["x0"]
        w["bold"] = all("bold" in c["fontname"].lower() for c in cs)
        t = round(w["top"])
        w["space_after"] = any(abs(x - w["x1"]) <= 1.0 for k in (t - 1, t, t + 1) for x in spaces.get(k, ()))
    space_em = sorted(widths)[len(widths) // 2] if widths else s.space_em
    return words, (space_em if wrap_spaces else 0.0)


def find_grids(page, page_no: int, wrap_space: float = 0.0, s: PdfSettings = SETTINGS) -> list[PageTable]:
    """The page's ruled tables as empty cell grids (pdfplumber's line-based finder)."""
    closing = _closing_rules(page, s)
    settings = {"explicit_horizontal_lines": closing} if closing else None
    tables = []
    found = [([list(r.cells) for r in f.rows], [r.bbox[1] for r in f.rows], f.bbox)
             for f in page.find_tables(table_settings=settings)]
    for rows, tops, inner, outer in fold_inner_grids(found):
        # a grid drawn inside a cell is that cell's content; grids back to back are tables apart
        rows, tops, nested = split_nested(rows, tops)
        inner = sorted(inner + nested, key=lambda b: (b[1], b[0]))
        for a, b in split_bands(rows, tops, outer):
            bottom = tops[b] if b < len(tops) else outer[3]
            bbox = (outer[0], tops[a], outer[2], bottom)
            tables.append(_grid(rows[a:b], tops[a:b], bbox, [x for x in inner if tops[a] <= x[1] < bottom], page_no))
            tables[-1].wrap_space, tables[-1].settings = wrap_space, s
    return tables


def _closing_rules(page, s: PdfSettings) -> list[dict]:
    """Horizontal rules that close rows left open at their bottom: where at least two
    vertical rules (cell sides) end at the same y and no horizontal rule runs there, as
    browsers and some exporters draw a row that a page break cut.  Without them the
    line-based table finder loses the open row (and a long table falls apart)."""
    vertical: dict[int, list[dict]] = {}
    horizontal_at: set[int] = set()
    for e in page.edges:
        if e["orientation"] == "v" and e["bottom"] - e["top"] >= s.open_row_min_pt:
            vertical.setdefault(round(e["bottom"]), []).append(e)
        elif e["orientation"] == "h":
            horizontal_at.add(round(e["top"]))
    rules = []
    for y, edges in vertical.items():
        xs = sorted({round(e["x0"], 1) for e in edges})
        if len(xs) >= 2 and not horizontal_at & {y - 1, y, y + 1}:
            rules.append({"x0": xs[0], "x1": xs[-1], "top": float(y), "bottom": float(y),
                          "width": xs[-1] - xs[0], "height": 0.0, "orientation": "h",
                          "object_type": "line"})
    return rules


def _grid(rows: list[list], row_top: list[float], bbox: tuple, inner: list[tuple], page_no: int) -> PageTable:
    """The cell grid of one table: `rows` of cell boxes (None where a merged cell covers
    the position), their tops, the boxes of grids drawn inside its cells."""
    rows = _used_columns(rows)
    n = max(len(r) for r in rows)
    col_x = [min((r[j][0] for r in rows if j < len(r) and r[j]), default=bbox[0])
             for j in range(n)]
    t = PageTable(page_no, bbox, col_x, row_top)
    t.grid = [[Cell("", covered=True) for _ in range(n)] for _ in rows]
    t.owner = [[None] * n for _ in rows]
    for i, r in enumerate(rows):
        for j, box in enumerate(r):
            if box is None:
                continue
            x0, top, x1, bottom = box
            colspan = max(1, sum(1 for x in col_x[j:] if x < x1 - 1))
            rowspan = max(1, sum(1 for y in row_top[i:] if y < bottom - 1))
            cell = Cell("", colspan=colspan, rowspan=rowspan)
            t.grid[i][j] = cell
            t.boxes[id(cell)] = box
            for a in range(i, min(i + rowspan, len(rows))):
                for b in range(j, min(j + colspan, n)):
                    t.owner[a][b] = cell
    for i in range(len(rows)):                 # a position no box reached is its own empty cell
        for j in range(n):
            if t.owner[i][j] is None:
                t.grid[i][j] = t.owner[i][j] = Cell("")
    for box, k in containers(inner, t.boxes).items():
        t.nested.setdefault(k, []).append(box)
    return t


def _used_columns(rows: list[list]) -> list[list]:
    """The rows without the columns where no cell of theirs starts (another grid's columns)."""
    n = max(len(r) for r in rows)
    keep = [j for j in range(n) if any(j < len(r) and r[j] for r in rows)]
    if len(keep) == n:
        return rows
    return [[r[j] if j < len(r) else None for j in keep] for r in rows]
