"""Does a line its author wrote continue the phrase of the line before it?

A cell's paragraphs and line breaks (parsers/extract/cell_lines.py) are evidence that a new
need or channel begins; a line still continues the one before where the join reads as one
phrase: the first line ends on a preposition, a conjunction or a particle («о», «и», «не»), or the
next opens with one («через портал») or with a bracket, a quoted name or a number no item's mark
(«(по телефону)», «44-ФЗ»), or — after a line with no stop — the next opens in lower case
with a word that cannot head a phrase: an oblique case of a noun, adjective or participle
(«о ходе» / «рассмотрения заявления»), a personal verb form, an adverb; or the next opens with a
capital Word gave a paragraph's first letter, on a noun surely in an oblique case, under a line
ending on a noun that governs it («Консультация по вопросам» / «Предоставления услуги»)."""
from __future__ import annotations

import re

from textcore.lemmas import morph

_WORD = re.compile(r"[А-Яа-яЁёA-Za-z]+")
_LINKS = ("PREP", "CONJ", "PRCL")
# what opens no need and no channel of its own: «(по телефону)», «"Госуслуги"», «44-ФЗ», «2025 год»
# (a number that marks an item, «1.», «2)», «3 Сайт», is none of these)
_GLOSS = re.compile(r"[(«\"“„]|\d+(?:[-–—/][\dА-Яа-яЁёA-Za-z]|\s+[а-яё])")
_HEADS = ("INFN", "NOUN", "ADJF", "PRTF", "NUMR", "NPRO")


def continues(before: str, after: str) -> bool:
    """Does `after`, a line of its own, go on with the phrase `before` (the line or part above)?"""
    before, after = before.rstrip(), after.lstrip()
    last, first = _WORD.findall(before[-40:])[-1:], _WORD.match(after)
    if not last or not after or before.endswith((".", ";", ":", "!", "?")):
        return False
    if _pos(last[0]) in _LINKS:                   # the line above waits for its object, whatever opens the next
        return True
    if _GLOSS.match(after):                       # a bracket, a quoted name, a number no list mark
        return not before.endswith(",")
    if not first:
        return False
    if _pos(first.group()) in _LINKS:
        return True
    if before.endswith(","):
        return False
    if not first.group()[0].islower():
        return governed_capital(before, after)
    top = morph().parse(first.group().lower())[0]
    if top.tag.POS in ("NOUN", "ADJF", "PRTF", "NPRO", "NUMR"):
        return top.tag.case not in ("nomn", "accs") and "impr" not in top.tag
    return top.tag.POS not in _HEADS and "impr" not in top.tag and top.tag.POS is not None


# a capitalised first word reads on only where its readings that may head a phrase (a need's or
# channel's nominative: «Записи на приём», «Консультации»; `_HEAD_CASES`) together weigh less than this
_OBLIQUE_SURE = 0.2
_OBJECTS = ("NOUN", "ADJF", "PRTF")


def governed_capital(before: str, after: str) -> bool:
    """Does `after`, opening with a capital (Word's automatic capital at a paragraph's start),
    carry on after `before` ending on a noun, no stop: a first word whose readings are nearly all
    governed cases (genitive, dative, prepositional; an adjective's noun has one too), the object
    the noun above governs?  An abbreviation (all capitals), a name or a one-letter word is no such word."""
    last, first = _WORD.findall(before[-40:])[-1:], _WORD.match(after.lstrip())
    if not last or not first or before.rstrip().endswith((".", ";", ":", "!", "?", ",")):
        return False
    last, first = last[0], first.group()
    if len(first) < 2 or not first[0].isupper() or not first[1:].islower() or _pos(last) != "NOUN":
        return False
    parses = morph().parse(first.lower())
    if any(g in parses[0].tag for g in ("Name", "Surn", "Patr", "Geox", "Orgn")):
        return False
    adjective = parses[0].tag.POS in ("ADJF", "PRTF")
    # (an adjective's instrumental is told by its noun, below)
    if _heads(parses, _HEAD_CASES[:2] if adjective else _HEAD_CASES) >= _OBLIQUE_SURE:
        return False
    # an adjective's case is its noun's: «Электронной почтой» is a manner of its own, «Горячей линии»
    # may be governed (the noun must have a governed reading)
    for word in _WORD.findall(after)[1:3] if adjective else ():
        top = morph().parse(word.lower())
        if top[0].tag.POS in _OBJECTS and all(p.tag.case in _HEAD_CASES for p in top if p.tag.POS in _OBJECTS):
            return False
        if top[0].tag.POS == "NOUN":
            break
    return True


# the cases that head a phrase of their own: a need's or a channel's nominative and accusative, and
# the instrumental of a manner («Почтовым отправлением», «Электронной почтой»: a channel each)
_HEAD_CASES = ("nomn", "accs", "ablt")


def _heads(parses: list, cases: tuple[str, ...]) -> float:
    """The weight of the readings that may head a phrase of their own (no noun or adjective, or one
    of `cases`; a comparative, «Горячей» read as «hotter», heads none)."""
    return sum(p.score for p in parses if p.tag.POS not in _OBJECTS + ("COMP",) or p.tag.case in cases)


def _pos(word: str) -> str | None:
    return morph().parse(word.lower())[0].tag.POS
