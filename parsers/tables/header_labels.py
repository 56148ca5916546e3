"""A table's first rows taken for a header in words no vocabulary knows («Где | Сфера | Способ связи»):
the table is read by its columns' content (`content_roles.py`), and its first rows are labels, not data,
where the readers of its columns refuse their cells.

* two columns or more with a reader (row numbers, point types, channels, deadlines, people): each
  refuses the row's cell («№» over numbers, «Способ связи» over channels);
* one such column only (a list of process | channel | needs, no number column: the needs have no sure
  reader to vote with): its reader refuses the cell, and the row is built as labels are — every column
  read filled with a short label (at most `_LABEL_WORDS` words, no figure, no verb leading it) said once,
  none of them recurring in its column below, whole or by its first word (a data row's process or
  direction repeats down the list, «Выдача …» over «Выдача …»).  A lost row is worse than a kept header
  row: in doubt the row stays data.

    labels_row(cells, columns, readers, below) -> bool
    label_rows(rows, columns, readers) -> int        how many of the first rows are labels
"""
from __future__ import annotations

import re
from typing import Callable

from textcore.lemmas import lemma, morph

FIELD_ROLES = {"group_no": "number", "item_no": "number", "point_type": "point_type", "touchpoint": "channel",
               "deadline": "deadline", "responsible": "responsible"}
MAX_LABEL_ROWS = 3          # a header's rows: a group over sub-groups over sub-headings
_LABEL_WORDS = 4            # a column's label: «Что нужно заявителю», «Способ связи», «Услуга»
_WORD = re.compile(r"[А-Яа-яЁё]+")
_VERBS = ("INFN", "VERB")   # a label names what its column holds; a verb opens a need, an action


def _cell(cells: list[str], k: int) -> str:
    return cells[k].strip() if k < len(cells) else ""


def labels_row(cells: list[str], columns: dict[str, int], readers: dict[str, Callable],
               below: list[list[str]] = ()) -> bool:
    """Whether a first row is a header in words no vocabulary knows (the module's rules); `below`: the
    rows under it, which the one-reader rule needs."""
    checked = [(readers[FIELD_ROLES[f]], _cell(cells, k)) for f, k in columns.items()
               if FIELD_ROLES.get(f) in readers]
    if len(checked) >= 2:
        return all(c and not read(c) for read, c in checked)
    if len(checked) != 1 or not below:
        return False
    read, text = checked[0]
    return bool(text) and not read(text) and _short_labels(cells, columns, below)


def _first_lemma(text: str) -> str | None:
    word = _WORD.search(text)           # the first word alone: a needs cell below may be a page long
    return lemma(word.group()) if word else None


def _opens_with_verb(text: str) -> bool:
    word = _WORD.search(text)
    return word is not None and morph().parse(word.group().lower())[0].tag.POS in _VERBS


def _short_labels(cells: list[str], columns: dict[str, int], below: list[list[str]]) -> bool:
    """Every column read holds a short label without figures in this row, said nowhere below it — nor
    opened as a cell below it is («Выдача путёвок» over «Выдача охотничьего билета»: a process among
    processes), nor led by a verb («Записаться», «Узнать статус»: a need, no column's name)."""
    texts = [(k, _cell(cells, k)) for k in columns.values()]
    if not all(t and len(t.split()) <= _LABEL_WORDS and not any(ch.isdigit() for ch in t) for _, t in texts):
        return False
    if any(_opens_with_verb(t) for _, t in texts):
        return False
    return not any(_cell(r, k) == t or _first_lemma(_cell(r, k)) == _first_lemma(t) for r in below for k, t in texts)


def label_rows(rows: list[list[str]], columns: dict[str, int], readers: dict[str, Callable]) -> int:
    """How many of the first rows are labels (`labels_row` each, at most `MAX_LABEL_ROWS`: a header of
    two or three rows, its cells merged down repeating their words)."""
    n = 0
    while n < min(MAX_LABEL_ROWS, len(rows) - 1) and labels_row(rows[n], columns, readers, rows[n + 1:]):
        n += 1
    return n
