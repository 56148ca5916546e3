"""An act's header a converter ran into one line, «ПРАВИТЕЛЬСТВО НОВОСИБИРСКОЙ ОБЛАСТИ ПОСТАНОВЛЕНИЕ
от 15.11.2020 № 476-п», set out again as the lines a blank prints: the issuer, the kind, the date
and number.  Only where the issuer stands in capitals right before the kind in capitals (its
head noun among its first words: «МИНИСТЕРСТВО …», «АДМИНИСТРАЦИЯ …») and the kind ends the line
or the date or number follows it: «ИЗМЕНЕНИЯ, ВНОСИМЫЕ В ПОСТАНОВЛЕНИЕ от …» names no issuer, and a
title line in capitals, «ПОСТАНОВЛЕНИЕ ПРАВИТЕЛЬСТВА …», opens with its kind.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .header_words import first_lemmas, head_at, is_doc_type, vocab
from .lines import Line, join_spaced

_AFTER_KIND = re.compile(r"(?:от|№|N[oº°]?)(?![А-Яа-яЁё])|\d", re.I)     # the date or number
# a word with no small letter, or a dash inside a name («СЕВЕРНАЯ ОСЕТИЯ - АЛАНИЯ»)
_WORD = re.compile(r"[а-яёa-z0-9]+", re.I)       # a word as the header words' lemmas count them (regions.py)
_CAPS_WORD = re.compile(r"[^a-zа-яё]*[А-ЯЁ][^a-zа-яё]*|[-–—]")


@lru_cache(maxsize=1)
def _kind_in_capitals() -> re.Pattern:
    """An act's kind in capitals, as a word or letter-spaced («П Р И К А З»)."""
    kinds = [k.upper() for k in vocab()["doc_types"]]
    alts = sorted({*kinds, *(" ".join(k) for k in kinds)}, key=len, reverse=True)
    return re.compile(r"(?<![А-Яа-яЁё])(?:" + "|".join(map(re.escape, alts)) + r")(?![А-Яа-яЁё])")


def _split(text: str) -> list[str] | None:
    for m in _kind_in_capitals().finditer(text):
        after = text[m.end():].strip()
        if after and not _AFTER_KIND.match(after):
            continue
        words = text[:m.start()].split()
        k = len(words)
        while k and _CAPS_WORD.fullmatch(words[k - 1]):
            k -= 1
        issuer = " ".join(words[k:])
        if len(words) - k < 2 or not _names_body(issuer):
            continue
        return [p for p in (" ".join(words[:k]), *_bodies(words[k:]), m.group(), after) if p]
    return None


def _names_body(issuer: str) -> bool:
    """Whether the capitals name a body: a head noun among their first words, in its own form (a sentence's
    «… К МИНИСТЕРСТВУ ОБРАЗОВАНИЯ ПРИКАЗ …» names one in the dative: no issuer above a kind)."""
    h = head_at(issuer)
    if h is None:
        return False
    head = _WORD.findall(join_spaced(issuer))[h]
    return first_lemmas(head, 1) == [head.lower().replace("ё", "е")]


def _bodies(words: list[str]) -> list[str]:
    """The issuer's run parted before each head noun in the nominative after the first body's name:
    a parent body's line above the issuer, «ПРАВИТЕЛЬСТВО САНКТ-ПЕТЕРБУРГА» / «КОМИТЕТ ПО ТАРИФАМ …»
    (a head in another case, «ГЛАВА АДМИНИСТРАЦИИ», names one body)."""
    heads, cuts = set(vocab()["authority_heads"]), [0]
    for k, w in enumerate(words[2:], 2):
        low = w.lower().replace("ё", "е")
        if low in heads and first_lemmas(w, 1) == [low]:
            cuts.append(k)
    return [" ".join(words[a:b]) for a, b in zip(cuts, [*cuts[1:], len(words)])]


def set_out(lines: list[Line], limit: int) -> list[Line]:
    """The lines with the first header run into one line (among the first `limit`) set out again."""
    for i, ln in enumerate(lines[:limit]):
        if is_doc_type(ln.text):
            return lines                # the header has its own lines
        parts = _split(ln.text) if len(ln.text) < 2000 else None
        if parts:
            return [*lines[:i], *(replace(ln, text=p) for p in parts), *lines[i + 1:]]
    return lines
