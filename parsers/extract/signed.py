"""Dates and numbers printed on lines of their own: a law-style act's pair after its signature,
and a date line under a title line that named only the act's number.  A pair printed under the
signature of a long act, past the lines the header is read from, is looked for right under its first
signature (`after_signature`: a short line naming a signer «И.И. Иванов» under or beside a position);
`act_signed_pair` asks the first lines, then those.
"""
from __future__ import annotations

import datetime as dt
import re

from textcore.dates import find_date
from textcore.lemmas import morph
from textcore.order_numbers import number_alone, parse_number, without_numbers
from textcore.regions import words

from .header_words import first_lemmas, oblique_kind_first, opens_stamp, vocab
from .issuer import SIGNER
from .lines import Line
from .role_lines import other_role_lines, title_span

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


def _place_out(m: re.Match) -> str:
    """A place after «г.» is dropped when its words are a place's by the dictionary («Нижний Новгород»):
    the year's «г.» before a capital («от 12.03.2020 г. Приказ …», «… г. Министр Петров») is no place."""
    name = re.sub(r"^(?:г\.|гор\.|город\s)\s*", "", m.group())
    place = all(any("Geox" in p.tag or p.tag.POS == "ADJF" for p in morph().parse(w)) for w in name.split())
    return " " if place else m.group()


def date_alone(text: str):
    """The date of a line that holds nothing else but "от"/"г."/"года", the place and an order number
    ("5 июля 2012 года", "от 02.03.2015 г. № 45", "г. Тамбов, 4 июня 2021 года, № 612-З"), save a note in brackets after them (a site's
    listing "№10 от 20.02.2016 (в ред. … от 30.01.2017 № 2)"); None for a date inside a sentence."""
    t = _without_note(text)
    d = find_date(t) if len(_PLACE.sub(_place_out, t).split()) <= 8 else None     # a place's words uncounted
    if d is None:
        return None
    city = _CITY_FIRST.match(t, 0, d.start)
    before = t[city.end():d.start] if city and any("Geox" in p.tag for p in morph().parse(city.group(1))) \
        else t[:d.start]
    rest = without_numbers(_PLACE.sub(_place_out, before) + " " + _PLACE.sub(_place_out, t[d.end:]))
    return None if any(w.lower() not in _DATE_LINE_WORDS for w in re.findall(r"[А-Яа-яЁё]+", rest)) else d


def signed_pair(lines: list[Line], skip: set[int] = frozenset()) -> tuple[str | None, dt.date | None]:
    """The date and number a law-style act prints after its signature, each on a line alone
    ("г. Тверь" / "5 июля 2012 года" / "N 281-пг"): lines that hold nothing but them, so a
    cited act's date inside a sentence is never taken; lines of another role are skipped (a registration
    stamp's, an edition note's, a signature certificate's, a publication's: role_lines.py), and so
    is the date closing an appendix's stamp ("Приложение / к Постановлению … / от … N 43": the
    act the stamp names, which the header reader did not take for this one's) — a stamp naming
    an act's kind: a note «Приложение: на 3 л.» over the signature opens none; nor the lines in `skip` (the
    title's, whose pair is a cited act's)."""
    reg, kinds = set(vocab()["registration"]), set(vocab()["doc_types"])
    stamp, named = None, False          # the line an appendix's stamp opened on, until its date
    others = other_role_lines([ln.text for ln in lines]) | set(skip)     # a registration's, an edition's …
    for i, ln in enumerate(lines):
        t, prev = ln.text.strip(), lines[i - 1].text if i else ""
        if i in others:                     # «(в ред. … от … № …)» under a stamp's first line closes no stamp
            continue
        # «к постановлению …», its word cut; a sentence's wrapped «утвержденный приказом …» opens none
        wrapped = _wraps_on(prev)
        if opens_stamp(t) and not (t[:1].islower() and wrapped) or oblique_kind_first(t) and not wrapped:
            stamp, named = i, False
        if stamp is not None and i - stamp >= vocab()["approval_stamp_lines"]:
            stamp = None                    # a stamp no date closed: its lines are over
        if stamp is not None:
            named = named or bool(kinds & {w[0] for w in words(t)})
        d = date_alone(t)                   # not a date inside a sentence: a cited act's
        if stamp is not None and (d or find_date(t)):
            stamp, stamps = None, named     # «Приложение / к Постановлению … / от 01.02.2018 N 43»: the stamp's
            if stamps:
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


_AFTER_SIGN = 8             # «Министр» / «И.И. Иванов» / «г. Орёл» / «14 апреля 2022 г.» / «№ 77-о»
_SIGN_WORDS = 14


def _signs(texts: list[str], i: int) -> bool:
    """A short line naming a signer («И.И. Иванов») where it or the line above opens with a position."""
    t = texts[i]
    if len(t.split()) > _SIGN_WORDS or not SIGNER.search(t) or "|" in t:
        return False
    positions = {*vocab()["signatory_positions"], *vocab()["stray_heads"]}
    skip = set(vocab()["signatory_prefixes"])
    return any(next((w for w in first_lemmas(x, 5) if w not in skip), None) in positions
               for x in (t, texts[i - 1] if i else ""))


def after_signature(lines: list[Line], start: int) -> list[Line]:
    """The lines right under the act's first signature from line `start` on (none without one)."""
    texts = [ln.text for ln in lines]
    at = next((i for i in range(start, len(texts)) if _signs(texts, i)), None)
    return [] if at is None else lines[at + 1:at + 1 + _AFTER_SIGN]


_AFTER_SIGN_SEEN = 8        # a signature this far above the first lines' end: its pair may lie past them


def act_signed_pair(lines: list[Line], title: str | None, read: int) -> tuple[str | None, dt.date | None]:
    """The pair on lines of their own in the first `read` lines (the title's wrapped lines cite acts: none
    of them signs this one), else under a long act's first signature past them."""
    first = lines[:read]
    pair = signed_pair(first, title_span([ln.text for ln in first], title))
    return pair if pair != (None, None) else signed_pair(after_signature(lines, read - _AFTER_SIGN_SEEN))
