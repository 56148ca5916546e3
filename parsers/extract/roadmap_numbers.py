"""The numbers of a roadmap's rows: the number cell's, the one written in front of the activity, or, in a
plan that numbers none of its rows, each measure's place (`roadmap.py` reads the rows)."""
from __future__ import annotations

from parsers.tables.repair import RepairedTable
from textcore.dates import opens_period
from textcore.numbering import item_number


def ordinals(table: RepairedTable, filled: tuple[str, ...]) -> dict[int, str]:
    """Where a plan numbers none of its rows (no № column, no number before any activity), each row holding
    an activity and a term, a responsible one or a result (`filled`) is a measure numbered by its order, «1», «2», …
    (keyed by its source): the contract's rows are numbered items, and an unnumbered plan's measures are no
    less its items.  A row holding only an activity is a heading over them or goes on with the one above."""
    if "item_no" in table.columns or any(item_number(r.get("activity")) and not opens_period(r.get("activity"))
                                         for r in table.rows):
        return {}
    measures = [r for r in table.rows if r.get("activity").strip() and any(r.get(f).strip() for f in filled)]
    return {id(r.source): str(k) for k, r in enumerate(measures, 1)}


def row_number(cells: dict[str, str], ordinal: str | None) -> tuple[str, str] | None:
    """(number, the rest) of a row: its number cell's, or the number written in front of its activity (the
    activity cell then loses it), or the measure's place in an unnumbered plan (`ordinals`)."""
    num = item_number(cells["item_no"])
    if num is None and not cells["item_no"].strip():
        num = item_number(cells["activity"])       # number written in front of the activity
        if num:
            cells["activity"] = num[1]
    return num if num is not None or ordinal is None else (ordinal, cells["activity"])
