"""One roadmap cell giving the term and the responsible one: «до 01.04.2025, отдел кадров»,
«31.12.25 г. Министр — Иванов И.И.», «постоянно, Первый заместитель министра …», «Отдел кадров,
до 01.04.2025», or a line each (parsers/extract/roadmap_term.py marks such cells).

The term is found by the deadline grammar, not by the cell's layout: its dates and periods
(`textcore.dates`), joined by «–»/«по»/«и» and closed by «г.»/«года», with the words that open a
term right before them (`term_heads`, data/deadlines.yaml: «до», «не позднее», «в течение»).
Where the cell names no date, a first part cut off by «,», «;» or a line break that reads as a term
of its own — open-ended («постоянно», «по мере необходимости»), not applicable («х»), or a dash
left blank — is the term; without a separator an open-ended term ends before the first
capitalised word («ежегодно Отдел кадров»).  The rest is the responsible cell.  A term the
grammar does not read («до 20 числа месяца, следующего за отчётным») is left in the cell: it
gives no date either way (contract §3), and the names in it are still found.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from textcore.clean import is_blank_mark
from textcore.dates import periods
from textcore.lemmas import morph
from textcore.vocab import vocabulary

from .deadlines import parse_deadline

_DATA = Path(__file__).resolve().parent / "data" / "deadlines.yaml"
TERM_SHARED = "term_in_responsible"     # the raw record's mark (parsers/extract/roadmap_term.py)
_SEP = re.compile(r"[,;\n]")
_STRIP = " \t\n,;–—-"          # (a name's closing «И.И.» keeps its dot)
_YEAR_WORD = re.compile(r"\s*(?:гг?\.|годы?\b|года\b|годов\b)")
_JOIN = re.compile(r"\s*(?:[-–—]|по|и)\s*$")
_WORD_BEFORE = re.compile(r"([А-Яа-яЁё]+)\s*$")


@vocabulary(_DATA, required=("term_heads",))
def _heads(d: dict) -> frozenset[str]:
    return frozenset(str(w).lower() for w in d["term_heads"])


def _dated(text: str, act_year: int | None) -> tuple[int, int] | None:
    """(start, end) of the term around the cell's first date or period, or None."""
    found = periods(text, act_year)
    if not found:
        return None
    end = found[0].end
    for p in found[1:]:                   # «с 01.01.2024 по 31.12.2024», «2024–2025»
        if not _JOIN.match(text[end:p.start]) and text[end:p.start].strip():
            break
        end = p.end
    m = _YEAR_WORD.match(text, end)
    end = m.end() if m else end
    start = found[0].start
    while (w := _WORD_BEFORE.search(text[:start])) and w.group(1).lower() in _heads():
        start = w.start(1)                # «не позднее», «до конца», «в течение»
    return start, end


def _undated(text: str) -> tuple[int, int] | None:
    """(start, end) of a first part that is a term with no date: «х» or a dash (a word of its
    own), open-ended, or relative (`_relative`)."""
    first = text.split(maxsplit=1)[0].strip(",;")
    if is_blank_mark(first) or parse_deadline(first).not_applicable:
        return 0, text.find(first) + len(first)
    head = _SEP.split(text, maxsplit=1)[0]
    end = len(head) if parse_deadline(head).kind == "open_ended" else _relative(text)
    if end is None:
        return None
    cap = re.search(r"\s[А-ЯЁ]", text[:end])   # «ежегодно Отдел кадров»: the names begin
    return 0, cap.start() if cap else end


def _relative(text: str) -> int | None:
    """The end of a term with no date that opens with a term's word («до 20 числа месяца,
    следующего за отчётным», «в течение 10 дней»): its first part, and the parts after it that open
    with a participle or adjective agreeing back («, следующего за …»), not with a new noun phrase
    (the caller cuts it before a capitalised word: a name, a body)."""
    parts = [m for m in re.finditer(r"[^,;\n]+", text)]
    words = parts[0].group().split() if parts else []
    if not words or words[0].lower() not in _heads():
        return None
    end = parts[0].end()
    for m in parts[1:]:
        if not _agrees_back(m.group()):
            break
        end = m.end()
    return end


def _agrees_back(part: str) -> bool:
    """Whether a comma part opens with a participle or adjective in an oblique case («следующего
    за отчётным»): it qualifies a noun before it.  One in the nominative («структурные
    подразделения») names a new subject: the responsible one."""
    words = part.split()
    tag = morph().parse(words[0])[0].tag if words else None
    return tag is not None and bool({"PRTF", "ADJF"} & tag.grammemes) and "nomn" not in tag.grammemes


@lru_cache(maxsize=10_000)
def split_term(cell: str, act_year: int | None = None) -> tuple[str | None, str | None]:
    """(term, responsible) of a cell giving both; (None, cell) when no term is read in it.
    `act_year`: as `parse_deadline`'s."""
    text = (cell or "").strip()
    if not text:
        return None, None
    span = _dated(text, act_year) or _undated(text)
    if span is None:
        return None, text
    term = text[span[0]:span[1]].strip(" \t\n,;")
    rest = (text[:span[0]].rstrip(_STRIP) + " " + text[span[1]:].lstrip(_STRIP + ".")).strip()
    return term or None, rest or None
