"""Roadmap levels labelled by a word: «Задача 2. Совершенствование нормативной базы», «Цель 1: …».

Plans in levels (a goal, its tasks, each task's measures) often print the upper levels as
full-width rows whose number follows a level word rather than standing in the № column:
«Задача 2. …» over the measures «2.1», «2.2».  Such a row is the numbered section «2» —
it heads its measures as a section numbered in the № column would.  A stage whose measures
are numbered apart from it («Этап 2. …» over «4.», «5.», or over «1.», «2.» afresh in a table
of its own, under it as a bold line) is a part of the plan instead, as a Roman-numbered section
is (`level_parts`).  The level words are data: parsers/data/roadmap_levels.yaml.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from textcore.clean import strip_markup
from textcore.lemmas import lemmas
from textcore.numbering import ARABIC, parent_of, parse_item_number

if TYPE_CHECKING:
    from .roadmap import _Item
from textcore.vocab import vocabulary

_DATA = Path(__file__).resolve().parent.parent / "data" / "roadmap_levels.yaml"
_LABELLED = re.compile(r"^\s*([А-Яа-яЁё]+)\s+(\S+?)\s*[.):]?\s*(?:[–—:-]\s*|\s+)(.+)$")
# the number first, as an ordinal: «1 этап – …», «2-й этап: …» (no dot: «1. Этап внедрения» is
# the section «1» titled so)
_NUMBER_FIRST = re.compile(r"^\s*(\d{1,2})(?:\s*-?\s*(?:й|ый|ой|ий))?\s+([А-Яа-яЁё]+)\s*[.:]?\s*(?:[–—:-]\s*|\s+)(.+)$")


@vocabulary(_DATA, required=("level_words",))
def _words(data: dict) -> frozenset[str]:
    return frozenset(str(w) for w in data["level_words"])


def level_section(text: str) -> tuple[str, str] | None:
    """(number, title) of a heading that a level word labels: «Задача 2. Title» -> ("2", "Title"),
    «1 этап – Title» -> ("1", "Title"); None for any other text (a level word with no arabic number after it heads nothing numbered)."""
    text = strip_markup(text or "").strip().strip("*")
    first = _NUMBER_FIRST.match(text)
    # a heading names its level in the nominative singular, the lemma itself («1 этап», «2-й этап»);
    # a number counting levels puts the word in another case («2 этапа …», «5 направлений …»): no heading
    if first and first.group(2).lower() in _words() and _titled(text, first):
        return first.group(1), first.group(3).strip(" .")
    m = _LABELLED.match(text)
    if not m or not set(lemmas(m.group(1).lower())[:1]) & _words() or not _titled(text, m):
        return None
    n = parse_item_number(m.group(2), (ARABIC,))
    title = m.group(3).strip(" .")
    return (n.label, title) if n and not n.rest and title else None


def _titled(text: str, m: re.Match) -> bool:
    """Whether the words after the number open a title: set off by a mark («Этап 2. …», «1 этап –
    …»), or by a space alone where a capital opens it («Этап 2 Внедрение»); a space and a lower-case
    word run a sentence on («Этап 2 реализации плана запланирован …»): no heading."""
    return bool(text[m.end(2):m.start(3)].strip()) or not m.group(3)[:1].islower()


# the scope of a stage's own heading: apart from the items of any stage, whose numbers may repeat its own
PART_HEAD = ("§",)


def _under(no: str, head: str) -> bool:
    while (no := parent_of(no)) is not None:
        if no == head:
            return True
    return False


def level_parts(items: list[_Item]) -> list[_Item]:
    """Stages whose measures are numbered apart from them: «Этап 2. …» over «4.», «5.» (numbering
    running on through the plan) or over «1.», «2.» again (a table per stage, numbered afresh)
    heads them as a Roman-numbered section does — their outermost heading, and the scope of
    their numbers.  A level over its own sub-numbers («Задача 2» over «2.1») stays the section
    «2».  `items` are changed in place and returned."""
    for k, head in enumerate(items):
        if not head.level or k + 1 == len(items) or _under(items[k + 1].no, head.no):
            continue
        head.heads_part, scope = True, (head.no, " ".join(head.cells["activity"]))
        for it in items[k + 1:]:
            if it.level and not _under(it.no, head.no):
                break
            if it.part == head.part:
                it.part = scope
    return items
