"""Latin letters typed into Russian words by a slip («Ивановa», «peестр»): a word that mixes
Cyrillic letters with Latin ones that look the same gets them back as Cyrillic, so that its
lemma, a name's shape or a date's month reads.  Words wholly Latin («CJM», «HR», «e-mail»)
and words with Latin letters that look like no Cyrillic one stay as written."""
from __future__ import annotations

import re

_LATIN = "aeopcxykAEOPCXTHKMB"
_CYRILLIC = "аеорсхукАЕОРСХТНКМВ"
TO_CYRILLIC = str.maketrans(_LATIN, _CYRILLIC)   # str.translate table of the look-alikes
_WORD = re.compile(r"[A-Za-zА-Яа-яЁё]+")
_HAS_CYR = re.compile(r"[А-Яа-яЁё]")
_OTHER_LATIN = re.compile(rf"[^{_LATIN}А-Яа-яЁё]")


def _fix(m: re.Match) -> str:
    w = m.group()
    if not _HAS_CYR.search(w) or w.isascii() or _OTHER_LATIN.search(w):
        return w
    return w.translate(TO_CYRILLIC)


def fix_lookalikes(text: str) -> str:
    """The text with every mixed word's Latin look-alikes made Cyrillic (cheap when none)."""
    if not text or text.isascii() or not re.search(r"[A-Za-z]", text):
        return text
    return _WORD.sub(_fix, text)
