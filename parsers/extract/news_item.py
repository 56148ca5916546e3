"""What a news item tells of the act it reports, where the page prints no header of its own: the act's
kind beside a verb of its signing («Глава … подписал указ», «Соответствующий Указ подписал губернатор»,
«Указом постановил …», «Указ вступает в силу …»), the act an item's lead opens with («Указом Главы ДНР
№ 34 от 23 февраля 2020 года учреждена …») and an issuer named by its head's post and name («губернатор
Владимир Сальдо»: the post, given its region by the header reader).  Read last, after every header
shape and the act's own words («настоящий приказ», an enacting verb) found nothing.
"""
from __future__ import annotations

import re

from textcore.dates import parse_date
from textcore.lemmas import morph
from textcore.order_numbers import parse_number
from textcore.regions import words

from .header_words import own_kinds, vocab
from .issuer import authority_in
from .signed import date_alone

_LEAD_LINES = 3           # a lead opens the item: under its dateline and heading at most
_SENTENCE_END = re.compile(r"[.!?](?=\s+[А-ЯЁ«\"]|\s*$)")      # «г. № 5»: no end
_NAME_REACH = 2           # the post, at most a word («губернатор региона»), the first name


def reported_kind(texts: list[str]) -> str | None:
    """The kind next to a verb of the act's signing or coming into force, either side of it, with
    nothing but a space between (a sentence's end parts them)."""
    kinds, verbs = own_kinds(), set(vocab()["report_verbs"])
    for text in texts:
        ws = words(text)
        for a, b in zip(ws, ws[1:]):
            if text[a[2]:b[1]].strip():
                continue
            if a[0] in verbs and b[0] in kinds:
                return b[0]
            if a[0] in kinds and b[0] in verbs:
                return a[0]
    return None


def lead_act(texts: list[str]) -> dict | None:
    """The act an item's first sentence opens with, in the instrumental («Указом …», «Постановлением …»),
    under nothing but a dateline: its kind and issuer, and its number and date where the sentence states both."""
    for k, text in enumerate(texts[:_LEAD_LINES]):
        ws = words(text)
        if not ws:
            continue
        if not (ws[0][1] == len(text) - len(text.lstrip()) and _instrumental_kind(text[ws[0][1]:ws[0][2]], ws[0][0])):
            if date_alone(text) is not None or k == 0 and len(ws) <= 12 and not _SENTENCE_END.search(text):
                continue          # a dateline, or the item's heading
            return None
        end = _SENTENCE_END.search(text)
        sentence = text[:end.start()] if end else text
        if _notes(words(sentence)):
            return None
        number, date = parse_number(sentence), parse_date(sentence)
        both = number is not None and date is not None
        return {"act_kind": ws[0][0], "authority": authority_in(sentence), "order_number": number if both else None, "order_date": date if both else None,
                "header_text": sentence}
    return None


def _notes(ws: list) -> bool:
    """A note on an act, no report of one: a repeal or change («… признано утратившим силу», «внесены
    изменения») or this act named («настоящее постановление»)."""
    own, kinds = set(vocab()["self_reference"]), own_kinds()
    return bool(set(vocab()["cited_cues"]) & {w[0] for w in ws}) or any(
        a[0] in own and b[0] in kinds for a, b in zip(ws, ws[1:]))


def _instrumental_kind(word: str, lemma: str) -> bool:
    return word[:1].isupper() and lemma in own_kinds() and any(
        "ablt" in p.tag and p.normal_form == lemma for p in morph().parse(word.lower()))


def named_head(texts: list[str]) -> str | None:
    """A sole head's post followed by a person's name («губернатор Владимир Сальдо», «Глава региона Денис
    Пушилин»): the post, capitalised; the caller gives it its region."""
    posts = set(vocab()["heads_named_by_person"])
    for text in texts:
        ws = words(text)
        for i, w in enumerate(ws):
            if w[0] not in posts:
                continue
            for j in range(i + 1, min(i + 1 + _NAME_REACH, len(ws) - 1)):
                first, last = ws[j], ws[j + 1]
                surname = text[last[1]:last[2]]
                if _first_name(text[first[1]:first[2]]) and surname[:1].isupper() and surname[1:].islower():
                    return w[0].capitalize()
    return None


def _first_name(word: str) -> bool:
    return word[:1].isupper() and word[1:].islower() and any("Name" in p.tag for p in morph().parse(word))
