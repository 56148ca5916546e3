"""A plan's stages given as a COLUMN merged down over their measures rather than as rows across the table:
«Этап» / «Направление работы» | № | Мероприятие | … with «1. Подготовительный этап» in the stage cell of the
stage's first measure, the cell merged down over the others (`w:vMerge` in Word; printed once, in the first
row, in converted text, the cells below left empty).  The stage is the measures' heading, not a measure: each
time the column names one, a heading line is put before that row, as if the plan had a row across the table
for it, and the roadmap reader reads it as it reads such a row (a numbered one a section or stage over the items
numbered under it, an unnumbered one their heading).  A cell merged down from above (`covered`) names the stage
of the row above it, no new one.

    stage_rows(table) -> the table's items with those heading lines put in
"""
from __future__ import annotations

from parsers.tables.repair import Heading, RepairedRow, RepairedTable

STAGE = "stage"          # the field of the stage column (parsers/data/columns.yaml, roadmap)


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
                out.append(Heading(text, entry.source, marked=True, row=True))
                last = text
        elif isinstance(entry, Heading):
            last = ""
        out.append(entry)
    return out
