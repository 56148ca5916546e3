"""The term of a roadmap row under a grid of periods: a mark in each period the measure runs.

The grid's columns are read by the two- and three-level header readers
(`parsers/tables/header_rows.py`, `header_levels.py`): each marked column gives its heading
(«IV кв. 2025 год»).  The measure is due when its last marked period ends, so that column's
heading is its term.  A grid for one year often puts the year only in the heading over it
(«Срок исполнения, 2025 год» over «I кв.» … «IV кв.»): the column's heading is then completed
with that year, or it would name no date.  A month's name a narrow column broke over its lines («но яб.» in a
PDF's cell) is glued back.
"""
from __future__ import annotations

import re

from textcore.dates import month_number, periods_in_year

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_PIECE = 3                  # letters of a name's piece on one line of a narrow column


def _glued_month(heading: str) -> str:
    """A month's name a narrow column broke over its lines, joined with spaces as a PDF's cell gives it
    («но яб.», «и ю нь»): glued back; any other heading as it is."""
    parts = heading.split()
    glued = "".join(parts)
    if len(parts) > 1 and all(len(p.strip(".")) <= _PIECE for p in parts) and month_number(glued):
        return glued
    return heading


def grid_term(marked: list[str], heading: str) -> str:
    """The last marked column's heading, with the year of the heading over the grid where the
    column names none: (["I кв.", "II кв."], "Срок исполнения, 2025 год") -> "II кв. 2025"."""
    last = _glued_month(marked[-1].strip())
    year = _YEAR.search(heading or "")
    return f"{last} {year.group(1)}" if year and not _YEAR.search(last) else last


def year_column_term(value: str, heading: str) -> str:
    """A term written in a column per year («2026 г.» over «III кв.», «до 15.03»), each period of it given
    that column's year («III кв. 2026», «до 15.03.2026»: a year after a numeric date is read apart from it).
    A term that names no period («постоянно», «по мере необходимости») stays as it is, or the column's year
    would make it a date; so does one written in several years' columns (joined by «; »: `heading` is only
    the first one's) or one naming its own year."""
    year = _YEAR.search(heading or "")
    if "; " in value or not year or _YEAR.search(value):
        return value
    out = value
    for p in reversed(periods_in_year(value, 2000)):
        numeric = value[p.end - 1].isdigit()
        out = out[:p.end] + ("." if numeric else " ") + year.group(1) + out[p.end:]
    return out
