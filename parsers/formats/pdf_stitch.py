"""Stitching a ruled table continued on the next page onto the previous page's table.

pdfplumber sees one table per page.  A page's first table continues the
previous page's last one when nothing but the page break lies between them
(the caller checks that) and their columns sit at the same x positions.  At the
top of the continuation the repeated header and the `1 2 3 ...` numbering row
are dropped; a row the page break split in two is re-joined (its first, key
cell is empty and its text continues the previous row's cells); a merged cell
running on over the break becomes covered positions of the cell above.
Whether text continues is decided by layout cues, not by capitalisation alone:
the cell above ends with a wrap space, or the first word here would not have
fitted on its last line, or (weakest) the text starts in lower case.
"""
from __future__ import annotations

from ..document import Cell, Row, Source
from .pdf_cell_lines import written_at_break
from .pdf_layout import PageTable, break_between, would_fit
from .wordjoin import Break, glue

_HEAD_ROWS = 6      # the most rows a header repeated at a page break is taken to have
STRONG = 3          # a cell scoring this surely continues the text above it (see `_score`)


def continues(prev: PageTable, cont: PageTable) -> bool:
    return (len(prev.col_x) == len(cont.col_x)
            and all(abs(a - b) <= prev.settings.col_tolerance_pt for a, b in zip(prev.col_x, cont.col_x)))


def _numbering(texts: list[str]) -> bool:
    filled = [t for t in texts if t]
    return len(filled) >= 2 and all(t.rstrip(".").isdigit() for t in filled)


def _repeated_header(table, grid: list[list[Cell]]) -> int:
    """How many of the continuation's first rows repeat the table's header: the header is the
    table's first row and the rows its merged cells reach down over (a group row, a row of
    channel names under it); the continuation repeats it when its first rows equal those, row
    for row.  A row further down (a «Цифровые точки» sub-heading recurring) is no header."""
    if not table.rows or not grid:
        return 0
    depth = max((c.rowspan for c in table.rows[0].cells if not c.covered), default=1)
    head = table.rows[:min(depth, _HEAD_ROWS)]
    k = 0
    while k < len(grid) and k < len(head) and _repeats(head[k].texts, [c.text for c in grid[k]]):
        head[k].is_header = True
        k += 1
    return k


def _repeats(head: list[str], texts: list[str]) -> bool:
    """A header row printed again: its cells' texts, a cell cut short at a word allowed (a renderer
    may draw the repeated row lower than its text, the last line spilling into the row below),
    one cell at least the same."""
    if len(head) != len(texts):
        return False
    for h, t in zip(head, texts):
        if h != t and not (t and h.startswith(t + " ")):
            return False
    return any(h == t and t for h, t in zip(head, texts))


def stitch(prev: PageTable, cont: PageTable) -> None:
    table = prev.table
    grid, owner = cont.grid, cont.owner
    for _ in range(_repeated_header(table, grid)):
        grid, owner = _drop_first(grid, owner)
    while grid and _numbering([c.text for c in grid[0]]):
        grid, owner = _drop_first(grid, owner)
    if not grid:
        return
    last_owner = prev.owner[-1]
    last_row = prev.grid[-1]
    first = grid[0]
    remap: dict[int, Cell] = {}
    split = _split_row(first, last_owner, lambda c: _evidence(prev, last_owner[c], cont, first[c]))
    for c, cell in enumerate(first):
        if cell.covered or c >= len(last_owner):
            continue
        above = last_owner[c]
        if above.colspan != cell.colspan:
            continue
        region = last_row[c].covered or above.rowspan > 1 or cell.rowspan > 1
        evidence = _evidence(prev, above, cont, cell)
        if split or (region and (not cell.text or _continues(cell, above, evidence))):
            brk = Break.SPACE if evidence[1] else evidence[0]
            _lines_go_on(prev, above, cont, cell, brk)
            above.text = glue(above.text, cell.text, brk)
            above.rowspan += cell.rowspan - (1 if split else 0)
            remap[id(cell)] = above
    if split:
        grid, owner = grid[1:], owner[1:]
    skipped = len(cont.grid) - len(grid)    # repeated header, numbering, split row: row numbers stay the page's
    index = prev.table.source.table
    for k, (cells, owners) in enumerate(zip(grid, owner), skipped):
        new_cells = []
        for cell, own in zip(cells, owners):
            if id(cell) in remap:
                cell = Cell("", covered=True)
            new_cells.append(cell)
        prev.grid.append(new_cells)
        prev.owner.append([remap.get(id(o), o) for o in owners])
        table.rows.append(Row(new_cells, Source(page=cont.page, table=index, bbox=cont.row_box(k), page_row=k)))
    prev.marks |= cont.marks
    prev.fit.update(cont.fit)
    prev.lined.update(cont.lined)


def _lines_go_on(prev: PageTable, above: Cell, cont: PageTable, cell: Cell, brk: Break) -> None:
    """The written lines (PageTable.lined) of a cell the page break cut: the lines on both pages,
    and a line at the break where the first word here would have fitted, two spaces to spare, on
    the last line above (pdf_cell_lines)."""
    a, b = prev.fit.get(id(above)), cont.fit.get(id(cell))
    written = bool(a and b and cell.text and written_at_break(a[0], b[2], a[1], a[3], prev.settings))
    if written or id(above) in prev.lined or id(cell) in cont.lined:
        left, right = prev.lined.get(id(above), above.text), cont.lined.pop(id(cell), cell.text)
        prev.lined[id(above)] = f"{left}\n{right}" if written and left else glue(left, right, brk)


def _evidence(prev: PageTable, above: Cell, cont: PageTable, cell: Cell) -> tuple[Break, bool, bool]:
    """The layout's evidence for the page break between `above`'s last line and `cell`'s
    first: the break, whether `above` ends with a written wrap space, and whether the
    first word would have fitted on that last line (then it starts a new text)."""
    a, b = prev.fit.get(id(above)), cont.fit.get(id(cell))
    if not a or not b:
        return Break.UNKNOWN, False, False
    last_line, right, _, wrap_space = a
    # `break_between` says SPACE for a word wrapped whole too; only room left for it says "new text"
    fitted = would_fit(last_line, b[2], right, wrap_space, prev.settings)
    brk = break_between(last_line, b[2], right, wrap_space, prev.settings)
    return brk, bool(last_line.words[-1].get("space_after")), fitted


def _score(cell: Cell, above: Cell, evidence: tuple[Break, bool, bool]) -> int:
    """How strongly `cell`'s text goes on with the text of `above` (> 0: it does; < 0: it
    starts anew).  No single cue decides - a renderer's habits or a capitalised name
    ("Кузбасса", "«ВКонтакте»") would fool it:
    - lower-case start +2; a capital/digit after a sentence end -2, otherwise -1;
    - the first word would have fitted on the last line above -2 (a new text);
    - a wrap space written at the end above, or a broken word mended by joining +1."""
    brk, wrap_space, fitted = evidence
    first = cell.text.lstrip("«\"(")[:1]
    score = 0
    if first.islower():
        score += 2
    elif above.text.rstrip()[-1:] in ".;!?":
        score -= 2
    else:
        score -= 1
    if fitted and not wrap_space:
        score -= 2
    if wrap_space or brk in (Break.MID_WORD, Break.MAYBE_MID) and _mends(above.text, cell.text):
        score += 1
    return score


def _mends(left: str, right: str) -> bool:
    """Joining the two across the break mends a broken word ("Цифрова|я", "13.04.20|23")."""
    return glue(left, right, Break.MAYBE_MID) != f"{left} {right}"


def _continues(cell: Cell, above: Cell, evidence: tuple[Break, bool, bool], lean: int = 0) -> bool:
    return _score(cell, above, evidence) + lean > 0


def _split_row(first: list[Cell], last_owner: list[Cell], evidence) -> bool:
    """The first row is the rest of the previous page's last row.  Row cues: its key
    (first) cell is empty under a filled one - a new row would number itself - which
    lets ties go to "continues"; a filled key cell must continue itself; cells left empty
    under finished ones.  Cell cues (`_score`): most filled cells (merged regions aside)
    must continue the text above them."""
    if not first or not last_owner:
        return False
    key, above_key = first[0], last_owner[0]
    # an empty key under a filled one that spans no rows (a merged group's key is empty below)
    lean = 1 if not key.text and not key.covered and above_key.text and above_key.rowspan == 1 else 0
    filled = [(c, cell) for c, cell in enumerate(first) if cell.text and not cell.covered]
    if not filled or any(c >= len(last_owner) or not last_owner[c].text for c, _ in filled):
        return False
    # a cell spanning rows here is a merged region going on: it says nothing of the row
    own = [(c, cell) for c, cell in filled if cell.rowspan == 1] or filled
    filled = own
    scores = [_score(cell, last_owner[c], evidence(c)) + lean for c, cell in filled]
    strong = sum(1 for sc in scores if sc >= STRONG)
    if strong * 2 > len(filled) or strong and (not key.text or key.covered):
        return True             # cells surely go on (lower case after a wrap space, a mended word)
    if key.text and not key.covered and not _continues(key, above_key, evidence(0)):
        return False
    # a cell left empty under a finished one (not a merged region): the row's text ended
    # there on the previous page - a new row would have filled it
    empty_under = sum(1 for c, cell in enumerate(first)
                      if c and not cell.text and not cell.covered and cell.rowspan == 1
                      and c < len(last_owner) and last_owner[c].text and last_owner[c].rowspan == 1)
    going_on = sum(1 for sc in scores if sc > 0) + empty_under
    total = len(filled) + empty_under
    return going_on * 2 >= total if lean else going_on * 2 > total


def _drop_first(grid, owner):
    """Drop the first row; a cell spanning down from it hands its place to the next row."""
    if len(grid) > 1:
        for c, cell in enumerate(grid[0]):
            if cell.rowspan > 1 and not cell.covered:
                heir = Cell(cell.text, cell.colspan, cell.rowspan - 1)
                grid[1][c] = heir
                owner[1:] = [[heir if o is cell else o for o in row] for row in owner[1:]]
    return grid[1:], owner[1:]
