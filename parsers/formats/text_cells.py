"""Tables as legal databases' web copies print them: a cell per line, closed by « |».

Copied as text out of ГАРАНТ's web versions (base.garant.ru, ivo.garant.ru), a table loses its
grid: every cell's paragraphs stand on lines of their own, the cell's last line closed by « |»;
an empty cell is a lone «|»; positions a merged cell covers are printed as more bars after the
row's last text («плановое |» then «|||||||||»), a full-width row as its text then the bars of
the other columns («Цель: … | |||||»), or as one cell alone.  No mark separates rows: they run
on.  Under the header there is often a row of column numbers «1 |», «2 |», … «k |».

A *run* is a stretch of lines in this form: it starts at a closing line (one ending in «|»
whose text holds no other «|»: a markdown row opens with a bar and is `text_grid`'s) and goes
on while every cell closes within `_MAX_CELL_LINES` lines.  The run's cells are grouped into
rows by `text_cells_rows` (columns from the numbers row or the header words); a run whose
columns cannot be found is no table, its cells become paragraphs (a signature block, a
court's date line).  A cell's lines are its paragraphs, kept in Document.cell_lines where they
could not be a wrap at the run's width (`record_lines`).
"""
from __future__ import annotations

from dataclasses import dataclass

from ..document import Paragraph, Source
from textcore.clean import strip_markup
from .written_lines import lined_text, record, written_in_chars

_MAX_CELL_LINES = 40          # a cell's paragraphs: more open lines than this and the run has ended
_MIN_CLOSING = 3              # fewer closing lines: a stray bar in prose


@dataclass
class CellText:
    """One cell of the stream: its text and its lines (0-based, inclusive)."""
    text: str
    first: int
    last: int
    filler: bool = False      # a bar with no text: an empty or covered position
    open_lines: int = 0       # lines before its closing line (a multi-paragraph cell)
    tail: str = ""            # its closing line's text
    parts: tuple[str, ...] = ()   # its lines: the paragraphs the copy printed one a line


def closing(line: str) -> tuple[str, int] | None:
    """(text, number of bars) of a line in the form — its text (no bar inside), then bars and
    spaces only; None for any other line.  Plain string scans: a regex with a lazy text group
    before the spaces and the bar backtracked quadratically over a long run of spaces."""
    s = line.rstrip()
    if not s.endswith("|"):
        return None
    at = s.index("|")
    bars = s[at:]
    if bars.replace("|", "").strip():
        return None                   # a text between two bars: no closing line
    return s[:at].strip(), bars.count("|")


def _cells_from(lines: list[str], i: int, stop: set[int]) -> tuple[list[CellText], int]:
    """The cells of the run opening at line i, and the index after its last closing line."""
    cells: list[CellText] = []
    open_: list[int] = []
    end = i
    for j in range(i, len(lines)):
        if j in stop:
            break
        shut = closing(lines[j])
        if shut is None:
            if lines[j].strip():
                open_.append(j)
                if len(open_) > _MAX_CELL_LINES:
                    break
            continue
        text, bars = shut
        parts = [strip_markup(lines[k]) for k in open_] + ([strip_markup(text)] if text else [])
        parts = [p for p in parts if p]
        if parts:
            cells.append(CellText(" ".join(parts), open_[0] if open_ else j, j, False, len(open_),
                                  strip_markup(text), tuple(parts)))
            bars -= 1
        cells.extend(CellText("", j, j, True) for _ in range(bars))
        open_, end = [], j + 1
    return cells, end


def next_run(lines: list[str], i: int, stop: set[int]) -> tuple[int, int, list[CellText]] | None:
    """(first index, end index, cells) of the first run at or after line i; lines in `stop`
    (drawn grids, tab-separated rows) are never part of one."""
    n = len(lines)
    while i < n:
        if i in stop or closing(lines[i]) is None:
            i += 1
            continue
        cells, end = _cells_from(lines, i, stop)
        if sum(1 for j in range(i, end) if closing(lines[j]) is not None) >= _MIN_CLOSING:
            return i, end, cells
        i += 1
    return None


def as_paragraphs(cells: list[CellText]) -> list[Paragraph]:
    """Cells of a run that holds no table: each a paragraph (its lines' bars dropped)."""
    return [Paragraph(c.text, 0, False, Source(line=c.first + 1)) for c in cells if not c.filler]


def record_lines(cells: list[CellText], written: dict) -> None:
    """The lines of the run's cells their author wrote, into `written` (written_lines.record): the
    copy prints a paragraph a line, unless it wrapped them at a width — so a line counts where the
    next one's first word would have fitted on it within the run's longest line of words — a
    line of one word (an address, a link) may run past the width the copy wrapped at."""
    room = max((len(p) for c in cells for p in c.parts if " " in p), default=0)
    for c in cells:
        if c.parts:
            record(written, c.text, lined_text(list(c.parts), None, written_in_chars(list(c.parts), room), c.text))
