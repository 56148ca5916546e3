"""Page layout for the PDF reader: words -> lines -> paragraphs, words -> table cells.

Pure step functions over pdfplumber's word dicts, taken in one pass over each page
(`pdf_pass`); nothing here touches a pdfplumber page.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from ..document import Cell, Row, Source, Table
from textcore.clean import strip_markup
from textcore.numbering import BULLET, parse_item_number
from .nested import join_rows
from .pdf_settings import SETTINGS, PdfSettings
from .wordjoin import Break, join_lines
from .written_lines import lined_text, starts_item as _starts_item

_ADDRESS_BREAK = re.compile(r"[A-Za-z0-9./@_-]\|[A-Za-z0-9./@_-]")
_CYRILLIC_PAIR = re.compile(r"^[А-Яа-яЁё]{2}$")
_SUPERSCRIPTS = tuple("\u00b9\u00b2\u00b3" + "".join(map(chr, range(0x2070, 0x207A))))


def break_between(a: "PageLine", first: dict, right: float, wrap_space: float,
                  s: PdfSettings = SETTINGS) -> Break:
    """The evidence for the break after line `a`, whose lines may reach x = `right`,
    when the next line starts with word `first`: see `wordjoin.Break`.  A renderer
    that writes wrap spaces writes one wherever it fits; a word wraps only when it
    does not fit; so: space written, or the next word would have fitted -> SPACE;
    no space although one would have fitted -> MID_WORD (the word itself broke)."""
    last = a.words[-1]
    space = (wrap_space or s.space_em) * a.size
    hyphen = a.text[-1:] in "-\u2010\u2011\u00ad"
    if last.get("space_after") or a.text[-1:] in _SUPERSCRIPTS:
        return Break.SPACE                 # a superscript note mark ("дела²") is set after the word it annotates
    if would_fit(a, first, right, wrap_space, s):
        return Break.SPACE                 # the next word would have fitted: a new paragraph
    if wrap_space and right - a.x1 >= space + s.fit_slack_pt:      # clear room for a space
        # ... unless the line holds other words and letters meet: a word too long for the column
        # starts a line of its own, so a paragraph ended here ("заключения|информирование"); so too
        # after a line of one word where the next letter would have fitted: a word broken where the
        # line ran out fills it ("решения|информирова|ние": a paragraph of one word, then a long one)
        letters = bool(_CYRILLIC_PAIR.match(a.text[-1:] + first["text"][:1]))
        room = len(a.words) > 1 or right - a.x1 >= first.get("first_char_w", 1e9) + s.fit_slack_pt
        return Break.SPACE if letters and room else Break.MID_WORD
    if len(a.words) == 1 and not hyphen and right - a.x1 >= first.get("first_char_w", 1e9) + s.fit_slack_pt:
        return Break.SPACE                 # the next char would have fitted: no emergency break here
    if hyphen or len(a.words) == 1:
        return Break.MAYBE_MID             # one word wider than the line can only break inside
    # a line of several words wraps a word whole (or at a hyphen): no mid-word break here,
    # except at the break chances inside addresses and numbers ("attestazia.cro|@mail.ru")
    if _ADDRESS_BREAK.search(a.text[-2:] + "|" + first["text"][:2]):
        return Break.MAYBE_MID
    return Break.SPACE


def would_fit(a: "PageLine", first: dict, right: float, wrap_space: float, s: PdfSettings = SETTINGS) -> bool:
    """Would word `first` have fitted after line `a` (which may reach x = `right`)?  A word
    wraps only when it does not fit, so one that would have starts a new text."""
    space = (wrap_space or s.space_em) * a.size
    hyphen = a.text[-1:] in "-\u2010\u2011\u00ad"
    return right + s.fit_slack_pt - a.x1 >= space + (first["x1"] - first["x0"]) and not hyphen


def line_breaks(lines: list["PageLine"], right: float, wrap_space: float,
                s: PdfSettings = SETTINGS) -> list[Break]:
    """`break_between` for each pair of consecutive lines of one text block."""
    return [break_between(a, b.words[0], right, wrap_space, s) for a, b in zip(lines, lines[1:])]


@dataclass
class PageLine:
    """A line of words on a page with its geometry (the extractors' text line is
    parsers.extract.lines.Line)."""
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


def lines_of(words: list[dict], s: PdfSettings = SETTINGS) -> list[PageLine]:
    """Group words into lines (vertical overlap), left to right, marks as [n]."""
    lines: list[list[dict]] = []
    span: list[tuple[float, float]] = []
    for w in sorted(words, key=lambda w: (w["top"], w["x0"])):
        if lines:
            top, bottom = span[-1]
            overlap = min(bottom, w["bottom"]) - max(top, w["top"])
            if overlap > s.line_overlap * min(bottom - top, w["bottom"] - w["top"]):
                lines[-1].append(w)
                span[-1] = (min(top, w["top"]), max(bottom, w["bottom"]))
                continue
        lines.append([w])
        span.append((w["top"], w["bottom"]))
    return [_make_line(sorted(ws, key=lambda w: w["x0"]), s) for ws in lines]


def _make_line(words: list[dict], s: PdfSettings) -> PageLine:
    size = max(w["size"] for w in words)
    parts: list[str] = []
    marks: list[str] = []
    body: list[dict] = []
    prev = None
    for w in words:
        text = w["text"]
        if w["size"] < size * s.superscript and text.isdigit() and prev is not None:
            if w["x0"] - prev["x1"] > s.word_gap_em * size:
                parts.append(" ")
            marks.append(text)
            parts.append(f"[{text}]")
        else:
            if prev is not None and w["x0"] - prev["x1"] > s.word_gap_em * w["size"]:
                parts.append(" ")
            parts.append(text)
            body.append(w)
        prev = w
    bold = bool(body) and all(w.get("bold") for w in body)
    return PageLine(words, "".join(parts), size, bold, marks)


_DASHES = "-–—"        # a sentence's dash a wrap may move down; «•», «*», «▪» open only items


def _wrapped_dash(prev: PageLine, ln: PageLine, right: float) -> bool:
    """«… узнал о конкурсе на сайте» | «— подал заявку …»: a dash opening a line under a line that
    filled the width and closed no item (no «.;:!?» at its end) is the sentence's dash a wrap
    moved down, not a list item's (an item's line above ends with «;», «:» or a full stop)."""
    n = parse_item_number(ln.text)
    return bool(n and n.style == BULLET and ln.text.lstrip()[:1] in _DASHES
                and prev.text.rstrip()[-1:].isalnum() and prev.x1 > right - 2 * ln.size)


def _centred_wrap(prev: PageLine, ln: PageLine, right: float) -> bool:
    """`ln` is the last line of a centred paragraph whose line above filled the width (a title
    wrapped: "Перечень … (Министерство … Омской" | "области)"), not a new centred heading."""
    mid_prev, mid = (prev.x0 + prev.x1) / 2, (ln.x0 + ln.x1) / 2
    return prev.x1 > right - 2 * ln.size and abs(mid - mid_prev) < ln.size


def paragraphs_of(lines: list[PageLine], s: PdfSettings = SETTINGS) -> list[list[PageLine]]:
    """Consecutive lines form a paragraph unless a gap, a short line, an indent,
    a change of font or an enumerator says a new one starts."""
    if not lines:
        return []
    right = max(ln.x1 for ln in lines)
    left = min(ln.x0 for ln in lines)
    paras: list[list[PageLine]] = [[lines[0]]]
    for prev, ln in zip(lines, lines[1:]):
        height = prev.bottom - prev.top
        new = (ln.top - prev.bottom > s.para_gap * height
               # the previous line ended though this line's first word would have fitted
               or prev.x1 + 0.3 * ln.size + (ln.words[0]["x1"] - ln.words[0]["x0"]) < right - 1
               or ln.x0 > left + s.indent_em * ln.size and ln.x0 > prev.x0 + 2   # indented / centred
               and not _centred_wrap(prev, ln, right)
               or abs(ln.size - prev.size) > s.size_change_pt or ln.bold != prev.bold
               or _starts_item(ln.text) and not _wrapped_dash(prev, ln, right))
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
        self.nested: dict[int, list] = {}     # id(cell) -> boxes of a grid drawn inside it (pdf_grid_parts)
        # id(cell) -> (its last line, the x its lines may reach, its first word, its page's
        # wrap space):
        # would the next page's first word have fitted here?
        self.fit: dict[int, tuple] = {}
        self.lined: dict[int, str] = {}       # id(cell) -> its text with the lines its author wrote (pdf_cell_lines)
        self.wrap_space = 0.0
        self.settings = SETTINGS                # the reader's PdfSettings
        self.table: Table | None = None

    @property
    def top(self) -> float:
        return self.bbox[1]

    def row_box(self, i: int) -> tuple[float, float, float, float]:
        """Row i's box on the page: the table's width, from its top to the next row's top."""
        bottom = self.row_top[i + 1] if i + 1 < len(self.row_top) else self.bbox[3]
        return (float(self.bbox[0]), float(self.row_top[i]), float(self.bbox[2]), float(bottom))

    def to_table(self, index: int) -> Table:
        rows = [Row(cells, Source(page=self.page, table=index, row=i, bbox=self.row_box(i), page_row=i))
                for i, cells in enumerate(self.grid)]
        self.table = Table(rows, Source(page=self.page, table=index))
        return self.table


def fill_cells(tables: list[PageTable], words: list[dict]) -> list[dict]:
    """Each word into the table cell under its centre (cells' text joined with the
    document's words known); the words outside every table are returned."""
    if not tables:
        return words
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
                    if id(cell) in t.nested:
                        cell.text = _nested_text(cell_words[id(cell)], t.nested[id(cell)], t)
                        t.lined.pop(id(cell), None)     # an inner table's rows are items already
    return outside


def _nested_text(words: list[dict], boxes: list[tuple], t: PageTable) -> str:
    """A cell holding a grid of its own: the words above the grid, then one item per inner
    row (`nested.join_rows`), as the Word reader reads the same nested table."""
    by_box: dict[int, list[dict]] = {}
    lead: list[dict] = []
    for w in words:
        cx, cy = (w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2
        k = next((k for k, b in enumerate(boxes) if b[0] <= cx <= b[2] and b[1] <= cy <= b[3]), None)
        (lead if k is None else by_box.setdefault(k, [])).append(w)
    rows: dict[float, list[str]] = {}
    for k, b in enumerate(boxes):                    # sorted by top, then x: row by row
        if k in by_box:
            row = next((top for top in rows if abs(top - b[1]) <= 1.0), b[1])
            rows.setdefault(row, []).append(_plain(by_box[k], b, t))
    text = join_rows(list(rows.values()))
    return f"{_plain(lead, None, t)} {text}".strip() if lead else text


def _plain(words: list[dict], box: tuple | None, t: PageTable) -> str:
    lines = lines_of(words, t.settings)
    right = box[2] - max(1.0, min(w["x0"] for w in words) - box[0]) if box else 1e9
    return strip_markup(join_lines([ln.text for ln in lines], line_breaks(lines, right, t.wrap_space, t.settings)))


def _cell_text(words: list[dict], t: PageTable, r: int, c: int) -> tuple[str, list[str]]:
    lines = lines_of(words, t.settings)
    x0, _, x1, _ = t.boxes.get(id(t.grid[r][c]), (0, 0, 1e9, 0))
    pad = max(1.0, min(w["x0"] for w in words) - x0)
    right = x1 - pad                        # the x a line of this cell may reach
    breaks = line_breaks(lines, right, t.wrap_space, t.settings)
    first = lines[0].words[0]
    t.fit[id(t.grid[r][c])] = (lines[-1], right, first, t.wrap_space)
    marks = [m for ln in lines for m in ln.marks]
    texts = [ln.text for ln in lines]
    text = strip_markup(join_lines(texts, breaks))
    if len(lines) > 1:
        from .pdf_cell_lines import written_breaks      # (it reads this module's lines)
        lined = lined_text(texts, breaks, written_breaks(lines, right, t.wrap_space, t.settings), text)
        if lined:
            t.lined[id(t.grid[r][c])] = lined
    return text, marks
