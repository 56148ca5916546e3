"""The work for one document: file -> DocResult (plain data, picklable).

    detect -> read -> extract (touchpoints, roadmap, procedure, metadata) -> normalize

It never raises for a bad file: a `LoadError` makes the document `failed` with
its message; any other exception is a bug, recorded as `failed` with
"internal error" so that one document never stops the others.
"""
from __future__ import annotations

import hashlib
import traceback
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from parsers.detect import detect
from parsers.document import Document, Table
from parsers.errors import LoadError
from parsers.extract.metadata import extract_metadata
from parsers.extract.procedure import extract_procedure, looks_like_procedure
from parsers.extract.roadmap import extract_roadmap
from parsers.extract.touchpoints import extract_touchpoints
from parsers.formats import read_document
from parsers.tables.repair import find_header

from .normalize import normalize_procedure_items, normalize_touchpoints
from .version import pipeline_version

_TABLE_KINDS = ("touchpoint_list", "roadmap")


@dataclass(frozen=True)
class DocResult:
    document: dict
    touchpoints: list[dict] = field(default_factory=list)
    roadmap: list[dict] = field(default_factory=list)
    procedure_items: list[dict] = field(default_factory=list)
    review: list[dict] = field(default_factory=list)

    def rows(self, table: str) -> list[dict]:
        return [self.document] if table == "documents" else getattr(self, table)


def file_hash(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def base_document(path: Path, raw_root: Path | None, doc_id: str) -> dict:
    try:
        rel = str(path.resolve().relative_to(raw_root.resolve())) if raw_root else path.name
    except ValueError:
        rel = str(path)
    return {
        "doc_id": doc_id, "source_path": rel, "format": None, "kinds": [], "region": None,
        "region_code": None, "authority": None, "order_number": None, "order_date": None,
        "title": None, "pages": None, "ocr": False, "status": "failed", "error": None, "warnings": [],
        "n_touchpoints": 0, "n_roadmap_items": 0, "n_procedure_items": 0,
        "pipeline_version": pipeline_version(), "ingested_at": datetime.now(timezone.utc),
    }


def process_path(path: Path, raw_root: Path | None = None, doc_id: str | None = None) -> DocResult:
    """Read, extract and normalize one file; never raises for bad input."""
    path = Path(path)
    doc_id = doc_id or file_hash(path)
    document = base_document(path, raw_root, doc_id)
    try:
        fmt = detect(path)
        document["format"] = fmt
        doc = read_document(path, fmt)
        return _extract(doc, document)
    except LoadError as e:
        document["error"] = str(e)
        return DocResult(document)
    except Exception as e:  # noqa: BLE001 - a bug must not stop the other documents
        document["error"] = f"internal error: {type(e).__name__}: {e}"
        document["warnings"] = [traceback.format_exc(limit=6)]
        return DocResult(document)


def _extract(doc: Document, document: dict) -> DocResult:
    warnings = list(doc.warnings)
    document.update(format=doc.format, pages=doc.pages, ocr=doc.ocr)
    document.update({k: v for k, v in extract_metadata(doc).items() if k in document})

    raw_tp, tp_warnings = extract_touchpoints(doc)
    warnings += tp_warnings
    roadmap = extract_roadmap(doc)
    procedure = extract_procedure(doc)

    touchpoints, review = normalize_touchpoints(document["doc_id"], raw_tp)
    procedure_items, proc_review = normalize_procedure_items(document["doc_id"], procedure)
    review += proc_review
    for r in roadmap:
        r["doc_id"] = document["doc_id"]

    kinds = []
    empty_form = not touchpoints and _has_header(doc, "touchpoint_list")
    if touchpoints:
        kinds.append("touchpoint_list")
    elif empty_form:
        warnings.append("a touchpoint list form with no rows (an empty template)")
    if roadmap:
        kinds.append("roadmap")
    if procedure_items or _looks_like_procedure(doc):
        kinds.append("procedure")
    lost = _unrecognised_tables(doc)
    warnings += lost

    document.update(kinds=kinds, warnings=warnings, n_touchpoints=len(touchpoints),
                    n_roadmap_items=len(roadmap), n_procedure_items=len(procedure_items))
    if not kinds and not empty_form:
        document.update(status="failed", error="no touchpoint list, roadmap or procedure found"
                        + (f"; {lost[0]}" if lost else ""))
    elif lost:
        document.update(status="partial", error=f"{len(lost)} table(s) could not be read: {lost[0]}")
    elif doc.incomplete:
        document.update(status="partial", error=doc.incomplete)
    else:
        document.update(status="ok", error=None)
    return DocResult(document, touchpoints, roadmap, procedure_items, review)


def _has_header(doc: Document, kind: str) -> bool:
    return any(find_header(t, kind) is not None for t in doc.tables())


def _looks_like_procedure(doc: Document) -> bool:
    return bool(looks_like_procedure(doc))


def _unrecognised_tables(doc: Document) -> list[str]:
    """Data-sized tables no extractor claimed: their rows would be lost silently."""
    from parsers.tables.repair import find_tables

    claimed: set[int] = set()
    for kind in _TABLE_KINDS:
        for t in find_tables(doc, kind):
            claimed.update(id(p) for p in t.parts)
    out = []
    for t in doc.tables():
        if id(t) in claimed or t.n_cols < 3 or len(t.rows) < 3:
            continue
        where = f"line {t.source.line}" if t.source.line else f"page {t.rows[0].source.page}"
        out.append(f"table at {where} ({len(t.rows)} rows x {t.n_cols} columns) has no recognisable header")
    return out
