"""One responsible for a whole plan, stated once in a line right above its table instead of in a column:
«Ответственный за реализацию плана мероприятий: заместитель министра Орлов О.И.», «Ответственное должностное
лицо – …», «Исполнитель по всем мероприятиям плана: …».  Where the table has no responsible column, every
measure of it is that one's (a section is no measure: it keeps none).  The label is a few words opening with one
of `plan_label_stems` (parsers/data/columns.yaml, roadmap), closed by a colon or a dash; a line that only opens
so (a sentence «Ответственным исполнителям обеспечить …» has no label before a colon) names no one.

    plan_responsible(table) -> the value | None
    give_plan_responsible(table, records) -> records, blank responsible cells filled
"""
from __future__ import annotations

import re
from pathlib import Path

from parsers.tables.repair import RepairedTable
from textcore.clean import clean_text, strip_markup
from textcore.vocab import vocabulary

KIND = "roadmap"
_DATA = Path(__file__).resolve().parent.parent / "data" / "columns.yaml"
# the label's end: a colon, or a dash set apart by spaces (a hyphen inside a word is none)
_SPLIT = re.compile(r":|\s[–—-]\s")


@vocabulary(_DATA, required=(KIND,))
def _labels(data: dict) -> tuple[tuple[str, ...], int]:
    plan = data[KIND]
    return tuple(s.lower() for s in plan.get("plan_label_stems", ())), int(plan.get("plan_label_max_words", 8))


def line_responsible(text: str) -> str | None:
    """The value of a line «<label opening with a responsible stem>: value»; None for any other line."""
    line = clean_text(strip_markup(text))
    m = _SPLIT.search(line)
    if not m:
        return None
    label, value = line[:m.start()].strip(), line[m.end():].strip().rstrip(";").strip()
    stems, most = _labels()
    words = label.lower().split()
    if not words or len(words) > most or not words[0].startswith(stems) or not value:
        return None
    return value[:-1] if value.endswith(".") and value[-2:-1].islower() else value      # «Орлов О.И.» keeps its dot


def plan_responsible(table: RepairedTable) -> str | None:
    """The one responsible the lines right above a table without a responsible column name; the nearest first."""
    if "responsible" in table.columns:
        return None
    return next((v for c in reversed(table.captions) if (v := line_responsible(c.text))), None)


def give_plan_responsible(table: RepairedTable, records: list[dict]) -> list[dict]:
    """Each measure of the table (no section) left without a responsible one gets the plan's."""
    whole = plan_responsible(table)
    if whole:
        for rec in records:
            if not rec["is_section"] and not rec.get("responsible_raw") and "responsible_raw" in rec:
                rec["responsible_raw"] = whole
    return records
