"""The ONE date grammar of the project: dates and periods in Russian official text.

Shapes (all case-insensitive, vocabulary in textcore/data/dates.yaml):

* numeric dates "19.10.2023", "19.10.23", "30-06-2025", "2025-06-30", "26.07.99" (a two-digit year from 50 on is 19yy; "31.12.20"
  only near the act's year, `periods(text, act_year)`), "11/12/2025";
* day + month word + year: "18 сентября 2023 г.", "«11» декабря 2025 г.", "11 дек. 2025 г.", "20-го декабря 2025";
* month + year: "декабрь 2024 года", "декабрь, 2024", "12.2024" (a period: the whole month);
* ordinal + quarter / half-year + year: "I квартал 2024", "3-й кв. 2025", "IVкв. 2025",
  "2 полугодие 2024", "первая половина 2025 года", and year first: "2025 год, II квартал", "2025 г., декабрь"
  (a spreadsheet's year column before its period's), "2025 г., май – июнь" (to the last month's end);
* ordinal + ten-day period («декада») + month + year: "I декада июля 2025 г.", "в течение третьей
  декады марта 2026 года" (days 1–10, 11–20, 21 to the month's end);
* seasons and school years: "весна 2025 г.", "2025/2026 учебный год" (`textcore.date_words`);
* a bare year "2024" (1990-2100).

`periods(text)` gives every one with its span, kind and first/last day; header
readers use `parse_date` (the first day-precise date), deadline readers the
periods' last days.  A blank form ("«___» ____ 2024 г.") has no day: no date.
"""
from __future__ import annotations

import bisect
import calendar
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .date_words import seasonal, year_words
from .vocab import vocabulary

# the mark a raw roadmap record carries when its responsible cell also holds the term («до 01.04.2025, отдел
# кадров»): set where the column is read (parsers/extract/roadmap_term.py), split where deadlines are read
# (normalizers/term_cell.py); here, below both, so the two agree on one name
TERM_SHARED = "term_in_responsible"
# ... and the lines right above a plan's table, its title («План мероприятий … на 2025 год»), carried by each raw
# record (parsers/extract/roadmap.py) for the year of a term written without one (normalizers/roadmap_codes.py)
PLAN_TITLE = "plan_title"
_DATA = Path(__file__).resolve().parent / "data" / "dates.yaml"


@dataclass(frozen=True)
class Period:
    start: int            # span in the text
    end: int
    kind: str             # date | month | quarter | half_year | decade | season | school_year | year
    first: date
    last: date


@dataclass(frozen=True)
class _Grammar:
    numeric: re.Pattern
    dashed: re.Pattern        # "30-06-2025" and ISO "2025-06-30": a four-digit year only (a phone is no date)
    day_month: re.Pattern
    ordinal_part: re.Pattern
    year_part: re.Pattern
    decade: re.Pattern
    month_year: re.Pattern
    year_month: re.Pattern    # the year first, then its month: «2025 г., декабрь», «2025 год (март)»
    numeric_month: re.Pattern
    year: re.Pattern
    month_of: tuple[tuple[re.Pattern, int], ...]
    ordinal_of: tuple[tuple[re.Pattern, int], ...]
    quarter: re.Pattern
    years: tuple[int, int]
    yy_base: int
    yy_previous_from: int
    yy_ambiguous: frozenset[int]
    yy_act_window: tuple[int, int]       # an ambiguous yy near the act's year is 20yy
    yearless: tuple[tuple[str, re.Pattern], ...]     # the shapes written without a year (`periods_in_year`)
    reference: re.Pattern     # a clause's mark closing the text before a number («п. 2.10»: no date)


def _alt(stems) -> str:
    return "(?:" + "|".join(sorted(stems, key=len, reverse=True)) + ")"


@vocabulary(_DATA, required=("months", "quarter", "half_year", "decade", "ordinals", "reference_marks"))
def grammar(d: dict) -> _Grammar:
    month = _alt(s for ss in d["months"].values() for s in ss) + r"\.?"
    ordinal = _alt(str(s) for ss in d["ordinals"].values() for s in ss)
    part = _alt(d["quarter"] + d["half_year"]) + r"\.?"
    year = r"(\d{4})(?!\d)"
    # each run of spaces is one quantifier, the optional words inside it ("\s*(?:г\.\s*)?",
    # never "\s*г?\.?\s*"): spaces split between two quantifiers made a long run cubic
    # (and the prepositional «во 2-м квартале», «в 1-ом полугодии»)
    suffix = r"(?:\s*(?:-\s*)?(?:го|ый|ой|ий|й|е|ое|ом|м))?"
    i = re.I
    return _Grammar(
        numeric=re.compile(r"(?<![\d.,/])(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})(?![\d_/]|\.\d)", i),
        dashed=re.compile(r"(?<![\d-])(?:(\d{1,2})-(\d{1,2})-(\d{4})|(\d{4})-(\d{2})-(\d{2}))(?![\d-])"),
        # the day may be an ordinal: "до 20-го декабря 2025"
        day_month=re.compile(r"(?<![\d.])(\d{1,2})(?:-?го)?\s*(?:[»\"“”']\s*)?(" + month + r")\s*" + year, i),
        # a Roman or digit ordinal may be glued to its word before a year ("IVкв. 2025", "4кв.2025"), a word one is not
        ordinal_part=re.compile(r"(?<![\w])(" + ordinal + r")" + suffix + r"(?:\s+|(?<=[ivx\d])(?=[а-я]))(" + part
                                + r")\s*" + year, i),
        year_part=re.compile(r"(?<!\d)" + year + r"\s*(?:(?:г\.|года|год)\s*)?(?:[,(]\s*)?(" + ordinal + r")" + suffix
                             + r"\s+(" + part + r")(?!\s*\d)", i),
        decade=re.compile(r"(?<![\w])(" + ordinal + r")(?:\s*(?:-\s*)?(?:ая|я|ой|ей|й))?\s+" + _alt(d["decade"]) + r"\s+(" + month
                          + r")\s*(?:,\s*)?" + year, i),
        month_year=re.compile(r"(?<![\w])(" + month + r")\s*(?:[,-]\s*)?" + year, i),     # «июнь-2025» too
        # ... the month a whole word, no number after it («2024 г., март 2025 г.» is March 2025: `month_year`)
        # a range of months after it («2025 г., май – июнь») ends with the last (group 3)
        year_month=re.compile(r"(?<![\d.])" + year + r"\s*(?:(?:г\.|года|год)\s*)?(?:[,(]\s*)?(" + month
                              + r")(?![\w.])(?:\s*[–—-]\s*(" + month + r")(?![\w.]))?(?!\s*\d)", i),
        numeric_month=re.compile(r"(?<![\d.,/])(\d{1,2})\.(\d{4})(?![\d_/]|\.\d)", i),
        year=re.compile(r"(?<!\d)" + year, i),
        month_of=tuple((re.compile(_alt(ss) + r"\.?$", i), int(m)) for m, ss in d["months"].items()),
        ordinal_of=tuple((re.compile(_alt(str(s) for s in ss) + "$", i), int(n)) for n, ss in d["ordinals"].items()),
        quarter=re.compile(_alt(d["quarter"]) + r"\.?$", i),
        years=tuple(d["years"]),
        yy_base=int(d["two_digit_year_base"]),
        yy_previous_from=int(d["two_digit_year_previous_century_from"]),
        yy_ambiguous=frozenset(int(y) for y in d["two_digit_year_ambiguous"]),
        yy_act_window=tuple(int(x) for x in d.get("two_digit_year_act_window", (0, -1))),
        # the same shapes with no year after them; each ends at a word's end («мар» is no «марка»)
        reference=re.compile(r"(?:^|[^\w])" + _alt(d["reference_marks"]) + r"\s*$", i),
        yearless=(
            ("decade", re.compile(r"(?<![\w])(" + ordinal + r")(?:\s*(?:-\s*)?(?:ая|я|ой|ей|й))?\s+" + _alt(d["decade"])
                                  + r"\s+(" + month + r")(?!\w)", i)),
            ("date", re.compile(r"(?<![\d.])(\d{1,2})(?:-?го)?\s*(?:[»\"“”']\s*)?(" + month + r")(?!\w)", i)),
            ("part", re.compile(r"(?<![\w])(" + ordinal + r")" + suffix + r"(?:\s+|(?<=[ivx])(?=[а-я]))(" + part
                                + r")(?!\w)", i)),
            ("month", re.compile(r"(?<![\w])(" + month + r")(?!\w)", i)),
            # «до 15.03»: a day and a two-digit month, no third number after them
            ("numeric", re.compile(r"(?<![\d.,/])(\d{1,2})\.(\d{2})(?![\d,/]|\.\d)")),
        ),
    )


_TWO_DIGITS = re.compile(r"\d\d")


def _lookup(table, word: str) -> int | None:
    return next((n for rx, n in table if rx.match(word)), None)


def month_number(word: str) -> int | None:
    """The month a word names whole, «нояб.», «июнь» (1–12); None for any other word."""
    return _lookup(grammar().month_of, word.strip())


def _end_of_month(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _year(text: str, act_year: int | None = None) -> int | None:
    g = grammar()
    if len(text) == 2:
        yy = int(text)
        if yy in g.yy_ambiguous:         # «31.12.20»: 2020 only where the act's year says so
            y = g.yy_base + yy
            lo, hi = g.yy_act_window
            return y if act_year is not None and act_year + lo <= y <= act_year + hi else None
        return g.yy_base - 100 + yy if yy >= g.yy_previous_from else g.yy_base + yy
    y = int(text)
    return y if g.years[0] <= y <= g.years[1] else None


class _Spans:
    """The spans a text's periods took, disjoint, kept sorted: whether a match is free is found
    by bisection (a scan of every span taken made a cell of thousands of dates quadratic)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def append(self, span: tuple[int, int]) -> None:
        k = bisect.bisect_right(self.starts, span[0])
        self.starts.insert(k, span[0])
        self.ends.insert(k, span[1])

    def free(self, start: int, end: int) -> bool:
        k = bisect.bisect_right(self.starts, start)
        return not (k and self.ends[k - 1] > start) and not (k < len(self.starts) and self.starts[k] < end)


def _numeric_dates(text: str, act_year: int | None, found: list[Period], taken: _Spans) -> None:
    """The dates written in numbers, "19.10.2023", "30-06-2025", "2025-06-30": each span is taken
    even where the date is impossible, so that no part of it is read as a year."""
    g = grammar()
    spans = [(m.start(), m.end(), _year(m.group(4), act_year), m.group(3), m.group(1)) for m in g.numeric.finditer(text)]
    for m in g.dashed.finditer(text):
        d_, mo, y = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(6), m.group(5), m.group(4))
        spans.append((m.start(), m.end(), _year(y), mo, d_))
    for start, end, y, mo, d_ in spans:
        if not taken.free(start, end):
            continue
        taken.append((start, end))
        try:
            if y is not None:
                d = date(y, int(mo), int(d_))
                found.append(Period(start, end, "date", d, d))
        except ValueError:
            pass


def periods(text: str, act_year: int | None = None) -> list[Period]:
    """Every date and period named in `text`, in reading order (spans do not overlap).
    `act_year`: the year of the act the text stands in, which reads an ambiguous two-digit
    year («31.12.20», `two_digit_year_ambiguous`) when near it."""
    if not _TWO_DIGITS.search(text):
        return []                          # every form holds a year of 2 or 4 digits
    g = grammar()
    found: list[Period] = []
    taken = _Spans()

    def free(m: re.Match) -> bool:
        return taken.free(m.start(), m.end())

    def add(m: re.Match, kind: str, first: date, last: date) -> None:
        found.append(Period(m.start(), m.end(), kind, first, last))
        taken.append((m.start(), m.end()))

    _numeric_dates(text, act_year, found, taken)
    for m in g.day_month.finditer(text):
        month, y = _lookup(g.month_of, m.group(2)), _year(m.group(3))
        if free(m) and month and y:
            try:
                d = date(y, month, int(m.group(1)))
            except ValueError:
                taken.append((m.start(), m.end()))
                continue
            add(m, "date", d, d)
    for rx, (no, pt, yr) in ((g.ordinal_part, (1, 2, 3)), (g.year_part, (2, 3, 1))):
        for m in rx.finditer(text):
            n, y = _lookup(g.ordinal_of, m.group(no)), _year(m.group(yr))
            per = 3 if g.quarter.match(m.group(pt)) else 6
            if free(m) and n and y and n * per <= 12:
                add(m, "quarter" if per == 3 else "half_year", date(y, n * per - per + 1, 1), _end_of_month(y, n * per))
    for start, end, kind, first, last in seasonal(text):     # «весна 2025 г.», «2025/2026 учебный год»
        if taken.free(start, end):
            taken.append((start, end))         # a winter with one year names no period, nor a bare year
            if first is not None:
                found.append(Period(start, end, kind, first, last))
    for m in g.decade.finditer(text):          # before months: "I декада июля 2025" is no whole July
        n, month, y = _lookup(g.ordinal_of, m.group(1)), _lookup(g.month_of, m.group(2)), _year(m.group(3))
        if free(m) and n and n <= 3 and month and y:
            last = _end_of_month(y, month) if n == 3 else date(y, month, 10 * n)
            add(m, "decade", date(y, month, 10 * n - 9), last)
    for rx, (mo, yr) in ((g.month_year, (1, 2)), (g.year_month, (2, 1)), (g.numeric_month, (1, 2))):
        for m in rx.finditer(text):
            y = _year(m.group(yr))
            month = int(m.group(mo)) if rx is g.numeric_month else _lookup(g.month_of, m.group(mo))
            upto = _lookup(g.month_of, m.group(3)) if rx is g.year_month and m.group(3) else month
            if free(m) and month and 1 <= month <= 12 and y and upto and upto >= month:
                add(m, "month", date(y, month, 1), _end_of_month(y, upto))
    for m in g.year.finditer(text):
        y = _year(m.group(1))
        if free(m) and y:
            add(m, "year", date(y, 1, 1), date(y, 12, 31))
    return sorted(found, key=lambda p: p.start)


def find_date(text: str) -> Period | None:
    """The first day-precise date in a text, with its span."""
    return next((p for p in periods(text) if p.kind == "date"), None)


def parse_date(text: str) -> date | None:
    """The first day-precise date: "от «11» декабря 2025 г." -> 2025-12-11; a blank form -> None."""
    p = find_date(text)
    return p.first if p else None


def opens_period(text: str) -> bool:
    """Whether the text opens with a period of time («2025 год», «1 квартал 2025 года»): a line so
    opening heads a plan's group of measures, and its number is the period's ordinal, no item's."""
    return any(p.start == 0 for p in periods(text.strip()))


_LEAD = re.compile(r"(?:в|во|на)\s+(?=\d)", re.I)


def heads_period(text: str) -> bool:
    """Whether a heading line names a period, bare or after «в», «во», «на» before its year («2025 год», «На 2026
    год», «В 2025 году»): the line heads a plan's measures of that period."""
    text = text.strip()
    m = _LEAD.match(text)
    return opens_period(text[m.end():] if m else text)


def periods_in_year(text: str, year: int) -> list[Period]:
    """The dates and periods written without a year («до 1 июля», «до 15.03», «декабрь», «IV квартал»), read in
    `year`: a plan grouping its measures under a row «2025 год» gives their terms no year of their
    own.  Only for text where `periods` found none (a year-less shape is no date on its own)."""
    g = grammar()
    found: list[Period] = []
    taken = _Spans()
    for shape, rx in g.yearless:
        for m in rx.finditer(text):
            if not taken.free(m.start(), m.end()):
                continue
            refers = shape == "numeric" and g.reference.search(text[max(0, m.start() - 16):m.start()])
            span = None if refers else _yearless(shape, m, year)
            taken.append((m.start(), m.end()))      # «30 февраля» names no date, nor a whole month
            if span is not None:
                found.append(Period(m.start(), m.end(), *span))
    if not found:           # «до конца года», «в течение текущего года»: the year itself, where no other term is
        found = [Period(s, e, "year", date(year + ahead, 1, 1), date(year + ahead, 12, 31))
                 for s, e, ahead in year_words(text)]
    return sorted(found, key=lambda p: p.start)


def _yearless(shape: str, m: re.Match, y: int) -> tuple[str, date, date] | None:
    """(kind, first, last) of one year-less match in year `y`, or None where it names no period."""
    g = grammar()
    if shape == "month":
        month = _lookup(g.month_of, m.group(1))
        return ("month", date(y, month, 1), _end_of_month(y, month)) if month else None
    n = _lookup(g.ordinal_of, m.group(1)) if shape not in ("date", "numeric") else int(m.group(1))
    if shape == "part":
        per = 3 if g.quarter.match(m.group(2)) else 6
        if not n or n * per > 12:
            return None
        return "quarter" if per == 3 else "half_year", date(y, n * per - per + 1, 1), _end_of_month(y, n * per)
    month = int(m.group(2)) if shape == "numeric" else _lookup(g.month_of, m.group(2))
    if not n or not month or month > 12:
        return None
    if shape == "decade":
        return None if n > 3 else ("decade", date(y, month, 10 * n - 9),
                                   _end_of_month(y, month) if n == 3 else date(y, month, 10 * n))
    try:
        return "date", date(y, month, n), date(y, month, n)
    except ValueError:
        return None
