"""Dates and numbers printed on lines of their own: a law-style act's pair after its signature,
and a date line under a title line that named only the act's number.
"""
from __future__ import annotations

import datetime as dt
import re

from textcore.dates import find_date
from textcore.lemmas import morph
from textcore.order_numbers import number_alone, parse_number, without_numbers
from textcore.regions import words

from .header_words import first_lemmas, oblique_kind_first, opens_stamp, vocab
from .lines import Line

_DATE_LINE_WORDS = {"от", "г", "год", "года"}          # all a date line holds but the date (and number)
# the place a law's last line or a header's row prints beside its date: «г. Тамбов, 4 июня 2021 года, № 612-З»,
# «23.07.2013  г. Оренбург  N 729», «город Нальчик» (a capital after «г.»/«город»: never the year's «г.»), or a
# city's name alone opening the line before a comma («Тверь, 12 марта 2020 года, № 95-ЗО»: a place's name by
# the dictionary, no verb's «Утвердить,»)
_PLACE = re.compile(r"(?<![А-Яа-яЁё])(?:г\.|гор\.|город\s)\s*[А-ЯЁ][а-яё]+(?:[-\s][А-ЯЁ][а-яё]+)*")
_CITY_FIRST = re.compile(r"\s*([А-ЯЁ][а-яё]+(?:-[а-яё]{1,3}-[А-ЯЁ][а-яё]+|-[А-ЯЁ][а-яё]+)?)\s*,")


def _without_note(text: str) -> str:
    """The line without a note in brackets closing it: the edition's acts («… (в ред. … от … № 2)»),
    never the act's own.  By position, not a regex: «\\s*\\(» searched along a line tries every
    space of a long run of them (a layout copy's padding) to its end, quadratic."""
    t = text.strip()
    at = t.rfind("(")
    return t[:at].rstrip() if t.endswith(")") and at >= 0 and ")" not in t[at + 1:-1] else t


def date_alone(text: str):
    """The date of a line that holds nothing else but "от"/"г."/"года", the place and an order number
    ("5 июля 2012 года", "от 02.03.2015 г. № 45", "г. Тамбов, 4 июня 2021 года, № 612-З"), save a note in brackets after them (a site's
    listing "№10 от 20.02.2016 (в ред. … от 30.01.2017 № 2)"); None for a date inside a sentence."""
    t = _without_note(text)
    d = find_date(t) if len(t.split()) <= 8 else None
    if d is None:
        return None
    city = _CITY_FIRST.match(t, 0, d.start)
    before = t[city.end():d.start] if city and any("Geox" in p.tag for p in morph().parse(city.group(1))) \
        else t[:d.start]
    rest = without_numbers(_PLACE.sub(" ", before) + " " + _PLACE.sub(" ", t[d.end:]))
    return None if any(w.lower() not in _DATE_LINE_WORDS for w in re.findall(r"[А-Яа-яЁё]+", rest)) else d


def signed_pair(lines: list[Line]) -> tuple[str | None, dt.date | None]:
    """The date and number a law-style act prints after its signature, each on a line alone
    ("г. Тверь" / "5 июля 2012 года" / "N 281-пг"): lines that hold nothing but them, so a
    cited act's date inside a sentence is never taken; a registration stamp's are skipped, and so
    is the date closing an appendix's stamp ("Приложение / к Постановлению … / от … N 43": the
    act the stamp names, which the header reader did not take for this one's) — a stamp naming
    an act's kind: a note «Приложение: на 3 л.» over the signature opens none."""
    reg, kinds = set(vocab()["registration"]), set(vocab()["doc_types"])
    stamp, named = None, False          # the line an appendix's stamp opened on, until its date
    for i, ln in enumerate(lines):
        t, prev = ln.text.strip(), lines[i - 1].text if i else ""
        if opens_stamp(t) or oblique_kind_first(t) and not _wraps_on(prev):   # «к постановлению …», its word cut
            stamp, named = i, False
        if stamp is not None and i - stamp >= vocab()["approval_stamp_lines"]:
            stamp = None                    # a stamp no date closed: its lines are over
        if stamp is not None:
            named = named or bool(kinds & {w[0] for w in words(t)})
        d = date_alone(t)                   # not a date inside a sentence: a cited act's
        if stamp is not None and (d or find_date(t)):
            stamp, skip = None, named       # «Приложение / к Постановлению … / от 01.02.2018 N 43»: the stamp's
            if skip:
                continue
        if d is None or reg & set(first_lemmas(prev, 4)):
            continue
        number = parse_number(_without_note(t))
        for nxt in lines[i + 1:i + 3]:
            number = number or number_alone(nxt.text)
        if number is not None:
            return number, d.first
    return None, None


def _wraps_on(prev: str) -> bool:
    """The line before goes on into this one (no sentence's end): «…, назначенного» / «постановлением
    Правительства …» is a wrapped sentence citing an act, no stamp whose first word was cut."""
    return bool(prev.strip()) and prev.rstrip()[-1] not in ".;:!?"
