"""Analysts' corrections that act on a document's coded rows (the overrides file's
`point_type`, `milestone`, `documents` and `exclude` sections; see overrides.py).

Channel, needs and direction overrides are looked up by the matcher itself; these
are applied once the rows exist, in the worker, before the result is cached (the
overrides' hash is part of the cache key, so a cached result is already corrected).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re

from textcore.clean import clean_text

# the text that identifies a row of each table (an exclusion must still find it)
ROW_TEXT = {"touchpoints": "touchpoint_raw", "roadmap": "activity", "procedure_items": "text_raw"}
_PUNCT = re.compile(r"[^\w\s]")
_COUNTS = {"touchpoints": "n_touchpoints", "roadmap": "n_roadmap_items", "procedure_items": "n_procedure_items"}


def phrase_key(text: str | None) -> str:
    """A cell as the row-field overrides compare it: cleaned, case, punctuation and spaces folded."""
    return " ".join(_PUNCT.sub(" ", clean_text(text or "").casefold()).split())


def row_number(table: str, row: dict, position: int) -> int:
    """The number an exclusion names a row by: `row_id` for touchpoints, else its 1-based position."""
    return row["row_id"] if table == "touchpoints" else position


def correct(result, mapping: dict):
    """`result` (a DocResult) with the corrections of `mapping` applied; the same
    object when none concerns it."""
    doc_id = result.document.get("doc_id")
    fields = (mapping.get("documents") or {}).get(doc_id)
    excluded = (mapping.get("exclude") or {}).get(doc_id)
    point_types = {phrase_key(k): v for k, v in (mapping.get("point_type") or {}).items()}
    milestones = {phrase_key(k): v for k, v in (mapping.get("milestone") or {}).items()}
    if not (fields or excluded or point_types or milestones):
        return result
    tables = {t: [dict(r) for r in getattr(result, t)] for t in ROW_TEXT}
    for r in tables["touchpoints"]:
        code = point_types.get(phrase_key(r.get("point_type_raw"))) if r.get("point_type_raw") else None
        if code:
            r["point_type"] = code
    for r in tables["roadmap"]:
        code = milestones.get(phrase_key(r.get("activity"))) if not r.get("is_section") else None
        if code:
            r["milestone"] = code
    document = dict(result.document)
    for table, rows in tables.items():
        drop = _dropped(table, rows, excluded or [])
        tables[table] = [r for i, r in enumerate(rows, 1) if row_number(table, r, i) not in drop]
        document[_COUNTS[table]] = len(tables[table])
    _document_fields(document, fields or {})
    return dataclasses.replace(result, document=document, **tables)


def _dropped(table: str, rows: list[dict], exclusions: list[dict]) -> set[int]:
    """Numbers of the rows an exclusion names, when the row there still holds its text."""
    wanted = {e["row"]: e.get("text") for e in exclusions if e["table"] == table}
    out = set()
    for i, r in enumerate(rows, 1):
        n = row_number(table, r, i)
        if n in wanted and (wanted[n] is None or phrase_key(wanted[n]) == phrase_key(r.get(ROW_TEXT[table]))):
            out.add(n)
    return out


def _document_fields(document: dict, fields: dict) -> None:
    from textcore.regions import all_regions

    for name, value in fields.items():
        if name == "order_date":
            document[name] = dt.date.fromisoformat(value) if value else None
        elif name == "region":
            region = next((r for r in all_regions() if value in (r.name, r.code)), None)
            document["region"], document["region_code"] = (region.name, region.code) if region else (None, None)
        else:
            document[name] = value
