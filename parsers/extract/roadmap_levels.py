"""Roadmap levels labelled by a word: «Задача 2. Совершенствование нормативной базы», «Цель 1: …».

Plans in levels (a goal, its tasks, each task's measures) often print the upper levels as
full-width rows whose number follows a level word rather than standing in the № column:
«Задача 2. …» over the measures «2.1», «2.2».  Such a row is the numbered section «2» —
it heads its measures as a section numbered in the № column would.  The level words are
data: parsers/data/roadmap_levels.yaml.
"""
from __future__ import annotations

import re
from pathlib import Path

from textcore.clean import strip_markup
from textcore.lemmas import lemmas
from textcore.numbering import ARABIC, parse_item_number
from textcore.vocab import vocabulary

_DATA = Path(__file__).resolve().parent.parent / "data" / "roadmap_levels.yaml"
_LABELLED = re.compile(r"^\s*([А-Яа-яЁё]+)\s+(\S+?)\s*[.):]?\s*(?:[–—:-]\s*|\s+)(.+)$")


@vocabulary(_DATA, required=("level_words",))
def _words(data: dict) -> frozenset[str]:
    return frozenset(str(w) for w in data["level_words"])


def level_section(text: str) -> tuple[str, str] | None:
    """(number, title) of a heading that a level word labels: «Задача 2. Title» -> ("2", "Title");
    None for any other text (a level word with no arabic number after it heads nothing numbered)."""
    m = _LABELLED.match(strip_markup(text or "").strip().strip("*"))
    if not m or not set(lemmas(m.group(1).lower())[:1]) & _words():
        return None
    n = parse_item_number(m.group(2), (ARABIC,))
    title = m.group(3).strip(" .")
    return (n.label, title) if n and not n.rest and title else None
