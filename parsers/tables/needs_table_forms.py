"""The forms a second table of needs keyed by the touchpoints' numbers takes besides «№ точки | Потребности»
(`needs_tables.py` joins it to the list): its columns in another order («Потребности клиента | № точки»), a third
column repeating what the number names («№ точки | Процесс (услуга) | Потребности» — a copy of the list's words,
read by nobody), and the table printed in parts — its rows carried on in a table of their own after a page break or
a line «Продолжение таблицы 2», as wide, opening with a numbered row or its header repeated; and the LIST cut
into tables under captions of their own («Таблица 2. Предоставление мер поддержки» over rows numbered 6–9 on from
the first table's 1–5): each such table a part of the list its keys number.

    keyed_columns(head cells, names_needs, names_whose) -> (key column, needs column) | None
    join_continued(blocks, keyed) -> blocks, each keyed table's continued parts appended to it
    other_parts(blocks, runs, parts, keys_of, names_points) -> the list's other parts numbered on
"""
from __future__ import annotations

from typing import Callable

from ..document import Paragraph, Table
from .columns import field_scores

_KIND = "touchpoint_list"
# what a third column may name beside the key and the needs: the list's own words for the point
_COPIED = ("process", "touchpoint", "channel")
_MAX_LINES_BETWEEN = 2  # lines between two parts of the needs table («Продолжение таблицы 2», a page's number)


def keyed_columns(table: Table, names_needs: Callable[[str], bool], names_whose: Callable[[str], bool],
                  key: Callable[[str], str | None]) -> tuple[int, int] | None:
    """The key column and the needs column of a needs table of two or three columns: one headed by a needs word,
    one headed by what its numbers number with every cell under it a bare number; a third, if any, headed by what
    the list names its points by and holding words (a copy, read by nobody)."""
    head = table.rows[0].texts if table.rows else []
    if len(head) not in (2, 3) or len(head) != table.n_cols:
        return None
    needs = [c for c, text in enumerate(head) if names_needs(text)]
    body = [r for r in table.rows[1:] if r.texts != head]
    keys = [c for c, text in enumerate(head) if c not in needs and names_whose(text)
            and all(c < len(r.cells) and key(r.cells[c].text) is not None for r in body)]
    if len(needs) != 1 or len(keys) != 1:
        return None
    rest = [c for c in range(len(head)) if c not in (needs[0], keys[0])]
    if rest and not _names_copied(head[rest[0]]):
        return None
    return keys[0], needs[0]


def _names_copied(text: str) -> bool:
    scores = field_scores(_KIND, text)
    return bool(scores) and max(scores, key=scores.get) in _COPIED


def join_continued(blocks: list, keyed: Callable[[Table], tuple[int, int] | None],
                   key: Callable[[str], str | None]) -> list:
    """Each keyed needs table with the parts that carry it on appended (their repeated header rows dropped):
    the next tables, at most _MAX_LINES_BETWEEN lines apart, as wide, every row but a repeated header numbered
    by a key in the key column, none of them a key the table has already (a table of its own, numbered alike).
    Other blocks as they are; the same list when nothing is carried on."""
    out: list = []
    grown: dict[int, list] = {}              # place in `out` of a needs table carried on -> its rows
    first: tuple[int, int, set] | None = None      # the open needs table's place, its key column, its keys
    lines = 0
    for block in blocks:
        if isinstance(block, Table):
            rows = _carried(block, out[first[0]], first[1], key) if first is not None and lines <= \
                _MAX_LINES_BETWEEN else []
            keys = {key(r.cells[first[1]].text) for r in rows} if rows else set()
            if rows and len(keys) == len(rows) and not keys & first[2]:
                grown.setdefault(first[0], list(out[first[0]].rows)).extend(rows)
                first[2].update(keys)
                lines = 0
                continue
            cols = keyed(block)
            first = (len(out), cols[0], {key(r.cells[cols[0]].text) for r in block.rows[1:]}) if cols else None
            lines = 0
        elif (lines := lines + 1) > _MAX_LINES_BETWEEN:
            first = None
        out.append(block)
    for at, rows in grown.items():
        out[at] = Table(rows, out[at].source)
    return out if grown else blocks


def _carried(table: Table, first: Table, col: int, key: Callable[[str], str | None]) -> list:
    """The rows of a part carrying the needs table on, or [] where it is no such part."""
    head = first.rows[0].texts
    if table.n_cols != first.n_cols or not table.rows:
        return []
    rows = [r for r in table.rows if r.texts != head]          # its header repeated on a new page
    if not rows or any(len(r.cells) != first.n_cols or key(r.cells[col].text) is None for r in rows):
        return []
    return rows


def other_parts(blocks: list, runs: list[list[int]], parts: list[int], keys_of: Callable[[list[int]], list[str]],
                names_points: Callable[[Table], bool]) -> list[int]:
    """The tables of the other `runs` that carry the list `parts` on: as wide, numbered by keys of the needs table
    that no row of the list has yet (each once), and opening with the list's header repeated or with no header
    naming points of its own.  A table numbered like the list (contacts, a plan: 1, 2, 3 again) shares its keys
    and is never one."""
    head, width = blocks[parts[0]].rows[0].texts, blocks[parts[0]].n_cols
    seen, out, taken = set(keys_of(parts)), [], set(parts)
    for run in runs:
        keys = keys_of(run)
        if taken.intersection(run) or not keys or len(set(keys)) < len(keys) or set(keys) & seen:
            continue
        first = blocks[run[0]]
        if any(blocks[j].n_cols != width for j in run) or first.rows[0].texts != head and names_points(first):
            continue
        out += run
        seen |= set(keys)
    return out
