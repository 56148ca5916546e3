"""Cells that say "as above" («то же», «-//-», «"»): the value of the same column in the row above.

ГОСТ 1.5-2001, 4.5.16, the typesetting rule Russian acts follow in their tables: text repeated
in a column is written «То же» where it first repeats, then as ditto marks; 4.5.17: a cell with
no data holds a dash.  So a mark takes the last value its column holds above it (a merged cell's
value included: the row above may be covered by it), in any column; a bare dash stays what
`textcore.clean.is_blank_mark` says, an empty cell, whatever its column makes of one (a
direction or a process filled down, no point type) — save in a table whose writer puts the dash
where the direction or the process repeats: fields every row of a list has, so there the dash is
no "no data" but the writer's repeat mark, and it is one in the point's kind too
(`resolve_dashes`)."""
from __future__ import annotations

import re
from pathlib import Path

from textcore.clean import clean_text
from textcore.lemmas import normalize
from textcore.vocab import vocabulary

from .sections import read_heading

_DATA = Path(__file__).resolve().parent.parent / "data" / "columns.yaml"
# ditto marks by their form: slashes or quote marks, with dashes and spaces around them
_DITTO = re.compile(r"^[\s\-\u2010-\u2015\u2212]*(?:/{2}|[\"\u201c\u201d\u201e\u00ab\u00bb\u2033\u3003]{1,2})"
                    r"[\s\-\u2010-\u2015\u2212]*$")


@vocabulary(_DATA, required=("as_above_cells",))
def _words(data: dict) -> frozenset[str]:
    return frozenset(normalize(w) for w in data["as_above_cells"])


@vocabulary(_DATA, required=("as_above_section_fields",))
def _section_fields(data: dict) -> tuple[str, ...]:
    return tuple(data["as_above_section_fields"])


@vocabulary(_DATA, required=("dash_repeats",))
def _dash_fields(data: dict) -> tuple[str, ...]:
    return tuple(data["dash_repeats"])


def is_as_above(text: str) -> bool:
    """«то же», «Аналогично.», «-//-», «— // —», «"», «—"—»: a cell repeating the one above it."""
    t = (text or "").strip()
    return bool(t) and (bool(_DITTO.match(t)) or normalize(t).rstrip(" .") in _words())


def resolve_as_above(items: list) -> None:
    """Each row's (`RepairedRow`) as-above cells given the last value of their column above them,
    in place; a mark with nothing above it is left empty.  A section heading (`Heading`: a
    full-width row, or a line between two parts of the table, read as a section by
    `sections.read_heading`) starts its fields afresh (`as_above_section_fields`): «то же» as the
    process under «2. Государственный контроль» is no process of the section before.  Lines that
    head nothing («Продолжение таблицы», a page number) break nothing."""
    last: dict[str, str] = {}
    for item in items:
        if not hasattr(item, "values"):
            if read_heading(clean_text(item.text), item.marked).role == "direction":
                last = {k: v for k, v in last.items() if k not in _section_fields()}
            continue
        for name, text in item.values.items():
            if is_as_above(text):
                item.values[name] = last.get(name, "")
            elif text.strip():
                last[name] = text


def resolve_dashes(items: list) -> None:
    """Where bare dashes stand for a repeated direction or process (`as_above_section_fields`) on
    two rows or more under a value of their column, a dash in a `dash_repeats` field takes the
    last value its column holds above it, in place."""
    rows = [item for item in items if hasattr(item, "values")]
    seen: set[str] = set()
    repeats = 0
    for row in rows:
        repeats += bool(row.dashed & seen)
        seen |= {f for f in _section_fields() if row.values.get(f, "").strip()}
    if repeats < 2:
        return
    last: dict[str, str] = {}
    for row in rows:
        for name in _dash_fields():
            text = row.values.get(name, "")
            # a dash under «Цифр.» | «Офл.» mark columns says "not this kind": no repeat mark
            if name in row.dashed and not text.strip() and name not in row.marks:
                row.values[name] = last.get(name, "")
            elif text.strip():
                last[name] = text
