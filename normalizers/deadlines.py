"""Roadmap deadlines: "до 31.12.2023", "I квартал 2024 г.", "декабрь 2024 года",
"I декада июля 2025 г." → a date.

The deadline of a period is its last day (contract §3 roadmap).  The shapes of dates
and periods are the project's one date grammar (`textcore.dates`); this module adds
what only deadlines have (`normalizers/data/deadlines.yaml`): the "not applicable"
mark and open-ended terms ("ежегодно").  When a cell names several periods
("с 01.01.2024 по 31.12.2024", "2023–2024 годы") the latest end wins: that is when
the item is due.  A term with no year («до 1 июля», «декабрь») takes the year of the heading
over its group of measures («2025 год»), given by the caller; else it is no date.  A date that only starts an open-ended term ("постоянно, начиная
с 01.01.2025") is no deadline.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from textcore.vocab import vocabulary

from textcore.date_words import names_current_year, repair_digits
from textcore.dates import Period, periods, periods_in_year
from textcore.lemmas import lemma, normalize
from textcore.lookalike import fix_lookalikes

_DATA = Path(__file__).resolve().parent / "data" / "deadlines.yaml"


# a piece of a numeric date («после 31.12.20», cut at a page edge): a term meant to be dated, for review
_DATE_PIECE = re.compile(r"\d{1,2}[./]\d{1,2}[./]")


@dataclass(frozen=True)
class Deadline:
    date: date | None
    not_applicable: bool = False
    kind: str = "none"        # date | month | quarter | half_year | decade | season | school_year | year
    #                           | open_ended | relative | not_applicable | none
    repaired: bool = False    # read after mending OCR's damage to the digits («2О25»): a guess, reviewed


@dataclass(frozen=True)
class _Vocab:
    not_applicable: frozenset[str]
    open_ended: tuple[str, ...]
    start: re.Pattern          # a start marker right before a date
    first_day: re.Pattern      # «до начала» right before a period: due on its first day
    middle: re.Pattern         # «до середины»: on its middle
    relative: re.Pattern       # a relative term's word, at a word's start («сегодня» holds no «дня»)


def _before(words) -> re.Pattern:
    """One of `words` closing the text before a period (each run of spaces one quantifier)."""
    alts = "|".join(re.escape(normalize(x)) for x in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:^|[^а-яa-z0-9])(?:{alts})\s*$")


@vocabulary(_DATA, required=("not_applicable", "open_ended", "starts", "period_start_words", "period_middle_words",
                             "relative"))
def vocab(d: dict) -> _Vocab:
    return _Vocab(frozenset(str(x).lower() for x in d["not_applicable"]),
                  tuple(normalize(x) for x in d["open_ended"]), _before(d["starts"]),
                  _before(d["period_start_words"]), _before(d["period_middle_words"]),
                  re.compile("(?<![а-яa-z0-9])(?:" + "|".join(re.escape(normalize(x)) for x in d["relative"]) + ")"))


def _before_tail(text: str, at: int) -> str:
    """The few words before a period (a search over the whole text before each of thousands of
    periods was quadratic); a word the cut falls in is dropped, so none is read from its end."""
    return text[:at] if at <= 40 else text[at - 40:at].split(" ", 1)[-1]


def _due(p: Period, before: str) -> date:
    """The day a period is due on: its last, or its first after «до начала», its middle after «до
    середины» (a month's 15th; of several months the end of the first half's, or the middle one's 15th; of
    a part of a month, a ten-day period, its middle day: the 15th lies outside the first and the third)."""
    first = vocab().first_day.search(before)
    if first and not vocab().start.search(before[:first.start() + 1]):     # «с начала 2026 года» starts a term
        return p.first
    if p.kind != "date" and vocab().middle.search(before):
        if p.first.day > 1 or p.last.day < 28:        # less than a whole month
            return p.first + (p.last - p.first) // 2
        n = (p.last.year - p.first.year) * 12 + p.last.month - p.first.month + 1
        k = p.first.month - 1 + ((n - 1) // 2 if n % 2 else n // 2 - 1)     # that month, counted from January
        y, m = p.first.year + k // 12, k % 12 + 1
        return date(y, m, 15) if n % 2 else date(y, m, calendar.monthrange(y, m)[1])
    return p.last


@lru_cache(maxsize=10_000)
def parse_deadline(raw: str, act_year: int | None = None, group_year: int | None = None) -> Deadline:
    """`act_year`: the year of the order the plan belongs to (an ambiguous «31.12.20» near it is 2020).
    `group_year`: the year a heading over the item names («2025 год»): a term written without a
    year («до 1 июля», «IV квартал») is read in it; with none, such a term is no date."""
    text, repaired = repair_digits(normalize(fix_lookalikes(raw or "")))     # «мaрт» typed with a Latin «a»; «2О25»
    bare = text.strip(" .,;")
    if not bare:
        return Deadline(None)
    if bare in vocab().not_applicable:
        return Deadline(None, True, "not_applicable")
    found = periods(text, act_year)
    if not found and group_year is not None:
        found = periods_in_year(text, group_year)
    elif not found and act_year is not None and names_current_year(text):      # «до 1 июля текущего года»
        found = periods_in_year(text, act_year)
    open_ended = any(p in text for p in vocab().open_ended)
    if open_ended:              # "постоянно, начиная с 01.01.2025": a start, not a deadline
        found = [p for p in found if not vocab().start.search(_before_tail(text, p.start))]
    if found:
        due, last = max(((_due(p, _before_tail(text, p.start)), p) for p in found), key=lambda t: t[0])
        return Deadline(due, False, last.kind, repaired)
    if open_ended:
        return Deadline(None, False, "open_ended")
    if vocab().relative.search(text) and not _dated_apart(text):      # «в течение 30 дней со дня …»
        return Deadline(None, False, "relative")
    return Deadline(None)


def _dated_apart(text: str) -> bool:
    """Whether the cell names a date that lacks only its year or its end («до 1 июля», «I квартал», «до
    конца года», «после 31.12.20» cut at a page edge): a term meant to be dated, a doubt, not a relative
    one.  Any leap year reads the year-less shapes (a «29 февраля» counts too)."""
    return bool(_DATE_PIECE.search(text) or periods_in_year(text, 2000))
