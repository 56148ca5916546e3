"""Whether a row across (or a caption) names a point's kind and nothing else — the kind of the rows under it.

«Цифровые точки», «Офлайн-точки взаимодействия»: a type word and nouns a type takes (the rule of old); and, since a
ministry may say the kind by the contact's manner or form, also «Точки взаимодействия в цифровом формате»,
«Взаимодействие при личном визите», «Без посещения ведомства», «Формат: очный» — a lead naming the field taken off
(«Формат:», «Вид взаимодействия –») and the field's nouns opening it, then a value `textcore.point_type.kind_only`
reads as a kind whole, or type
words, the nouns and prepositions only, a few words more where a preposition joins them.  «Цифровая трансформация»
(a word no noun of a kind) and «Электронная почта» (a channel) name no kind."""
from __future__ import annotations

import re

from textcore.lemmas import lemmas
from textcore.point_type import kind_only, match_point_type

_WORDS = re.compile(r"[А-Яа-яЁёA-Za-z]+")
_LEAD = re.compile(r"^([^:–—]{2,40}?)\s*(?::|\s[–—-]\s)\s*(\S.*)$")


def names_point_type(title: str, nouns: frozenset[str], prepositions: frozenset[str], max_words: int) -> bool:
    text = title.strip().rstrip(":.;")
    lead = _LEAD.match(text)
    if lead and all(w in nouns for w in lemmas(lead.group(1)) if w.isalpha()):
        text = lead.group(2)
    words = _WORDS.findall(text.replace("-", " "))
    joined = any(w.lower() in prepositions for w in words)
    if not words or len(words) > max_words + (2 if joined else 0):
        return False
    # the nouns naming the field before the manner, «Взаимодействие при личном визите», «Точки … без посещения …»
    at = next((k for k, w in enumerate(words) if lemmas(w)[:1] and lemmas(w)[0] not in nouns), len(words))
    if at < len(words) and kind_only(" ".join(words[at:])):
        return True
    return bool(match_point_type(text)) and all(match_point_type(w) or w.lower() in prepositions or lem in nouns
                                                for w in words for lem in lemmas(w)[:1])
