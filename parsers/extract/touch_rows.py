"""Touchpoint records after a table's walk (parsers/extract/touchpoints.py): a touchpoint written
a row per need made one record.

The contract's touchpoint is one channel in one process with all its needs.  Some lists give each
need a row of its own instead of one cell: the fixed cells (direction, process, channel, its
type) merged down over the need rows — Word's covered cells, empty cells in converted text; the
walk continues the record above there — or written again on every need row, the rows numbered
as sub-items of the point («4.1», «4.2» under point 4) or carrying its number again.  Such rows are
one touchpoint (`unite_need_rows`): it is decided by structure alone — the row follows the point
above it with the same fixed cells word for word (a client column's internal client among them),
under the same list and client category heading (need rows never cross a section row or an
appendix's stamp), and its own № is none, the same, or a sub-number of the same point.  A row whose cells slid left in converted text (some lost, the
process filled down from above: repair.py) proves no sameness and joins nothing.  Two rows
numbered as points of their own («4.», «5.») stay apart even where their cells agree (the list
counts them as two), and so does any row differing in its channel, process, direction or type.

A list written NEED FIRST — a row per need, the needs column before the channels', naming in one cell the
points that serve it, several of them in some row — states a point in every need row naming it, rows apart:
each (direction, process, channel, type) is one record, the needs of its rows in order (`unite_named_points`).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from textcore.numbering import ARABIC, parent_of, parse_item_number

if TYPE_CHECKING:
    from .touchpoints import RawTouchpoint

_SUB_NUMBER = re.compile(r"\d+(?:\.\d+)+")


def unite_need_rows(records: list["RawTouchpoint"]) -> list["RawTouchpoint"]:
    """One table's records with each run of a point's need rows made one record."""
    out: list["RawTouchpoint"] = []
    for rec in records:
        prev = out[-1] if out else None
        if prev is not None and _fixed(prev) == _fixed(rec) and _numbered_under(prev, rec):
            _absorb(prev, rec)
        else:
            out.append(rec)
    return out


def _words(text: str | None) -> str:
    return " ".join((text or "").split()).lower()


def _fixed(rec: "RawTouchpoint") -> tuple[str, ...]:
    """The cells a need row repeats; none to compare for a row with no channel (a row of needs alone
    is the walk's to join) or with cells lost (what was filled down over them may not be its own)."""
    if rec.slid or not _words(rec.touchpoint_raw):
        return (str(id(rec)),)
    cells = (rec.direction_raw, rec.process.name, rec.touchpoint_raw, rec.point_type_raw, rec.client_direction)
    return (*(_words(t) for t in cells), rec.section)


def _label(no: str | None) -> str:
    n = parse_item_number((no or "").strip(), (ARABIC,))
    return n.label if n and not n.rest else _words(no)


def _numbered_under(prev: "RawTouchpoint", rec: "RawTouchpoint") -> bool:
    """Is `rec`'s own № that of a need row of `prev`'s point: none, the same (a merged №
    repeated), or a sub-number of the point («4.2» after «4.1», «4.1» after «4.»)?"""
    above, own = _label(prev.row_no), _label(rec.row_no)
    if not own or own == above:
        return True
    return bool(_SUB_NUMBER.fullmatch(own)) and parent_of(own) in (above, parent_of(above))


def _absorb(prev: "RawTouchpoint", rec: "RawTouchpoint") -> None:
    """`rec`'s needs and provenance go on `prev`; the point's number is the sub-rows' parent."""
    own = _label(rec.row_no)
    parent = parent_of(own) if _SUB_NUMBER.fullmatch(own) else None
    if parent and prev.group_no and _label(prev.group_no) == _label(prev.row_no):
        prev.group_no = parent               # the № column stood for the group number: «4.1» -> «4»
    prev.interactions += rec.interactions
    prev.features += rec.features
    prev.more += [rec.source, *rec.more]
    prev.paragraphs += rec.paragraphs
    prev.legend_rows += rec.legend_rows
    prev.warnings += [w for w in rec.warnings if w not in prev.warnings]


def unite_named_points(table, records: list["RawTouchpoint"]) -> list["RawTouchpoint"]:
    """A need-first table's records with each point of a process one record (see the module's doc); any other
    table's as they are."""
    cols = table.columns
    if not ("interaction" in cols and "touchpoint" in cols and cols["interaction"] < cols["touchpoint"]) \
            or any(row.marks.get("touchpoint") for row in table.rows) or not _several_in_a_row(records):
        return records
    out: list["RawTouchpoint"] = []
    seen: dict[tuple[str, ...], "RawTouchpoint"] = {}
    for rec in records:
        key = _fixed(rec)
        if key in seen:
            seen[key].interactions += rec.interactions
            seen[key].more += [rec.source, *rec.more]
        else:
            seen[key] = rec
            out.append(rec)
    return out


def _several_in_a_row(records: list["RawTouchpoint"]) -> bool:
    """Whether some row built points of several channels."""
    by_row: dict[int, set[str]] = {}
    for rec in records:
        by_row.setdefault(id(rec.source), set()).add(_words(rec.touchpoint_raw))
    return any(len(channels) > 1 for channels in by_row.values())
