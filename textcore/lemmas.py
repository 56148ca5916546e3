"""Lemmatization with ONE shared natasha morphology object, `morph()` (pymorphy2
dictionaries shipped in natasha's wheel); every package uses this one.

`import natasha` must run before anything touches pymorphy2: on Python 3.11 it
patches pymorphy2's use of `inspect.getargspec`.  The vocabulary is built once per
process and whole phrases are cached (natasha's own cache is per word and small).
"""
from __future__ import annotations

import os
import re
from functools import lru_cache
from typing import Mapping

import natasha  # noqa: F401  - must precede pymorphy2 (see module doc)
from natasha import MorphVocab

from .clean import clean_text
from .word_mends import mend_case, mend_words

_WORD = re.compile(r"[а-яёa-z0-9]+", re.IGNORECASE)


class _MorphVocab(MorphVocab):
    """natasha's MorphVocab, told where pymorphy2's Russian dictionaries are: pymorphy2 would
    look them up through pkg_resources' entry points, an import of ~0.1 CPU-s at every start,
    to name the same folder (pymorphy2_dicts_ru, its own requirement).  Its environment
    variable and any other language are left to pymorphy2."""

    @classmethod
    def choose_dictionary_path(cls, path=None, lang=None):
        if path is None and lang in (None, "ru") and cls.DICT_PATH_ENV_VARIABLE not in os.environ:
            try:
                import pymorphy2_dicts_ru
            except ImportError:
                pass
            else:
                return pymorphy2_dicts_ru.get_path()
        return super().choose_dictionary_path(path, lang)


@lru_cache(maxsize=1)
def morph() -> MorphVocab:
    return _MorphVocab()


@lru_cache(maxsize=65_536)
def normalize(text: str) -> str:
    """Lower case, ё→е, markup-free, spoilt words mended (`word_mends`: look-alike letters,
    hyphen-broken words, words run together); the common form of input text and taxonomy terms.
    Cached per text: every reader normalizes the same cells and terms again."""
    cased = mend_case(clean_text(text))
    return mend_words(cased.lower().replace("ё", "е"), cased)


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    word = word.lower().replace("ё", "е")
    if not re.search("[а-я]", word):
        return word
    return morph().parse(word)[0].normal_form.replace("ё", "е")


@lru_cache(maxsize=100_000)
def lemmas(text: str) -> tuple[str, ...]:
    """Lemmas of the words of a phrase, in order (cached per phrase)."""
    return tuple(lemma(w) for w in _WORD.findall(normalize(text)))


def is_known_word(word: str) -> bool:
    """True when the morphology dictionary knows the word (not a guess by suffix)."""
    return any(p.is_known for p in morph().parse(word.lower()))


def cut_fits(start: str, end: str, forms: Mapping[str, str]) -> frozenset[str]:
    """Lemmas a word cut short with a hyphen («инф-ции», «вз-ия»: its start and its end kept) can
    stand for: of `forms` (a vocabulary's word -> its lemma), each longer than the cut that starts
    with its start and ends with its end.  One rule for a table's header words and a phrase's."""
    least = len(start) + len(end) + 1
    return frozenset(lem for word, lem in forms.items()
                     if len(word) >= least and word.startswith(start) and word.endswith(end))
