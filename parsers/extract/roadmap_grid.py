"""The term of a roadmap row under a grid of periods: a mark in each period the measure runs.

The grid's columns are read by the two- and three-level header readers
(`parsers/tables/header_rows.py`, `header_levels.py`): each marked column gives its heading
(«IV кв. 2025 год»).  The measure is due when its last marked period ends, so that column's
heading is its term.  A grid for one year often puts the year only in the heading over it
(«Срок исполнения, 2025 год» over «I кв.» … «IV кв.»): the column's heading is then completed
with that year, or it would name no date.  A month's name a narrow column broke over its lines («но яб.» in a
PDF's cell) is glued back.  A term written in parts, a sub-column each («Срок исполнения» over
«квартал» | «год», «II» | «2025»), is put together again («II квартал 2025»: `parted_term`).
"""
from __future__ import annotations

import re

from textcore.clean import is_blank_mark
from textcore.dates import month_number, periods_in_year
from textcore.lemmas import lemma

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_PIECE = 3                  # letters of a name's piece on one line of a narrow column
# a term written in parts, a sub-column each («Срок» over «квартал» | «год»): the part each sub-heading names
_PARTS = {"день": "day", "число": "day", "месяц": "month", "квартал": "quarter", "кв": "quarter",
          "полугодие": "half", "год": "year"}


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


def parted_term(texts: list[str], subs: list[tuple[int, str]], shift: int = 0) -> str | None:
    """The term a row writes in parts under sub-headings naming a date's parts («квартал» | «год»: «II» |
    «2025» -> «II квартал 2025»; «месяц» | «год»; «число» | «месяц» | «год»), or None where a sub-heading
    names no part, or the year or every other part is missing."""
    parts: dict[str, str] = {}
    for col, label in subs:
        role = _PARTS.get(lemma(label.strip(" .,:;").lower()))
        if role is None:
            return None
        text = texts[col - shift].strip() if 0 <= col - shift < len(texts) else ""
        if text and not is_blank_mark(text):
            parts[role] = text
    if "year" not in parts or len(parts) < 2:
        return None
    year = parts["year"]
    if "quarter" in parts or "half" in parts:
        return f"{parts.get('quarter') or parts['half']} {'квартал' if 'quarter' in parts else 'полугодие'} {year}"
    month, day = parts.get("month", ""), parts.get("day", "")
    if month.isdigit():
        return f"{day}.{int(month):02d}.{year}" if day.isdigit() else f"{int(month):02d}.{year}"
    return f"{day} {month} {year}".strip()
