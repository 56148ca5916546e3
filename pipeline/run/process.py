"""The work for one document: file -> DocResult (plain data, picklable).

    detect -> read -> extract (touchpoints, roadmap, procedure, metadata) -> normalize

It never raises for a bad file: a `LoadError` makes the document `failed` with
its message; any other exception is a bug, recorded as `failed` with
"internal error" so that one document never stops the others.
"""
from __future__ import annotations

import hashlib
import os
import traceback
from collections import Counter
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

from normalizers.direction_names import read_direction
from parsers.detect import detect
from parsers.document import Document, Table
from parsers.errors import InputTooLarge, LoadError, OcrUnavailable, ToolError, UnsupportedFormat
from parsers.extract.amending import restates_parts, unquote_restated
from parsers.extract.metadata import read_metadata
from parsers.extract.procedure import extract_procedure, holds_procedure, looks_like_procedure, missing_lists
from parsers.extract.procedure_points import holds_items, without_procedure_items
from parsers.extract.topic import about_client_centricity, announced_kinds, plan_on_topic
from parsers.extract.roadmap import extract_roadmap
from parsers.extract.touchpoints import extract_touchpoints
from parsers.formats import read_document
from parsers.options import ReaderOptions
from parsers.tables.content_header import supply_headers
from parsers.tables.needs_tables import join_needs_tables
from parsers.tables.repair import find_header
from parsers.tables.signoff import is_signoff
from parsers.tables.transposed import turn_transposed

from pipeline.run import content_cells
from pipeline.run.normalize import (normalize_procedure_items, normalize_roadmap, normalize_touchpoints,
                                    resolve_open_lists, roadmap_review)
from pipeline.run.rawfiles import sha256_file
from pipeline.contract import ABOUT_TOPIC_WARNING, DocResult, ErrorCategory, Status, as_row, record_values
from pipeline.version import pipeline_version

content_cells.install()          # the cell readers a table with no header is read by

_TABLE_KINDS = ("touchpoint_list", "roadmap")
_KIND_NAMES = {"touchpoint_list": "touchpoint list", "roadmap": "roadmap", "procedure": "procedure"}


file_hash = sha256_file        # a document's doc_id: the sha256 of its bytes


def unreadable_id(path: Path, raw_root: Path | None) -> str:
    """A stable doc_id for a file whose bytes cannot be read (there is no content
    hash): derived from its path, so the next run replaces it."""
    return hashlib.sha256(b"unreadable\0" + os.fsencode(_relative(Path(path), raw_root))).hexdigest()


def hash_or_failure(path: Path, raw_root: Path | None) -> tuple[str, "DocResult | None"]:
    """(doc_id, None), or (id, a failed DocResult) when the file cannot be read:
    hashing is part of the per-document guard (a file removed or unreadable
    mid-run fails that document only)."""
    try:
        return file_hash(path), None
    except OSError as e:
        doc_id = unreadable_id(path, raw_root)
        return doc_id, failure(path, raw_root, doc_id, ErrorCategory.UNREADABLE,
                               f"cannot read the file: {e.strerror or e}")


def failure(path: Path, raw_root: Path | None, doc_id: str, category: ErrorCategory, error: str,
            warnings: list[str] | None = None) -> "DocResult":
    doc = base_document(path, raw_root, doc_id)
    doc.update(status=Status.FAILED, error=error, warnings=list(warnings or []))
    return DocResult(doc, category=category)


def _relative(path: Path, raw_root: Path | None) -> str:
    # lexical, not resolved: a link inside raw/ keeps its own name (links that
    # leave raw/ never get this far, see pipeline/run/rawfiles.py)
    try:
        return Path(os.path.relpath(os.path.abspath(path), os.path.abspath(raw_root))).as_posix() \
            if raw_root else path.name
    except ValueError:
        return path.name


def printable_name(name: str) -> str:
    """A file name as the dataset stores it: a name that is not UTF-8 (what unzip
    makes of a cp1251/cp866 archive) reaches Python as surrogates, which Parquet
    cannot hold; its odd bytes are shown as \\xNN instead."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", "backslashreplace")


def base_document(path: Path, raw_root: Path | None, doc_id: str) -> dict:
    rel = _relative(Path(path), raw_root)
    if rel.startswith("../"):
        rel = Path(path).name              # never an absolute or escaping path in the dataset
    rel = printable_name(rel)
    # built through the typed record: a misspelt field is a TypeError here, not a null column
    return as_row("documents", doc_id=doc_id, source_path=rel, status=Status.FAILED,
                  pipeline_version=pipeline_version(), ingested_at=datetime.now(timezone.utc))


def process_path(path: Path, raw_root: Path | None = None, doc_id: str | None = None,
                 options: ReaderOptions | None = None, read_from: Path | None = None) -> DocResult:
    """Read, extract and normalize one file; never raises for bad input.
    `options`: the readers' settings (None = the defaults); `read_from`: where the
    readers open its bytes (pipeline/run/pin.py), `path` naming the document."""
    path = Path(path)
    if doc_id is None:
        doc_id, failed = hash_or_failure(path, raw_root)
        if failed is not None:
            return failed
    document = base_document(path, raw_root, doc_id)

    try:
        source = Path(read_from or path)
        fmt = detect(source)
        document["format"] = fmt
        doc = read_document(source, fmt, options)
        # an amending act's quotes off what it restates, then headers for tables that have none
        # lists printed on their side turned first (a field a row, a point a column)
        plain = join_needs_tables(turn_transposed(unquote_restated(doc)))
        return _extract(*_headed(plain), document, plain)
    except (MemoryError, Exception) as e:  # noqa: BLE001 - a bug must not stop the other documents
        category, error, warnings = classify(e)
        document.update(status=Status.FAILED, error=error, warnings=warnings)
        return DocResult(document, category=category)


# most specific first: OcrUnavailable is a ToolError, every one of them a LoadError
_LOAD_ERRORS = ((UnsupportedFormat, ErrorCategory.UNSUPPORTED_FORMAT), (InputTooLarge, ErrorCategory.TOO_LARGE),
                (OcrUnavailable, ErrorCategory.OCR_UNAVAILABLE))


def classify(e: BaseException) -> tuple[ErrorCategory, str, list[str]]:
    """The per-document guard's one reading of an exception: (category, error, warnings).
    Used wherever one document's work is guarded (here and pipeline/run/batch.py)."""
    for cls, category in _LOAD_ERRORS:
        if isinstance(e, cls):
            return category, str(e), []
    if isinstance(e, ToolError):           # LibreOffice / pdftoppm: missing is retryable, not cached
        return ErrorCategory.TOOL_UNAVAILABLE if e.retryable else ErrorCategory.LOAD_ERROR, str(e), []
    if isinstance(e, LoadError):
        return ErrorCategory.LOAD_ERROR, str(e), []
    if isinstance(e, MemoryError):
        return ErrorCategory.MEMORY_LIMIT, "memory limit reached (see --max-memory-mb)", []
    if isinstance(e, OSError):             # removed or made unreadable while we read it
        return ErrorCategory.UNREADABLE, f"cannot read the file: {e.strerror or e}", []
    return (ErrorCategory.INTERNAL_ERROR, f"internal error: {type(e).__name__}: {e}",
            [traceback.format_exc(limit=6)])


def _headed(doc: Document) -> tuple[Document, frozenset[str]]:
    """The document with a header given to each table that has none and whose columns' content
    reads as a list (parsers/tables/content_header.py), a warning saying so for each; and the
    cells read as directions where only the columns' order told them from the processes."""
    headed, said, by_order = supply_headers(doc)
    return (replace(headed, warnings=[*headed.warnings, *said]) if said else headed), by_order


def _by_order(doc_id: str, touchpoints: list[dict], review: list[dict], by_order: frozenset[str]) -> list[dict]:
    """A direction read from a column told from the process column by order alone is a guess
    however sure its name's reading: each such direction is reviewed (once)."""
    have = {r["text_raw"] for r in review if r["field"] == "direction"}
    rows = [r for r in touchpoints if r["direction"] and r["direction_raw"] in by_order]
    counts = Counter(r["direction_raw"] for r in rows)
    out = []
    for text, code in {r["direction_raw"]: r["direction"] for r in rows if r["direction_raw"] not in have}.items():
        m = read_direction(text)
        out.append(as_row("review", doc_id=doc_id, table="touchpoints", field="direction", text_raw=text,
                          best_code=code, score=float(m.score), alternatives=list(m.alternatives), count=counts[text]))
    return out


def _extract(doc: Document, by_order: frozenset[str], document: dict, plain: Document) -> DocResult:
    """`plain`: the document before _headed gave tables headers by content (a touchpoint list's or a
    plan's guess): the procedure's lists are read from it, their rows being no columns of such a list."""
    warnings = list(doc.warnings)
    document.update(format=doc.format, pages=doc.pages, ocr=doc.ocr)
    metadata, header_gaps = read_metadata(doc)
    document.update(record_values("documents", metadata))      # an unknown key raises

    raw_tp, tp_warnings = extract_touchpoints(doc)
    warnings += tp_warnings
    titled = looks_like_procedure(doc)                     # read once: the three steps below ask
    roadmap, off_topic = _read_roadmap(doc, document, ours=bool(raw_tp) or titled)
    warnings += [off_topic] if off_topic else []
    procedure, raw_tp, read_twice = _read_procedure(doc, plain, titled, raw_tp, bool(roadmap))

    touchpoints, review = normalize_touchpoints(document["doc_id"], raw_tp)
    procedure_items, proc_review = normalize_procedure_items(document["doc_id"], procedure)
    review += proc_review + roadmap_review(document["doc_id"], roadmap) + _by_order(document["doc_id"], touchpoints, review, by_order)

    kinds = []
    empty_form = not touchpoints and not read_twice and _has_header(doc, "touchpoint_list")
    if touchpoints:
        kinds.append("touchpoint_list")
    elif empty_form:
        warnings.append("a touchpoint list form with no rows (an empty template)")
    if roadmap:
        kinds.append("roadmap")
    if procedure_items or titled:
        kinds.append("procedure")
    lost = _unrecognised_tables(doc, procedure)
    warnings += lost
    # what the document states but could not be read (contract: `partial` with a warning)
    unread = list(header_gaps)
    if "procedure" in kinds:
        unread += _lists_unread(doc, procedure, warnings)
    unread += _announced_unread(doc, kinds, empty_form, bool(off_topic))
    warnings += unread
    relevant = not kinds and not empty_form and not lost and about_client_centricity(doc)
    if relevant:
        warnings.append(ABOUT_TOPIC_WARNING)

    document.update(kinds=kinds, warnings=warnings, n_touchpoints=len(touchpoints),
                    n_roadmap_items=len(roadmap), n_procedure_items=len(procedure_items))
    category = None
    if not kinds and not empty_form and not relevant:
        document.update(status=Status.FAILED, error="no touchpoint list, roadmap or procedure found"
                        + "".join(f"; {w}" for w in [*lost, off_topic][:1] if w))   # the first reason
        category = ErrorCategory.NO_CONTENT
    elif lost:
        document.update(status=Status.PARTIAL, error=f"{len(lost)} table(s) could not be read: {lost[0]}")
        category = ErrorCategory.UNREAD_TABLES
    elif unread:
        document.update(status=Status.PARTIAL, error="; ".join(unread))
        category = ErrorCategory.UNREAD_CONTENT
    elif doc.incomplete:                     # pages lost to OCR, or OCR too unsure
        document.update(status=Status.PARTIAL, error=doc.incomplete)
        category = ErrorCategory.UNREAD_CONTENT
    else:
        document.update(status=Status.OK, error=None)
    return DocResult(document, touchpoints, roadmap, procedure_items, review, category)


def _read_procedure(doc: Document, plain: Document, titled: bool, raw_tp: list[dict],
                    roadmap: bool) -> tuple[list[dict], list[dict], int]:
    """The procedure's items, the touchpoints left, and how many touchpoints were its items read again."""
    procedure = resolve_open_lists(extract_procedure(plain, titled))   # unnamed lists: kind by their items
    if not holds_procedure(doc, procedure, bool(raw_tp) or roadmap, titled):
        return [], raw_tp, 0             # a touchpoint list's cells naming points are no procedure
    if not titled:
        return procedure, raw_tp, 0
    kept = without_procedure_items(raw_tp, procedure)    # a procedure's items are no touchpoints
    return procedure, kept, len(raw_tp) - len(kept)


def _lists_unread(doc: Document, procedure: list[dict], warnings: list[str]) -> list[str]:
    """The procedure's lists not found, as content left unread; an amending act restating some
    points states only those: the lists it does not restate are the amended act's (a warning)."""
    absent = [f"procedure: no {k} list found" for k in missing_lists(procedure)]
    if absent and restates_parts(doc):
        warnings += [f"{w} (an amending act restating some points: the others are the amended act's)" for w in absent]
        return []
    return absent


def _announced_unread(doc: Document, kinds: list[str], empty_form: bool, set_aside: bool) -> list[str]:
    """Kinds the order approves that were not read; an empty form is the list, and a plan
    set aside as another subject's was read (its own warning says why it is not kept)."""
    return [f"the order approves a {_KIND_NAMES[k]} that was not read" for k in announced_kinds(doc)
            if k not in kinds and not (k == "touchpoint_list" and empty_form) and not (k == "roadmap" and set_aside)]


def _read_roadmap(doc: Document, document: dict, ours: bool) -> tuple[list[dict], str | None]:
    """The roadmap's rows, or none and a warning when the plan read is not about
    client-centricity (another subject's plan of measures): the user sees which plan was set aside.
    `ours`: the file holds a touchpoint list or a procedure, so its plan is of the same subject.
    The order's year (its header read into `document`) reads an ambiguous two-digit year of a term."""
    act_year = getattr(document.get("order_date"), "year", None)
    roadmap = normalize_roadmap(document["doc_id"], extract_roadmap(doc), act_year)
    if not roadmap or ours or plan_on_topic(doc, roadmap):
        return roadmap, None
    first, n = roadmap[0], len(roadmap)
    where = first.get("source_locator") or (f"page {first['source_page']}" if first.get("source_page") else "")
    return [], (f"a plan of measures ({n} item{'s' * (n > 1)}{', at ' + where if where else ''}) was set aside as "
                "no roadmap: neither the document nor the plan speaks of client-centricity")


def _has_header(doc: Document, kind: str) -> bool:
    return any(find_header(t, kind) is not None for t in doc.tables())


def _unrecognised_tables(doc: Document, procedure: list[dict]) -> list[str]:
    """Data-sized tables no extractor claimed (nor the procedure's lists read by their rows):
    their rows would be lost silently."""
    from parsers.tables.repair import find_tables

    claimed: set[int] = set()
    for kind in _TABLE_KINDS:
        for t in find_tables(doc, kind):
            claimed.update(id(p) for p in t.parts)
    out = []
    for t in doc.tables():
        if id(t) in claimed or t.n_cols < 3 or len(t.rows) < 3 or is_signoff(t) or holds_items(t, procedure):
            continue                   # (a sign-off sheet holds no list)
        where = f"line {t.source.line}" if t.source.line else f"page {t.rows[0].source.page}"
        out.append(f"table at {where} ({len(t.rows)} rows x {t.n_cols} columns) has no recognisable header")
    return out
