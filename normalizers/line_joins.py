"""Does a line its author wrote continue the phrase of the line before it?

A cell's paragraphs and line breaks (parsers/extract/cell_lines.py) are evidence that a new
need or channel begins; a line still continues the one before where the join reads as one
phrase: the first line ends on a preposition, a conjunction or a particle («о», «и», «не»), or the
next opens with one («через портал») or with a bracket, a quoted name or a number no item's mark
(«(по телефону)», «44-ФЗ»), or — after a line with no stop — the next opens in lower case
with a word that cannot head a phrase: an oblique case of a noun, adjective or participle
(«о ходе» / «рассмотрения заявления»), a personal verb form, an adverb."""
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
    if not first.group()[0].islower() or before.endswith(","):
        return False
    top = morph().parse(first.group().lower())[0]
    if top.tag.POS in ("NOUN", "ADJF", "PRTF", "NPRO", "NUMR"):
        return top.tag.case not in ("nomn", "accs") and "impr" not in top.tag
    return top.tag.POS not in _HEADS and "impr" not in top.tag and top.tag.POS is not None


def _pos(word: str) -> str | None:
    return morph().parse(word.lower())[0].tag.POS
