"""Tables drawn in converted text: box drawing, ASCII `+---+` grids and markdown pipes.

Legal databases and editors export wide tables as pseudographics; analysts paste them.
A *grid run* is a run of rule lines (`├───┼───┤`, `+---+`, `|---|`) and bar lines
(`│ a │ b │`, starting with a bar and holding two or more); blank lines inside the
run (page breaks) do not end it.  A run needs a bar line and two grid lines in all.

Columns come from the bars' character positions, clustered with one character of
drift (a re-flowed line); a cell spanning columns shows as a missing bar (colspan).
Where no line holds every position (markdown pipes are not aligned) the n-th bar of
a line is the n-th boundary.  Rows: where rules separate body rows, the lines
between two rules are one row (a cell's text wrapped over them); a rule drawn only
under some columns (`│   ├────┤`) leaves the others merged downwards (rowspan).
Without inner rules each line is a row unless it continues the one above: its first
cell empty and every text it has under a cell above that it carries on (lower-case
start, or the text above ends in a hyphen or comma).  Wrapped lines are joined by
`wordjoin.join_lines`, as every other reader joins them.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..document import Cell, Row, Source, Table
from .wordjoin import join_lines
from textcore.clean import strip_markup

BARS = "│║┃|"
HORIZONTAL = "─━═-=~"
_JUNCTIONS = "+┼┬┴├┤┌┐└┘╔╗╚╝╠╣╦╩╬╞╡╪╟╢╫╤╧╥╨╒╓╕╖╘╙╛╜┏┓┗┛┣┫┳┻╋"
_RULE_CHARS = set(BARS + HORIZONTAL + _JUNCTIONS + ": ")
_BOUNDARY = set(BARS + _JUNCTIONS)
_CARRY_ON = "-\u2010\u2011,(«/"        # text above that ends so goes on in the next line


def is_rule(line: str) -> bool:
    s = line.strip()
    return bool(s) and set(s) <= _RULE_CHARS and sum(c in HORIZONTAL for c in s) >= 3


def _bars(line: str) -> list[int]:
    """Positions of the vertical bars; an escaped markdown pipe (`\\|`) is text."""
    return [i for i, c in enumerate(line) if c in BARS and not (c == "|" and line[i - 1:i] == "\\")]


def is_bar_line(line: str) -> bool:
    s = line.strip()
    return s[:1] in BARS and len(_bars(line)) >= 2 and not is_rule(line)


def _is_grid(line: str) -> bool:
    return is_rule(line) or is_bar_line(line)


def find_grids(lines: list[str]) -> list[tuple[int, int, Table]]:
    """(first index, end index, table) of each grid run in `lines` (0-based, end exclusive)."""
    found, i, n = [], 0, len(lines)
    while i < n:
        if not _is_grid(lines[i]):
            i += 1
            continue
        j = i
        while j < n:
            if _is_grid(lines[j]):
                j += 1
                continue
            k = j
            while k < n and not lines[k].strip():
                k += 1
            if k == j or k >= n or not _is_grid(lines[k]):
                break
            j = k                                       # blank lines inside the run: a page break
        found.extend(_tables(lines[i:j], i))
        i = j
    return found


def _tables(run: list[str], first: int) -> list[tuple[int, int, Table]]:
    """A run's tables.  Each part between blank lines has its own columns; a part drawn at
    the same positions as the one before continues its table (a page break), any other
    starts a table of its own (a blank line ends a markdown table)."""
    out: list[tuple[int, int, Table]] = []
    part: list[tuple[int, str]] = []
    last_bounds = None
    for off, line in enumerate(run + [""]):
        if line.strip():
            part.append((first + off + 1, line))
            continue
        rows, bounds = _part_rows(part) if len(part) >= 2 else ([], None)
        if rows:
            if out and _same_bounds(bounds, last_bounds):
                out[-1][2].rows.extend(rows)
                out[-1] = (out[-1][0], first + off, out[-1][2])
            else:
                out.append((part[0][0] - 1, first + off, Table(rows, Source(line=rows[0].source.line))))
            last_bounds = bounds
        part = []
    return out


def _same_bounds(a: list[int] | None, b: list[int] | None) -> bool:
    return a is not None and b is not None and len(a) == len(b) \
        and all(abs(x - y) <= 1 for x, y in zip(a, b))


def _clusters(positions: list[int]) -> list[int]:
    """Boundary positions: bar positions within one character of each other are one."""
    out: list[list[int]] = []
    for p in sorted(set(positions)):
        if out and p - out[-1][0] <= 1:
            out[-1].append(p)
        else:
            out.append([p])
    return [c[0] for c in out]


def _column_map(bar_lines: list[str]):
    """A function line -> column index of each of its bars: by position where some line
    holds every boundary (the grid is aligned), else by the bar's order in its line."""
    bounds = _clusters([p for ln in bar_lines for p in _bars(ln)])

    def by_position(line: str) -> list[int]:
        return [min(range(len(bounds)), key=lambda k: abs(bounds[k] - p)) for p in _bars(line)]

    aligned = any(len(set(by_position(ln))) == len(bounds) == len(_bars(ln)) for ln in bar_lines)
    if aligned:
        return by_position, bounds
    return (lambda line: list(range(len(_bars(line))))), None


@dataclass
class _Line:
    no: int
    cells: dict[int, tuple[int, str]]          # start column -> (end column, text)
    ruled: list[bool] | None = None            # columns a partial rule above crosses


def _segments(line: str, no: int, colmap) -> _Line:
    bars, cols = _bars(line), colmap(line)
    cells: dict[int, tuple[int, str]] = {}
    for k in range(len(bars) - 1):
        if cols[k + 1] > cols[k]:
            cells[cols[k]] = (cols[k + 1], line[bars[k] + 1:bars[k + 1]].strip())
    return _Line(no, cells)


def _ruled(line: str, bounds: list[int] | None) -> list[bool] | None:
    """Per column, whether a rule line crosses it; None where it crosses every column."""
    if bounds is None:
        return None
    marks = []
    for a, b in zip(bounds, bounds[1:]):
        inner = line[a + 2:b - 1] if b - a > 3 else line[a + 1:b]
        marks.append(any(c in HORIZONTAL for c in inner))
    return None if all(marks) else marks


def _part_rows(part: list[tuple[int, str]]) -> tuple[list[Row], list[int] | None]:
    """The rows of lines with no blank between them, and their column bounds (None
    where the bars are not aligned)."""
    bar_lines = [ln for _, ln in part if is_bar_line(ln)]
    if not bar_lines:
        return [], None
    colmap, bounds = _column_map(bar_lines)
    bands: list[list[_Line]] = [[]]
    ruled = None
    for no, line in part:
        if is_rule(line):
            if bands[-1]:
                bands.append([])
            ruled = _ruled(line, bounds)
            continue
        seg = _segments(line, no, colmap)
        if not bands[-1]:
            seg.ruled = ruled
        bands[-1].append(seg)
    bands = [b for b in bands if b]
    if len(bands) >= 3:                      # rules between body rows: a band is a row
        groups = bands
    else:                                    # header band, then a row per line or continuation
        groups = bands[:1] if len(bands) > 1 else []
        for band in bands[len(groups):]:
            groups.extend(_by_continuation(band))
    return _rows(groups), bounds


def _by_continuation(lines: list[_Line]) -> list[list[_Line]]:
    groups: list[list[_Line]] = []
    for ln in lines:
        if groups and _continues(groups[-1], ln):
            groups[-1].append(ln)
        else:
            groups.append([ln])
    return groups


def _continues(group: list[_Line], ln: _Line) -> bool:
    """A line without a rule above carries on the row above (see the module's docstring)."""
    texts = {c: t for c, (_, t) in ln.cells.items() if t}
    if not texts or min(ln.cells, default=0) in texts:
        return False
    above = {c: " ".join(g.cells[c][1] for g in group if c in g.cells).strip() for c in texts}
    if not all(above.values()):
        return False
    return any(t[:1].islower() or above[c][-1:] in _CARRY_ON for c, t in texts.items())


@dataclass
class _Anchor:
    cell: Cell
    lines: list[str] = field(default_factory=list)


def _rows(groups: list[list[_Line]]) -> list[Row]:
    rows: list[Row] = []
    anchors: dict[int, _Anchor] = {}
    every: list[_Anchor] = []
    for group in groups:
        ruled = group[0].ruled
        starts = sorted({c: None for ln in group for c in ln.cells})
        ends = {c: max(ln.cells[c][0] for ln in group if c in ln.cells) for c in starts}
        cells: list[Cell] = []
        for k, start in enumerate(starts):
            end = min([ends[start]] + starts[k + 1:k + 2])
            texts = [ln.cells[start][1] for ln in group if start in ln.cells and ln.cells[start][1]]
            if ruled is not None and start < len(ruled) and not ruled[start] and start in anchors:
                anchors[start].lines.extend(texts)      # no rule under the cell above: merged down
                anchors[start].cell.rowspan += 1
                cells.extend(Cell("", covered=True) for _ in range(start, end))
                continue
            anchor = _Anchor(Cell("", colspan=end - start), texts)
            anchors[start] = anchor
            every.append(anchor)
            cells.append(anchor.cell)
            cells.extend(Cell("", covered=True) for _ in range(start + 1, end))
        no = group[0].no
        rows.append(Row(cells, Source(line=no, row=no)))
    for anchor in every:
        anchor.cell.text = strip_markup(join_lines(anchor.lines)) if anchor.lines else ""
    return rows
