"""A touchpoint list GROUPED BY CHANNEL: no channel or kind column; a row across the table names the channel and
its kind in brackets, «1. Личный приём (офлайн)», over the rows of the processes that use it («1.1.», «1.2.»).
Converted text prints such a row as a line of its own between the parts of the table.

Read by giving the table the two columns it lacks: each row under a group row takes the group's channel and
kind (the bracket's type, `textcore.point_type`), and the group rows go.  The rest of the readers then see a list
with a channel column.  Only where the header names no channel and no kind, names two fields at least (the
process or the needs among them), every group row is followed by rows, and most group rows state a kind in a
closing bracket: a row across a list naming a direction or a process states none.
"""
from __future__ import annotations

import re

from textcore.point_type import match_point_type

from ..document import Cell, Paragraph, Row, Table
from .columns import map_columns, schema

_MAX_HEADER_ROWS = 3
_MAX_GROUP_CHARS = 200
_LEAD_NUMBER = re.compile(r"^\s*(?:\d{1,3}\.)+\s*|^\s*\d{1,3}\s+(?=\D)")
_CLOSING_BRACKET = re.compile(r"\(([^()]{2,60})\)\s*[.:;]?\s*$")


def with_channel_groups(blocks: list, kind: str, origins: dict[int, list]) -> tuple[list, dict[int, list]]:
    """The blocks with each list grouped by channel made one table with channel and kind columns, and `origins`
    with the source tables each such table was made of (what the document's own tables are claimed by)."""
    fields = schema(kind).fields
    if "touchpoint" not in fields or "point_type" not in fields:
        return blocks, origins
    origins = dict(origins)
    out: list = []
    i = 0
    while i < len(blocks):
        found = _regrouped(blocks, i, kind) if isinstance(blocks[i], Table) else None
        if found is None:
            out.append(blocks[i])
            i += 1
            continue
        table, j = found
        origins[id(table)] = [p for b in blocks[i:j] if isinstance(b, Table) for p in origins.get(id(b), [b])]
        out.append(table)
        i = j
    return out, origins


def _header_at(table: Table, kind: str) -> int | None:
    for h, row in enumerate(table.rows[:_MAX_HEADER_ROWS]):
        names = map_columns(kind, row.texts)
        if "touchpoint" in names or "point_type" in names:
            return None
        if len(names) >= 2 and ("process" in names or "interaction" in names):
            return h
    return None


def _group_text(row: Row) -> str | None:
    """The text of a row holding one text only (a merged cell across the row, or its first cell)."""
    texts = {c.text.strip() for c in row.cells if c.text.strip()}
    if len(texts) != 1:
        return None
    text = texts.pop()
    return text if len(text) <= _MAX_GROUP_CHARS and re.search(r"[^\W\d_]", text) else None


def _channel_and_kind(text: str) -> tuple[str, str]:
    """«1. Кабинет приёма (каб. 302) (офлайн)» -> («Кабинет приёма (каб. 302)», «офлайн»); no kind: ''."""
    text = _LEAD_NUMBER.sub("", text, count=1).strip().strip("*").strip()
    m = _CLOSING_BRACKET.search(text)
    if m and match_point_type(m.group(1)):
        return text[:m.start()].strip(), m.group(1).strip()
    return text, ""


def _regrouped(blocks: list, i: int, kind: str) -> tuple[Table, int] | None:
    first: Table = blocks[i]
    h = _header_at(first, kind)
    if h is None:
        return None
    n_cols = len(first.rows[h].cells)
    head: list[Row] = []
    groups: list[tuple[str, list[Row]]] = []
    j = i
    rows = first.rows[h:]
    while True:
        for row in rows:
            text = _group_text(row)
            if text is not None and (groups or head) and len(row.cells) == n_cols and not _is_numbered(row):
                groups.append((text, []))
            elif groups:
                groups[-1][1].append(row)
            elif len(head) < _MAX_HEADER_ROWS:
                head.append(row)
            else:
                return None
        j += 1
        # converted text: the group line a paragraph between the parts of the table
        if j + 1 < len(blocks) and isinstance(blocks[j], Paragraph) and isinstance(blocks[j + 1], Table) \
                and blocks[j + 1].n_cols == n_cols and len(blocks[j].text) <= _MAX_GROUP_CHARS:
            groups.append((blocks[j].text.strip(), []))
            rows = blocks[j + 1].rows
            j += 1
            continue
        break
    if len(groups) < 2 or any(not rs for _, rs in groups):
        return None
    read = [_channel_and_kind(t) for t, _ in groups]
    if sum(1 for _, k in read if k) * 2 < len(read):
        return None
    out = [Row(r.cells + [Cell("точка взаимодействия" if k == 0 else ""), Cell("тип точки" if k == 0 else "")],
               r.source, r.is_header) for k, r in enumerate(head)]
    for (channel, kind_word), (_, members) in zip(read, groups):
        out += [Row(r.cells + [Cell(channel), Cell(kind_word)], r.source, r.is_header) for r in members]
    return Table(out, first.source), j


def _is_numbered(row: Row) -> bool:
    """A row whose first cell is its number alone: a data row, even where its other cells are merged."""
    return bool(row.cells) and bool(re.fullmatch(r"\d{1,3}(?:\.\d{1,3})*\.?", row.cells[0].text.strip())) and \
        any(c.text.strip() for c in row.cells[1:])
