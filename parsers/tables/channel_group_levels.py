"""What a list grouped by channel (`channel_groups.py`) reads in its rows across when other fields are placed there
too: a direction's, a kind's or a process's row across over the channel's row, «Направление: …» / «Цифровые
точки» / «Процесс: …» / «Канал: Сайт» — the innermost row across over the rows is the channel's, the rows above it
are upper levels kept as rows across for the section and process readers; a channel's row labelled as the field,
«Точка взаимодействия – Сайт», «Канал: Сайт»; its kind after a dash, «Сайт – офлайн», as in brackets."""
from __future__ import annotations

import re

from textcore.point_type import kind_only, match_point_type, states_type

from ..document import Cell, Row
from .columns import map_columns
from .content_roles import cell_reader

_LEAD_NUMBER = re.compile(r"^\s*(?:\d{1,3}\.)+\s*|^\s*\d{1,3}\s+(?=\D)")
_CLOSING_BRACKET = re.compile(r"\(([^()]{2,60})\)\s*[.:;]?\s*$")
_DASHED_END = re.compile(r"\s[–—-]\s*([^–—\-()]{2,60})$")
_LABEL = re.compile(r"^([^:–—]{3,40}?)\s*(?::|\s[–—-])\s*(?=\S)")


def channel_runs(entries: list[tuple[str | None, Row | None]]) -> list[tuple[str, list, list[Row]]] | None:
    """(text, row) entries — a row across with its text (row None: a line between a table's parts), a member row
    with text None — as (channel text, upper rows across above it, member rows) per channel; None where a row
    across heads no row (a note under the list, a group of nothing)."""
    out: list[tuple[str, list, list[Row]]] = []
    pending: list[tuple[str, Row | None]] = []
    for text, row in entries:
        if text is not None:
            pending.append((text, row))
        elif pending:
            *upper, (channel, _) = pending
            out.append((channel, upper, [row]))
            pending = []
        elif out:
            out[-1][2].append(row)
    return None if pending else out


def channel_and_kind(text: str, kind: str) -> tuple[str, str]:
    """«1. Кабинет приёма (каб. 302) (офлайн)» -> («Кабинет приёма (каб. 302)», «офлайн»); «Канал: Сайт – цифровая»
    -> («Сайт», «цифровая»); no kind: ''.  A lead label is taken off where it names the channel's field."""
    text = _LEAD_NUMBER.sub("", text, count=1).strip().strip("*").strip()
    label = _LABEL.match(text)
    if label and "touchpoint" in map_columns(kind, [label.group(1)]):
        text = text[label.end():].strip()
    m = _CLOSING_BRACKET.search(text)
    if m and match_point_type(m.group(1)) and _kind_apart(text[:m.start()].strip(), m.group(1).strip()):
        return text[:m.start()].strip(), m.group(1).strip()
    m = _DASHED_END.search(text)
    if m and kind_only(m.group(1).strip()) and _kind_apart(text[:m.start()].strip(), m.group(1).strip()):
        return text[:m.start()].strip(), m.group(1).strip()
    return text, ""


def _kind_apart(name: str, kind: str) -> bool:
    """Whether words that may begin a channel's name («электронная», «очная») are a kind set apart, not the name's
    own: «Почта (электронная)» is e-mail, «Приёмная – электронная» the online reception — where the channel
    reader reads name and words together as another channel than the name, they are the name's (as
    `extract.point_type_cells` reads a channel's cell).  A type word proper, «цифровая», «офлайн», is a kind."""
    code = cell_reader("channel_code")
    if code is None or states_type(kind):
        return True
    named = code(f"{name} {kind}")
    return named is None or named == code(name)


def across(text: str, row: Row | None, width: int, near: Row) -> Row:
    """An upper level's row across the widened table (a line between the parts made a row)."""
    return Row([Cell(text, colspan=width)] + [Cell("", covered=True) for _ in range(width - 1)],
               row.source if row is not None else near.source)
