"""A plan's stages given as a COLUMN merged down over their measures rather than as rows across the table:
«Этап» / «Направление работы» | № | Мероприятие | … with «1. Подготовительный этап» in the stage cell of the
stage's first measure, the cell merged down over the others (`w:vMerge` in Word; printed once, in the first
row, in converted text, the cells below left empty).  The stage is the measures' heading, not a measure: each
time the column names one, a heading line is put before that row, as if the plan had a row across the table
for it, and the roadmap reader reads it as it reads such a row (a numbered one a section or stage over the items
numbered under it, an unnumbered one their heading).  A cell merged down from above (`covered`) names the stage
of the row above it, no new one.

A stage's own number heads the measures only where theirs are numbered under it («1. Подготовка» over «1.1»);
over measures numbered straight on («1. Подготовка» over «1.», «2.», then «2. Внедрение» over «3.») it is the
stage's ordinal, dropped from the heading (a section «1» beside the measure «1» would be one number twice).

    stage_rows(table) -> the table's items with those heading lines put in
"""
from __future__ import annotations

import re

from parsers.tables.repair import Heading, RepairedRow, RepairedTable

STAGE = "stage"          # the field of the stage column (parsers/data/columns.yaml, roadmap)
_NUMBER = re.compile(r"^\s*(\d+(?:\.\d+)*)\.?\s+(?=\S)")     # «1. Подготовка», «2 Внедрение»


def _stage_text(text: str, item_no: str) -> str:
    """The stage's heading: its number kept only where the row's own number lies under it («1.» over «1.1»)."""
    m = _NUMBER.match(text)
    if not m:
        return text
    own = item_no.strip().rstrip(".")
    return text if not own or own.startswith(m.group(1) + ".") else text[m.end():]


def stage_rows(table: RepairedTable) -> list:
    """The table's items, a heading line before each row whose stage cell names a stage anew; the items as
    they are where the table has no stage column, or where the stage cell repeats the stage above it."""
    if STAGE not in table.columns:
        return table.items
    out: list = []
    last = ""
    for entry in table.items:
        if isinstance(entry, RepairedRow) and STAGE not in entry.covered:
            text = entry.get(STAGE).strip()
            if text and text != last:
                out.append(Heading(_stage_text(text, entry.get("item_no")), entry.source, marked=True, row=True))
                last = text
        elif isinstance(entry, Heading):
            last = ""
        out.append(entry)
    return out
