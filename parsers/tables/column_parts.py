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
    table's id to the source tables it was made of (lookups by a table's place in the document)."""
    out = list(blocks)
    origins: dict[int, list[Table]] = {}
    i = 0
    while i < len(out):
        a = out[i]
        found = header_of(a, kind) if isinstance(a, Table) else None
        j = _next_table(out, i) if found else None
        joined = _joined(a, found, out[j], kind) if j is not None else None
        if joined is None:
            i += 1
            continue
        origins[id(joined)] = origins.pop(id(a), [a]) + [out[j]]
        out[i:j + 1] = [joined]          # the caption between the parts goes with the second part
    return out, origins


def _next_table(blocks: list, i: int) -> int | None:
    j, bridge = i + 1, 0
    while j < len(blocks) and isinstance(blocks[j], Paragraph):
        if len(blocks[j].text) > _MAX_BRIDGE_CHARS or bridge >= _MAX_BRIDGE_PARAGRAPHS:
            return None
        bridge, j = bridge + 1, j + 1
    return j if j < len(blocks) and isinstance(blocks[j], Table) else None


def _is_graph_row(texts: list[str]) -> bool:
    """The row of graph numbers under a part's header («1 4 5 6»): increasing bare numbers only."""
    vals = [t.strip().rstrip(".") for t in texts if t.strip()]
    return len(vals) >= 2 and all(v.isdigit() for v in vals) and \
        all(int(x) < int(y) for x, y in zip(vals, vals[1:]))


def _body(rows: list[Row]) -> list[Row]:
    return [r for r in rows if any(t.strip() for t in r.texts) and not _is_graph_row(r.texts)]


def _first(row: Row) -> str:
    return row.texts[0].strip() if row.cells else ""


def _joined(a: Table, found: tuple[int, Header], b: Table, kind: str) -> Table | None:
    h, head = found
    top = h + head.n_rows
    k = next((n for n, r in enumerate(b.rows) if is_bare_number(_first(r))), None)
    if not k or k > _MAX_HEADER_ROWS or b.n_cols < 2:
        return None
    b_texts = [" ".join(dict.fromkeys(r.texts[c].strip() for r in b.rows[:k] if c < len(r.cells) and r.texts[c].strip()))
               for c in range(b.n_cols)]
    b_fields = map_columns(kind, b_texts)
    number_field = next((f for f, c in head.columns.items() if c == 0), None)
    more = {f for f, c in b_fields.items() if c > 0}
    if b_fields.get(number_field, 0) != 0 or not more or more & set(head.columns):
        return None                     # no «№» first, nothing new, or a list with a full header of its own
    a_body, b_body = _body(a.rows[top:]), _body(b.rows[k:])
    if [_first(r) for r in a_body] != [_first(r) for r in b_body] or \
            sum(is_bare_number(_first(r)) for r in a_body) < _MIN_NUMBERED_ROWS:
        return None                     # other rows: another table
    width = a.n_cols
    pad = lambda r: r.cells + [Cell("", covered=bool(r.cells) and r.cells[-1].covered)] * (width - len(r.cells))
    heads = b.rows[:k]
    rows = list(a.rows[:h])
    for n, r in enumerate(a.rows[h:top]):   # B's header rows aligned at the bottom; its top one repeated above
        rows.append(Row(pad(r) + heads[max(0, n - (head.n_rows - k))].cells[1:], r.source, r.is_header))
    rows += [Row(pad(ra) + rb.cells[1:], ra.source, ra.is_header) for ra, rb in zip(a_body, b_body)]
    return Table(rows, a.source)
