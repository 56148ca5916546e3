"""Interaction cells -> need phrases -> need codes.

A cell like "Получение информации клиентом, получение консультации клиентом.
Уведомление о ходе…" holds several needs.  It is split at sentence ends and
semicolons, and at a comma only when what follows starts a new need (a noun in
the nominative, "получение …"); "Получение информации, в том числе о ходе
рассмотрения запроса" therefore stays one phrase, and its "в том числе" part is
matched as a need of its own (information + status).
"""
from __future__ import annotations

import re
from functools import lru_cache

from textcore.lemmas import morph, normalize
from .matcher import _OVERRIDE_HOOKS, Match, taxonomy
from .need_grammar import read_needs

_SENTENCE = re.compile(r"(?<=[^\s.]{3})[.;]\s+(?=[А-ЯЁA-Z])|;\s*|\n")
_INCLUDING = re.compile(r",?\s*(?:в том числе|включая|а также|в т\.\s*ч\.)\s+", re.IGNORECASE)
_FIRST_WORD = re.compile(r"^\s*([А-Яа-яЁё]+)")


@lru_cache(maxsize=20_000)
def _starts_new_need(fragment: str) -> bool:
    m = _FIRST_WORD.match(fragment)
    if not m:
        return False
    word = m.group(1).lower()
    if len(word) < 3:                  # "в", "о": pymorphy also reads them as abbreviations
        return False
    # any reading as a singular nominative noun: "получение", "подача", "запись"
    return any("NOUN" in p.tag and "nomn" in p.tag and "sing" in p.tag and "Abbr" not in p.tag
               for p in morph().parse(word))


@lru_cache(maxsize=20_000)
def split_needs(cell: str) -> tuple[str, ...]:
    """Need phrases of an interaction cell, in order."""
    phrases: list[str] = []
    for sentence in _SENTENCE.split(cell or ""):
        sentence = sentence.strip(" .;,")
        if not sentence:
            continue
        parts = [p for p in re.split(r",\s*", sentence)]
        current = parts[0]
        for part in parts[1:]:
            if _starts_new_need(part):
                phrases.append(current.strip())
                current = part
            else:
                current += ", " + part
        phrases.append(current.strip())
    return tuple(p for p in phrases if normalize(p))


def _head(phrase: str) -> str:
    """The verbal head of a need phrase ("Получение информации" -> "Получение")."""
    m = _FIRST_WORD.match(phrase)
    return m.group(1) if m else ""


def _by_grammar(phrase: str) -> tuple[Match, ...]:
    """Codes of a phrase read as action + object, each once (empty when it cannot be read)."""
    out: dict[str, Match] = {}
    for n in read_needs(phrase):
        if n.code not in out:
            out[n.code] = Match(n.code, n.score, f"grammar:{n.how}", phrase)
    return tuple(out.values())


@lru_cache(maxsize=50_000)
def _codes(phrase: str) -> tuple[Match, ...]:
    """Codes of a phrase by action + object; by shared words when it cannot be read."""
    return taxonomy("needs").decide(phrase, _by_grammar)


_OVERRIDE_HOOKS.append(_codes.cache_clear)


def match_phrase(phrase: str) -> list[Match]:
    """Codes of one need phrase; "в том числе о ходе…" adds its own (information + status)."""
    pieces = _INCLUDING.split(phrase, maxsplit=1)
    if len(pieces) == 2 and pieces[0].strip() and pieces[1].strip():
        main, incl = pieces
        first = list(_codes(main.strip(" ,(")))
        # "о ходе рассмотрения запроса" gets the head verb back: "Получение о ходе…"
        second = [m for m in _codes(f"{_head(main)} {incl.strip(' )')}") if m.code not in {f.code for f in first}]
        return first + second
    return list(_codes(phrase))


def match_needs(text: str) -> list[Match]:
    """All need codes of an interaction cell, unique, in first-mention order."""
    out: list[Match] = []
    seen: set[str] = set()
    for phrase in split_needs(text):
        for m in match_phrase(phrase):
            if m.code not in seen:
                seen.add(m.code)
                out.append(m)
    return out


def need_phrase_matches(text: str) -> list[Match]:
    """Every phrase's match (duplicates kept) — what the review table looks at."""
    return [m for phrase in split_needs(text) for m in match_phrase(phrase)]
