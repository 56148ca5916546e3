"""A table per direction whose first header row is the direction: a row of one text (a full-width bold
row, «Направление деятельности: …» or the heading alone) right above the column names, set apart as
part of the header — Word repeats it with the header on every page (`w:tblHeader`), and the next
direction's table opens the same way, its own direction over the same column names.

    direction_title(table, header_at, head_rows, later) -> str | None

Such a row heads the table's rows as a caption above it would.  A row of one text above the header
that is neither marked to repeat with it nor matched by the tables after it (a stamp's line, the
list's or the body's name) stays a title, as before (`repair._title_rows`).  A body's name («Министерство
культуры …», its head noun first: `authority_heads` of parsers/data/metadata.yaml) or the list's own name
(«Перечень точек контакта …», a noun of `list_nouns` first: parsers/data/direction_header.yaml) is the
list's title repeated on every page, marked or not, save where a later table opens with another such
row: tables per direction, one of them «Управление лесами».
"""
from __future__ import annotations

from pathlib import Path

from textcore.lemmas import lemmas
from textcore.vocab import vocabulary

from ..document import Row, Table
from .sections import read_heading

_DATA = Path(__file__).resolve().parent.parent / "data"


@vocabulary(_DATA / "metadata.yaml", required=("authority_heads",))
def _bodies(data: dict) -> frozenset[str]:
    return frozenset(str(w) for w in data["authority_heads"])


@vocabulary(_DATA / "direction_header.yaml", required=("list_nouns",))
def _list_nouns(data: dict) -> frozenset[str]:
    return frozenset(str(w) for w in data["list_nouns"])


def _names_whole(text: str) -> bool:
    """A body's name or the list's own: the list's title, no part of it."""
    found = lemmas(text)
    return bool(found) and (found[0] in _bodies() or found[0] in _list_nouns())


def _one_text(row: Row) -> str | None:
    texts = {t.strip() for t in row.texts if t.strip()}
    return texts.pop() if len(texts) == 1 else None


def _heads_direction(text: str | None) -> bool:
    return bool(text) and read_heading(text, True).role == "direction"


def _same_header(row: Row, head_rows: list[list[str]]) -> bool:
    texts = [t.strip() for t in row.texts]
    return any(texts == [t.strip() for t in h] for h in head_rows)


def opens_like(table: Table, head_rows: list[list[str]]) -> bool:
    """A later table (a part stitched on) opening with a direction row over the same column names."""
    rows = table.rows
    return len(rows) > 1 and _heads_direction(_one_text(rows[0])) and _same_header(rows[1], head_rows)


def direction_title(table: Table, header_at: int, head_rows: list[list[str]], later: list[Table]) -> str | None:
    """The text of the row right above the header where it is the direction of the table's rows: one
    text read as a direction heading, marked to repeat with the header, or opening a later part of
    the list (a table stitched on) as it opens this one."""
    if header_at < 1:
        return None
    row = table.rows[header_at - 1]
    text = _one_text(row)
    if not _heads_direction(text):
        return None
    if _names_whole(text):              # the list's title over each page: tables per direction name others
        return text if any(opens_like(t, head_rows) and _one_text(t.rows[0]) != text for t in later) else None
    repeated = row.is_header and table.rows[header_at].is_header
    return text if repeated or later and any(opens_like(t, head_rows) for t in later) else None
