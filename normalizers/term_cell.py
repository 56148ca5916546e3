"""One roadmap cell giving the term and the responsible one: «до 01.04.2025, отдел кадров»,
«31.12.25 г. Министр — Иванов И.И.», «постоянно, Первый заместитель министра …», «Отдел кадров,
до 01.04.2025», or a line each (parsers/extract/roadmap_term.py marks such cells).

The term is found by the deadline grammar, not by the cell's layout: its dates and periods
(`textcore.dates`; an act's date the body quotes, «Комиссия (приказ от 01.02.2024 № 5)», is none),
joined by «–»/«по»/«до»/«и» and closed by «г.»/«года»; from the cell's start where
the few words before the first period open it («по итогам», «III–», «сентябрь–»), else from the
words that open a term right before it (`term_heads`, data/deadlines.yaml: «до», «не позднее», «в
течение»: «Отдел кадров, до …»), or from the open-ended parts right before it («постоянно,
начиная с …»); a term in stages goes on over its remarks to the next stage's period («до 31 мая
2025 г. (первый этап), до 30 ноября 2025 г. (второй этап)»), and over the parts after it that go
on with it («, далее – ежегодно»).
Where the cell names no date, a first part cut off by «,», «;» or a line break that is a term of
its own — open-ended («постоянно»), relative (opening with a term's word: «до 20 числа месяца»),
not applicable («х»), or a dash left blank — is the term, with the parts that go on with it
(`term_continues`: «, но не реже …»; a participle agreeing back: «, следующего за отчётным»), up to
the first capitalised word (a name, a body); else such a part closing the cell after the body
(«Отдел кадров, постоянно»).  The rest is the responsible cell.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from textcore.clean import is_blank_mark
from textcore.dates import periods
from textcore.lemmas import morph, normalize
from textcore.lookalike import fix_lookalikes
from textcore.order_numbers import find_numbers
from textcore.vocab import vocabulary

from .deadlines import parse_deadline

_DATA = Path(__file__).resolve().parent / "data" / "deadlines.yaml"
_SEP = re.compile(r"[,;\n]")
_STRIP = " \t\n,;–—-"          # (a name's closing «И.И.» keeps its dot)
_YEAR_WORD = re.compile(r"\s*(?:гг?\.|годы?\b|года\b|годов\b)")
# what may stand between two periods of one term: «2024–2025», «с … по …», «от … до …», «декабрь 2025 г. – январь 2026 г.»
_JOIN = re.compile(r"\s*(?:(?:гг?\.|годы?|года)\s*)?(?:(?:[-–—]|по|до|и)\s*)?$")
_WORD_BEFORE = re.compile(r"(?<![А-Яа-яЁё])([А-Яа-яЁё]{1,30})\s*$")
_REMARK = re.compile(r"\s*\([^()]{1,60}\)")                      # «(первый этап)» after a period
# a gap between the periods of a staged term: a remark, a separator, the next period's opening words
_STAGE = re.compile(r"^(?:\s*(?:гг?\.|годы?|года))?(?:\s*\([^()]{1,60}\))?\s*[,;][А-Яа-яЁё\s]*$")
_OPENER = re.compile(r"^(?:[IVXLC]+|\d+)\b|[-–—]")     # «III–IV кварталы», «1-2 квартал», «сентябрь–октябрь»
_HEAD_WORDS = 4
# (each run of spaces is one quantifier, a word before a term's start read at most 30 letters back:
# spaces split between two quantifiers, or a search from each letter of a long word, were quadratic)
_ACT_WORD_SPAN = 12        # an act's date follows its word («от») within a few spaces
_SPACES = re.compile(r"\s*")
_RANGE_END = re.compile(r"до(?![А-Яа-яЁё])", re.I)     # «от 01.01.2025 до 31.12.2025»: a range, no act


@vocabulary(_DATA, required=("term_heads",))
def _heads(d: dict) -> frozenset[str]:
    return frozenset(str(w).lower() for w in d["term_heads"])


@vocabulary(_DATA, required=("term_continues",))
def _continues(d: dict) -> tuple[str, ...]:
    return tuple(" ".join(str(w).lower().split()) for w in d["term_continues"])


@vocabulary(_DATA, required=("act_date_words",))
def _act_words(d: dict) -> re.Pattern:
    words = "|".join(re.escape(str(w).lower()) for w in d["act_date_words"])
    return re.compile(rf"(?<![А-Яа-яЁё])(?:{words})\s*$", re.I)


@vocabulary(_DATA, required=("open_ended",))
def _open_words(d: dict) -> re.Pattern:
    """The open-ended terms as words: «постоянно», not the «постоянной» of «Председатель постоянной
    комиссии» (`parse_deadline` finds them anywhere, as a term cell may); a stem no dictionary
    knows as a word («кажд») goes on."""
    alts = sorted((re.escape(normalize(str(e))) + ("(?![а-яa-z])" if morph().word_is_known(str(e).split()[-1]) else "")
                   for e in d["open_ended"]), key=len, reverse=True)
    return re.compile(r"(?<![а-яa-z])(?:" + "|".join(alts) + ")")


def _open_ended(part: str) -> bool:
    """Whether a part of the cell is an open-ended term: one named by its own words, not a body's."""
    return parse_deadline(part).kind == "open_ended" and bool(_open_words().search(normalize(fix_lookalikes(part))))


def _term_periods(text: str, act_year: int | None) -> list:
    """The cell's periods that may be a term: not an act's date, which the body's own words may
    quote («Комиссия (приказ от 01.02.2024 № 5)»: before the act's number, or after
    `act_date_words` where no «до» closes a range «от … до …»), nor a part of an order number
    («№ 01.12.20-п»)."""
    numbers = find_numbers(text)
    starts = {n.start for n in numbers}

    def act_date(p) -> bool:
        after = _YEAR_WORD.match(text, p.end)
        at = _SPACES.match(text, after.end() if after else p.end).end()
        if at in starts:
            return True
        return bool(_act_words().search(text, max(0, p.start - _ACT_WORD_SPAN), p.start)) \
            and not _RANGE_END.match(text, at)
    return [p for p in periods(text, act_year)
            if not act_date(p) and not any(n.start <= p.start < n.end for n in numbers)]


def _dated(text: str, act_year: int | None) -> tuple[int, int] | None:
    """(start, end) of the term around the cell's first date or period, or None."""
    found = _term_periods(text, act_year)
    if not found:
        return None
    end = found[0].end
    for p in found[1:]:
        if _JOIN.match(text[end:p.start]):             # «с 01.01.2024 по 31.12.2024», «2024–2025»
            end = p.end
        elif _STAGE.match(text[end:p.start]) and _opens(text[end:p.start]):
            end = p.end                                # «до 31 мая 2025 г. (первый этап), до 30 ноября …»
        else:
            break
    m = _YEAR_WORD.match(text, end)
    end = m.end() if m else end
    m = _REMARK.match(text, end)                       # «(второй этап)» closing it
    end = m.end() if m else end
    start = 0 if _leads(text[:found[0].start]) else found[0].start
    while start and (w := _WORD_BEFORE.search(text[:start])) and w.group(1).lower() in _heads():
        start = w.start(1)                # «Отдел кадров, не позднее …»: its opening words
    while start and (part := _part_before(text, start)) and _open_ended(part[1]):
        start = part[0]                   # «1 раз в квартал, начиная с …»: one open-ended term
    return start, end


def _part_before(text: str, end: int) -> tuple[int, str] | None:
    """(start, text) of the comma part right before `end`, past the separators closing it; found
    from the end, not by a pattern searched from each position (its spaces made that quadratic)."""
    k = end
    while k and (text[k - 1] in ",;\n" or text[k - 1].isspace()):
        k -= 1
    start = max(text.rfind(c, 0, k) for c in ",;\n") + 1
    return (start, text[start:k]) if k > start else None


def _opens(gap: str) -> bool:
    """Whether the words of a gap between two periods open the second («, до», «; не позднее»)."""
    words = re.findall(r"[А-Яа-яЁё]+", gap.split(")")[-1])
    return bool(words) and all(w.lower() in _heads() for w in words)


def _leads(head: str) -> bool:
    """Whether the words before the cell's first period open the term («по итогам», «III–»,
    «сентябрь–», «2-я половина»): a few words, none past the first capitalised, no separator;
    a capitalised first word only where it opens a term («До», a numeral, a dash after it)."""
    words = head.split()
    if not words or _SEP.search(head) or len(words) > _HEAD_WORDS:
        return not words
    if any(w[:1].isupper() for w in words[1:]):
        return False
    first = words[0]
    return not first[:1].isupper() or first.lower() in _heads() or bool(_OPENER.search(first))


def _undated(text: str) -> tuple[int, int] | None:
    """(start, end) of a first part that is a term with no date: «х» or a dash (a word of its
    own), open-ended («ежегодно»), or relative («до 20 числа месяца»), with the parts after it
    that go on with it (`_goes_on`), up to a capitalised word (a name, a body)."""
    first = text.split(maxsplit=1)[0].strip(",;")
    if is_blank_mark(first) or parse_deadline(first).not_applicable:
        return 0, text.find(first) + len(first)
    parts = list(re.finditer(r"[^,;\n]+", text))
    head = parts[0].group()
    words = head.split()
    if not _open_ended(head) and not (words and words[0].lower() in _heads()):
        return None
    end = parts[0].end()
    for m in parts[1:]:
        if not _goes_on(m.group()):
            break
        end = m.end()
    cap = re.search(r"\s[А-ЯЁ]", text[:end])   # «ежегодно Отдел кадров»: the names begin
    return 0, cap.start() if cap else end


def _trailing(text: str) -> tuple[int, int] | None:
    """(start, end) of a term with no date closing the cell after the body, as a column headed
    «Ответственный, срок» gives it («Отдел кадров, постоянно», «Иванов И.И.; х»): the first part
    past the first that is a term of its own (`_own_term`), every part after it one too or going
    on with it (`_goes_on`: «, но не реже 1 раза в год»)."""
    parts = list(re.finditer(r"[^,;\n]+", text))
    found, tail_ok = None, True
    for m in reversed(parts[1:]):         # from the end: each part asked once
        own = _own_term(m.group())
        if own and tail_ok:
            found = m
        tail_ok = tail_ok and (own or _goes_on(m.group()))
    return (found.start() + len(found.group()) - len(found.group().lstrip()), len(text)) if found else None


def _own_term(part: str) -> bool:
    """Whether a part is a term with no date: «х» or a dash, open-ended («постоянно»), or opening
    with a term's words (`term_continues`: «до 20 числа месяца», «в течение 10 дней»)."""
    bare = part.strip()
    if is_blank_mark(bare):
        return True
    d = parse_deadline(bare)
    low = " ".join(bare.lower().split())
    return d.not_applicable or _open_ended(bare) or any(low.startswith(c + " ") for c in _continues())


def _further(text: str, end: int) -> int:
    """The term's end past the comma parts that go on with it («до 01.07.2025, далее – ежегодно»:
    open-ended, or `_goes_on`), up to a capitalised word."""
    for m in re.finditer(r"[,;]([^,;\n]+)", text[end:]):
        if m.start() > 0 and text[end:end + m.start()].strip() or \
                not (_goes_on(m.group(1)) or _open_ended(m.group(1))):
            break
        cap = re.search(r"\s[А-ЯЁ]", m.group(1))
        if cap:
            return end + m.start(1) + cap.start() if cap.start() > 0 else end
        end += m.end()
    return end


def _goes_on(part: str) -> bool:
    """Whether a comma part goes on with the term before it: it opens with a term's further
    words («до 10 числа», «но не реже», `term_continues`) or qualifies a noun before it (`_agrees_back`)."""
    bare = " ".join(part.lower().split())
    return any(bare == c or bare.startswith(c + " ") for c in _continues()) or _agrees_back(part)


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
    span = _dated(text, act_year) or _undated(text) or _trailing(text)
    if span is None:
        return None, text
    span = (span[0], _further(text, span[1]))
    term = text[span[0]:span[1]].strip(" \t\n,;")
    rest = (text[:span[0]].rstrip(_STRIP) + " " + text[span[1]:].lstrip(_STRIP + ".")).strip()
    return term or None, rest or None
