"""An issuing body's name in the case and casing wanted: a header's capitals recased (region names
and the words always capitalized keep their capitals), the head noun and its adjectives put in the
nominative or genitive (a bracketed apposition with them), the dependent genitive kept as written.
"""
from __future__ import annotations

import re
from functools import lru_cache

from textcore.lemmas import lemma, morph
from textcore.regions import find_regions, stands_for, words

from .header_words import head_at, proper_words, vocab
from .lines import join_spaced


def mostly_upper(text: str) -> bool:
    letters = sum(map(str.isalpha, text))          # map over a builtin: no Python loop per character
    return bool(letters) and sum(map(str.isupper, text)) > 0.8 * letters


# a quote that opens a name: «, or a straight " not right after a word (that one closes it:
# 'МО "ГОРОД ЭНСК" ЧЕТВЕРТОГО СОЗЫВА' -> the convocation stays small)
_OPENING_QUOTE = re.compile(r'(?:«|(?<![\w.])")\s*(?=\w)')


_NUMBER_SIGN = re.compile(r"(?<![^\W\d_])N(?=\s*\d)")


def recase(text: str) -> str:
    """An all-capitals name in sentence case, region names (and "Правительство") and listed acronyms
    ("ЗАГС", "МО") keeping their capitals."""
    text = join_spaced(text)
    if not mostly_upper(text):
        return text
    chars = list(text.lower())
    proper: list[tuple[int, int]] = []
    kept: list[tuple[int, int]] = []
    for m in find_regions(text):
        for lem, s, e in words(text[m.start:m.end]):
            if lem in m.region.proper:
                proper.append((s + m.start, e + m.start))
            elif m.abbreviated and not stands_for(lem):
                kept.append((s + m.start, e + m.start))   # an acronym, «КЧР», «ХМАО»: spelled out later, as written
    proper += proper_words(text)
    first = next((i for i, c in enumerate(chars) if c.isalpha()), None)
    starts = {s for s, _ in proper} | set(listed_capitals(text)) | ({first} if first is not None else set())
    starts |= {m.end() for m in _OPENING_QUOTE.finditer(text)}      # a quoted entity's name: «Город Энск»
    starts |= {m.start() for m in _NUMBER_SIGN.finditer(text)}       # a cited act's «N 1192», not «n 1192»
    for s in starts:
        chars[s] = chars[s].upper()
    for m in _kept_capitals().finditer(text):       # "АДМИНИСТРАЦИЯ МО «…»": issuer_form writes МО out
        chars[m.start():m.end()] = m.group()
    for s, e in kept:
        chars[s:e] = text[s:e]
    return "".join(chars)


def listed_capitals(text: str) -> list[int]:
    """Where the words start that a body's proper name always capitalizes: a listed noun
    ("Дума", "Правительство") and the second word of a listed pair ("Законодательное Собрание";
    metadata.yaml's `capitalized_in_names`, `capitalized_after`)."""
    ws, v = words(text), vocab()
    after = v["capitalized_after"]
    starts = [s for lem, s, _ in ws if lem in v["capitalized_in_names"]]
    return starts + [s for (prev, _, _), (lem, s, _) in zip(ws, ws[1:]) if lem in after.get(prev, ())]


@lru_cache(maxsize=1)
def _kept_capitals() -> re.Pattern:
    """The acronyms and short municipal kinds a body's name writes in capitals (metadata.yaml's
    `body_acronyms`, `municipal_abbreviations` with no dot, the country's «РФ» of `federal_markers`), as
    words of their own."""
    v = vocab()
    listed = [a for a in (*v["body_acronyms"], *v["municipal_abbreviations"], *v["federal_markers"])
              if a.isupper() and "." not in a]
    return re.compile(r"(?<![А-Яа-яЁё])(?:" + "|".join(map(re.escape, listed)) + r")(?![А-Яа-яЁё])")


def _match_case(word: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return word.upper()
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


_CASES = {"Nom": "nomn", "Gen": "gent"}


def _in_form(p, grammemes: set[str]) -> bool:
    case = next(_CASES[g] for g in grammemes if g in _CASES)
    return p.tag.case == case and p.tag.number == "sing"


@lru_cache(maxsize=4096)
def nominative(name: str) -> str:
    """"Министерства культуры Курской области" -> "Министерство культуры Курской области".

    The head noun and the adjectives before it are put in the nominative; the
    dependent genitive part is kept as written.
    """
    return _inflected(name, {"Nom", "Sing"})


@lru_cache(maxsize=1024)
def genitive(name: str) -> str:
    """"Администрация Магаданской области" -> "администрации Магаданской области": a parent body
    as a unit's name ends with it (a common noun in small letters, save those always capitalized)."""
    out = _inflected(name, {"Gen", "Sing"})
    ws = words(out)
    if ws and ws[0][0] not in vocab()["capitalized_in_names"]:
        out = out[:1].lower() + out[1:]
    return out


def _inflected(name: str, grammemes: set[str]) -> str:
    toks = list(re.finditer(r"[А-Яа-яЁё]+", name))
    heads = set(vocab()["authority_heads"])
    head = next((i for i, t in enumerate(toks[:4]) if lemma(t.group()) in heads), None)
    if head is None:
        return name
    parses = morph().parse(toks[head].group())
    hp = next((p for p in parses if p.normal_form in heads and "sing" in p.tag), parses[0])
    out, pos = [], 0
    for i, t in enumerate(toks[:head + 1]):
        word = t.group()
        if i == head:
            p = hp
        else:  # an adjective agreeing with the head ("Главного управления")
            p = next((q for q in morph().parse(word) if "ADJF" in q.tag
                      and hp.tag.case in q.tag and hp.tag.gender in q.tag), None)
        # natasha's MorphForm.inflect takes UD grammemes (Nom, Sing), not OpenCorpora ones; a word
        # already in the form wanted is kept as written (inflecting is the slow part)
        form = None if p is None or _in_form(p, grammemes) else p.inflect(grammemes)
        out.append(name[pos:t.start()] + (_match_case(form.word, word) if form else word))
        pos = t.end()
    return "".join(out) + _apposition(name[pos:], hp, grammemes)


_APPOSITION = re.compile(r"^(\s+[а-яё]+)?\s*\(([А-Яа-яЁё]+)\)", re.I)


def _apposition(rest: str, hp, grammemes: set[str]) -> str:
    """A noun in brackets after the head (and a word of its own) agrees with the head and is
    inflected with it: "главы администрации (губернатора)" -> "глава администрации (губернатор)"."""
    m = _APPOSITION.match(rest)
    if m is None:
        return rest
    word = m.group(2)
    p = next((q for q in morph().parse(word) if "NOUN" in q.tag and hp.tag.case in q.tag
              and hp.tag.number in q.tag), None)
    form = None if p is None or _in_form(p, grammemes) else p.inflect(grammemes)
    return rest[:m.start(2)] + _match_case(form.word, word) + rest[m.end(2):] if form else rest


_LONG_CAPS = re.compile(r"[А-ЯЁ][А-ЯЁ-]{3,}")


def recase_head(name: str) -> str:
    """A name whose first words a capitals header left in capitals, «ЖИЛИЩНЫЙ КОМИТЕТ», «АДМИНИСТРАЦИЯ
    ОЗЕРСКОГО ГОРОДСКОГО ОКРУГА Челябинской области», with those words in sentence case: the words up to
    the first with a small letter, two of them words of four capitals or more, a body's head noun among
    them (an acronym's run, «ГКУ РК», «УФСИН РОССИИ», «ОГБУ «ЦСПН»», stays)."""
    ws = name.split(" ")
    k = next((i for i, w in enumerate(ws) if any(c.islower() for c in w)), len(ws))
    if sum(bool(_LONG_CAPS.fullmatch(w.strip(",.«»\"()"))) for w in ws[:k]) < 2 or head_at(" ".join(ws[:k])) is None:
        return name
    return " ".join([recase(" ".join(ws[:k])), *ws[k:]])
