"""Compound abbreviations read as the words they shorten (vocabulary: data/compounds.yaml).

    "Меры соцподдержки"  -> "Меры соцподдержки (социальный поддержки)"
    "Госзакупки"         -> "Госзакупки (государственный закупки)"
    "Хоз. обеспечение"   -> "Хоз. (хозяйственный) обеспечение"

The word stays as written (a rule may name it whole: "спецодежда"), the expansion follows
it; only the lemmas matter to the matchers, so the adjective is left in its dictionary form.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from textcore.lemmas import morph
from textcore.vocab import vocabulary

DATA = Path(__file__).resolve().parent / "data"

_WORD = re.compile(r"(?<![\w-])([А-Яа-яЁё]{6,})(?![\w-])")
_MIN_REST = 5
_NAMES = {"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr"}


@vocabulary(DATA / "compounds.yaml")
def _data(data: dict) -> tuple[dict[str, str], frozenset[str]]:
    known = frozenset(str(w).lower().replace("ё", "е") for w in data.get("known") or ())
    return {str(k).lower(): str(v) for k, v in data.items() if k != "known"}, known


def _a_word_of_its_own(low: str) -> bool:
    """A word the dictionary knows is no compound («медленный» is not «мед» + «ленный»),
    unless `known` lists its lemma (the dictionary knows «медосмотр» too)."""
    parses = morph().parse(low)
    return morph().word_is_known(low) and not any(p.normal_form.replace("ё", "е") in _data()[1] for p in parses)


@lru_cache(maxsize=20_000)
def _expansion(word: str) -> str | None:
    low = word.lower().replace("ё", "е")
    if _a_word_of_its_own(low):
        return None
    for stem, full in _data()[0].items():
        rest = low[len(stem):]
        if low.startswith(stem) and len(rest) >= _MIN_REST and _plain_word(rest):
            return f"{full} {rest}"
    return None


def _plain_word(word: str) -> bool:
    return any(p.is_known and p.tag.POS in ("NOUN", "ADJF") and not (_NAMES & p.tag.grammemes)
               for p in morph().parse(word))


# a stem written apart and cut with a dot, a clerk's «хоз. обеспечение», «соц. поддержка», «адм.-хоз.»
_STEM_CUT = re.compile(r"(?<![\w.])(?<!\w-)([А-Яа-яЁё]{3,7})\.(?=\s+[А-Яа-яЁё]|-[А-Яа-яЁё])")


def expand_compounds(text: str) -> str:
    """Each compound abbreviation followed by what it shortens, in parentheses; so is a stem of
    the vocabulary written apart with a dot («Хоз. обеспечение»)."""
    def one(m: re.Match) -> str:
        full = _expansion(m.group(1))
        return f"{m.group(1)} ({full})" if full else m.group(1)

    def cut(m: re.Match) -> str:
        full = _data()[0].get(m.group(1).lower().replace("ё", "е"))
        return f"{m.group(0)} ({full})" if full else m.group(0)
    return _STEM_CUT.sub(cut, _WORD.sub(one, text))
