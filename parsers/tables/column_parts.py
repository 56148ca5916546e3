"""A wide list printed in two parts by columns: the second table repeats the «№» column and
the same row numbers, under a header naming the fields the first lacks; it holds more columns
of the same rows, so it is joined on the right of the first before the tables are stitched.

    join_column_parts(blocks, kind) -> (blocks, origins)

Full-width rows closing the first part (a total), which converted text writes as lines of their own
between the parts and which the second part prints again after its rows, do not count among the lines
a caption may put between the parts.

Two lists each with a full header of their own (the same fields again) are not joined, however
alike their numbering; nor is a second table whose row numbers differ from the first's.
"""
from __future__ import annotations

from ..document import Cell, Paragraph, Row, Table
from .columns import map_columns
from .header_rows import Header
from .sections import is_bare_number

_MAX_BRIDGE_CHARS = 200          # a caption «Продолжение таблицы (графы 1, 4–6)» between the parts
_MAX_BRIDGE_PARAGRAPHS = 3
_MAX_REPEATED_LINES = 3          # full-width rows closing the first part (totals), printed again after the second
_MAX_HEADER_ROWS = 4
_MIN_NUMBERED_ROWS = 2


def join_column_parts(blocks: list, kind: str, header_of) -> tuple[list, dict[int, list[Table]]]:
    """The blocks with each second part by columns joined to its first; `origins` maps a joined
    table's id to the source tables it was made of (lookups by a table's place in the document).
    Either part may run over several tables (a page break, a note line between rows): each
    fragment of the first part takes the second part's cells of its own rows."""
    out = list(blocks)
    origins: dict[int, list[Table]] = {}
    joined_heads: set[tuple[str, ...]] = set()     # the second parts' headers joined so far
    i = 0
    while i < len(out):
        found = header_of(out[i], kind) if isinstance(out[i], Table) else None
        a_run, a_end = _run(out, i, kind, header_of) if found else ([], i)
        b_at = _next_table(out, a_end - 1, past_repeats=True) if found else None
        b_run, b_end = _run(out, b_at, kind, header_of) if b_at is not None else ([], 0)
        joined = _joined([out[n] for n in a_run], found, [out[n] for n in b_run], kind, joined_heads) if b_run else None
        if joined is None:
            i += 1
            continue
        for n, (at, table) in enumerate(zip(a_run, joined)):
            was = origins.pop(id(out[at]), [out[at]])
            origins[id(table)] = was + ([out[m] for m in b_run] if n == 0 else [])
            out[at] = table
        del out[a_end:b_end]             # the second part, with the caption before it, is in the first now
    return out, origins


def _run(blocks: list, i: int, kind: str, header_of) -> tuple[list[int], int]:
    """Table i and the tables after it, past short lines, that start no header of their own:
    the indices of its fragments, and the index after the last."""
    run = [i]
    while (j := _next_table(blocks, run[-1])) is not None and header_of(blocks[j], kind) is None \
            and _part_header(blocks[j], kind) is None:
        run.append(j)
    return run, run[-1] + 1


def _next_table(blocks: list, i: int, past_repeats: bool = False) -> int | None:
    """The table after block i past at most `_MAX_BRIDGE_PARAGRAPHS` short lines.  `past_repeats`
    (the second part after the first): a line printed again right after that table is a full-width
    row both parts print (a total under the list, converted text writing it as a line of its own),
    no line between them, and is not counted."""
    j, lines = i + 1, []
    while j < len(blocks) and isinstance(blocks[j], Paragraph):
        if len(blocks[j].text) > _MAX_BRIDGE_CHARS or len(lines) >= _MAX_BRIDGE_PARAGRAPHS + _MAX_REPEATED_LINES:
            return None
        lines.append(blocks[j].text.strip())
        j += 1
    if j >= len(blocks) or not isinstance(blocks[j], Table):
        return None
    after = set(_lines_after(blocks, j)) if past_repeats else set()
    return j if sum(t not in after for t in lines) <= _MAX_BRIDGE_PARAGRAPHS else None


def _lines_after(blocks: list, j: int) -> list[str]:
    out, k = [], j + 1
    while k < len(blocks) and isinstance(blocks[k], Paragraph) and len(out) < _MAX_REPEATED_LINES:
        out.append(blocks[k].text.strip())
        k += 1
    return out


def _part_header(b: Table, kind: str) -> tuple[int, list[Row], dict[str, int]] | None:
    """The header of a second part: the rows above the first one numbered in its first column
    (a one-text title row above them aside), with the fields they name (the «№» first among them)."""
    k = next((n for n, r in enumerate(b.rows) if is_bare_number(_first(r))), None)
    heads = [r for r in b.rows[:k or 0] if len({t.strip() for t in r.texts if t.strip()}) > 1]
    if not k or not heads or len(heads) > _MAX_HEADER_ROWS or b.n_cols < 2:
        return None
    texts = [" ".join(dict.fromkeys(r.texts[c].strip() for r in heads if c < len(r.cells) and r.texts[c].strip()))
             for c in range(b.n_cols)]
    fields = map_columns(kind, texts)
    return (k, heads, fields) if 0 in fields.values() and len(fields) >= 2 else None


def _is_graph_row(texts: list[str]) -> bool:
    """The row of graph numbers under a part's header («1 4 5 6»): increasing bare numbers only."""
    vals = [t.strip().rstrip(".") for t in texts if t.strip()]
    return len(vals) >= 2 and all(v.isdigit() for v in vals) and \
        all(int(x) < int(y) for x, y in zip(vals, vals[1:]))


def _body(rows: list[Row], graphs: bool = True) -> list[Row]:
    """A fragment's rows that hold something, less the row of graph numbers leading it and its copies (printed
    again at a page break): only those, since a part's own row may read alike («1.» | «5» | «»: row 1, whose
    responsible is the legend's 5); all of them where `graphs` is off."""
    filled = [r for r in rows if any(t.strip() for t in r.texts)]
    if not graphs or not filled or not _is_graph_row(filled[0].texts):
        return filled
    graphs = [t.strip() for t in filled[0].texts]
    return [r for r in filled[1:] if [t.strip() for t in r.texts] != graphs]


def _first(row: Row) -> str:
    return row.texts[0].strip() if row.cells else ""


def _joined(a_run: list[Table], found: tuple[int, Header], b_run: list[Table], kind: str,
            joined_heads: set[tuple[str, ...]]) -> list[Table] | None:
    """The first part's tables with the second's columns on the right, or None.  One numbered row is
    enough where a second part under the same header was joined before in the document (a list split
    by columns throughout, a direction of one point); else two are asked for."""
    h, head = found
    top = h + head.n_rows
    part = _part_header(b_run[0], kind)
    if part is None:
        return None
    k, heads, b_fields = part
    b_head = tuple(t.strip() for r in heads for t in r.texts)
    number_field = next((f for f, c in head.columns.items() if c == 0), None)
    more = {f for f, c in b_fields.items() if c > 0}
    if b_fields.get(number_field, 0) != 0 or not more or more & set(head.columns):
        return None                     # no «№» first, nothing new, or a list with a full header of its own
    a_bodies = [_body(t.rows[top if n == 0 else 0:]) for n, t in enumerate(a_run)]
    a_body = [r for body in a_bodies for r in body]
    b_body = _right_rows(b_run, k, [_first(r) for r in a_body])
    if [_first(r) for r in a_body] != [_first(r) for r in b_body] or \
            sum(is_bare_number(_first(r)) for r in a_body) < (1 if b_head in joined_heads else _MIN_NUMBERED_ROWS):
        return None                     # other rows: another table
    joined_heads.add(b_head)
    width = max(t.n_cols for t in a_run)
    pad = lambda r: r.cells + [Cell("", covered=bool(r.cells) and r.cells[-1].covered)] * (width - len(r.cells))
    rows = list(a_run[0].rows[:h]) + _joined_header(a_run[0].rows[h:top], heads, pad)
    rights = iter(b_body)
    out = []
    for n, (table, body) in enumerate(zip(a_run, a_bodies)):
        joined = [Row(pad(ra) + next(rights).cells[1:], ra.source, ra.is_header) for ra in body]
        out.append(Table((rows if n == 0 else []) + joined, table.source))
    return out


def _right_rows(b_run: list[Table], k: int, firsts: list[str]) -> list[Row]:
    """The second part's rows under its header (row `k` on), less a leading row of graph numbers — unless that
    row is its first item's, lined up with the first part's rows («1.» | «4» | «» with no graph row above it)."""
    def rows(graphs: bool) -> list[Row]:
        return [r for n, t in enumerate(b_run) for r in _body(t.rows[k if n == 0 else 0:], graphs or n > 0)]
    taken = rows(True)
    if [_first(r) for r in taken] == firsts:
        return taken
    kept = rows(False)
    return kept if [_first(r) for r in kept] == firsts else taken


def _joined_header(a_head: list[Row], heads: list[Row], pad) -> list[Row]:
    """The parts' header rows side by side.  The part with fewer rows is aligned at the bottom of the
    other's: the first's top row repeated above (one heading over both rows reads as merged down), the
    second's top one likewise; a second part's group heading over a column per person («Ответственные
    исполнители» over «Иванов И.И.» | «Петров П.П.») keeps both its rows, the first part's cells blank under
    its one row (as a cell merged down prints in converted text)."""
    if len(heads) <= len(a_head):
        return [Row(pad(r) + heads[max(0, n - (len(a_head) - len(heads)))].cells[1:], r.source, r.is_header)
                for n, r in enumerate(a_head)]
    extra = len(heads) - len(a_head)
    blank = Row([Cell("", covered=True) for _ in pad(a_head[0])], a_head[0].source, a_head[0].is_header)
    lefts = a_head[:1] + [blank] * extra + a_head[1:]
    return [Row(pad(a) + b.cells[1:], a.source, a.is_header) for a, b in zip(lefts, heads)]
