"""Federal subjects of Russia found in text, by lemmas (gazetteer in data/regions.yaml).

Every name of a subject is lemmatized once; a text's words are lemmatized the same
way and scanned for the longest name starting at each word.  So any case form
matches ("Кемеровской области – Кузбассе", "Республики Татарстан") without listing
inflections, and "Ямало-Ненецкого автономного округа" is not read as "Ненецкий".
Abbreviated forms ("Ульяновской обл.", "ХМАО – Югры", "КБР") are found too and marked,
so that `spell_out` can give an issuer's name its subject in full.
"""
from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .lemmas import lemma
from .vocab import load_yaml, vocabulary

_DATA = Path(__file__).resolve().parent / "data" / "regions.yaml"
_ABBR = _DATA.with_name("region_abbreviations.yaml")
# a word: letters/digits; hyphenated names split into their parts like lemmas() does
_WORD = re.compile(r"[а-яёa-z0-9]+", re.IGNORECASE)


@dataclass(frozen=True)
class Region:
    code: str                   # ISO 3166-2, e.g. RU-KEM
    name: str                   # canonical, e.g. "Кемеровская область – Кузбасс"
    proper: frozenset[str]      # lemmas written with a capital letter in its names
    genitive: str = ""          # as a body's name ends: "Кемеровской области – Кузбасса"


@dataclass(frozen=True)
class Mention:
    region: Region
    start: int                  # character span of the mention in the text
    end: int
    abbreviated: bool = False   # "Ульяновской обл.", "ХМАО – Югры", "КБР"


@dataclass(frozen=True)
class _Entry:
    regions: tuple[Region, ...]  # several only for a shared acronym ("РБ")
    form: str                    # full | abbreviated | acronym


def first_words(text: str, n: int) -> list[str]:
    """Lemmas of the first n words of a text (the rest is not lemmatized: a header line's
    first words are asked about, and body paragraphs are long)."""
    return [lemma(m.group()) for m, _ in zip(_WORD.finditer(text or ""), range(n))]


_CACHED_TEXT = 300     # a header line is short; a whole paragraph would only crowd the cache


def words(text: str) -> tuple[tuple[str, int, int], ...]:
    """(lemma, start, end) of each word of a text.

    Cached per short text: the header reader asks about the same first lines many times over
    (kind? issuer? stamp? title?), and lemmatizing them was most of its time; long texts
    (paragraphs) are asked about once and would hold the cache's memory for nothing."""
    return _cached_words(text) if len(text or "") <= _CACHED_TEXT else _words(text)


@lru_cache(maxsize=4096)
def _cached_words(text: str) -> tuple[tuple[str, int, int], ...]:
    return _words(text)


def _words(text: str) -> tuple[tuple[str, int, int], ...]:
    return tuple((lemma(m.group()), m.start(), m.end()) for m in _WORD.finditer(text or ""))


def _key(name: str) -> tuple[str, ...]:
    return tuple(lemma(w) for w in _WORD.findall(name))


def _abbreviated(key: tuple[str, ...], table: list[tuple[tuple[str, ...], tuple[str, ...]]]):
    """The key with each abbreviable word written short ("область" -> "обл"), one word at a time."""
    for long, short in table:
        n = len(long)
        for i in range(len(key) - n + 1):
            if key[i:i + n] == long:
                yield key[:i] + short + key[i + n:]


@vocabulary(_DATA)
def _gazetteer(data: dict) -> tuple[dict[tuple[str, ...], _Entry], int, frozenset[str]]:
    short = [(_key(w), _key(a)) for w, abbrs in load_yaml(_ABBR, ("words",))["words"].items() for a in abbrs]
    index: dict[tuple[str, ...], _Entry] = {}
    for code, entry in data.items():
        # the genitive too: the morphology may lemmatize a name's word differently by case
        # ("Тверская" -> "тверская", "Тверской" -> "тверской")
        names = [entry["name"], *([entry["genitive"]] if "genitive" in entry else []), *entry.get("aliases", [])]
        proper = frozenset(lemma(w) for n in names for w in _WORD.findall(n) if w[:1].isupper())
        region = Region(code, entry["name"], proper, entry.get("genitive", entry["name"]))
        for n in names:
            key = _key(n)
            other = index.get(key)
            if other and other.regions[0].code != code:
                raise ValueError(f"regions.yaml: {n!r} names both {other.regions[0].code} and {code}")
            index[key] = _Entry((region,), "full")
            for variant in _abbreviated(key, short):
                index.setdefault(variant, _Entry((region,), "abbreviated"))
        for a in entry.get("acronyms", []):
            key, prev = _key(a), index.get(_key(a))
            shared = prev.regions if prev and prev.form == "acronym" else ()
            index[key] = _Entry((*shared, region), "acronym")
    return index, max(len(k) for k in index), frozenset(k[0] for k in index)


@vocabulary(_ABBR, required=("words",))
def _short_words(data: dict) -> dict[str, frozenset[str]]:
    """A one-word abbreviation's lemma -> the lemmas of the words it stands for ("обл" -> {"область"})."""
    out: dict[str, set[str]] = {}
    for long, abbrs in data["words"].items():
        for a in abbrs:
            if len(_key(a)) == 1 and len(_key(long)) == 1:
                out.setdefault(_key(a)[0], set()).add(_key(long)[0])
    return {k: frozenset(v) for k, v in out.items()}


def stands_for(lemma_: str) -> frozenset[str]:
    """The subject-name words a one-word abbreviation stands for ("обл" -> {"область"}); none: empty."""
    return _short_words().get(lemma_, frozenset())


def _capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def find_regions(text: str, prefer: Container[str] = frozenset()) -> list[Mention]:
    """All mentions of federal subjects in a text, left to right, longest name first.

    An acronym counts only in capitals (its first word: "РСО-Алания"); one shared by several
    subjects ("РБ") only when `prefer` (codes the document names in full) holds one of them.
    """
    index, longest, firsts = _gazetteer()
    toks = words(text)
    lems = [t[0] for t in toks]
    out: list[Mention] = []
    i = 0
    while i < len(toks):
        if lems[i] not in firsts:          # no name starts with this word
            i += 1
            continue
        for n in range(min(longest, len(toks) - i), 0, -1):
            entry = index.get(tuple(lems[i:i + n]))
            start, end = toks[i][1], toks[i + n - 1][2]
            # an acronym is in capitals; a name's word after it need not be ("РСО-Алания")
            if entry is None or entry.form == "acronym" and not _capitals(text[start:toks[i][2]]):
                continue
            region = next((r for r in entry.regions if len(entry.regions) == 1 or r.code in prefer), None)
            if region is None:
                continue
            if text[start:end].count("(") > text[start:end].count(")") and text[end:end + 1] == ")":
                end += 1                   # "Республики Саха (Якутия)": the closing bracket too
            out.append(Mention(region, start, end, entry.form != "full"))
            i += n
            break
        else:
            i += 1
    return out


def spell_out(name: str, prefer: Container[str] = frozenset()) -> str:
    """A body's name with an abbreviated subject written in full, as the body's own name has it.

    "Правительство Ханты-Мансийского АО - Югры" -> "Правительство Ханты-Мансийского
    автономного округа – Югры"; "Губернатор Ульяновской обл." -> "... Ульяновской области".
    """
    for m in reversed(find_regions(name, prefer)):
        if m.abbreviated:
            end = m.end + (name[m.end:m.end + 1] == ".")      # "обл." ends with its dot
            name = name[:m.start] + m.region.genitive + name[end:]
    return name


def find_region(text: str) -> Region | None:
    """The first subject a text names, or None."""
    found = find_regions(text)
    return found[0].region if found else None


def by_code(code: str) -> Region | None:
    return next((r for e in _gazetteer()[0].values() for r in e.regions if r.code == code), None)


def all_regions() -> list[Region]:
    regions = {r.code: r for e in _gazetteer()[0].values() for r in e.regions}
    return sorted(regions.values(), key=lambda r: r.code)
