"""`unglue`: the words a converted page glued together in an act's header lines parted again
("постановлениемПравительства", "областиот 29 ноября"), read by metadata.py before the header.
"""
from __future__ import annotations

import re
from functools import lru_cache

from textcore.lemmas import morph

from .header_words import first_lemmas, vocab


# a converted page loses the breaks between words: "постановлениемПравительства",
# "УТВЕРЖДЕНОуказом", "Утвержденопостановлением", "областиот 29 ноября"
# (each written as a match of the letters before the break, not a lookbehind at every position: faster)
_CAMEL = re.compile(r"([а-яё])(?=[А-ЯЁ][а-яё])")
_CAPS_THEN_LOWER = re.compile(r"([А-ЯЁ]{3})(?=[а-яё]{3})")
_LONG_WORD = re.compile(r"[А-Яа-яЁё]{5,}")
# a signer's initials run into the post's last word («РеспубликиМ.ИГНАТЬЕВ»), and a register's number into
# its title's first word («№ 2253Об утверждении»: a capital «О»/«Об», a number's own letter is small)
_INITIALS = re.compile(r"([а-яё])(?=[А-ЯЁ]\.\s?[А-ЯЁ])")
_NUMBER_TITLE = re.compile(r"(\d)(?=Об?\s+(?!от\b)[а-яё])")     # «№ 12О от …»: the number's own


def unglue(text: str) -> str:
    """Words a converted page glued together, parted where no Russian word can run on: a
    capital after a small letter, small letters after a word in capitals, and a word the
    dictionary lacks that is a known word followed by "от" or by an act's kind; a signer's initials and a
    title's first word after the word or number they ran into."""
    text = _NUMBER_TITLE.sub(r"\1 ", _INITIALS.sub(r"\1 ", text))
    return _candidates().sub(_part, _CAPS_THEN_LOWER.sub(r"\1 ", _CAMEL.sub(r"\1 ", text)))


def _part(m: re.Match) -> str:
    return _parted(m.group(0))


@lru_cache(maxsize=1)
def _candidates() -> re.Pattern:
    """The long words `_parted` could part, found by one scan instead of a call per word: one
    ending in a glued tail after 4 letters, or holding an act's kind's stem after 3 letters
    with a letter after the stem (the same tests `_parted` makes)."""
    letter = "А-Яа-яЁё"
    stems = "|".join(sorted({re.escape(t[:4]) for t in vocab()["doc_types"]}))
    tails = "|".join(re.escape(t) for t in _glued_tails())
    return re.compile(rf"(?<![{letter}])(?=[{letter}]{{5}})(?:[{letter}]{{4,}}(?:{tails})|"
                      rf"[{letter}]{{3,}}(?:{stems})[{letter}]+)(?![{letter}])", re.I)


@lru_cache(maxsize=50_000)
def _parted(word: str) -> str:
    """A long word as `unglue` parts it (cached: a page's words recur)."""
    low = word.lower()
    # the dictionary is asked only about a word that could be glued (it is slow)
    inner = [x.start() for x in _kind_stems().finditer(low, 3) if x.start() < len(word) - 4]
    tails = [t for t in _glued_tails() if low.endswith(t) and len(low) - len(t) >= 4]
    if not (tails or inner) or _known(low):
        return word
    for tail in tails:              # the longest first: «белгородской|области», not «…област|и»
        if _known(low[:-len(tail)]):
            return word[:-len(tail)] + " " + word[-len(tail):]      # "областиот", "развитияи"
    for k in inner:
        stem, kind = word[:k], _kind_prefix(word[k:])
        if kind and _known(stem.lower()):
            rest = word[k + len(kind):]
            return " ".join([stem, kind, *([_LONG_WORD.sub(_part, rest)] if rest else [])])
    return word


# short words a converted page glues to the word before them ("краяот 30 декабря", "развитияи занятости"),
# and a subject's kind word (data: `glued_subject_words`, «БЕЛГОРОДСКОЙОБЛАСТИ»)
_GLUED_TAILS = ("от", "и")


@lru_cache(maxsize=1)
def _glued_tails() -> tuple[str, ...]:
    return tuple(sorted({*_GLUED_TAILS, *vocab()["glued_subject_words"]}, key=len, reverse=True))


def _kind_prefix(tail: str) -> str | None:
    """The act's kind a glued run opens with: "приказом" of "приказомминистерства"."""
    kinds = vocab()["doc_types"]
    for j in range(len(tail), 4, -1):
        lem = first_lemmas(tail[:j], 1)
        if lem and lem[0] in kinds and (j == len(tail) or _known(tail[:j].lower())):
            return tail[:j]
    return None


@lru_cache(maxsize=1)
def _kind_stems() -> re.Pattern:
    return re.compile("|".join(sorted({re.escape(t[:4]) for t in vocab()["doc_types"]})))


@lru_cache(maxsize=50_000)
def _known(word: str) -> bool:
    return morph().word_is_known(word)
