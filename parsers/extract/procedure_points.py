"""A procedure's list items read a second time as touchpoints, set apart.

    without_procedure_items(touchpoints, items) -> list[dict]
    holds_items(table, items) -> bool     a table whose rows the procedure read as its items

A procedure's lists can look like a touchpoint list to the readers that find one by its shape:
«3.1. Потребности клиента: а) …; 3.2. Традиционные (офлайн) каналы взаимодействия: а) …» are the
labels of a list written as paragraphs (needs, then points of a type), and an appendix table
«№ п/п | Наименование | Примечание» holding the lists under their bold rows, cut apart by those
rows in converted text, reads as a list of points by its columns' content.  In a document titled
as a procedure the lines the procedure's reader took for its items are its lists: a touchpoint
read from the same rows, lines or paragraphs is no point of a list (a touchpoint list the order
approves beside its procedure stands elsewhere, and is kept).  Only a touchpoint whose channel is
itself one of those items is set apart: a list of labelled records («Точка взаимодействия: …» over
«Потребности клиента:» over its needs) lends its needs' lines to the procedure's reader, yet its
points are a list's.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from ..document import Table
from ..provenance import address_span, locate


_NOT_WORD = re.compile(r"[\W_]+")


def _plain(text: str | None) -> str:
    return _NOT_WORD.sub(" ", text or "").strip().casefold()


def _taken(items: list[dict]) -> dict[str, list[int]]:
    """The numbers of the rows, lines or paragraphs the items were read from, sorted, per kind of address."""
    out: dict[str, list[int]] = {}
    for i in items:
        if span := address_span(i.get("source_locator")):
            out.setdefault(span[0], []).extend(range(span[1], span[2] + 1))
    return {unit: sorted(set(numbers)) for unit, numbers in out.items()}


def _overlaps(locator: str | None, taken: dict[str, list[int]]) -> bool:
    span = address_span(locator)
    if span is None or span[0] not in taken:
        return False
    numbers = taken[span[0]]
    k = bisect_left(numbers, span[1])          # a span of many lines is never walked line by line
    return k < len(numbers) and numbers[k] <= span[2]


def without_procedure_items(touchpoints: list[dict], items: list[dict]) -> list[dict]:
    """The touchpoints save those whose channel is an item the procedure read from the touchpoint's own lines."""
    grouped: dict[str, list[dict]] = {}
    for i in items:
        grouped.setdefault(_plain(i.get("text_raw")), []).append(i)
    taken = {text: _taken(same) for text, same in grouped.items()}      # once per text: items alike are many
    return [t for t in touchpoints
            if not _overlaps(t.get("source_locator"), taken.get(_plain(t.get("touchpoint_raw")), {}))]


def holds_items(table: Table, items: list[dict]) -> bool:
    """Whether the procedure read items from this table's rows: a table it read is no table lost."""
    taken = _taken(items)
    return bool(taken) and any(_overlaps(locate([r.source])["source_locator"], taken) for r in table.rows)
