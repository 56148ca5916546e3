"""A wide list printed in two parts by columns: the second table repeats the «№» column and
the same row numbers, under a header naming the fields the first lacks; it holds more columns
of the same rows, so it is joined on the right of the first before the tables are stitched.

    join_column_parts(blocks, kind) -> (blocks, origins)

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
_MAX_HEADER_ROWS = 4
_MIN_NUMBERED_ROWS = 2


def join_column_parts(blocks: list, kind: str, header_of) -> tuple[list, dict[int, list[Table]]]:
    """The blocks with each second part by columns joined to its first; `origins` maps a joined
    table's id to the source tables it was made of (lookups by a table's place in the document).
    Either part may run over several tables (a page break, a note line between rows): each
    fragment of the first part takes the second part's cells of its own rows."""
    out = list(blocks)
    origins: dict[int, list[Table]] = {}
    i = 0
    while i < len(out):
        found = header_of(out[i], kind) if isinstance(out[i], Table) else None
        a_run, a_end = _run(out, i, kind, header_of) if found else ([], i)
        b_at = _next_table(out, a_end - 1) if found else None
        b_run, b_end = _run(out, b_at, kind, header_of) if b_at is not None else ([], 0)
        joined = _joined([out[n] for n in a_run], found, [out[n] for n in b_run], kind) if b_run else None
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


def _next_table(blocks: list, i: int) -> int | None:
    j, bridge = i + 1, 0
    while j < len(blocks) and isinstance(blocks[j], Paragraph):
        if len(blocks[j].text) > _MAX_BRIDGE_CHARS or bridge >= _MAX_BRIDGE_PARAGRAPHS:
            return None
        bridge, j = bridge + 1, j + 1
    return j if j < len(blocks) and isinstance(blocks[j], Table) else None


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


def _body(rows: list[Row]) -> list[Row]:
    return [r for r in rows if any(t.strip() for t in r.texts) and not _is_graph_row(r.texts)]


def _first(row: Row) -> str:
    return row.texts[0].strip() if row.cells else ""


def _joined(a_run: list[Table], found: tuple[int, Header], b_run: list[Table], kind: str) -> list[Table] | None:
    h, head = found
    top = h + head.n_rows
    part = _part_header(b_run[0], kind)
    if part is None:
        return None
    k, heads, b_fields = part
    number_field = next((f for f, c in head.columns.items() if c == 0), None)
    more = {f for f, c in b_fields.items() if c > 0}
    if b_fields.get(number_field, 0) != 0 or not more or more & set(head.columns):
        return None                     # no «№» first, nothing new, or a list with a full header of its own
    a_bodies = [_body(t.rows[top if n == 0 else 0:]) for n, t in enumerate(a_run)]
    b_body = [r for n, t in enumerate(b_run) for r in _body(t.rows[k if n == 0 else 0:])]
    a_body = [r for body in a_bodies for r in body]
    if [_first(r) for r in a_body] != [_first(r) for r in b_body] or \
            sum(is_bare_number(_first(r)) for r in a_body) < _MIN_NUMBERED_ROWS:
        return None                     # other rows: another table
    width = max(t.n_cols for t in a_run)
    pad = lambda r: r.cells + [Cell("", covered=bool(r.cells) and r.cells[-1].covered)] * (width - len(r.cells))
    rows = list(a_run[0].rows[:h])
    for n, r in enumerate(a_run[0].rows[h:top]):   # B's header rows aligned at the bottom; its top one repeated above
        rows.append(Row(pad(r) + heads[max(0, n - (head.n_rows - len(heads)))].cells[1:], r.source, r.is_header))
    rights = iter(b_body)
    out = []
    for n, (table, body) in enumerate(zip(a_run, a_bodies)):
        joined = [Row(pad(ra) + next(rights).cells[1:], ra.source, ra.is_header) for ra in body]
        out.append(Table((rows if n == 0 else []) + joined, table.source))
    return out
