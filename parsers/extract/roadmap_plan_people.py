"""One responsible for a whole plan, stated once in a line right above (or right under) its table instead of in
a column: «Ответственный за реализацию плана мероприятий: заместитель министра Орлов О.И.», «Ответственное
должностное лицо – …», «Исполнитель по всем мероприятиям плана: …».  Where the table has no responsible column, every
measure of it is that one's (a section is no measure: it keeps none).  The label is a few words opening with one
of `plan_label_stems` (parsers/data/columns.yaml, roadmap), closed by a colon or a dash; a line that only opens
so (a sentence «Ответственным исполнителям обеспечить …» has no label before a colon) names no one.  A line
under the table counts only where no table follows it (then it is that table's line above), and only labelled
«Ответственный …» (an order's last line «Исполнитель: Петрова А.А., тел. …» names who drafted it).

    plan_responsible(doc, table[, places]) -> the value | None
    give_plan_responsible(doc, table, records[, places]) -> records, blank responsible cells filled
    block_places(doc) -> each block's place by identity, found once for all of a document's tables
"""
from __future__ import annotations

import re
from pathlib import Path

from parsers.document import Document, Paragraph
from parsers.tables.repair import RepairedTable
from textcore.clean import clean_text, strip_markup
from textcore.vocab import vocabulary

KIND = "roadmap"
_DATA = Path(__file__).resolve().parent.parent / "data" / "columns.yaml"
# the label's end: a colon, or a dash set apart by spaces (a hyphen inside a word is none)
_SPLIT = re.compile(r":|\s[–—-]\s")
# a drafter's phone after the name («Исполнитель: Петрова А.А., тел. 8 (8142) 00-11-22»): no plan's responsible
_PHONE = re.compile(r"(?<!\w)тел(?:\.|ефон)|\+7|\d[\d\s()‐-]{6,}\d", re.I)
# the label's words telling what the one is responsible for («… за ведение перечня», «… по всем мероприятиям плана»)
_ABOUT = ("за", "по")


@vocabulary(_DATA, required=(KIND,))
def _labels(data: dict) -> tuple[tuple[str, ...], tuple[str, ...], int, tuple[str, ...]]:
    plan = data[KIND]
    return (tuple(s.lower() for s in plan.get("plan_label_stems", ())),
            tuple(s.lower() for s in plan.get("plan_label_stems_under", ())), int(plan.get("plan_label_max_words", 8)),
            tuple(s.lower() for s in plan.get("plan_label_objects", ())))


def _about_the_plan(words: list[str], objects: tuple[str, ...]) -> bool:
    """A label saying what the one answers for («за …», «по …») must name the plan or its measures: «Ответственный
    за ведение перечня», «… за исполнение настоящего приказа» name someone else's duty."""
    at = next((k for k, w in enumerate(words) if w in _ABOUT), None)
    return at is None or any(w.startswith(objects) for w in words[at + 1:])


def line_responsible(text: str, under: bool = False) -> str | None:
    """The value of a line «<label opening with a responsible stem>: value»; None for any other line.  `under`:
    a line under the table, whose label opens with one of `plan_label_stems_under`."""
    line = clean_text(strip_markup(text))
    m = _SPLIT.search(line)
    if not m:
        return None
    label, value = line[:m.start()].strip(), line[m.end():].strip().rstrip(";").strip()
    above, below, most, objects = _labels()
    stems = below if under else above
    words = label.lower().split()
    if not words or len(words) > most or not words[0].startswith(stems) or not value:
        return None
    if not _about_the_plan(words, objects) or _PHONE.search(value):
        return None
    return value[:-1] if value.endswith(".") and value[-2:-1].islower() else value      # «Орлов О.И.» keeps its dot


_NEAR = 2       # lines looked at under the table, as `parsers.tables.repair` keeps two above it as captions


def block_places(doc: Document) -> dict[int, int]:
    """Each block's place in the document by its identity: found once per document, not by a walk
    of every block per table (thousands of tables made that quadratic)."""
    return {id(b): k for k, b in enumerate(doc.blocks)}


def _lines_under(doc: Document, table: RepairedTable, places: dict[int, int]) -> list[str]:
    """The short paragraphs right under the table's last part, where no table follows them."""
    at = places.get(id(table.parts[-1])) if table.parts else None
    if at is None or doc.blocks[at] is not table.parts[-1]:
        return []
    after = doc.blocks[at + 1:at + 1 + _NEAR + 1]
    lines = [b.text for b in after[:_NEAR] if isinstance(b, Paragraph)]
    return [] if any(not isinstance(b, Paragraph) for b in after) else lines


def plan_responsible(doc: Document, table: RepairedTable, places: dict[int, int] | None = None) -> str | None:
    """The one responsible the lines right above a table without a responsible column name (the nearest first),
    else the lines right under it (`places`: block_places(doc), passed when several tables are read)."""
    if "responsible" in table.columns:
        return None
    above = next((v for c in reversed(table.captions) if (v := line_responsible(c.text))), None)
    under = _lines_under(doc, table, block_places(doc) if places is None else places)
    return above or next((v for t in under if (v := line_responsible(t, under=True))), None)


def give_plan_responsible(doc: Document, table: RepairedTable, records: list[dict],
                          places: dict[int, int] | None = None) -> list[dict]:
    """Each measure of the table (no section) left without a responsible one gets the plan's."""
    whole = plan_responsible(doc, table, places)
    if whole:
        for rec in records:
            if not rec["is_section"] and not rec.get("responsible_raw") and "responsible_raw" in rec:
                rec["responsible_raw"] = whole
    return records
