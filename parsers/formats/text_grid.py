"""Tables drawn in converted text: box drawing, ASCII `+---+` grids and markdown pipes.

Legal databases and editors export wide tables as pseudographics; analysts paste them.
A *grid run* is a run of rule lines (`├───┼───┤`, `+---+`, `|---|`) and bar lines
(`│ a │ b │`, starting with a bar and holding two or more); blank lines inside the
run (page breaks) do not end it.  A run needs a bar line and two grid lines in all, and
a rule or two columns (`| … |` lines alone are quoted prose).

In a part drawn with box characters (`│`, `┼`, or the broken bar `¦` of some exports) an ASCII
`|` is a cell's text.
Columns come from the bars' character positions, clustered with one character of
drift (a re-flowed line); a cell spanning columns shows as a missing bar (colspan).
Where no line holds every position (markdown pipes are not aligned) the n-th bar of
a line is the n-th boundary.  Rows: where rules separate body rows, the lines
between two rules are one row (a cell's text wrapped over them); a rule drawn only
under some columns (`│   ├────┤`) leaves the others merged downwards (rowspan).
A markdown table (its rules `|---|:--:|` only, or its bars not aligned) has a row per
line, its syntax has no wrapped cells.  Other grids without inner rules have a row per
line unless it continues the one above: every text
it has is under a cell above that it carries on - the text above ends in a hyphen or
comma, or no capital starts it (in the first column only a small letter: a number
there opens a row).  Wrapped lines are joined by
`wordjoin.join_lines`, as every other reader joins them; where the columns are aligned (a
width known), a cell's line that the next line's first word would have fitted on was ended by
its author, kept in Document.cell_lines (`written_lines.written_in_chars`).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from ..document import Cell, Row, Source, Table
from .wordjoin import join_lines
from .written_lines import lined_text, record, written_in_chars
from textcore.clean import strip_markup

BARS = "│║┃¦|"
HORIZONTAL = "─━═-=~"
_JUNCTIONS = "+┼┬┴├┤┌┐└┘╔╗╚╝╠╣╦╩╬╞╡╪╟╢╫╤╧╥╨╒╓╕╖╘╙╛╜┏┓┗┛┣┫┳┻╋"
_RULE_CHARS = set(BARS + HORIZONTAL + _JUNCTIONS + ": ")
_BOUNDARY = set(BARS + _JUNCTIONS)
_BOX = set("│║┃¦" + _JUNCTIONS) - {"+"}   # a drawn frame: an ASCII "|" inside it is a cell's text
# a grid line opens (past its indent) with a bar, a stroke, a junction or a markdown colon: the
# one regex spares the char loop of `_bars` on every prose line of a text
_GRID_OPENING = re.compile("[" + re.escape(BARS + HORIZONTAL + _JUNCTIONS + ":") + "]")
_MAX_COLUMNS = 64                       # more bars than any order's table: a line of "|" is no grid
_CARRY_ON = "-\u2010\u2011,(«/"        # text above that ends so goes on in the next line


def is_rule(line: str) -> bool:
    s = line.strip()
    return bool(s) and set(s) <= _RULE_CHARS and sum(c in HORIZONTAL for c in s) >= 3


def _bars(line: str, pipe: bool = True) -> list[int]:
    """Positions of the column boundaries: vertical bars (an escaped markdown pipe `\\|` is
    text, and every "|" where `pipe` is False) and junctions touching a horizontal stroke
    (`├─`, `-+-`; a "+7" is text)."""
    out = []
    for i, c in enumerate(line):
        if c in BARS:
            if not (c == "|" and (not pipe or line[i - 1:i] == "\\")):
                out.append(i)
        elif c in _JUNCTIONS and (i > 0 and line[i - 1] in HORIZONTAL or line[i + 1:i + 2] in _STROKE):
            out.append(i)
    return out


_STROKE = tuple(HORIZONTAL)


def is_bar_line(line: str) -> bool:
    """A line opening with a boundary ("+7 (4822) …" opens with text) and holding two or more."""
    bars = _bars(line)
    return 2 <= len(bars) <= _MAX_COLUMNS + 1 and bars[0] == len(line) - len(line.lstrip()) \
        and not is_rule(line)


def _is_grid(line: str) -> bool:
    if not _GRID_OPENING.match(line, len(line) - len(line.lstrip())):
        return False
    return is_rule(line) and len(_bars(line)) <= _MAX_COLUMNS + 1 or is_bar_line(line)


def find_grids(lines: list[str], written: dict | None = None) -> list[tuple[int, int, Table]]:
    """(first index, end index, table) of each grid run in `lines` (0-based, end exclusive).
    `written` gathers the cells' lines their author wrote (written_lines.record)."""
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
        found.extend(_tables(lines[i:j], i, {} if written is None else written))
        i = j
    return found


def _tables(run: list[str], first: int, written: dict) -> list[tuple[int, int, Table]]:
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
        rows, bounds = _part_rows(part, written) if len(part) >= 2 else ([], None)
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


def _column_map(grid_lines: list[str], bars: dict[str, list[int]]):
    """A function line -> column index of each of its boundaries (`bars`: a line's boundary
    positions): by position where some line holds every boundary (the grid is aligned), else
    by the boundary's order in its line.  Also the boundaries' positions (None when not aligned)."""
    bounds = _clusters([p for ln in grid_lines for p in bars[ln]])

    def by_position(line: str) -> list[int]:
        return [_nearest(bounds, p) for p in bars[line]]

    if any(len(set(by_position(ln))) == len(bounds) == len(bars[ln]) for ln in grid_lines):
        return by_position, bounds
    return (lambda line: list(range(len(bars[line])))), None


def _nearest(bounds: list[int], p: int) -> int:
    k = bisect_left(bounds, p)
    return k - 1 if k == len(bounds) or k > 0 and p - bounds[k - 1] < bounds[k] - p else k


@dataclass
class _Line:
    no: int
    cells: dict[int, tuple[int, str]]          # start column -> (end column, text)
    ruled: set[int] = field(default_factory=set)   # columns a rule in this line crosses
    rooms: dict[int, int] = field(default_factory=dict)   # start column -> characters its text may take


def _split(line: str, no: int, colmap, bars: list[int]) -> _Line:
    """A line's segments between `bars`: text cells, or rules under the columns they span."""
    cols = colmap(line)
    out = _Line(no, {})
    for k in range(len(bars) - 1):
        if cols[k + 1] <= cols[k]:
            continue                           # two boundaries drifted into one column
        raw = line[bars[k] + 1:bars[k + 1]]
        text = raw.strip()
        if text and set(text) <= _RULE_CHARS and any(c in HORIZONTAL for c in text):
            out.ruled.update(range(cols[k], cols[k + 1]))
        else:
            out.cells[cols[k]] = (cols[k + 1], text)
            # padded on the right as on the left (a text wrapped at the width between the pads)
            out.rooms[cols[k]] = len(raw) - 2 * (len(raw) - len(raw.lstrip())) if text else len(raw)
    return out


@dataclass
class _Band:
    lines: list[_Line] = field(default_factory=list)
    open_above: set[int] = field(default_factory=set)   # columns no rule above it crosses
    full_below: bool = False                            # a rule under every column ends it


def _bands(part: list[tuple[int, str]], colmap, width: int, bars: dict[str, list[int]]) -> list[_Band]:
    """Lines between rules; a line that is a rule under some columns only (`│ x ├──┤`) ends
    the band for all, its text staying with the cells it continues."""
    bands = [_Band()]
    for no, line in part:
        seg = _split(line, no, colmap, bars[line])
        if not seg.ruled:
            bands[-1].lines.append(seg)
            continue
        if any(t for _, t in seg.cells.values()):
            bands[-1].lines.append(seg)
        full = is_rule(line) and not seg.cells or seg.ruled >= set(range(width))
        if bands[-1].lines:
            bands[-1].full_below = full
            bands.append(_Band())
        bands[-1].open_above = set() if full else set(range(width)) - seg.ruled
    return [b for b in bands if b.lines]


def _part_rows(part: list[tuple[int, str]], written: dict) -> tuple[list[Row], list[int] | None]:
    """The rows of lines with no blank between them, and their column bounds (None
    where the boundaries are not aligned)."""
    if not any(is_bar_line(ln) for _, ln in part):
        return [], None
    pipe = not any(not _BOX.isdisjoint(ln) for _, ln in part)
    bars = {ln: _bars(ln, pipe) for _, ln in part}           # once a line: asked for many times
    grid_lines = [ln for _, ln in part if len(bars[ln]) >= 2]
    ruled = any(is_rule(ln) for _, ln in part)
    if not grid_lines or not ruled and max(len(bars[ln]) for ln in grid_lines) < 3:
        return [], None                      # "| … |" lines with no rule: one column, quoted prose
    colmap, bounds = _column_map(grid_lines, bars)
    width = len(bounds) - 1 if bounds else max(len(bars[ln]) for ln in grid_lines) - 1
    bands = _bands(part, colmap, width, bars)
    inner_full = [k for k, b in enumerate(bands[:-1]) if b.full_below]
    if len(inner_full) >= 2:                 # rules between body rows: a band is a row
        groups = [(b.lines, b.open_above) for b in bands]
    else:                                    # the header's bands, then a row per line or its continuation
        head = inner_full[0] + 1 if inner_full else 0
        groups = [(b.lines, b.open_above) for b in bands[:head]]
        markdown = bounds is None or _markdown_rules([ln for _, ln in part])
        for b in bands[head:]:
            split = [[ln] for ln in b.lines] if markdown else _by_continuation(b.lines)
            groups.extend((g, b.open_above if i == 0 else set()) for i, g in enumerate(split))
    return _rows(groups, written if bounds is not None else None), bounds


_MARKDOWN_RULE = set("|-: ")


def _markdown_rules(lines: list[str]) -> bool:
    """Rules drawn as markdown's (`|---|:--:|`) and no other kind: one line is one row there."""
    rules = [ln.strip() for ln in lines if is_rule(ln)]
    return bool(rules) and all(set(r) <= _MARKDOWN_RULE for r in rules)


def _by_continuation(lines: list[_Line]) -> list[list[_Line]]:
    groups: list[list[_Line]] = []
    last: dict[int, str] = {}            # the current group's last text in each column
    for ln in lines:
        if groups and _continues(last, ln):
            groups[-1].append(ln)
        else:
            groups.append([ln])
            last = {}
        last.update((c, t) for c, (_, t) in ln.cells.items() if t)
    return groups


def _continues(last: dict[int, str], ln: _Line) -> bool:
    """A line without a rule above carries on the row above, whose last text in each column
    is `last` (see the module's docstring)."""
    texts = {c: t for c, (_, t) in ln.cells.items() if t}
    if not texts or not all(c in last for c in texts):
        return False
    first = min(ln.cells)
    return all(last[c][-1:] in _CARRY_ON or (t[:1].islower() if c == first else not t[:1].isupper())
               for c, t in texts.items())


@dataclass
class _Anchor:
    cell: Cell
    lines: list[str] = field(default_factory=list)
    room: int = 10 ** 6               # the characters its lines may take (the narrowest line's)


def _rows(groups: list[tuple[list[_Line], set[int]]], written: dict | None) -> list[Row]:
    """The rows of the line groups; `written` (None: the columns are not aligned, no widths)
    gathers the cells' lines their author wrote: a line the next one's first word would have
    fitted on (written_lines.written_in_chars)."""
    rows: list[Row] = []
    anchors: dict[int, _Anchor] = {}
    every: list[_Anchor] = []
    for group, open_above in groups:
        starts = sorted({c for ln in group for c in ln.cells})
        ends = {c: max(ln.cells[c][0] for ln in group if c in ln.cells) for c in starts}
        cells: list[Cell] = []
        for k, start in enumerate(starts):
            end = min([ends[start]] + starts[k + 1:k + 2])
            texts = [ln.cells[start][1] for ln in group if start in ln.cells and ln.cells[start][1]]
            room = min((ln.rooms[start] for ln in group if start in ln.rooms), default=10 ** 6)
            if start in open_above and start in anchors:
                anchors[start].lines.extend(texts)      # no rule under the cell above: merged down
                anchors[start].room = min(anchors[start].room, room)
                anchors[start].cell.rowspan += 1
                cells.extend(Cell("", covered=True) for _ in range(start, end))
                continue
            anchor = _Anchor(Cell("", colspan=end - start), texts, room)
            anchors[start] = anchor
            every.append(anchor)
            cells.append(anchor.cell)
            cells.extend(Cell("", covered=True) for _ in range(start + 1, end))
        no = group[0].no
        rows.append(Row(cells, Source(line=no, row=no)))
    for anchor in every:
        anchor.cell.text = strip_markup(join_lines(anchor.lines)) if anchor.lines else ""
        if written is not None:
            marks = written_in_chars(anchor.lines, anchor.room)
            record(written, anchor.cell.text, lined_text(anchor.lines, None, marks, anchor.cell.text))
    return rows
