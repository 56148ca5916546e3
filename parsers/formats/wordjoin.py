"""Join the lines of a wrapped cell, mending words a narrow column broke in two.

"Многофункциональ" + "ный центр" is one word, "Телефонная" + "связь" two:
the morphology dictionary decides (the joined form is a known word and a part
is not), never a list of words.  Where the reader knows the break was forced
(the whole word is wider than the column, so no ordinary wrap could put it
there) a known joined form suffices: "Цифрова" + "я" -> "Цифровая" although "я"
is a word.  "много-" + "функциональный" loses its hyphen when the joined form
is a word; "онлайн-" + "сервис" keeps it ("онлайнсервис" is no word).
"""
from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"^[А-Яа-яЁё]+$")
_TAIL = re.compile(r"([А-Яа-яЁё]+)(-?)$")
_HEAD = re.compile(r"^([А-Яа-яЁё]+)")
_LATIN_END = re.compile(r"[A-Za-z0-9][@./_:-]$")   # broke after a separator inside an address
_LATIN_START = re.compile(r"^[A-Za-z0-9@./_-]")


@lru_cache(maxsize=1)
def _morph():
    from textcore.lemmas import morph   # the one shared morphology object
    return morph()


@lru_cache(maxsize=200_000)
def is_known(word: str) -> bool:
    """A dictionary word (not a guess from its ending)."""
    return bool(_WORD.match(word)) and _morph().word_is_known(word.lower())


def glue(left: str, right: str, forced: bool = False) -> str:
    """`left` line + `right` line: with a space, or as one word when a word was broken.
    `forced`: the layout shows the last word of `left` and the first of `right`
    could not have been on one line together."""
    if not left:
        return right
    if not right:
        return left
    tail, head = _TAIL.search(left), _HEAD.match(right)
    if tail and head:
        a, hyphen, b = tail.group(1), tail.group(2), head.group(1)
        whole = a + b
        if hyphen:
            # "много-|функциональный": drop the hyphen when it only broke a word,
            # keep it in a compound ("онлайн-|сервис", "Офлайн-|точка")
            return left[:-1] + right if is_known(whole) else left + right
        if is_known(whole) and (forced or not (is_known(a) and is_known(b))):
            return left + right
    elif forced and _LATIN_END.search(left) and _LATIN_START.match(right):
        return left + right                     # "mincult-kuzbass@ako." + "ru"
    elif left.endswith("-") and len(left) > 1 and left[-2].isalnum() and right[:1].isalnum():
        return left + right                     # "mincult-|kuzbass@ako.ru"
    return f"{left} {right}"


def join_lines(lines: list[str], forced: list[bool] | None = None) -> str:
    """Lines of one cell joined; `forced[i]` is the flag for the break after line i."""
    out = ""
    for i, line in enumerate(lines):
        out = glue(out, line.strip(), bool(forced and i > 0 and forced[i - 1]))
    return out
