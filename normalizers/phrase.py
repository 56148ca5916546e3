"""Words of a short phrase with their morphology: the shared reading step of the need
grammar and the channel heads.

A phrase becomes a list of `Word`s (surface form, lemmas of its likeliest readings,
part of speech, case).  Hyphenated words keep the whole form ("чат-бот") and their
parts ("интернет", "приемная").  A word the dictionary does not know (a typo:
"инфомации", "Электроная") can be corrected to the nearest form of a vocabulary
lemma; such a word is flagged `fuzzy` so that the code it leads to scores lower.  Before
that, a speller built with `unglue` splits two words run together ("Получениеинформации").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from rapidfuzz import fuzz, process

from textcore.lemmas import cut_fits, morph, normalize
from textcore.vocab import VocabularyError, vocabulary
from textcore.word_mends import join_hyphenated  # noqa: F401  - words broken by a hyphen: one rule, in textcore
from .cut_words import dotted_cut, one_family, whole_word

_TOKEN = re.compile(r"[а-яa-z0-9]+(?:[-.][а-яa-z0-9]+)*|[,;()]")
_CONJ = frozenset({"и", "или", "либо", ","})
# "и (или)", "и/или": one conjunction
_AND_OR = re.compile(r"\bи\s*(?:\(\s*или\s*\)|/\s*или\b)")
_MIN_HALF = 3
# two glued words are seldom longer; a longer run of letters (a spoiled cell) is not tried,
# each split would be read and cached
_MAX_GLUED = 40


@dataclass(frozen=True)
class Word:
    text: str                      # lower case, ё -> е
    lemmas: frozenset[str]         # normal forms of its likelier readings, and the form itself
    lemma: str                     # the likeliest normal form
    pos: str | None
    cases: frozenset[str]
    fuzzy: bool = False            # corrected from an unknown spelling
    parts: tuple[str, ...] = ()    # lemmas of a hyphenated word's parts

    @property
    def is_punct(self) -> bool:
        return self.text in ",;()"

    @property
    def is_conj(self) -> bool:
        return self.text in _CONJ


@lru_cache(maxsize=50_000)
def _read(word: str) -> tuple[frozenset[str], str, str | None, frozenset[str], bool]:
    if not re.search("[а-я]", word):
        return frozenset({word}), word, "LATN", frozenset(), True
    parses = morph().parse(word)[:3]
    best = parses[0]
    lemmas = {p.normal_form.replace("ё", "е") for p in parses if p.score >= best.score * 0.3} | {word}
    cases = frozenset(p.tag.case for p in parses if p.tag.case and p.normal_form == best.normal_form)
    known = any(p.is_known for p in parses)
    return frozenset(lemmas), best.normal_form.replace("ё", "е"), best.tag.POS, cases, known


class Speller:
    """Corrects an unknown word to the nearest inflected form of a vocabulary lemma."""

    def __init__(self, lemmas: Iterable[str], unglue: bool = False, cuts: bool = False, cut_words: Iterable[str] = (),
                 pairs: Iterable[tuple[str, str]] = ()):
        lemmas = list(lemmas)
        self._pairs = tuple(pairs)     # two-word terms a cut may start («обр. связь»: `dotted_pair`)
        # `cuts`: a word before a dot may be cut short («конс.»; the channel reader mends its own
        # cuts), into a word of the vocabulary or of `cut_words` (words its rules name: «межвед.»)
        self.cuts = cuts
        self._cut_words = tuple(cut_words)
        # `unglue`: a word the dictionary does not know is first tried as two run together, one of
        # them a vocabulary word (the channel reader does it itself, with combining forms)
        self.vocab = frozenset(lem for lem in lemmas if " " not in lem) if unglue else frozenset()
        forms: dict[str, str] = {}
        for lem in lemmas:
            if " " in lem or not re.fullmatch("[а-я]+", lem):
                continue
            for p in morph().parse(lem)[:1]:
                for f in p.lexeme:
                    forms.setdefault(f.word.replace("ё", "е"), lem)
            forms.setdefault(lem, lem)
        self._forms = forms
        self.forms = frozenset(forms)        # the vocabulary's inflected forms: unglue's cheap test
        self._choices = list(forms)

    @lru_cache(maxsize=20_000)
    def correct(self, word: str) -> tuple[str, str] | None:
        """(lemma, the form it was corrected to), or None."""
        if len(word) < 5:
            return None
        hit = process.extractOne(word, self._choices, scorer=fuzz.ratio, score_cutoff=84)
        return (self._forms[hit[0]], hit[0]) if hit else None

    @lru_cache(maxsize=5_000)
    def expand(self, word: str) -> tuple[str, str] | None:
        """A word cut short with a hyphen, its start and its ending kept ("инф-ции", "заяв-ния"):
        (lemma, form) of the one vocabulary lemma with a form so starting and ending, or None."""
        head, _, tail = word.partition("-")
        if len(head) < 3 or not 1 <= len(tail) <= 4 or "-" in tail:
            return None
        # several lemmas of one word family fit («инф-е»: информирование, информация): its noun; a
        # clerk cuts the words the rules name as he cuts them before a dot («кач-во»: качество)
        forms = self._dotted_forms() if self.cuts else self._forms
        lemma = one_family(set(cut_fits(head, tail, forms)), head)
        if lemma is None:
            return None
        return lemma, next(f for f, lem in forms.items() if lem == lemma and f.startswith(head) and f.endswith(tail))

    @lru_cache(maxsize=5_000)
    def dotted(self, token: str) -> str | None:
        """A word cut short before a dot («конс.», «получ.»): the vocabulary lemma it stands
        for (normalizers/cut_words.py), or None."""
        return dotted_cut(token, self._dotted_forms()) if self.cuts else None

    @lru_cache(maxsize=5_000)
    def dotted_pair(self, token: str, after: str) -> str | None:
        """A cut that several word families fit, made one by the word after it: the first lemma of
        the one two-word term of the vocabulary that the cut starts and that word ends («обр.
        связи»: обратная связь, where «обр.» alone is обращение, обратный or образец), or None."""
        # (the dictionary's own reading of a cut, «обр.» образец, yields to a term: «образец связи» is none)
        if not self.cuts or not after or len(token) < 3 or not token.isalpha():
            return None
        # a word of the vocabulary ends before its dot («адрес. помощь»), but for the dictionary's
        # own abbreviation («обр.» образец), which is a cut
        if whole_word(token, self._dotted_forms()) and "Abbr" not in morph().parse(token)[0].tag:
            return None
        ends = {p.normal_form.replace("ё", "е") for p in morph().parse(after.lower())[:2]}
        fits = {a for a, b in self._pairs if b in ends and a.startswith(token) and len(a) >= len(token) + 2}
        return fits.pop() if len(fits) == 1 else None

    @lru_cache(maxsize=1)
    def _dotted_forms(self) -> dict[str, str]:
        """The vocabulary's forms and those of `cut_words`, each with its lemma (built once)."""
        forms = dict(self._forms)
        for lem in self._cut_words:
            for p in morph().parse(lem)[:1] if re.fullmatch("[а-я]+", lem) else ():
                for f in p.lexeme:
                    forms.setdefault(f.word.replace("ё", "е"), lem)
        return forms


# a slang noun's stem takes any case ending ("инфа", "инфу", "инфой")
_ENDINGS = "(?:а|у|ы|е|и|ой|ою|ам|ами|ах|ов|ом|)"


@vocabulary(Path(__file__).parent / "data" / "colloquial.yaml", required=("words",))
def _colloquial(data: dict) -> tuple[dict[str, str], dict[str, str], re.Pattern | None]:
    """(whole word -> standard words, slang stem -> standard words, pattern of the stems
    with a case ending)."""
    # keys in the form a token takes (lower case, ё → е): «Чё» or «инфо́» as typed would never match
    nouns = {normalize(str(k)): str(v) for k, v in (data.get("nouns") or {}).items()}
    stems = "|".join(sorted(map(re.escape, nouns), key=len, reverse=True))
    whole = {normalize(str(k)): str(v) for k, v in data["words"].items()}
    pattern = re.compile(rf"({stems}){_ENDINGS}") if stems else None
    # a standard word that is itself colloquial would be read again, and a cycle never ends
    for std in (*whole.values(), *nouns.values()):
        again = [t for t in _TOKEN.findall(normalize(std)) if t in whole or pattern and pattern.fullmatch(t)]
        if again:
            raise VocabularyError(f"colloquial.yaml: «{std}» stands for a word, yet {again[0]!r} is a colloquial one")
    return whole, nouns, pattern


def _standard(tok: str) -> str | None:
    """The standard words a colloquial or jargon word stands for (data/colloquial.yaml), or None."""
    whole, nouns, stems = _colloquial()
    if tok in whole:
        return whole[tok]
    m = stems.fullmatch(tok) if stems else None
    # a form the dictionary reads as another part of speech is another word ("заяви": заявить)
    if not m or morph().parse(tok)[0].tag.POS not in ("NOUN", None):
        return None
    return nouns[m.group(1)]


def words(text: str, speller: Speller | None = None) -> tuple[Word, ...]:
    """The words (and , ; ( ) marks) of a phrase; a colloquial or jargon word read as the
    standard words it stands for (`_standard`)."""
    out = []
    # `normalize` mends the words first (textcore/word_mends.py): Latin letters drawn like Cyrillic
    # ones («cтатус»), hyphen-broken words, words run together
    text = _AND_OR.sub(" или", normalize(text))
    for m in _TOKEN.finditer(text):
        tok = m.group()
        if tok in ",;()":
            out.append(Word(tok, frozenset(), tok, None, frozenset()))
            continue
        if (std := _standard(tok)) is not None:
            out += words(std, speller)
            continue
        lemmas, lemma, pos, cases, known = _read(tok)
        parts: tuple[str, ...] = ()
        if "-" in tok:
            parts = tuple(_read(p)[1] for p in tok.split("-") if p)
        fuzzy = False
        if not known and speller is not None and "-" in tok and (cut := speller.expand(tok)):
            lemma, fuzzy = cut[0], True          # a guess, as a corrected typo is: into review
            _, _, pos, cases, _ = _read(cut[1])
            lemmas = lemmas | {lemma}
        elif speller is not None and text[m.end():m.end() + 1] == "." and (
                cut := speller.dotted_pair(tok, _word_after(text, m.end() + 1)) or speller.dotted(tok)):
            lemma, fuzzy = cut, True             # «конс.»: a guess, as a hyphen's cut is
            _, _, pos, cases, _ = _read(cut)
            lemmas = lemmas | {lemma}
        elif not known and speller is not None and "-" not in tok:
            if speller.vocab and (apart := unglue(tok, speller.vocab, forms=speller.forms)):   # "получениеинформации"
                out += words(apart, speller)
                continue
            fixed = speller.correct(tok)
            if fixed and fixed[0] not in lemmas:
                lemma, fuzzy = fixed[0], True
                _, _, pos, cases, _ = _read(fixed[1])
                lemmas = lemmas | {lemma}
        out.append(Word(tok, lemmas, lemma, pos, cases, fuzzy, parts))
    return tuple(out)


def _word_after(text: str, at: int) -> str:
    """The token after position `at` ("" at the end): the word after a cut's dot."""
    m = _TOKEN.search(text, at)
    return m.group() if m else ""


def _known(word: str) -> bool:
    return _read(word)[4]


def unglue(text: str, vocab: frozenset[str], combining: frozenset[str] = frozenset(),
           forms: frozenset[str] | None = None) -> str | None:
    """Two words run together ("электроннаяпочта", "инфокиоск"): the split whose halves are
    dictionary words (the first may be a vocabulary word or a combining form) and one of them
    a vocabulary lemma, when exactly one split is so.  `forms`, the vocabulary's inflected
    forms where known: only a split with a half among them (or a combining form first) is
    read, not each of the ~2 per letter (each reading is a morphology parse, cached)."""
    if len(text) > _MAX_GLUED or _known(text) or not re.fullmatch("[а-я]+", text):
        return None
    splits = [(text[:i], text[i:]) for i in range(_MIN_HALF - 1, len(text) - _MIN_HALF + 1)]
    if forms is not None:
        splits = [(a, b) for a, b in splits if a in forms or b in forms or a in vocab or a in combining]
    fits = [f"{a} {b}" for a, b in splits if (_known(a) and len(a) >= _MIN_HALF or a in vocab or a in combining)
            and _known(b) and (_read(a)[1] in vocab or _read(b)[1] in vocab)]
    return fits[0] if len(fits) == 1 else None
