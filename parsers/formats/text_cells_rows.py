"""A cell-per-line run (`text_cells`) grouped into rows: the header, then k cells a row.

Columns: k is the length of the numbers row «1 |, 2 |, …, k |» when the header has one (the
cells before it are the header); else a procedure's kinds header (a list a column); else the header is the cells before the first row number or
full-width row, most of them header words the table readers know (`parsers/tables/columns.py`),
as many as a row's cells where the header opens with the ordinal column (cells left before row 1
are a full-width row; up to three cells before «№ п/п» — a stamp, a title — are prose; a numbered heading right before a row number, «I. Процессы предоставления услуг», is a full-width
row, never the header's cell, though its words name a column);
else, a header in words no reader knows («Графа 1», abbreviations) where its cells are as many as
a row's — the row numbers come that many apart (`text_cells_numbers`; a stamp's and a title's cells
before it are prose); else, in a table with no row numbers, the leading cells that each name a column clearly.  The
database prints a row's covered positions after its texts, so where the header's top row has
fewer texts than k, the spanning cell is chosen by the column name it makes with its sub-row.

The body is read k cells a row, checked against the row numbers where the first column is
the ordinal one: a text in that column with a row number right after it is a full-width row
printed as one cell (a direction heading); a row in which the next row's number turns up
early has lost a cell (padded, so one missing cell never shifts the rest); a row repeating
the header or the numbers row (a page break) is skipped.  A full-width row printed with its
bars is one text (after an empty number cell, even, in an ordinal table) then fillers only.  At a row's start, a
cell whose last line opens a row or the header, with lines above it, ends the table: those
lines are prose between two tables.
"""
from __future__ import annotations

from bisect import bisect_right

from ..document import Cell, Row, Source, Table
from .text_cells import CellText, as_paragraphs, next_run, record_lines
from .text_cells_numbers import KINDS as _KINDS, as_wide_as_rows, follows as _follows, header_like as _header_like, \
    row_number as _number, section_then_row, starts_rows
from textcore.numbering import ARABIC, ROMAN, parse_item_number

_MAX_HEADER = 40              # cells looked at for a header
_MAX_LEAD = 3                 # full-width rows (a stamp, a title) printed above a table's header
_NEAR = 6                     # lines between two runs for the second to go on with the first's columns


def _numbers_row(cells: list[CellText], i: int) -> int:
    """k where cells[i:i+k] are «1», «2», … «k» (k ≥ 2); 0 where they are not."""
    k = 0
    while i + k < len(cells) and cells[i + k].text.rstrip(".") == str(k + 1):
        k += 1
    return k if k >= 2 else 0


def _opens_header(cells: list[CellText], j: int) -> bool:
    """Does cells[j]'s last line open a header: the ordinal column's, or a header word with
    two more after it?"""
    from ..tables.columns import is_ordinal_header
    if is_ordinal_header(cells[j].tail):
        return True
    nxt = cells[j + 1:j + 3]
    return len(nxt) == 2 and all(not c.filler and _header_like(c.text) for c in nxt) and _header_like(cells[j].tail)


def find_columns(cells: list[CellText]) -> tuple[int, int, int] | None:
    """(k, header cells, cells to skip after them: the numbers row) of a run; None where
    neither a numbers row nor a recognised header gives the columns."""
    for i in range(min(len(cells), _MAX_HEADER + 1)):
        k = _numbers_row(cells, i)
        if k and i >= k:
            return k, i, k
    h = _kinds_header(cells)      # its body holds no row numbers and many empty cells
    if h:
        return h, h, 0
    for i in range(2, min(len(cells), _MAX_HEADER + 1)):
        if _opens_body(cells, i):
            head = cells[:i]
            if any(c.filler for c in head):
                return None
            if 2 * sum(_header_like(c.text) for c in head) < len(head):     # its last label may open «the body»
                j = next((j for j in range(i, min(len(cells), _MAX_HEADER + 1)) if starts_rows(cells, j)), 0)
                return (j, j, 0) if j and not any(c.filler for c in cells[:j]) and as_wide_as_rows(cells, j) else None
            k = _row_gap(cells, i)
            return (k, k, 0) if k else (i, i, 0)
    return _named_header(cells)


def _row_gap(cells: list[CellText], i: int) -> int:
    """Where the header before the first row (at i) opens with the ordinal column's name and
    has more cells than a row: the row's length, the cells from row 1 to the next row number,
    when the header's first that many cells all name columns.  The cells left between them
    and row 1 are a full-width row printed as one cell (a labelled direction row
    «Направление деятельности: …», whose words name a column in part); a cell left that names
    a column whole («Потребности клиента») is the header's, and row 1 has lost a cell."""
    from ..tables.columns import is_ordinal_header
    if not is_ordinal_header(cells[0].text):
        return 0
    no = _number(cells[i].text)
    for g in range(3, i):
        nxt = _number(cells[i + g].text) if i + g < len(cells) else None
        if nxt is not None and no is not None and _follows(no, nxt) and nxt != (1,):
            ok = all(not c.filler and _header_like(c.text) for c in cells[:g]) and \
                not any(_header_like(c.text, 0.75) for c in cells[g:i])
            return g if ok else 0
    return 0


def _lead(cells: list[CellText]) -> int:
    """Cells above the header: where the ordinal column's name («№ п/п») comes after up to
    `_MAX_LEAD` texts (an approval stamp's last line, the list's title — full-width rows the
    database prints as one cell each), their count; else 0.  The ordinal column is a table's
    first, so nothing before its name is the header, even a title that reads as a column's
    name («Перечень точек взаимодействия»).  `group` keeps them only where the cells after
    them give the columns."""
    from ..tables.columns import is_ordinal_header
    for a in range(1, min(_MAX_LEAD + 1, len(cells))):
        if is_ordinal_header(cells[a].text):
            return a if all(not c.filler for c in cells[:a]) else 0
    return 0


def _named_header(cells: list[CellText]) -> tuple[int, int, int] | None:
    """A table with no row numbers: its header is the leading cells that each name a column
    clearly (a body cell may share a word with a column's name: «Предоставление услуги»),
    three or more, making a header of a kind the readers know, with a row's cells after it."""
    from ..tables.columns import is_header
    h = 0
    while h < min(len(cells), _MAX_HEADER) and not cells[h].filler and _header_like(cells[h].text, 0.45):
        h += 1
    texts = [c.text for c in cells[:h]]
    if h >= 3 and len(cells) >= 2 * h and any(is_header(kind, texts) for kind in _KINDS):
        return h, h, 0
    return None


def _kinds_header(cells: list[CellText]) -> int:
    """A procedure's lists as a table, a list a column («Направление деятельности | Цифровые
    каналы | Офлайн-каналы | Потребности клиентов», `parsers/extract/kindtable.py`): the leading
    cells, two or more, each naming another list kind (a «№» column aside), then a cell that
    is no column name of a touchpoint list or roadmap (their headers have columns no kind names:
    «Тип точки» scores 1; a direction in the body, «Организационные процессы», half at most);
    their count, else 0."""
    from ..extract.kindtable import heading_kind
    from ..tables.columns import is_ordinal_header
    kinds: list[str] = []
    h = 0
    while h < min(len(cells), _MAX_HEADER) and not cells[h].filler:
        if not is_ordinal_header(cells[h].text):
            kind = heading_kind(cells[h].text)
            if kind is None or kind in kinds:
                break
            kinds.append(kind)
        h += 1
    if len(kinds) < 2 or h >= len(cells) or len(cells) < 2 * h:
        return 0           # looked at first: `_header_like` lemmatises, and this runs per paragraph of a run
    after = cells[h]
    return 0 if not after.filler and _header_like(after.text, 0.75) else h


def _opens_body(cells: list[CellText], i: int) -> bool:
    """Does the body start at cells[i] of a table with no numbers row: a row number, or a
    full-width row — a text with the other columns' bars, or a text that names no column
    with a row number after it?"""
    c = cells[i]
    if c.filler:
        return False
    if _number(c.text) is not None or i + 1 < len(cells) and cells[i + 1].filler:
        return True
    if i + 1 >= len(cells) or _number(cells[i + 1].text) is None:
        return False
    # a numbered heading before a row number («I. Процессы предоставления услуг», then «1.1.») is a full-width
    # row, though its words name a column: no header's cell opens with an item's number
    numbered = parse_item_number(c.text.strip(), (ARABIC, ROMAN))
    return numbered is not None and bool(numbered.rest) or not _header_like(c.text, 0.5)


def header_rows(head: list[CellText], k: int) -> list[Row]:
    """The header as rows of k cells.  The database prints a row's covered positions after
    its texts, so where the top row's texts are fewer than k, which of them spans is decided
    by the words: the one that with the sub-row's first text names a column best («Срок» over
    «начала реализации»), else the last.  Each later k cells are a sub-row, placed from the
    spanning cell's column on (the columns left and right of it are the top row's, merged
    down)."""
    texts = [c.text for c in head[:k] if not c.filler]
    rest = head[k:]
    subs = [c.text for c in rest if not c.filler]
    if len(texts) >= k or not subs:
        return [_row(texts, [], head[0].first, k, header=True)] + [
            _row([c.text for c in rest[i:i + k] if not c.filler], [], rest[i].first, k, header=True)
            for i in range(0, len(rest), k)]
    at, width = _spanning(texts, subs[0]), k - len(texts) + 1
    top = texts[:at + 1] + [""] * (width - 1) + texts[at + 1:]
    covered = [False] * (at + 1) + [True] * (width - 1)
    rows = [_row(top, covered, head[0].first, k, header=True)]
    for i in range(0, len(rest), k):
        part = [c.text for c in rest[i:i + k] if not c.filler]
        start = at if at + len(part) <= k else max(0, k - len(part))
        cells = [""] * start + part
        rows.append(_row(cells, [True] * k, rest[i].first, k, header=True))
    return rows


def _spanning(texts: list[str], sub: str) -> int:
    """Index of the top header cell that heads `sub`: the best column name the two make."""
    from ..tables.columns import field_scores
    score = lambda t: max((v for kind in _KINDS  # noqa: E731
                           for v in field_scores(kind, t).values()), default=0.0)
    best, at = 0.0, len(texts) - 1
    for j, text in enumerate(texts):
        s = score(f"{text} {sub}")
        if s > best:
            best, at = s, j
    return at


def _row(texts: list[str], covered: list[bool], line: int, k: int, header: bool = False) -> Row:
    texts = (texts + [""] * k)[:k]
    covered = (covered + [False] * k)[:k]
    cells = [Cell(t, covered=cov and not t) for t, cov in zip(texts, covered)]
    return Row(cells, Source(line=line + 1, row=line + 1), is_header=header)


def group(cells: list[CellText], inherit: tuple[int, list[CellText]] | None = None):
    """(blocks: the table, after paragraphs for the rows above its header; cells it took;
    (k, header cells)) of a run; None where its columns cannot be found.  A run with no header of its own right after a table in this form goes on with
    that table's columns (a table the database split, or the list after a caption)."""
    lead, cols = _columns(cells)
    above, cells = as_paragraphs(cells[:lead]), cells[lead:]
    if cols is not None:
        k, n_head, skip = cols
        head = cells[:n_head]
        rows = header_rows(head, k)
    elif inherit and cells and (_number(cells[0].text) or len(cells) > 1 and _number(cells[1].text)):
        (k, head), n_head, skip, rows = inherit, 0, 0, []
    else:
        return None
    table = Table(rows, Source(line=cells[0].first + 1))
    used = _body(cells, n_head + skip, k, head, table)
    return above + [table], lead + used, (k, head)


def _columns(cells: list[CellText]) -> tuple[int, tuple[int, int, int] | None]:
    """(cells above the header, `find_columns` of the rest): a stamp's or a title's cells before
    «№ п/п» (`_lead`), or — a header in words nobody knows — before the cells as many as a row's."""
    lead = _lead(cells)
    cols = find_columns(cells[lead:]) if lead else None
    if cols is None:
        lead, cols = 0, find_columns(cells)
    for a in range(1, _MAX_LEAD + 1 if cols is None else 0):
        if a >= len(cells) or cells[a - 1].filler:
            break
        i = next((i for i in range(a + 2, min(len(cells), a + _MAX_HEADER + 1)) if _opens_body(cells, i) and starts_rows(cells[a:], i - a)), 0)
        if i and not any(c.filler for c in cells[a:i]) and as_wide_as_rows(cells[a:], i - a):
            return a, (i - a, i - a, 0)
    return lead, cols


def _body(cells: list[CellText], p: int, k: int, head: list[CellText], table: Table) -> int:
    """Body rows appended to `table` from cells[p:]; the index of the first cell not taken."""
    from ..tables.columns import is_ordinal_header
    numbered = bool(head) and is_ordinal_header(head[0].text) or p < len(cells) and _number(cells[p].text) is not None \
        or section_then_row(cells, p)     # under a header nobody knows («Графа 1»): a numbered section, then row 1
    head_texts = [c.text for c in head[:k]]
    start, n = p, len(cells)
    while p < n:
        c = cells[p]
        if c.open_lines and p > start and (numbered and _number(c.tail) or head_texts[:1] == [c.tail]):
            break              # its last line opens a row or a header: the lines above are prose
        if head_texts and [x.text for x in cells[p:p + k]] == head_texts:
            p += len(head)                              # the header again after a page break
            continue
        if _numbers_row(cells, p) == k:
            p += k
            continue
        at = _full_width(cells, p, k, numbered)
        if at >= 0:
            text = cells[p + at]
            table.rows.append(_row([""] * at + [text.text], [False] * (at + 1) + [True] * k, text.first, k))
            p += k if p + 1 < n and (cells[p + 1].filler or at) else 1
            continue
        no = _number(c.text) if numbered else None
        width = _width(cells, p, k, no) if no else k
        part = cells[p:p + width]
        table.rows.append(_row([x.text for x in part], [], c.first, k))
        p += width
    return min(p, n)       # a short last row steps past the part: the cells after it are the next part's


def _full_width(cells: list[CellText], p: int, k: int, numbered: bool) -> int:
    """Column of the text of a row of one text across the table, or -1: printed with the
    other columns' bars (after an empty number cell, even), or — in an ordinal table — as one
    cell, a text in the number column with a row number after it."""
    window, n = cells[p:p + k], len(cells)
    texts = [j for j, x in enumerate(window) if not x.filler]
    if k > 1 and len(window) == k and len(texts) == 1 and texts[0] < k - 1 and texts[0] <= int(numbered) \
            and _number(window[texts[0]].text) is None:
        return texts[0]
    c = cells[p]
    if numbered and not c.filler and _number(c.text) is None and p + 1 < n and _number(cells[p + 1].text) is not None:
        return 0
    return -1


def _width(cells: list[CellText], p: int, k: int, no: tuple[int, ...]) -> int:
    """Cells in the row numbered `no` at p: k, or fewer where a cell was lost — the next row's
    number turns up inside the row and the grid holds from there on."""
    n = len(cells)
    if p + k >= n or _number(cells[p + k].text) is not None:
        return k
    for j in range(1, k):
        if _follows(no, _number(cells[p + j].text)) and (p + j + k >= n or _number(cells[p + j + k].text) is not None):
            return j
    return k


def cell_tables(lines: list[str], stop: set[int], written: dict | None = None) -> dict[int, tuple[int, list]]:
    """First index of each part of a run -> (end index, its blocks: a table, or paragraphs
    where it holds none).  A part ends before a cell whose last line is a header's first cell
    with prose above it (a signature block, printed as a table too, then the list's title and
    header), or where its table ends; the cell there is read again from its last line (the
    lines above it are prose) with the cells after it.  Each run is tokenised once and its
    cut points found once, so a document is read in linear time.  `written` gathers the cells'
    lines their author wrote (text_cells.record_lines)."""
    out: dict[int, tuple[int, list]] = {}
    inherit, last_end, run = None, -_NEAR - 1, next_run(lines, 0, stop)
    while run is not None:
        _, run_end, cells = run
        record_lines(cells, {} if written is None else written)
        heads = [j for j, c in enumerate(cells) if c.open_lines and _opens_header(cells, j)]
        opens = [j for j, c in enumerate(cells) if c.open_lines]
        o = 0
        while o < len(cells):
            start, cut = cells[o].first, _after(heads, o, len(cells))
            got = _group_at(cells, o, cut, inherit if start - last_end <= _NEAR else None)
            if got is None:
                cut = _after(opens, o, cut)
                inherit, blocks = None, as_paragraphs(cells[o:cut])
            else:
                blocks, cut, inherit = got[0], o + got[1], got[2]
            end = cells[cut].first if cut < len(cells) else run_end
            out[start], last_end = (end, blocks), end if got else last_end
            if cut < len(cells):
                c = cells[cut]
                cells[cut] = CellText(c.tail, c.last, c.last, not c.tail, 0, c.tail)
            o = cut
        run = next_run(lines, run_end, stop)
    return out


def _after(marks: list[int], o: int, default: int) -> int:
    """The first of the sorted `marks` past o, at most `default`."""
    k = bisect_right(marks, o)
    return min(marks[k], default) if k < len(marks) else default


def _group_at(cells: list[CellText], o: int, cut: int, inherit):
    """`group` of cells[o:cut]; the columns are looked for in its first cells before the part
    is copied, so a run that holds no table costs no copy of its rest per paragraph."""
    window = cells[o:min(cut, o + 2 * _MAX_HEADER + 2)]
    if inherit is None and _columns(window)[1] is None:
        return None
    return group(cells[o:cut], inherit)
