"""Roadmap deadlines: "до 31.12.2023", "I квартал 2024 г.", "декабрь 2024 года" → a date.

The deadline of a period is its last day (contract §3 roadmap).  The words are
data (`normalizers/data/deadlines.yaml`); this module only knows the shapes:
a numeric date, day + month + year, month + year, ordinal + quarter/half-year +
year, a bare year.  When a cell names several periods ("с 01.01.2024 по
31.12.2024", "2023–2024 годы") the latest end wins: that is when the item is due.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

import yaml

from normalizers.lemmatize import lemma, normalize

_DATA = Path(__file__).resolve().parent / "data" / "deadlines.yaml"
_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})(?!\d)")
_ORDINAL_SUFFIX = re.compile(r"(\d)\s*-?\s*(?:го|ый|ой|ий|й)\b")   # "2-й" -> "2"
_TOKEN = re.compile(r"\d+|[a-zа-я×]+")


@dataclass(frozen=True)
class Deadline:
    date: date | None
    not_applicable: bool = False
    kind: str = "none"        # date | month | quarter | half_year | year | open_ended | not_applicable | none


@dataclass(frozen=True)
class _Vocab:
    months: dict[str, int]
    quarter: frozenset[str]
    half: frozenset[str]
    year: frozenset[str]
    ordinals: dict[str, int]
    not_applicable: frozenset[str]
    open_ended: tuple[str, ...]


@lru_cache(maxsize=1)
def vocab() -> _Vocab:
    d = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
    inv = lambda m: {str(w).lower(): int(k) for k, ws in m.items() for w in ws}  # noqa: E731
    return _Vocab(inv(d["months"]), frozenset(d["quarter_words"]), frozenset(d["half_year_words"]),
                  frozenset(d["year_words"]), inv(d["ordinals"]),
                  frozenset(str(x).lower() for x in d["not_applicable"]),
                  tuple(normalize(x) for x in d["open_ended"]))


def _end_of_month(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _year(tok: str) -> int | None:
    return int(tok) if tok.isdigit() and len(tok) == 4 and 1990 <= int(tok) <= 2100 else None


def _word(tok: str) -> str:
    return tok if tok.isdigit() else lemma(tok)


def _periods(text: str) -> list[tuple[date, str]]:
    """End dates of the periods named in `text` (normalized), with their kind."""
    v = vocab()
    found: list[tuple[date, str]] = []
    for d, m, y in _NUMERIC.findall(text):
        if y == "20":
            continue        # "31.12.20" reads as a cut "31.12.20|23" as well as 2020: review, not a guess
        y = int(y) + (2000 if len(y) == 2 else 0)
        try:
            found.append((date(y, int(m), int(d)), "date"))
        except ValueError:
            pass
    toks = [_word(t) for t in _TOKEN.findall(_ORDINAL_SUFFIX.sub(r"\1", _NUMERIC.sub(" ", text)))]
    used: set[int] = set()
    for i, t in enumerate(toks):
        # the year closes a period; look back at what precedes it (skipping "г.", "года")
        y = _year(t)
        if y is None:
            continue
        j = i - 1
        if j >= 0 and toks[j] in v.year:
            j -= 1
        prev = toks[j] if j >= 0 else ""
        if prev in v.months:
            day = toks[j - 1] if j >= 1 else ""
            m = v.months[prev]
            if day.isdigit() and 1 <= int(day) <= 31:
                try:
                    found.append((date(y, m, int(day)), "date"))
                    used.add(i)
                    continue
                except ValueError:
                    pass
            found.append((_end_of_month(y, m), "month"))
        elif (prev in v.quarter or prev in v.half) and j >= 1 and toks[j - 1] in v.ordinals:
            n = v.ordinals[toks[j - 1]]
            per = 3 if prev in v.quarter else 6
            if n * per > 12:
                continue
            found.append((_end_of_month(y, n * per), "quarter" if per == 3 else "half_year"))
        else:
            found.append((date(y, 12, 31), "year"))
        used.add(i)
    return found


@lru_cache(maxsize=10_000)
def parse_deadline(raw: str) -> Deadline:
    text = normalize(raw or "")
    bare = text.strip(" .,;")
    if not bare:
        return Deadline(None)
    if bare in vocab().not_applicable:
        return Deadline(None, True, "not_applicable")
    periods = _periods(text)
    if periods:
        end, kind = max(periods)
        return Deadline(end, False, kind)
    if any(p in text for p in vocab().open_ended):
        return Deadline(None, False, "open_ended")
    return Deadline(None)
