"""A republic named in its own state language: the region of a text whose Russian words name none.

    own_language_region(texts) -> Region | None     the subject the first own-language name found is

A news item written wholly in Bashkir («Башҡортостан Президенты …») or in Yakut («Саха сиригэр …»,
«СӨ баһылыга») names its republic in that language; the Russian gazetteer (textcore.regions) reads
Russian lemmas and finds nothing.  Names: parsers/data/own_language_names.yaml (stems matched at a
word's start, capitals kept; an acronym whole).  Asked only where no Russian name was found.
"""
from __future__ import annotations

import re
from pathlib import Path

from textcore.regions import Region, by_code
from textcore.vocab import vocabulary

_DATA = Path(__file__).resolve().parent.parent / "data" / "own_language_names.yaml"
_LETTER = r"[^\W\d_]"


@vocabulary(_DATA, required=("names",))
def _names(data: dict) -> tuple[tuple[re.Pattern, str], ...]:
    found = []
    for code, stems in data["names"].items():
        for stem in stems:
            tail = "" if stem.isupper() else f"{_LETTER}*"        # an acronym whole, a stem open to endings
            body = r"\s+".join(map(re.escape, stem.split()))
            found.append((re.compile(rf"(?<!{_LETTER}){body}{tail}(?!{_LETTER})"), code))
    return tuple(found)


def own_language_region(texts: list[str]) -> Region | None:
    for text in texts:
        for pattern, code in _names():
            if pattern.search(text):
                return by_code(code)
    return None
