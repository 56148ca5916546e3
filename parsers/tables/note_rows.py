"""Rows of a list that are no touchpoint and head nothing: a remark and a count.

A list may hold, between its rows, a remark on the row above («Примечание: точка введена в 2024
году.») and, after each direction or at its end, a count of the rows above it («Итого по
направлению: 5, из них цифровых – 3, офлайн – 2», «Всего точек взаимодействия: 24»).  Written as a
full-width row, a line between two parts of the table (converted text) or in a row's first cell,
such a row names no channel and no need: it is no touchpoint, no direction and no process, and the
direction and process above it run on across it.

    note_kind(text) -> "remark" | "total" | None     a heading line or a full-width row's text
    is_note_row(texts) -> bool                       a row of cells: a label first, figures after it

Known by its opening word (`remark_words`, `total_words`), or by a count's phrase with two numbers
at least (`count_phrases`); the words are data: parsers/data/note_rows.yaml.
"""
from __future__ import annotations

import re
from pathlib import Path

from textcore.clean import strip_markup
from textcore.lemmas import lemmas
from textcore.lookalike import fix_lookalikes
from textcore.numbering import ARABIC, ROMAN, parse_item_number
from textcore.vocab import vocabulary

_DATA = Path(__file__).resolve().parent.parent / "data" / "note_rows.yaml"

_FIRST_WORD = re.compile(r"^\W*([A-Za-zА-Яа-яЁё]+)")
# «Примечание:», «Примечание 1.», «Прим.», «Примечание*», «Примечание – …», «Примечание (1)»; a hyphen glued to the
# next word makes one word of them («Справочно-информационный портал» is a channel), a bracket a remark's only
# with its number in it («Комментарий (отзыв) на портале» is a channel too)
_REMARK_AFTER = re.compile(r"\s*(?:$|[.:;*]|[–—-](?![А-Яа-яЁёA-Za-z])|\d|\(\s*\d)")
# a count's figure: a few digits standing alone — no year («на 2024–2025 годы»), no act's number («44-ФЗ»,
# «№ 5»), no date's part
_NUMBER = re.compile(r"(?<![\w.,/№-])(?<!№ )\d{1,3}(?![\w/]|[.,-]\w)")
_MIN_COUNT_NUMBERS = 2          # a count says how many, and of which kind: «5, из них цифровых – 3»
_COUNT_WORDS = 4               # a count's cell: «5», «3 (60 %)», «из них 3 цифровых», «5 точек»


@vocabulary(_DATA, required=("remark_words", "total_words", "count_phrases"))
def _vocab(data: dict) -> dict:
    return {"remark": frozenset(str(w).lower() for w in data["remark_words"]),
            "total": frozenset(str(w).lower() for w in data["total_words"]),
            "count": [lemmas(p) for p in data["count_phrases"]]}


def _has(seq: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(seq[i:i + n] == phrase for i in range(len(seq) - n + 1))


def note_kind(text: str) -> str | None:
    """"remark" for «Примечание: …», "total" for «Итого …» / «Всего …» or a count («Количество точек
    – 5, в том числе цифровых – 3»), None for any other line (a direction, a process, a title)."""
    text = fix_lookalikes(strip_markup(text or "").strip().strip("*").strip())    # OCR's «Итoго», «ИTOГO»
    n = parse_item_number(text, (ARABIC, ROMAN))
    text = n.rest if n is not None and n.spaced else text       # a section's own number is no count
    first = _FIRST_WORD.match(text)
    if first is None:
        return None
    word = first.group(1).lower().replace("ё", "е")
    v = _vocab()
    if word in v["remark"] and _REMARK_AFTER.match(text, first.end()):
        return "remark"
    if word in v["total"]:
        return "total"
    if len(_NUMBER.findall(text)) >= _MIN_COUNT_NUMBERS and any(_has(lemmas(text), p) for p in v["count"]):
        return "total"
    return None


def is_note_row(texts: list[str]) -> bool:
    """A row of cells that is a remark or a count: its first filled cell so labelled (`note_kind`), each
    other filled cell a count — a figure in a few words («Итого:» | | «5» | «из них 3 цифровых»)."""
    filled = [t.strip() for t in texts if t and t.strip()]
    if not filled or note_kind(filled[0]) is None:
        return False
    return all(any(ch.isdigit() for ch in t) and len(t.split()) <= _COUNT_WORDS for t in filled[1:])
