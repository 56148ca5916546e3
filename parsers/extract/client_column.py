"""A client column as the direction of last resort.

Lists of other regions say in a column of their own whom a point serves: «Клиент (внешний/
внутренний)», «Категория клиента» (`client_category`, parsers/tables/column_roles.py).  It is no
field of the contract, but where it names the internal client («внутренний», «Сотрудники») it
says what the contract's direction of the internal client says, as a heading naming a client
category does (`sections.internal_client`).  A row takes it only where nothing else — a direction
column, a direction row, a caption, the list's title — names a direction
(`touchpoints._titled`); an external client names no direction, nor does a cell naming both
(«внешний/внутренний», «Граждане, сотрудники»), so the process's meaning decides.
"""
from __future__ import annotations

from textcore.lemmas import lemmas

from ..tables.header_parts import heading_name
from ..tables.repair import RepairedRow, RepairedTable
from ..tables.sections import internal_client, vocab

_FIELD = "client_category"


def internal_direction(table: RepairedTable, row: RepairedRow) -> str | None:
    """«Клиент: внутренний» — the column's name and the row's cell — where the cell names the
    internal client, else None.  The name is kept: «внутренний» alone says nothing of whom."""
    col = table.columns.get(_FIELD)
    cell = row.get(_FIELD).strip()
    if col is None or not cell or col >= len(table.header) or not internal_client(cell) or \
            not vocab()["external_client_words"].isdisjoint(lemmas(cell)):
        return None
    name = heading_name(table.header[col])
    return f"{name}: {cell}" if name else cell
