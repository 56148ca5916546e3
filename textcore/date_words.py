"""Periods named by words rather than by a calendar's units, for the one date grammar (`textcore.dates`):

* a season and its year: «весна 2025 г.», «осенью 2025 года», «в весенне-летний период 2025 г.» (the
  last season's last day); winter crosses a year's end and needs both years («зима 2025/2026»);
* a school year: «2025/2026 учебный год», «учебный год 2025/26» (1 September to 31 August);
* year words beside a term written without a year: «до конца года», «в течение текущего года»,
  «следующего года» — read in a year the caller gives (`year_words`);
* the damage OCR does to a numeric date: letters for digits («2О25», «3l.12.2025») and spaces inside
  it («31. 12. 2025», «31.12.20 25») — `repair_digits`, for the deadline readers' cells and an act's
  header lines; a day cut in two («от 1 2.03.2024») — `join_split_day`, for the header alone.

Vocabulary: data/date_words.yaml.  Each run of spaces is one quantifier (see `textcore.dates`).
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .vocab import vocabulary

_DATA = Path(__file__).resolve().parent / "data" / "date_words.yaml"
_YEAR = r"(\d{4})(?!\d)"


@dataclass(frozen=True)
class _Words:
    season: re.Pattern                       # one season or a compound, its years
    season_of: tuple[tuple[re.Pattern, int, int], ...]     # stem, first month, last month
    school: re.Pattern                       # years, then the school-year words
    school_after: re.Pattern                 # the words, then the years
    school_span: tuple[tuple[int, int], tuple[int, int]]
    year_word: re.Pattern
    current: re.Pattern
    next_year: re.Pattern
    ocr_token: re.Pattern
    ocr_map: dict[str, str]
    spaced: re.Pattern


def _alt(stems) -> str:
    return "(?:" + "|".join(sorted((str(s) for s in stems), key=len, reverse=True)) + ")"


@vocabulary(_DATA, required=("seasons", "season_nouns", "school_year", "year_words", "ocr_digits"))
def words(d: dict) -> _Words:
    i = re.I
    season = _alt(s for v in d["seasons"].values() for s in v["stems"])
    second = r"(?:\s*[/–—-]\s*(\d{4}|\d{2})(?!\d))?"
    sy = d["school_year"]
    school = _alt(sy["stems"]) + r"\s*" + _alt(sy["year_words"])
    yw = d["year_words"]
    letters = "".join(re.escape(c) for cs in d["ocr_digits"].values() for c in cs)
    return _Words(     # a season word after a hyphen is no season: «3-летний период 2025–2027 гг.» counts years
        season=re.compile(r"(?<![\w-])(" + season + r"(?:\s*-\s*" + season + r")?)(?:\s+" + _alt(d["season_nouns"])
                          + r")?\s*(?:,\s*)?" + _YEAR + second, i),
        season_of=tuple((re.compile(_alt(v["stems"]) + "$", i), int(v["first"]), int(v["last"]))
                        for v in d["seasons"].values()),
        school=re.compile(r"(?<!\d)" + _YEAR + r"\s*[/–—-]\s*(\d{4}|\d{2})(?!\d)\s*" + school, i),
        school_after=re.compile(r"(?<![\w])" + school + r"\s*" + _YEAR + r"\s*[/–—-]\s*(\d{4}|\d{2})(?!\d)", i),
        school_span=(tuple(sy["first"]), tuple(sy["last"])),
        year_word=re.compile(r"(?<![\w])(?:" + _alt(yw["within"]) + r"\s+(?:(" + _alt(yw["current"] + yw["next"])
                             + r")\s+)?|(" + _alt(yw["current"] + yw["next"]) + r")\s+)" + _alt(yw["year"]) + r"(?!\w)"
                             + r"(?![\s,]*" + _alt(re.escape(x).replace(r"\ ", r"\s+") for x in yw["counted_from"]) + ")", i),
        current=re.compile(r"(?<![\w])" + _alt(yw["current"]) + r"\s+" + _alt(yw["year"]) + r"(?!\w)", i),
        next_year=re.compile(_alt(yw["next"]) + "$", i),
        # a token of digits and look-alike letters, no other letter beside it
        ocr_token=re.compile(r"(?<![^\W\d_])[\d" + letters + r"]{1,4}(?![^\W\d_])"),
        ocr_map={c: digit for digit, cs in d["ocr_digits"].items() for c in cs},
        # a numeric date with a space beside its dots or inside a year the line cut («31.12.20 25»)
        # (or a comma for a dot, none beside a space: «31,12.2025», a four-digit year then; «10, 11, 12
        # месяцы», «пп. 1.3, 2025 год» are lists, none a date; «30.06. 31.12.2025» two dates, not one run)
        spaced=re.compile(r"(?<![\d.,])(?:\d{1,2} ?([./]) ?\d{1,2} ?\1 ?(?:(?:19|20) ?\d{2}|\d{2,4})"
                          r"|\d{1,2}(?:,| ?\. ?)\d{1,2}(?:,| ?\. ?)(?:19|20) ?\d{2})(?!\d|\.\d)"),
    )


def _end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _second_year(first: int, text: str | None) -> int | None:
    if text is None:
        return None
    y = int(text) if len(text) == 4 else first // 100 * 100 + int(text)
    return y if y == first + 1 else None


def seasonal(text: str) -> list[tuple[int, int, str, date | None, date | None]]:
    """(start, end, kind, first, last) of each season and school year named with its year; first and
    last are None where the words name no one period (a winter with one year): the span is still
    the term's, not a bare year's."""
    w = words()
    out = []
    for m in w.season.finditer(text):
        names = re.split(r"\s*-\s*", m.group(1))
        spans = [next(((f, la) for rx, f, la in w.season_of if rx.match(n)), None) for n in names]
        if None in spans:
            continue
        y, y2 = int(m.group(2)), _second_year(int(m.group(2)), m.group(3))
        (f, _), (_, la) = spans[0], spans[-1]
        if la < f:               # the last season ends in the next year (winter): both years are needed
            out.append((m.start(), m.end(), "season", *((date(y, f, 1), _end(y2, la)) if y2 else (None, None))))
        else:
            out.append((m.start(), m.end(), "season", date(y, f, 1), _end(y2 or y, la)))
    (fm, fd), (lm, ld) = w.school_span
    for rx in (w.school, w.school_after):
        for m in rx.finditer(text):
            y, y2 = int(m.group(1)), _second_year(int(m.group(1)), m.group(2))
            if y2:
                out.append((m.start(), m.end(), "school_year", date(y, fm, fd), date(y2, lm, ld)))
    return out


def year_words(text: str) -> list[tuple[int, int, int]]:
    """(start, end, years ahead) of each year named by words: «до конца года» 0, «текущего года» 0,
    «в течение следующего года» 1."""
    w = words()
    out = []
    for m in w.year_word.finditer(text):
        qualifier = m.group(1) or m.group(2) or ""
        out.append((m.start(), m.end(), 1 if w.next_year.match(qualifier) else 0))
    return out


def names_current_year(text: str) -> bool:
    """Whether the text says «текущего года»: a term the act's own year reads where no group names one."""
    return bool(words().current.search(text))


def repair_digits(text: str) -> tuple[str, bool]:
    """The text with OCR's letters for digits and its spaces (or commas) inside a numeric date mended,
    and whether a letter was read as a digit (a guess a person should see; a space closed up is none)."""
    w = words()

    def token(m: re.Match) -> str:
        s = m.group(0)
        if not any(c.isdigit() for c in s) or s.isdigit():
            return s
        return "".join(w.ocr_map.get(c, c) for c in s)

    fixed = w.ocr_token.sub(token, text) if any(c in w.ocr_map for c in text) else text
    guessed = fixed != text
    if " " in fixed or "," in fixed:
        fixed = w.spaced.sub(lambda m: m.group(0).replace(" ", "").replace(",", "."), fixed)
    return fixed, guessed


# a numeric date's day that OCR cut in two, «от 1 2.03.2024»: after «от», a quote or at the line's
# start, a lone digit, a space and a digit before the month's dot (a date's day, 31 at most)
_SPLIT_DAY = re.compile(r"(?:(?<=[Оо][Тт] )|^|(?<=[«\"]))([0-3]) (\d)(?=\.[01]?\d\.(?:19|20)?\d\d(?!\d))")


def join_split_day(text: str) -> str:
    """The text with a numeric date's day cut by a space joined back; for a header's date line,
    where a lone digit before a date is no count of anything (a deadline cell's «1 2.03» could be)."""
    if " " not in text:
        return text
    return _SPLIT_DAY.sub(lambda m: m.group(1) + m.group(2) if int(m.group(1) + m.group(2)) <= 31 else m.group(0),
                          text)


# «от 05.10.20 № 869-р»: a two-digit year that could be a century's cut («20__», dates.yaml's
# two_digit_year_ambiguous) is the year where the act's number follows the date: a blank form's
# date has no number after it («от «__» ____ 20__ г. № ____»)
_YEAR_BEFORE_NUMBER = re.compile(r"(?<![\d.])(\d{1,2}\.\d{1,2}\.)(19|20)(?=\s?(?:г\.?\s?)?(?:№|N[oº°]?)\s?\d)")


def year_before_number(text: str) -> str:
    """The text with such a date's year written in full («05.10.2020 № 869-р»); for a header's lines."""
    if "." not in text:
        return text
    return _YEAR_BEFORE_NUMBER.sub(lambda m: f"{m.group(1)}20{m.group(2)}", text)
