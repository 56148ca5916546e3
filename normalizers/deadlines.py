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

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from textcore.vocab import vocabulary

from textcore.dates import periods, periods_in_year
from textcore.lemmas import lemma, normalize
from textcore.lookalike import fix_lookalikes

_DATA = Path(__file__).resolve().parent / "data" / "deadlines.yaml"


@dataclass(frozen=True)
class Deadline:
    date: date | None
    not_applicable: bool = False
    kind: str = "none"        # date | month | quarter | half_year | decade | year | open_ended | not_applicable | none


@dataclass(frozen=True)
class _Vocab:
    not_applicable: frozenset[str]
    open_ended: tuple[str, ...]
    start: re.Pattern          # a start marker right before a date


@vocabulary(_DATA, required=("not_applicable", "open_ended", "starts"))
def vocab(d: dict) -> _Vocab:
    starts = "|".join(re.escape(normalize(x)) for x in sorted(d["starts"], key=len, reverse=True))
    return _Vocab(frozenset(str(x).lower() for x in d["not_applicable"]),
                  tuple(normalize(x) for x in d["open_ended"]),
                  re.compile(rf"(?:^|[^а-яa-z0-9])(?:{starts})\s*$"))


@lru_cache(maxsize=10_000)
def parse_deadline(raw: str, act_year: int | None = None, group_year: int | None = None) -> Deadline:
    """`act_year`: the year of the order the plan belongs to (an ambiguous «31.12.20» near it is 2020).
    `group_year`: the year a heading over the item names («2025 год»): a term written without a
    year («до 1 июля», «IV квартал») is read in it; with none, such a term is no date."""
    text = normalize(fix_lookalikes(raw or ""))     # «мaрт» typed with a Latin «a»
    bare = text.strip(" .,;")
    if not bare:
        return Deadline(None)
    if bare in vocab().not_applicable:
        return Deadline(None, True, "not_applicable")
    found = periods(text, act_year)
    if not found and group_year is not None:
        found = periods_in_year(text, group_year)
    open_ended = any(p in text for p in vocab().open_ended)
    if open_ended:              # "постоянно, начиная с 01.01.2025": a start, not a deadline
        found = [p for p in found if not vocab().start.search(text[:p.start])]
    if found:
        last = max(found, key=lambda p: p.last)
        return Deadline(last.last, False, last.kind)
    if open_ended:
        return Deadline(None, False, "open_ended")
    return Deadline(None)
