"""A roadmap item's term written in its own activity cell, where the row has no term cell of its own:
«Назначить ответственного до 01.04.2025», «Провести опрос в срок до 30 июня 2025 года», «Обучить
специалистов (II квартал 2025 г.)», «Обновить стенды – декабрь 2025 г.».

The periods are the date grammar's (`textcore.dates`); a period is the item's term only where the
words right before it open a term (`activity_term_heads`, data/deadlines.yaml: «до», «не позднее»,
«в течение», «к», «в», «срок»), or where it closes the cell set apart — in brackets, or after a dash
or a colon.  A period an activity is about is none: «Подготовить отчёт за 2024 год», «План на 2026
год», «во исполнение приказа от 01.02.2024» (its word before it is no term's), «анализ обращений, поступивших в
2024 году» (a participle's period in its phrase set apart: `participle_period_heads`).  The term found is
the text from its first period's opening word to its last period's end («с 01.03.2025 по 30.06.2025»
whole), which `parse_deadline` reads as any term cell.  A range («2025-2027 годы») is judged whole, by
the words before its start: its dash sets nothing apart («программа на 2025-2027 годы» states no term).
"""
from __future__ import annotations

import re
from pathlib import Path

from textcore.dates import periods
from textcore.lemmas import morph
from textcore.vocab import vocabulary

_DATA = Path(__file__).resolve().parent / "data" / "deadlines.yaml"
_WORD = re.compile(r"[А-Яа-яЁё]+")
YEAR_WORDS = re.compile(r"\s*(?:гг?\.|годы?\b|года\b|году\b)")   # after a year: «г.», «гг.», «года»; roadmap_codes too
_CLOSE = re.compile(r"^[\s.,;]*\)?[\s.,;]*$")                            # nothing but its bracket after it
_APART = re.compile(r"[(–—:-]\s*(?:[А-Яа-яЁё]+\s+){0,2}$")              # «(», «–», «:» (and a word or two) before it
_RANGE = re.compile(r"\s*[–—-]\s*")               # between two periods: a range («2025-2027», «01.03.2025 – 30.06.2025»)
_LOOK_BACK = 40
_CLAUSE_MARK = re.compile(r"[,;(:–—]")
_CLAUSE_BACK = 200          # a participial phrase's length at most, looked back over (not the whole cell: linear)
_PARTICIPLE_AT = 2          # a participial phrase's first words: «, поступивших», «, ранее поступивших»


@vocabulary(_DATA, required=("activity_term_heads",))
def _heads(d: dict) -> frozenset[str]:
    return frozenset(str(w).lower().replace("ё", "е") for w in d["activity_term_heads"])


@vocabulary(_DATA, required=("participle_period_heads",))
def _participle_heads(d: dict) -> frozenset[str]:
    return frozenset(str(w).lower().replace("ё", "е") for w in d["participle_period_heads"])


def _participle_period(before: str) -> bool:
    """Whether the period after `before` (the text up to it, `_CLAUSE_BACK` at most) is a participle's, in its
    clause («обращений, поступивших в 2024 году»: when they came, not the term): opened by «в», in a participial
    phrase set apart — a comma or a bracket, then the participle (an adverb before it at most).  A participle before its noun
    («обучение вновь принятых сотрудников в 2025 году», «обучающие семинары в 2025 году») is no such clause."""
    words = _WORD.findall(before[-_LOOK_BACK:].lower().replace("ё", "е"))
    if not words or words[-1] not in _participle_heads():
        return False
    marks = list(_CLAUSE_MARK.finditer(before))
    if not marks or marks[-1][0] not in ",(":
        return False
    return any(_participle(w) for w in _WORD.findall(before[marks[-1].end():].lower())[:_PARTICIPLE_AT])


def _participle(word: str) -> bool:
    """A full participle, also where the dictionary reads it as an adjective first («собранные»); not a
    noun that may be one («данных»)."""
    parses = morph().parse(word)
    return parses[0].tag.POS == "PRTF" or parses[0].tag.POS == "ADJF" and any(p.tag.POS == "PRTF" for p in parses)


def _opens_term(before: str) -> bool:
    """Whether the last word before a period opens a term («до», «позднее», «течение»)."""
    words = _WORD.findall(before[-_LOOK_BACK:].lower().replace("ё", "е"))
    return bool(words) and words[-1] in _heads()


def _head_start(text: str, at: int) -> int:
    """Where the term's opening words start, before the period at `at` (up to three words, run on by spaces: a
    label set apart by a dash or a colon, «(срок – II квартал 2025 г.)», «срок исполнения: до …», is no part of it)."""
    before = text[max(0, at - _LOOK_BACK):at]
    words = list(_WORD.finditer(before))
    start = at
    for w in reversed(words[-3:]):
        if w.group().lower().replace("ё", "е") not in _heads() or before[w.end():start - at + len(before)].strip():
            break
        start = at - len(before) + w.start()
    return start


def _ranges(text: str, found: list) -> list[tuple[int, int]]:
    """(start, end) of each period, or of each range of two («на 2025-2027 годы» is one, about a programme)."""
    out: list[tuple[int, int]] = []
    for p in found:
        if out and _RANGE.fullmatch(text[out[-1][1]:p.start]):
            out[-1] = (out[-1][0], p.end)
        else:
            out.append((p.start, p.end))
    return out


def activity_term(activity: str, act_year: int | None = None) -> str | None:
    """The term an activity's own text states, as written («до 01.04.2025», «II квартал 2025 г.»), or None."""
    text = activity or ""
    found = periods(text, act_year)
    terms = []
    for start, stop in _ranges(text, found):      # a range is judged whole: its dash sets nothing apart
        end = stop + (m.end() if (m := YEAR_WORDS.match(text[stop:])) else 0)
        before = text[max(0, start - _LOOK_BACK):start]
        if _participle_period(text[max(0, start - _CLAUSE_BACK):start]):
            continue
        if _opens_term(before) or _APART.search(before) is not None and _CLOSE.match(text[end:]) is not None:
            terms.append((_head_start(text, start), end))
    if not terms:
        return None
    return text[terms[0][0]:terms[-1][1]].strip(" ,;:–—-(")
