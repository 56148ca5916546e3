"""Words a clerk cut short with a dot («конс.», «получ.», «рассмотр.», «уведомл.»): the
vocabulary word they stand for, by rule, not from a list of cuts.

A token followed by a dot is a cut when it is no form of the vocabulary and the dictionary
does not read it as a word of the vocabulary («Получение справки.» ends a sentence on a whole
word), and the vocabulary's forms that it starts (two letters longer at least) are one
word family: their lemmas (or the cut itself) share a stem of `_FAMILY_STEM` letters or more
(«получ.» → получение, получить, получатель; «заявл.» → заявление, заявить; «обр.» → обращение, обратный, образец is no one word, and
stays unread).  It stands for the family's shortest noun («конс.» → консультация, «отв.» →
ответ): a clerk cuts the noun that names the thing.  The same family test settles a
hyphen cut that several lemmas fit («инф-е»: информирование, информация).
"""
from __future__ import annotations

import os
from typing import Mapping

from textcore.lemmas import morph

# shorter common stems join unrelated words («пред»: предоставление, предложение, предъявление)
_FAMILY_STEM = 5
_MIN_CUT = 3


def _noun_first(lemmas: set[str]) -> str:
    """The shortest noun among the lemmas (any word where none is a noun)."""
    nouns = [lem for lem in lemmas if morph().parse(lem)[0].tag.POS == "NOUN"]
    return min(nouns or lemmas, key=lambda lem: (len(lem), lem))


def one_family(lemmas: set[str], cut: str) -> str | None:
    """The lemma a cut stands for when the lemmas it fits are one word family, else None."""
    if not lemmas:
        return None
    # the cut is a stem all of them share («заявл»: заявление, заявлю of заявить)
    stem = max(os.path.commonprefix(sorted(lemmas)), cut, key=len)
    if len(lemmas) > 1 and len(stem) < _FAMILY_STEM:
        return None
    return _noun_first(lemmas)


def dotted_cut(token: str, forms: Mapping[str, str]) -> str | None:
    """The vocabulary lemma a token written before a dot stands for («конс» → консультация),
    or None (a whole word, or a cut several word families fit).  `forms`: the vocabulary's
    inflected forms, each with its lemma (the caller caches: this scans them)."""
    if len(token) < _MIN_CUT or not token.isalpha() or not token.islower():
        return None
    if whole_word(token, forms):
        return None
    fits = {lem for form, lem in forms.items() if len(form) >= len(token) + 2 and form.startswith(token)}
    return one_family(fits, token)



def whole_word(token: str, forms: Mapping[str, str]) -> bool:
    """Is the token a word of the vocabulary itself (a form of it, or a word whose lemma it
    lists), which a dot after it only ends: no cut?"""
    return token in forms or any(p.normal_form.replace("ё", "е") in forms.values() for p in morph().parse(token)[:2])


def rule_words(refine) -> set[str]:
    """The words the grammar's refine rules name (their modifiers, word by word): a clerk
    cuts them too («межвед.»: межведомственный)."""
    return {w for rule in refine for mod in rule[2] for w in mod}
