"""Page layout for the PDF reader: words -> lines -> paragraphs, ruled tables -> cell grids.

Pure step functions over pdfplumber's word dicts (extracted once per page).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from ..document import Cell, Row, Source, Table
from ..textclean import strip_markup
from .wordjoin import join_lines

_ENUM = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*[.)]|[а-яa-z]\)|[-–—•])\s")
SUPERSCRIPT = 0.8          # a digit word this much smaller than its line is a footnote mark


@dataclass
class Line:
    words: list[dict]
    text: str = ""
    size: float = 0.0
    bold: bool = False
    marks: list[str] = field(default_factory=list)

    @property
    def top(self) -> float:
        return min(w["top"] for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w["bottom"] for w in self.words)

    @property
    def x0(self) -> float:
        return self.words[0]["x0"]

    @property
    def x1(self) -> float:
        return self.words[-1]["x1"]

    @property
    def marks_in_body(self) -> bool:
        return bool(self.marks)


def lines_of(words: list[dict]) -> list[Line]:
    """Group words into lines (vertical overlap), left to right, marks as [n]."""
    lines: list[list[dict]] = []
    span: list[tuple[float, float]] = []
    for w in sorted(words, key=lambda w: (w["top"], w["x0"])):
        if lines:
            top, bottom = span[-1]
            overlap = min(bottom, w["bottom"]) - max(top, w["top"])
            if overlap > 0.3 * min(bottom - top, w["bottom"] - w["top"]):
                lines[-1].append(w)
                span[-1] = (min(top, w["top"]), max(bottom, w["bottom"]))
                continue
        lines.append([w])
        span.append((w["top"], w["bottom"]))
    return [_make_line(sorted(ws, key=lambda w: w["x0"])) for ws in lines]


def _make_line(words: list[dict]) -> Line:
    size = max(w["size"] for w in words)
    parts: list[str] = []
    marks: list[str] = []
    body: list[dict] = []
    prev = None
    for w in words:
        text = w["text"]
        if w["size"] < size * SUPERSCRIPT and text.isdigit() and prev is not None:
            if w["x0"] - prev["x1"] > 0.12 * size:
                parts.append(" ")
            marks.append(text)
            parts.append(f"[{text}]")
        else:
            if prev is not None and w["x0"] - prev["x1"] > 0.12 * w["size"]:
                parts.append(" ")
            parts.append(text)
            body.append(w)
        prev = w
    bold = bool(body) and all("bold" in w["fontname"].lower() for w in body)
    return Line(words, "".join(parts), size, bold, marks)


def paragraphs_of(lines: list[Line]) -> list[list[Line]]:
    """Consecutive lines form a paragraph unless a gap, a short line, an indent,
    a change of font or an enumerator says a new one starts."""
    if not lines:
        return []
    right = max(ln.x1 for ln in lines)
    left = min(ln.x0 for ln in lines)
    paras: list[list[Line]] = [[lines[0]]]
    for prev, ln in zip(lines, lines[1:]):
        height = prev.bottom - prev.top
        new = (ln.top - prev.bottom > 0.6 * height
               # the previous line ended though this line's first word would have fitted
               or prev.x1 + 0.3 * ln.size + (ln.words[0]["x1"] - ln.words[0]["x0"]) < right - 1
               or ln.x0 > left + 2 * ln.size and ln.x0 > prev.x0 + 2   # indented / centred
               or abs(ln.size - prev.size) > 0.5 or ln.bold != prev.bold
               or _ENUM.match(ln.text))
        if new:
            paras.append([ln])
        else:
            paras[-1].append(ln)
    return paras


class PageTable:
    """One ruled table found on one page: its grid, each position's owner cell, geometry."""

    def __init__(self, page: int, bbox, col_x: list[float], row_top: list[float]):
        self.page, self.bbox, self.col_x, self.row_top = page, bbox, col_x, row_top
        self.grid: list[list[Cell]] = []
        self.owner: list[list[Cell]] = []
        self.marks: set[str] = set()
        self.boxes: dict[int, tuple] = {}     # id(cell) -> its bbox on the page
        self.table: Table | None = None

    @property
    def top(self) -> float:
        return self.bbox[1]

    def to_table(self, index: int) -> Table:
        rows = [Row(cells, Source(page=self.page, table=index, row=i)) for i, cells in enumerate(self.grid)]
        self.table = Table(rows, Source(page=self.page, table=index))
        return self.table


def page_tables(page, words: list[dict], page_no: int) -> tuple[list[PageTable], list[dict]]:
    """Ruled tables of a page with their cells' text, and the words outside them."""
    tables = []
    for found in page.find_tables():
        tables.append(_grid(found, page_no))
    if not tables:
        return [], words
    cell_words: dict[int, list[dict]] = {}
    outside: list[dict] = []
    for w in words:
        cx, cy = (w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2
        for t in tables:
            x0, top, x1, bottom = t.bbox
            if x0 <= cx <= x1 and top <= cy <= bottom:
                i = max(bisect_right(t.row_top, cy) - 1, 0)
                j = max(bisect_right(t.col_x, cx) - 1, 0)
                cell = t.owner[i][j]
                cell_words.setdefault(id(cell), []).append(w)
                break
        else:
            outside.append(w)
    for t in tables:
        for r, row in enumerate(t.grid):
            for c, cell in enumerate(row):
                if not cell.covered and id(cell) in cell_words:
                    cell.text, marks = _cell_text(cell_words[id(cell)], t, r, c)
                    t.marks.update(marks)
    return tables, outside


def _grid(found, page_no: int) -> PageTable:
    rows = found.rows
    n = max(len(r.cells) for r in rows)
    col_x = [min((r.cells[j][0] for r in rows if j < len(r.cells) and r.cells[j]), default=found.bbox[0])
             for j in range(n)]
    row_top = [r.bbox[1] for r in rows]
    t = PageTable(page_no, found.bbox, col_x, row_top)
    t.grid = [[Cell("", covered=True) for _ in range(n)] for _ in rows]
    t.owner = [[None] * n for _ in rows]
    for i, r in enumerate(rows):
        for j, box in enumerate(r.cells):
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
    return t


def _cell_text(words: list[dict], t: PageTable, r: int, c: int) -> tuple[str, list[str]]:
    lines = lines_of(words)
    x0, _, x1, _ = t.boxes.get(id(t.grid[r][c]), (0, 0, 1e9, 0))
    pad = max(1.0, min(w["x0"] for w in words) - x0)
    room = (x1 - x0) - 2 * pad
    # a break inside a word: the line before holds that one (part of a) word only,
    # and with the next line's first word it would be wider than the cell
    forced = [len(a.words) == 1 and a.words[0]["x1"] - a.words[0]["x0"] + b.words[0]["x1"] - b.words[0]["x0"] > room
              for a, b in zip(lines, lines[1:])]
    marks = [m for ln in lines for m in ln.marks]
    return strip_markup(join_lines([ln.text for ln in lines], forced)), marks
