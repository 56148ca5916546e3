"""A touchpoint list GROUPED BY CHANNEL: no channel or kind column; a row across the table names the channel and
its kind in brackets, «1. Личный приём (офлайн)», over the rows of the processes that use it («1.1.», «1.2.»).
Converted text prints such a row as a line of its own between the parts of the table.

Read by giving the table the two columns it lacks: each row under a group row takes the group's channel and
kind (the bracket's type, `textcore.point_type`), and the group rows go.  The rest of the readers then see a list
with a channel column.  Only where the header names no channel and no kind, names two fields at least (the
process or the needs among them), every group row is followed by rows, and most group rows state a kind in a
closing bracket or after a dash: a row across a list naming a direction or a process states none; and, where the
pipeline gave a channel reader (`content_roles.cell_reader`), most group names read as channels — or, stating no
kind, two in three do and no column under them holds channels.  Rows across over the channel's row (a direction's,
a kind's, a process's) stay rows across above its rows (`channel_group_levels.py`).
"""
from __future__ import annotations

import re

from ..document import Cell, Paragraph, Row, Table
from .channel_group_levels import across, channel_and_kind, channel_runs
from .columns import map_columns, schema
from .content_roles import cell_reader

_MAX_HEADER_ROWS = 3
_MAX_GROUP_CHARS = 200
_MAX_LEVELS = 4          # rows across over one another: a direction's, a kind's, a process's, the channel's


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


def _header_at(table: Table, kind: str) -> tuple[int, bool] | None:
    """The header row, and whether it names a kind column (the rows across then give the channel alone)."""
    for h, row in enumerate(table.rows[:_MAX_HEADER_ROWS]):
        names = map_columns(kind, row.texts)
        if "touchpoint" in names:
            return None
        if len(names) >= 2 and ("process" in names or "interaction" in names):
            return h, "point_type" in names
    return None


def _group_text(row: Row) -> str | None:
    """The text of a row holding one text only (a merged cell across the row, or its first cell)."""
    texts = {c.text.strip() for c in row.cells if c.text.strip()}
    if len(texts) != 1:
        return None
    text = texts.pop()
    return text if len(text) <= _MAX_GROUP_CHARS and re.search(r"[^\W\d_]", text) else None


def _regrouped(blocks: list, i: int, kind: str) -> tuple[Table, int] | None:
    first: Table = blocks[i]
    found = _header_at(first, kind)
    if found is None:
        return None
    h, kind_column = found
    n_cols = len(first.rows[h].cells)
    head: list[Row] = []
    entries: list[tuple[str | None, Row | None]] = []
    j = i
    rows = first.rows[h:]
    while True:
        for row in rows:
            text = _group_text(row)
            if text is not None and (entries or head) and len(row.cells) == n_cols and not _is_numbered(row):
                entries.append((text, row))
            elif entries:
                entries.append((None, row))
            elif len(head) < _MAX_HEADER_ROWS:
                head.append(row)
            else:
                return None
        j += 1
        # converted text: the group lines (a channel's, and the upper levels' over it) between the table's parts
        k = j
        while k < len(blocks) and k - j < _MAX_LEVELS and isinstance(blocks[k], Paragraph) \
                and len(blocks[k].text) <= _MAX_GROUP_CHARS:
            k += 1
        if j < k < len(blocks) and isinstance(blocks[k], Table) and blocks[k].n_cols == n_cols:
            entries += [(blocks[x].text.strip(), None) for x in range(j, k)]
            rows = blocks[k].rows
            j = k
            continue
        break
    runs = channel_runs(entries)
    if not runs or len(runs) < 2:
        return None
    read = [channel_and_kind(t, kind) for t, _, _ in runs]
    if not _channels(read, [r for _, _, members in runs for r in members], kind_column):
        return None
    added = 1 if kind_column else 2
    out = [Row(r.cells + [Cell("точка взаимодействия" if k == 0 else ""), Cell("тип точки" if k == 0 else "")][:added],
               r.source, r.is_header) for k, r in enumerate(head)]
    for (channel, kind_word), (_, upper, members) in zip(read, runs):
        out += [across(text, row, n_cols + added, members[0]) for text, row in upper]
        out += [Row(r.cells + [Cell(channel), Cell(kind_word)][:added], r.source, r.is_header) for r in members]
    return Table(out, first.source), j


def _channels(read: list[tuple[str, str]], members: list[Row], kind_column: bool) -> bool:
    """Whether the rows across are channels: most state a kind (and, where the pipeline gave a channel reader, most
    read as channels — a process's row «Выдача выписок (в электронном виде)» does not); or, stating no kind (or
    under a header with a kind column), two in three read as channels and no column of the rows under them holds
    channels (then the rows across are processes or directions over a list of its own)."""
    code = cell_reader("channel_code")
    named = code is not None and sum(1 for c, _ in read if code(c)) * 2 >= len(read)
    if not kind_column and sum(1 for _, k in read if k) * 2 >= len(read):
        return code is None or named
    if code is None or sum(1 for c, _ in read if code(c)) * 3 < len(read) * 2:
        return False
    width = max(len(r.cells) for r in members)
    return not any(sum(1 for r in members if j < len(r.cells) and r.cells[j].text.strip() and code(r.cells[j].text))
                   * 2 > len(members) for j in range(width))


def _is_numbered(row: Row) -> bool:
    """A row whose first cell is its number alone: a data row, even where its other cells are merged."""
    return bool(row.cells) and bool(re.fullmatch(r"\d{1,3}(?:\.\d{1,3})*\.?", row.cells[0].text.strip())) and \
        any(c.text.strip() for c in row.cells[1:])
