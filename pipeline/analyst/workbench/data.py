"""What the workbench shows, read from the committed dataset (never from raw/ text
except a document's own file): the documents list, one document's rows, and where
each row came from on its pages or lines."""
from __future__ import annotations

import datetime as dt
import math
import re
from pathlib import Path

import pyarrow.dataset as ds

REVIEW_THRESHOLD = 0.85      # scores below it go to `review` (docs/ARCHITECTURE.md, Scores)
TABLES = ("touchpoints", "roadmap", "procedure_items")
_LINES = re.compile(r"lines?\s+(\d+)(?:\s*[–-]\s*(\d+))?")
_TABLE_ROW = re.compile(r"table\s+(\d+),\s*rows?\s+(\d+)")
_PARAGRAPH = re.compile(r"paragraphs?\s+(\d+)")      # «paragraphs 4–7»: the first is shown


def _plain(value):
    """Arrow/pandas values -> JSON-friendly Python (dates as ISO text, NaN as None)."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _read(out: Path, table: str, doc_id: str | None = None) -> list[dict]:
    folder = Path(out) / table
    if not folder.is_dir() or not any(folder.glob("*.parquet")):
        return []
    data = ds.dataset(folder, format="parquet")
    filt = ds.field("doc_id") == doc_id if doc_id else None
    return [{k: _plain(v) for k, v in r.items()} for r in data.to_table(filter=filt).to_pylist()]


def documents(out: Path) -> list[dict]:
    """Every document, newest ingest first."""
    rows = _read(out, "documents")
    return sorted(rows, key=lambda d: (d.get("ingested_at") or "", d["source_path"]), reverse=True)


def document(out: Path, doc_id: str) -> dict | None:
    rows = _read(out, "documents", doc_id)
    return rows[0] if rows else None


def rows(out: Path, doc_id: str, fmt: str | None = None) -> dict[str, list[dict]]:
    """The document's rows per table, each with `n` (its number for an exclusion),
    `where` (how to find it in the source) and `unsure` (fields scored below the threshold)."""
    unsure_phrases = {(r["field"], r["text_raw"]) for r in _read(out, "review", doc_id)}
    out_rows: dict[str, list[dict]] = {}
    for table in TABLES:
        found = _read(out, table, doc_id)
        if table == "touchpoints":
            found.sort(key=lambda r: r["row_id"])
        for i, r in enumerate(found, 1):
            r["n"] = r["row_id"] if table == "touchpoints" else i
            r["where"] = where(r, fmt)
            r["unsure"] = _unsure(table, r, unsure_phrases)
        out_rows[table] = found
    return out_rows


def _unsure(table: str, r: dict, review: set[tuple[str, str]]) -> list[str]:
    if table == "touchpoints":
        out = [f for f, text in (("channel", r.get("touchpoint_raw")), ("direction", r.get("direction_raw")))
               if (f, text) in review]
        if r.get("channel_score") is not None and r["channel_score"] < REVIEW_THRESHOLD and "channel" not in out:
            out.append("channel")
        if any(f == "needs" and text and text in (r.get("interaction_raw") or "") for f, text in review):
            out.append("needs")
        return out
    if table == "procedure_items":
        return ["code"] if r.get("score") is not None and r["score"] < REVIEW_THRESHOLD else []
    return ["deadline"] if ("deadline", (r.get("deadline_raw") or "").strip()) in review else []


def where(r: dict, fmt: str | None = None) -> dict:
    """A row's place: {"page", "bbox"} on a page image, {"lines": [a, b]} in text,
    {"table", "row"} in a Word/HTML document (from source_locator), else {}."""
    out: dict = {}
    bbox = r.get("source_bbox")
    if r.get("source_page") and bbox and len(bbox) == 4:
        out.update(page=int(r["source_page"]), bbox=[float(v) for v in bbox])
    elif r.get("source_page"):
        out["page"] = int(r["source_page"])
    loc = r.get("source_locator") or ""
    m = _TABLE_ROW.search(loc)
    if m:
        out.update(table=int(m.group(1)), row=int(m.group(2)))
    m = _PARAGRAPH.search(loc)
    if m:
        out["paragraph"] = int(m.group(1))
    m = _LINES.search(loc)
    if m:
        out["lines"] = [int(m.group(1)), int(m.group(2) or m.group(1))]
    elif not loc and fmt in ("txt", "md") and r.get("source_row"):
        out["lines"] = [int(r["source_row"])] * 2     # without a locator: the text reader's line
    out["locator"] = loc or None
    return out
