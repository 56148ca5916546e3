"""A touchpoint list written as a TREE in one naming column: its heading names the levels, «Направление
деятельности, процесс, точка взаимодействия» / «Вид деятельности / процесс / точка контакта», and each row is one
level by the depth of its number — a direction's row «1.», a process's row «1.1.», a point's row «1.1.1.», the
other cells filled on the points' rows only (the way programmes list a subprogramme's rows and its measures in
one naming column).

Read by giving the table a column for each upper level: every point's row takes the names of the rows above it
at those depths, and the upper rows go; the naming column is then the points' own.  Only where one heading names
two levels or more, the last the point (each part's best field, parsers/data/columns.yaml), and the numbers
run as deep as the levels named.
"""
from __future__ import annotations

import re

from textcore.numbering import ARABIC, parse_item_number

from ..document import Cell, Row, Table
from .columns import field_scores, is_ordinal_header, schema

_LEVELS = ("direction", "process", "touchpoint")
_PARTS = re.compile(r"\s*[,/;]\s*|\s+и\s+")
_MAX_HEADER_ROWS = 3
# the heading each level's column is given: a phrase of the field's own vocabulary
_NAMES = {"direction": "направление деятельности", "process": "наименование процесса",
          "touchpoint": "точка взаимодействия"}


def with_tree_columns(blocks: list, kind: str, origins: dict[int, list]) -> tuple[list, dict[int, list]]:
    """The blocks with each table written as a tree in one column given a column per upper level, and `origins`
    with the source table of each such table (what the document's own tables are claimed by)."""
    if not set(_LEVELS) <= set(schema(kind).fields):
        return blocks, origins
    origins = dict(origins)
    out = []
    for b in blocks:
        flat = _flattened(b, kind) if isinstance(b, Table) else None
        if flat is not None:
            origins[id(flat)] = origins.get(id(b), [b])
        out.append(flat or b)
    return out, origins


def tree_levels(kind: str, heading: str) -> tuple[str, ...]:
    """The levels a heading names part by part, in order («…, процесс, точка …» -> direction, process,
    touchpoint), or () where it names fewer than two or its last is not the point."""
    out: list[str] = []
    for part in _PARTS.split(heading):
        scores = field_scores(kind, part) if part.strip() else {}
        best = max(scores, key=scores.get) if scores else None
        if best not in _LEVELS or best in out:
            return ()
        out.append(best)
    ordered = [f for f in _LEVELS if f in out]
    return tuple(out) if len(out) >= 2 and out == ordered and out[-1] == "touchpoint" else ()


def _depth(text: str) -> int:
    """A cell holding only a dotted number «1.1.1.»: its depth (the one number grammar, textcore/numbering.py)."""
    n = parse_item_number(text, (ARABIC,))
    return n.depth if n and not n.rest and n.closer != ")" else 0


def _flattened(table: Table, kind: str) -> Table | None:
    for h, row in enumerate(table.rows[:_MAX_HEADER_ROWS]):
        texts = row.texts
        named = [(k, tree_levels(kind, t)) for k, t in enumerate(texts)]
        named = [(k, lv) for k, lv in named if lv]
        numbers = [k for k, t in enumerate(texts) if is_ordinal_header(t)]
        if len(named) == 1 and numbers:
            return _rebuilt(table, h, numbers[0], *named[0])
    return None


def _rebuilt(table: Table, h: int, no: int, col: int, levels: tuple[str, ...]) -> Table | None:
    body = table.rows[h + 1:]
    depths = [_depth(r.cells[no].text) if no < len(r.cells) else 0 for r in body]
    deepest = max(depths, default=0)
    top = deepest - len(levels) + 1
    # numbers deeper than the levels named («1.» a direction's over «1.1.» a process's and «1.1.1.» a point's under
    # «Услуга / канал»): the heading names no level of the top rows, left to the tree readers (extract/)
    if top != 1 or not all(any(d == top + k for d in depths) for k in range(len(levels))):
        return None
    upper = levels[:-1]
    first = next(k for k, d in enumerate(depths) if d)
    head = [Row(list(r.cells), r.source, r.is_header) for r in table.rows[:h + 1] + body[:first]]
    head[0].cells[col] = Cell(_NAMES[levels[-1]])
    out = [Row(r.cells + [Cell(_NAMES[f] if k == 0 else "") for f in upper], r.source, r.is_header)
           for k, r in enumerate(head)]
    names: dict[int, str] = {}
    for r, d in zip(body[first:], depths[first:]):
        if top <= d < deepest:              # an upper level's row: its name heads the rows under it
            names = {k: v for k, v in names.items() if k < d - top}
            names[d - top] = r.cells[col].text.strip() if col < len(r.cells) else ""
            continue
        out.append(Row(r.cells + [Cell(names.get(k, "")) for k in range(len(upper))], r.source, r.is_header))
    return Table(out, table.source)
