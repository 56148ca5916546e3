"""What a news item tells of the act it reports, where the page prints no header of its own: the act's
kind beside a verb of its signing («Глава … подписал указ», «Соответствующий Указ подписал губернатор»,
«Указом постановил …», «Указ вступает в силу …»), the act an item's lead opens with («Указом Главы ДНР
№ 34 от 23 февраля 2020 года учреждена …»), the pair stated right after a kind a past verb reports
(«подписал указ № 145-пг от 10 мая 2024 года о …») and an issuer named by its head's post and name («губернатор
Владимир Сальдо»: the post, given its region by the header reader).  Read last, after every header
shape and the act's own words («настоящий приказ», an enacting verb) found nothing.
"""
from __future__ import annotations

import re

from textcore.dates import parse_date
from textcore.lemmas import morph
from textcore.order_numbers import parse_number
from textcore.regions import find_regions, words

from .amending import amends
from .basis_act import basis_issuer, basis_kind
from .enacting import has_enacting_verb
from .header_words import federal_in, own_kinds, vocab
from .issuer import authority_in
from .signed import date_alone

_LEAD_LINES = 3           # a lead opens the item: under its dateline and heading at most
_SENTENCE_END = re.compile(r"[.!?](?=\s+[А-ЯЁ«\"]|\s*$)")      # «г. № 5»: no end
_NAME_REACH = 2           # the post, at most a word («губернатор региона»), the first name


def reported_kind(texts: list[str]) -> str | None:
    """The kind next to a verb of the act's signing or coming into force, either side of it, with
    nothing but a space between (a sentence's end parts them; «подписал соответствующий указ»: a
    modifier between a verb and the kind after it); else the act an item's sentence opens on as its
    ground («Согласно указу губернатора …», basis_act.py)."""
    return next((kind[0] for text in texts for kind, _ in _reported(text)), None) or basis_kind(texts)


def reported_pair(texts: list[str]) -> dict | None:
    """The number and date stated right after a kind a past verb reports («подписал указ № 45 от 12
    мая 2024 года о …», «подписал распоряжение от 03.04.2022 г. № 12-р «О …»»): up to the title's first
    word, a quote or the sentence's end, both stated, the date after «от»; None where either is missing."""
    starts = "|".join(vocab()["title_starts"])
    if _acts_own(texts):
        return None                     # «…, что Губернатор подписал указ № 5 от …, приказываю:»: a cited act
    for text in texts:
        for kind, past in _reported(text):
            reach = text[kind[2]:kind[2] + _PAIR_REACH]
            clause = reach[:re.search(rf"\s(?:{starts})\s|[«\"]|[.!?](?:\s|$)(?<!г\.\s)|$", reach, re.I).start()]
            if not (past and _DATE_AFTER_OT.search(clause)):
                continue
            number, date = parse_number(clause), parse_date(clause)
            if number is not None and date is not None:
                return {"act_kind": kind[0], "order_number": number, "order_date": date, "header_text": clause}
    return None


_DATE_AFTER_OT = re.compile(r"\bот\s*\d", re.I)
_PAIR_REACH = 120         # «№ 145-пг от 10 мая 2024 года» with an issuer's name between fits


def _reported(text: str):
    """(the kind's word, whether its verb is past) for each kind beside a verb of `report_verbs`."""
    kinds, verbs = own_kinds(), set(vocab()["report_verbs"])
    ws = words(text)
    for k, w in enumerate(ws):
        if w[0] not in verbs or _attributive(text[w[1]:w[2]]):
            continue            # «подписанного указа», «изданный приказ»: an act cited, none reported
        left = w
        if k + 2 < len(ws) and ws[k + 1][0] not in kinds and _modifier(text, ws[k + 1]) and \
                not text[w[2]:ws[k + 1][1]].strip():
            left = ws[k + 1]            # «подписал соответствующий указ»
        after = ws[k + 2 if left is not w else k + 1] if k + 1 < len(ws) else None
        for kind, gap in ((after, (left[2], after[1])) if after else (None, None),
                          (ws[k - 1], (ws[k - 1][2], w[1])) if k else (None, None)):
            if kind is not None and kind[0] in kinds and not text[gap[0]:gap[1]].strip():
                yield kind, _past(text[w[1]:w[2]])


def _modifier(text: str, w: tuple) -> bool:
    return any(p.tag.POS in ("ADJF", "PRTF") for p in morph().parse(text[w[1]:w[2]].lower())[:1])


def _attributive(word: str) -> bool:
    return morph().parse(word.lower())[0].tag.POS == "PRTF"


def _past(word: str) -> bool:
    return any("past" in p.tag or p.tag.POS == "PRTS" for p in morph().parse(word.lower())[:2])


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
        if _notes(words(sentence)) or _acts_own([text[len(sentence):], *texts[k + 1:vocab()["header_lines"]]]):
            return None
        number, date = parse_number(sentence), parse_date(sentence)
        both = number is not None and date is not None
        return {"act_kind": ws[0][0], "authority": authority_in(sentence), "order_number": number if both else None, "order_date": date if both else None,
                "header_text": sentence}
    return None


def published_act(texts: list[str]) -> dict | None:
    """The act a site's line publishing it names («Опубликован приказ министерства … от … № 45»: a line
    the header's readers read past), for a page that prints nothing else of it: its kind among the line's
    first words, its issuer, and its pair where both are stated, the date after «от»."""
    kinds = own_kinds()
    for text in texts:
        kind = next((w for w in words(text)[:_PUBLISHED_KIND_AT] if w[0] in kinds), None)
        rest = text[kind[1]:] if kind else ""
        number, date = (parse_number(rest), parse_date(rest)) if _DATE_AFTER_OT.search(rest) else (None, None)
        if number is not None and date is not None:
            return {"act_kind": kind[0], "authority": authority_in(rest), "order_number": number, "order_date": date}
    return None


_PUBLISHED_KIND_AT = 3    # «Опубликован приказ», «Дата опубликования: приказ …»


def _notes(ws: list) -> bool:
    """A note on an act, no report of one: a repeal or change («… признано утратившим силу», «внесены
    изменения») or this act named («настоящее постановление»)."""
    own, kinds = set(vocab()["self_reference"]), own_kinds()
    return bool(set(vocab()["cited_cues"]) & {w[0] for w in ws}) or any(
        a[0] in own and b[0] in kinds for a, b in zip(ws, ws[1:]))


def _acts_own(texts: list[str]) -> bool:
    """An act's own clause («ПРИКАЗЫВАЮ:», «1. Внести в указанный приказ … изменения»): the text is an act,
    no news item, and an act it names («Приказом министерства от … № … утверждён …» opening an amending
    act, «Губернатор подписал указ № 5 от …» in a preamble) is one it cites."""
    return any(amends(t) or has_enacting_verb(t) for t in texts)


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
    """A first name in the nominative: the head who signs is the sentence's subject («направить главе
    администрации Ивану Петрову»: an addressee, no issuer)."""
    return word[:1].isupper() and word[1:].islower() and any(
        "Name" in p.tag and "nomn" in p.tag for p in morph().parse(word))


_PLACE = re.compile(r"(?:^|[.!?]\s+)В\s+(?=[А-ЯЁа-яё])")      # a sentence opening «В министерстве …»
_PLACE_REACH = 300        # a body's name with its region and the verb after it fit


def approving_place(texts: list[str]) -> str | None:
    """A body named as the place its act was made, opening a sentence: «В министерстве культуры X
    утвердили перечень …», «В агентстве … подписан приказ …» — its head in the locative, the verb of
    making an act (`place_approving_verbs`) right after its name, in the plural past or a short
    participle.  «В министерстве прошло совещание» names no issuer, nor does a name with no subject
    («В министерстве утвердили …») or a federal one («В Министерстве … Российской Федерации …»).  Else
    the body whose act a news item's sentence opens on as its ground (basis_act.basis_issuer)."""
    verbs, heads = set(vocab()["place_approving_verbs"]), set(vocab()["authority_heads"])
    for text in texts:
        for m in _PLACE.finditer(text):
            rest = text[m.end():m.end() + _PLACE_REACH]
            ws = words(rest)
            h = next((k for k, w in enumerate(ws[:3]) if w[0] in heads), None)    # «В архивном управлении …»
            if h is None or not any(p.tag.case == "loct" and p.normal_form == ws[h][0]
                                    for p in morph().parse(rest[ws[h][1]:ws[h][2]].lower())) or not all(
                    any("ADJF" in p.tag and p.tag.case == "loct" for p in morph().parse(rest[a:b].lower()))
                    for _, a, b in ws[:h]):
                continue
            name = authority_in(rest, header=True)
            if not name or not find_regions(name) or federal_in(name):
                continue                   # «В министерстве утвердили …», «В Минздраве России …»: no region's body named
            n = len(words(name))
            if len(ws) > n and ws[n][0] in verbs and _made(rest[ws[n][1]:ws[n][2]]):
                return name
    # «Согласно постановлению Правительства X, …»: the ground's issuer, unless the item reports an act of
    # another kind («Министерство подписало приказ …»): the ground is then that act's, not its issuer
    reported = {kind[0] for text in texts for kind, _ in _reported(text)}
    return basis_issuer(texts) if not reported or basis_kind(texts) in reported else None


def _made(word: str) -> bool:
    """A verb of making an act in the plural past («утвердили») or a short participle («утвержден»)."""
    return any(("VERB" in p.tag and "plur" in p.tag and "past" in p.tag) or "PRTS" in p.tag
               for p in morph().parse(word.lower()))
