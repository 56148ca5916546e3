"""Federal subjects of Russia found in text, by lemmas (gazetteer in data/regions.yaml).

Every name of a subject is lemmatized once; a text's words are lemmatized the same
way and scanned for the longest name starting at each word.  So any case form
matches ("Кемеровской области – Кузбассе", "Республики Татарстан") without listing
inflections, and "Ямало-Ненецкого автономного округа" is not read as "Ненецкий".
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .lemmas import lemma
from .vocab import vocabulary

_DATA = Path(__file__).resolve().parent / "data" / "regions.yaml"
# a word: letters/digits; hyphenated names split into their parts like lemmas() does
_WORD = re.compile(r"[а-яёa-z0-9]+", re.IGNORECASE)


@dataclass(frozen=True)
class Region:
    code: str                   # ISO 3166-2, e.g. RU-KEM
    name: str                   # canonical, e.g. "Кемеровская область – Кузбасс"
    proper: frozenset[str]      # lemmas written with a capital letter in its names


@dataclass(frozen=True)
class Mention:
    region: Region
    start: int                  # character span of the mention in the text
    end: int


def words(text: str) -> list[tuple[str, int, int]]:
    """(lemma, start, end) of each word of a text."""
    return [(lemma(m.group()), m.start(), m.end()) for m in _WORD.finditer(text or "")]


@vocabulary(_DATA)
def _gazetteer(data: dict) -> tuple[dict[tuple[str, ...], Region], int]:
    index: dict[tuple[str, ...], Region] = {}
    for code, entry in data.items():
        names = [entry["name"], *entry.get("aliases", [])]
        proper = frozenset(lemma(w) for n in names for w in _WORD.findall(n) if w[:1].isupper())
        region = Region(code, entry["name"], proper)
        for n in names:
            key = tuple(lemma(w) for w in _WORD.findall(n))
            other = index.get(key)
            if other and other.code != code:
                raise ValueError(f"regions.yaml: {n!r} names both {other.code} and {code}")
            index[key] = region
    return index, max(len(k) for k in index)


def find_regions(text: str) -> list[Mention]:
    """All mentions of federal subjects in a text, left to right, longest name first."""
    index, longest = _gazetteer()
    toks = words(text)
    out: list[Mention] = []
    i = 0
    while i < len(toks):
        for n in range(min(longest, len(toks) - i), 0, -1):
            region = index.get(tuple(t[0] for t in toks[i:i + n]))
            if region:
                out.append(Mention(region, toks[i][1], toks[i + n - 1][2]))
                i += n
                break
        else:
            i += 1
    return out


def find_region(text: str) -> Region | None:
    """The first subject a text names, or None."""
    found = find_regions(text)
    return found[0].region if found else None


def by_code(code: str) -> Region | None:
    return next((r for r in _gazetteer()[0].values() if r.code == code), None)


def all_regions() -> list[Region]:
    return sorted({r.code: r for r in _gazetteer()[0].values()}.values(), key=lambda r: r.code)
