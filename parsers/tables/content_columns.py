"""Fields a table's header does not name, found among its other columns by what their cells hold.

A plan's header is found by the words the vocabulary knows («№», «Мероприятие», «Срок»); the
heading of another column may be in words no vocabulary has — «Куратор», «Владелец», «Кто
отвечает» over bodies and people, «Контрольная точка», «Плановая дата», «Дедлайн» over dates.
Such a column is no less the plan's responsible one or its term: the header is the prior, the
content decides what it leaves open.  For each field of `content_fields` (parsers/data/columns.yaml,
per kind: field -> the cell reader of `content_roles`; a term is read as no document's date) that no heading names, the column no field
claims most of whose filled cells the reader recognises (`_SHARE` of its distinct values, and
`_MIN_CELLS` filled at least) is taken for it.  A column whose heading says it is something else —
notes, a status, a mark of execution, funding, an indicator (`content_skip`: a word of the heading)
— is never asked: a note «исполнено 15.03.2025» names a date and is no term.  Of two term columns side by
side («Старт» | «Финиш»), the second is the term where it closes the first's periods (`content_complete.closes_periods`):
a period's end follows its start; a date before the term (an approval's) is none.

A term may also be a grid with no heading over it: a column per period («I кв.» … «IV кв.», «янв.» …
«дек.», «2025» | «2026»), each headed by a period alone and holding marks (`_period_grid`): its
columns are the term's sub-columns, as under a «Срок» heading (`header_levels.py`), and the item is
due when its last marked period ends (parsers/extract/roadmap_grid.py).
Likewise the responsible ones may be a column per person with no heading over them («Иванов И.И.» |
«Петрова А.А.», a mark in an item's people's columns): its columns are the responsible one's sub-columns,
as under «Ответственные исполнители», and an item's responsible ones are the people it marks.

    with_content_columns(kind, header, rows) -> header (the same object where nothing is added)
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from textcore.dates import periods, periods_in_year
from textcore.lemmas import lemmas
from textcore.name_shape import names_person, without_names
from textcore.vocab import load_yaml

from ..document import Row
from .columns import is_numbering_row
from .content_complete import closes_periods
from .content_roles import column_facts, has_reader
from .header_rows import Header, is_blank, is_mark

_DATA = Path(__file__).resolve().parent.parent / "data" / "columns.yaml"
_SHARE = 0.6           # of a column's distinct values, read as the field's (as a header-less plan's columns)
_MIN_CELLS = 2         # filled cells at least: one date in a column of remarks makes no term column
_GRID = 2              # period columns at least, side by side, to make a grid of the term
_PERIOD_WORDS = 3      # a period's heading is short: «I кв.», «2 квартал», «янв.», «2026 г.»
_POST_WORDS = 6        # ... and a person's: a post before the name at most


@lru_cache(maxsize=None)
def _setting(kind: str) -> tuple[dict[str, str], frozenset[str]]:
    data = load_yaml(_DATA, required=(kind,))[kind]
    return dict(data.get("content_fields") or {}), frozenset(str(w).lower() for w in data.get("content_skip") or ())


def _skipped(heading: str, skip: frozenset[str]) -> bool:
    return bool(skip and set(lemmas(heading)) & skip)


def skipped_heading(kind: str, heading: str) -> bool:
    """A column whose heading says it holds no field of the kind (notes, status, funding: `content_skip`),
    whatever its cells read as — a note «исполнено 12.03.2025» is no term."""
    return _skipped(heading, _setting(kind)[1]) if kind in _kinds() else False


@lru_cache(maxsize=None)
def _kinds() -> frozenset[str]:
    return frozenset(load_yaml(_DATA))


def with_content_columns(kind: str, head: Header, rows: list[Row]) -> Header:
    """`head` with each `content_fields` field it lacks given the unclaimed column its cells read as."""
    wanted, skip = _setting(kind)
    missing = [(f, role) for f, role in wanted.items() if f not in head.columns and has_reader(role)]
    repeats = [[t.strip() for t in texts] for texts in head.rows]
    rows = [r for r in rows if not is_numbering_row(r.texts) and [t.strip() for t in r.texts] not in repeats]
    if not missing or not rows:       # (the «1 2 3 …» row and the header printed again at a break are no cells)
        return head
    claimed = set(head.columns.values()) | {c for subs in head.splits.values() for c, _ in subs}
    free = {k for k, text in enumerate(head.texts) if k not in claimed and not _skipped(text, skip)}
    if not free:
        return head
    grid = _grid(head, rows, free, _names_period) if any(f == "deadline" for f, _ in missing) else []
    if grid:
        missing = [(f, r) for f, r in missing if f != "deadline"]
        free -= {c for c, _ in grid}
    people = _grid(head, rows, free, _names_person) if any(f == "responsible" for f, _ in missing) else []
    if people:
        missing = [(f, r) for f, r in missing if f != "responsible"]
        free -= {c for c, _ in people}
    cells = [[t.strip() for t in r.texts[:len(head.texts)]] for r in rows]
    facts = column_facts(cells)
    columns = dict(head.columns)
    for field, role in missing:
        scored = [(facts[k].share(role), -k) for k in free if k < len(facts) and facts[k].filled >= _MIN_CELLS]
        best = max(scored, default=None)
        if best and best[0] >= _SHARE:
            col = -best[1]
            if field == "deadline" and col + 1 in free and facts[col + 1].filled >= _MIN_CELLS and \
                    facts[col + 1].share(role) >= _SHARE and closes_periods(cells, col, col + 1):
                # «Старт» | «Финиш»: a period's start, then its end (not a term, then an act's earlier date)
                free.discard(col)
                col += 1
            columns[field] = col
            free.discard(col)
    if grid:
        columns["deadline"] = grid[0][0]
    if people:
        columns["responsible"] = people[0][0]
    if columns == head.columns:
        return head
    splits = head.splits | ({"deadline": grid} if grid else {}) | ({"responsible": people} if people else {})
    return Header(head.texts, columns, head.n_rows, splits, head.rows, head.sub_groups)


def _names_period(heading: str) -> bool:
    text = heading.strip()
    return bool(text) and len(text.split()) <= _PERIOD_WORDS and bool(periods_in_year(text, 2000) or periods(text))


def _names_person(heading: str) -> bool:
    """A heading naming a person, a post before the name or none («Иванов И.И.», «Советник Петрова А.А.»); not a
    period's, whose abbreviations read like initials («Январь Т.Г.»: of this year, «Май П.Г.»)."""
    text = heading.strip()
    return names_person(text) and len(without_names(text).split()) <= _POST_WORDS and not _names_period(text)


def _grid(head: Header, rows: list[Row], free: set[int], heads) -> list[tuple[int, str]]:
    """(column, heading) of the longest run of free adjacent columns each headed as `heads` says (a period
    alone, a person) whose filled cells are all marks, some of them filled; [] where there are fewer than `_GRID`."""
    runs, run = [], []
    for k, text in enumerate(head.texts):
        if k in free and heads(text) and _marks_only(rows, k):
            run.append((k, text.strip()))
            continue
        runs.append(run)
        run = []
    best = max(runs + [run], key=len)
    filled = any(k < len(r.cells) and is_mark(r.cells[k].text) for r in rows for k, _ in best)
    return best if len(best) >= _GRID and filled else []


def _marks_only(rows: list[Row], k: int) -> bool:
    return all(k >= len(r.cells) or is_blank(r.cells[k].text) or is_mark(r.cells[k].text) for r in rows)
