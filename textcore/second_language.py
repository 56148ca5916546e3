"""Words of another language in a Russian text: the second state language of a republic.

Republics publish acts in Russian and their own language (Татарстан, Башкортостан, Саха (Якутия),
Чувашия, Тыва, Марий Эл, Удмуртия, Коми, Адыгея…): a table's header cell names its column in
both («Точка взаимодействия Хезмәттәшлек ноктасы»), the act's kind stands beside its other name
(«ПРИКАЗ    БОЕРЫК»).  A reader of Russian words leaves the other language's out:

* a word holding a letter outside the Russian and Latin alphabets (ә ө ү җ ң һ ҡ ғ ҙ ҫ ҳ ӑ ӗ ӳ
  ҕ ҥ ӧ ӱ і …, and ă ĕ ç ÿ written for Chuvash letters);
* a Cyrillic word the Russian morphology does not know («ноктасы», «исеме», «боерык»), unless the
  caller's vocabulary (`keep`) holds it; a word cut short («вз-ия», «Наим.») is never one — it
  touches a hyphen or a dot —, nor is a word shorter than three letters, nor one in capitals
  in a text that is not (an abbreviation: «МФЦ», «ЕПГУ»), nor, in a text in capitals, a word of
  an abbreviation's shape: three letters or one vowel at most («ГКУ», «МЦР», «ГБУЗ»).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lemmas import is_known_word, lemma

_MIN_UNKNOWN = 3             # shorter words (prepositions, letters of «п/п») are never judged
# a word standing alone: a letter run touching no other word character, hyphen or dot
_WORD = re.compile(r"(?<![\w.-])[^\W\d_]+(?![\w.-])")
_FOREIGN_LETTER = re.compile(r"[^\W\d_а-яёa-z]", re.IGNORECASE)
_CYRILLIC = re.compile(r"^[а-яё]+$", re.IGNORECASE)
_VOWELS = frozenset("аеёиоуыэюя")
_ABBR_MAX_LETTERS = 3
# no «(» inside: «[\W_]*» ran past every «(» of a long run of them to the end (quadratic)
_EMPTIED = re.compile(r"\((?:[^\w()]|_)*\)")


@lru_cache(maxsize=50_000)
def is_foreign(word: str, keep: frozenset[str]) -> bool:
    """Whether one word (a letter run) is of another language than Russian."""
    if _FOREIGN_LETTER.search(word):
        return True
    low = word.lower().replace("ё", "е")
    if len(low) < _MIN_UNKNOWN or not _CYRILLIC.match(low) or low in keep or lemma(low) in keep:
        return False
    return not is_known_word(low)


def _abbreviation(word: str, caps: bool) -> bool:
    """A word in capitals that is an abbreviation: any in a text that is not in capitals, and
    one of an abbreviation's shape in a text that is; never one with a letter of another alphabet."""
    if not word.isupper() or _FOREIGN_LETTER.search(word):
        return False
    return not caps or len(word) <= _ABBR_MAX_LETTERS or sum(c in _VOWELS for c in word.lower()) <= 1


def russian_only(text: str, keep: frozenset[str] = frozenset()) -> str:
    """The text with the words of another language left out (see the module's doc)."""
    caps = text.upper() == text
    out = _WORD.sub(lambda m: m.group(0) if _abbreviation(m.group(0), caps) or not is_foreign(m.group(0), keep)
                    else "", text)
    out = _EMPTIED.sub(" ", out)                   # a bracket whose words were all left out
    return re.sub(r"\s+", " ", out).strip(" /|")
