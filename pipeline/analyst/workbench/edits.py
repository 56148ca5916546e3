"""Corrections made in the workbench: written to the overrides file (`review --apply`'s
file, format in pipeline/run/overrides.py), then the documents they touch are ingested
again through the CLI's own code path, so the page shows the new rows.

Two tabs (or two servers) correcting at once never lose a correction: the whole
read-modify-write-ingest runs under a process lock, the dataset's lock and the
overrides file's own lock, and the file is replaced atomically.
"""
from __future__ import annotations

import datetime as dt
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.analyst.overrides import locked, write_raw
from pipeline.run import overrides as ovr
from pipeline.run.corrections import phrase_key
from pipeline.run.limits import Limits
from pipeline.store.lock import dataset_lock
from . import data

PHRASE_FIELDS = (*ovr.FIELDS, *ovr.ROW_FIELDS)
# where each phrase field's text lies: (table, column, whole cell or part of it)
_PHRASE_COLUMNS = {
    "channel": (("touchpoints", "touchpoint_raw", True), ("procedure_items", "text_raw", True)),
    "direction": (("touchpoints", "direction_raw", True), ("procedure_items", "text_raw", True)),
    "needs": (("touchpoints", "interaction_raw", False), ("procedure_items", "text_raw", True)),
    "point_type": (("touchpoints", "point_type_raw", True),),
    "milestone": (("roadmap", "activity", True),),
}
_work = threading.Lock()


class EditError(ValueError):
    """A correction that cannot be made (said to the analyst)."""


@dataclass
class Workspace:
    raw: Path
    out: Path
    overrides: Path
    limits: Limits = field(default_factory=Limits)
    timeout: float = 120.0


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def set_code(ws: Workspace, field_name: str, phrases: list[str], code: str) -> dict:
    """Every phrase of `field_name` is `code` from now on (a review decision or a row's code)."""
    if field_name not in PHRASE_FIELDS:
        raise EditError(f"unknown field {field_name!r}")
    phrases = [p.strip() for p in phrases if p and p.strip()]
    if not phrases:
        raise EditError("no phrase to correct")

    def change(raw: dict) -> None:
        section = raw.setdefault(field_name, {})
        for p in phrases:
            before = section.get(p)
            entry = {"code": code, "at": now()}
            if before is not None:
                entry["was"] = ovr.bare(before)
            section[p] = entry
    return _apply(ws, change, affected=lambda: affected_by_phrases(ws.out, field_name, phrases))


def set_document(ws: Workspace, doc_id: str, values: dict) -> dict:
    """The document's own fields (region, issuer, number, date, kinds), keyed by its hash."""
    unknown = set(values) - set(ovr.DOCUMENT_FIELDS)
    if unknown:
        raise EditError(f"unknown document field(s): {', '.join(sorted(unknown))}")

    def change(raw: dict) -> None:
        entry = raw.setdefault("documents", {}).setdefault(doc_id, {})
        for name, value in values.items():
            before = entry.get(name)
            new = {"value": value, "at": now()}
            if before is not None:
                new["was"] = ovr.bare(before, "value")
            entry[name] = new
    return _apply(ws, change, affected=lambda: {doc_id})


def exclude_row(ws: Workspace, doc_id: str, table: str, row: int, text: str | None) -> dict:
    """Mark a row as not what it was read as (not a touchpoint, not a roadmap item)."""
    if table not in ovr.EXCLUDE_TABLES:
        raise EditError(f"rows of {table!r} cannot be excluded")

    def change(raw: dict) -> None:
        entries = raw.setdefault("exclude", {}).setdefault(doc_id, [])
        if not any(e["table"] == table and e["row"] == row for e in entries):
            entries.append({"table": table, "row": int(row), "text": text, "at": now()})
    return _apply(ws, change, affected=lambda: {doc_id})


def undo(ws: Workspace, kind: str, key: str, name: str | None = None, row: int | None = None) -> dict:
    """Take a correction back: a phrase's code (`kind` = its field, `key` = the phrase),
    a document field (`documents`, doc_id, field name) or an exclusion (`exclude`,
    doc_id, table name, row).  A phrase or field that replaced an earlier correction
    goes back to that one; otherwise the program's own reading returns."""
    affected: set[str] = set()

    def change(raw: dict) -> None:
        if kind in PHRASE_FIELDS:
            entry = raw.get(kind, {}).pop(key, None)
            if isinstance(entry, dict) and entry.get("was"):
                raw[kind][key] = {"code": entry["was"], "at": now()}
            affected.update(affected_by_phrases(ws.out, kind, [key]))
        elif kind == "documents":
            fields = raw.get("documents", {}).get(key, {})
            entry = fields.pop(name, None)
            if isinstance(entry, dict) and entry.get("was") is not None:
                fields[name] = {"value": entry["was"], "at": now()}
            _drop_empty(raw, "documents", key)
            affected.add(key)
        elif kind == "exclude":
            entries = raw.get("exclude", {}).get(key, [])
            entries[:] = [e for e in entries if not (e["table"] == name and e["row"] == row)]
            _drop_empty(raw, "exclude", key)
            affected.add(key)
        else:
            raise EditError(f"unknown correction kind {kind!r}")
    return _apply(ws, change, affected=lambda: affected)


def _drop_empty(raw: dict, section: str, key: str) -> None:
    if not raw.get(section, {}).get(key):
        raw.get(section, {}).pop(key, None)


@contextmanager
def locked_work(ws: Workspace):
    """One correction or upload at a time: this process's lock, the dataset's, the overrides file's."""
    with _work, dataset_lock(ws.out, say_waiting=False), locked(ws.overrides):
        yield


def _apply(ws: Workspace, change, affected) -> dict:
    from pipeline.run.batch import RunOptions, ingest

    with locked_work(ws):
        raw = ovr.read_raw(ws.overrides)
        change(raw)
        try:
            write_raw(ws.overrides, raw)
        except ovr.OverridesError as e:
            raise EditError(str(e)) from None
        ids = set(affected())
        paths = [ws.raw / d["source_path"] for d in data.documents(ws.out) if d["doc_id"] in ids]
        messages: list[str] = []
        opts = RunOptions(raw=ws.raw, out=ws.out, workers=1, timeout=ws.timeout, quiet=True,
                          overrides=ws.overrides, limits=ws.limits, warn=messages.append)
        docs = ingest([p for p in paths if p.is_file()], opts) if paths else []
    return {"documents": [d["doc_id"] for d in docs], "warnings": messages}


def affected_by_phrases(out: Path, field_name: str, phrases: list[str]) -> set[str]:
    """Documents holding any of the phrases where that field is read from."""
    keys = [phrase_key(p) for p in phrases]
    found: set[str] = set()
    for table, column, whole in _PHRASE_COLUMNS[field_name]:
        for doc_id, text in _column(out, table, column):
            k = phrase_key(text)
            if any(k == key if whole else key in k for key in keys):
                found.add(doc_id)
    return found


def _column(out: Path, table: str, column: str):
    import pyarrow.dataset as pads

    folder = Path(out) / table
    if not folder.is_dir() or not any(folder.glob("*.parquet")):
        return []
    t = pads.dataset(folder, format="parquet").to_table(columns=["doc_id", column])
    return zip(t.column("doc_id").to_pylist(), t.column(column).to_pylist())


def corrections_for(ws: Workspace, doc_id: str, rows: dict[str, list[dict]]) -> list[dict]:
    """The corrections that act on this document, newest first, each with what undoes it."""
    raw = ovr.read_raw(ws.overrides)
    out = []
    for name, entry in raw.get("documents", {}).get(doc_id, {}).items():
        out.append({"kind": "documents", "key": doc_id, "name": name, "what": f"{name} = {ovr.bare(entry, 'value')}",
                    "at": entry.get("at") if isinstance(entry, dict) else None})
    for e in raw.get("exclude", {}).get(doc_id, []):
        out.append({"kind": "exclude", "key": doc_id, "name": e["table"], "row": e["row"],
                    "what": f"{e['table']} row {e['row']} is not a row ({e.get('text') or ''})", "at": e.get("at")})
    texts = {(f, phrase_key(r.get(c))) for f, cols in _PHRASE_COLUMNS.items() for t, c, whole in cols
             if whole for r in rows.get(t, [])}
    needs_text = " | ".join(phrase_key(r.get("interaction_raw")) for r in rows.get("touchpoints", []))
    for f in PHRASE_FIELDS:
        for phrase, entry in raw.get(f, {}).items():
            k = phrase_key(phrase)
            if (f, k) in texts or (f == "needs" and k and k in needs_text):
                out.append({"kind": f, "key": phrase, "what": f"{f}: «{phrase}» → {ovr.bare(entry)}",
                            "at": entry.get("at") if isinstance(entry, dict) else None})
    return sorted(out, key=lambda c: c.get("at") or "", reverse=True)
