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
approves beside its procedure stands elsewhere, and is kept).
"""
from __future__ import annotations

from ..document import Table
from ..provenance import addresses, locate


def _taken(items: list[dict]) -> set[tuple[str, int]]:
    return set().union(*(addresses(i.get("source_locator")) for i in items)) if items else set()


def without_procedure_items(touchpoints: list[dict], items: list[dict]) -> list[dict]:
    taken = _taken(items)
    if not taken:
        return touchpoints
    return [t for t in touchpoints if not addresses(t.get("source_locator")) & taken]


def holds_items(table: Table, items: list[dict]) -> bool:
    """Whether the procedure read items from this table's rows: a table it read is no table lost."""
    taken = _taken(items)
    return bool(taken) and any(addresses(locate([r.source])["source_locator"]) & taken for r in table.rows)
