"""Header words written cut short: «вз-ия», «деят-ти», «Наим.», «Тип т. вз.», «Хар-ка».

A narrow column's header is often abbreviated.  A word cut with a dot keeps its start
(«Наим.» — «наименование»); a word written with a hyphen inside keeps its start and its end
(«вз-ия» — «взаимодействия», «деят-ти» — «деятельности»).  Such a cut stands for any word of
the table kind's own header vocabulary (`parsers/data/columns.yaml`) that starts with the part
before the cut and ends with the part after it, so the rule follows the vocabulary and no
spelling of an abbreviation is listed anywhere.  A cut is one word of the header: it may stand
for any of its candidates when a phrase is matched (`columns.field_scores`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from textcore.lemmas import cut_fits, is_known_word, lemma, normalize

# a word with an inner hyphen and/or a closing dot: «вз-ия», «деят-ти.», «наим.», «т.»
# («п/п.» is the ordinal column's, never a cut: a word touching a slash is left alone)
_TOKEN = re.compile(r"(?<![а-яa-z0-9/-])([а-я]+(?:-[а-я]+)?)(\.?)(?![а-я0-9/])")
_WORD = re.compile(r"[а-я]+")


@lru_cache(maxsize=None)
def _vocabulary(phrases: tuple[str, ...]) -> dict[str, str]:
    """Surface word -> lemma, for every word of the vocabulary's phrases and for their lemmas."""
    out: dict[str, str] = {}
    for phrase in phrases:
        for word in _WORD.findall(normalize(phrase)):
            out.setdefault(word, lemma(word))
            out.setdefault(lemma(word), lemma(word))
    return out


def split_cuts(text: str, phrases: tuple[str, ...]) -> tuple[str, tuple[frozenset[str], ...]]:
    """(the header text without its cut words, each cut word's candidate lemmas).

    A dotted word is a cut only where the vocabulary holds a longer word it starts
    («Примечание.» is a whole word; «Наим.» is not); it may still be the word it spells.
    A hyphenated word is a cut only where the morphology does not know it as a word
    («интернет-приёмная», «оф-лайн» stay words) and a longer vocabulary word fits it.
    """
    vocab = _vocabulary(phrases)
    cuts: list[frozenset[str]] = []
    kept: list[str] = []
    last = 0
    norm = normalize(text)
    for m in _TOKEN.finditer(norm):
        body, dot = m.group(1), m.group(2)
        start, _, end = body.partition("-")
        if end:
            found = cut_fits(start, end, vocab)
            found = found if found and not is_known_word(body) else frozenset()
        elif dot:
            found = cut_fits(start, "", vocab)
            found = found | {lemma(start)} if found else found
        else:
            continue
        if found:
            kept.append(norm[last:m.start()])
            last = m.end()
            cuts.append(found)
    if not cuts:
        return text, ()
    kept.append(norm[last:])
    return " ".join(kept), tuple(cuts)


def covers(missing: frozenset[str], cuts: tuple[frozenset[str], ...]) -> bool:
    """Whether distinct cut words can stand for every one of the `missing` phrase words: a
    matching, found by augmenting paths (Kuhn) so that a cell of hundreds of dotted words
    («в. н. в. н. …», a body cell read by `map_columns`) costs words² × cuts, not cuts^words."""
    owner: dict[int, str] = {}                 # cut index -> the phrase word it stands for

    def place(word: str, seen: set[int]) -> bool:
        for i, cut in enumerate(cuts):
            if word in cut and i not in seen:
                seen.add(i)
                if i not in owner or place(owner[i], seen):
                    owner[i] = word
                    return True
        return False

    return all(place(word, set()) for word in sorted(missing))
