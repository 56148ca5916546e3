"""Analysts' overrides: a phrase -> code per field, winning over rules and fuzzy.

Read and applied here, where documents are coded; `touchpoints review --fill`
adds to the file through pipeline/analyst/overrides.py.

    # raw/overrides.yaml (or --overrides PATH)
    channel:
      "Сайт-визитка": website
      "Голубиная почта": written_mail
    needs:
      "Получение справки": information
    direction:
      "Кадровые вопросы": internal_hr
    point_type:                       # a point-type cell -> digital/offline
      "Смешанная": digital
    milestone:                        # a roadmap activity -> milestone code
      "Утверждение модели": {code: model_approved, at: "2026-12-06T01:40:00+00:00"}
    documents:                        # a file's own fields, keyed by its sha256 (doc_id)
      3fa4…e1: {order_number: {value: "694", at: "…"}, kinds: [touchpoint_list]}
    exclude:                          # rows that are not what they were read as
      3fa4…e1: [{table: touchpoints, row: 14, text: "Итого", at: "…"}]

Phrases are compared after the matcher's own cleaning (case, punctuation,
lemmas), so a key matches the cell however it is inflected or punctuated.
Codes must be codes of that field's taxonomy (docs/dataset.md).  Any value may be
written as `{code|value: X, at: WHEN, was: EARLIER}` (the workbench records
when a correction was made and what it replaced, so it can be undone); `load`
returns the bare values.  The file's content hash is part of the pipeline
version, so a changed file re-normalizes every document on the next ingest or
rebuild (and bypasses the parse cache).  Document fields, exclusions, point
types and milestones are applied to a document's rows by `pipeline/run/corrections.py`.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import threading
from pathlib import Path

import yaml

from normalizers.matcher import taxonomy

from pipeline import version

# field (as in review.field) -> taxonomy name: phrases the matcher itself looks up
FIELDS = {"channel": "channel", "needs": "needs", "direction": "direction"}
# phrase -> code fields applied to the coded rows (pipeline/run/corrections.py)
ROW_FIELDS = ("point_type", "milestone")
DOCUMENT_FIELDS = ("region", "authority", "order_number", "order_date", "kinds")
KINDS = ("touchpoint_list", "roadmap", "procedure")
EXCLUDE_TABLES = ("touchpoints", "roadmap", "procedure_items")
FILE_NAMES = ("overrides.yaml", "overrides.yml")

Overrides = dict[str, dict]


class OverridesError(ValueError):
    """The overrides file is not a valid mapping of field -> {phrase: code}."""


def locate(raw: Path | None, explicit: Path | None) -> Path | None:
    if explicit is not None:
        if not Path(explicit).is_file():
            raise OverridesError(f"overrides file not found: {explicit}")
        return Path(explicit)
    for name in FILE_NAMES:
        if raw is not None and (Path(raw) / name).is_file():
            return Path(raw) / name
    return None


def load(path: Path | None) -> Overrides:
    return {} if path is None else validate(read_raw(path), str(path))


def bare(value, key: str = "code"):
    """A value as written: `X` or `{code|value: X, at: …, was: …}` -> X."""
    return value.get(key, value.get("value")) if isinstance(value, dict) else value


def _codes(field: str) -> set[str]:
    if field in FIELDS:
        tax = taxonomy(FIELDS[field])
        return set(tax.codes) | {tax.other}
    from pipeline.store.labels import labels_rows     # point_type, milestone: the labels' codes

    return {r["code"] for r in labels_rows() if r["taxonomy"] == field}


def validate(data, where: str = "overrides") -> Overrides:
    if not isinstance(data, dict):
        raise OverridesError(f"{where}: expected a mapping of field -> {{phrase: code}}")
    out: Overrides = {}
    for field, mapping in data.items():
        if field not in (*FIELDS, *ROW_FIELDS, "documents", "exclude"):
            raise OverridesError(f"{where}: unknown field {field!r} "
                                 f"(known: {', '.join((*FIELDS, *ROW_FIELDS, 'documents', 'exclude'))})")
        if not isinstance(mapping, dict):
            raise OverridesError(f"{where}: {field} must be a mapping")
        if field == "documents":
            out[field] = {str(k): _document_fields(v, f"{where}: documents: {k}") for k, v in mapping.items()}
        elif field == "exclude":
            out[field] = {str(k): _exclusions(v, f"{where}: exclude: {k}") for k, v in mapping.items()}
        else:
            known = _codes(field)
            codes = {str(k): bare(v) for k, v in mapping.items()}
            for phrase, code in codes.items():
                if str(code) not in known:
                    raise OverridesError(f"{where}: {field}: {phrase!r} -> unknown code {code!r}")
            out[field] = {k: str(v) for k, v in codes.items()}
    return out


def _document_fields(entry, where: str) -> dict:
    if not isinstance(entry, dict):
        raise OverridesError(f"{where}: expected field -> value")
    out = {}
    for name, value in entry.items():
        if name not in DOCUMENT_FIELDS:
            raise OverridesError(f"{where}: unknown document field {name!r} (known: {', '.join(DOCUMENT_FIELDS)})")
        value = bare(value, "value")
        if name == "kinds":
            if not isinstance(value, list) or not set(value) <= set(KINDS):
                raise OverridesError(f"{where}: kinds must be a list of {', '.join(KINDS)}")
        elif name == "order_date" and value is not None:
            try:
                value = dt.date.fromisoformat(str(value)).isoformat()
            except ValueError:
                raise OverridesError(f"{where}: order_date {value!r} is not a date like 2024-12-31") from None
        elif name == "region" and value is not None and _region(str(value)) is None:
            raise OverridesError(f"{where}: unknown region {value!r}")
        out[name] = value if value is None or name == "kinds" else str(value)
    return out


def _region(name: str):
    """A region given by its canonical name or ISO code."""
    from textcore.regions import all_regions

    return next((r for r in all_regions() if name in (r.name, r.code)), None)


def _exclusions(entries, where: str) -> list[dict]:
    if not isinstance(entries, list):
        raise OverridesError(f"{where}: expected a list of {{table, row, text}}")
    out = []
    for e in entries:
        if not isinstance(e, dict) or e.get("table") not in EXCLUDE_TABLES or not isinstance(e.get("row"), int):
            raise OverridesError(f"{where}: each exclusion needs table ({', '.join(EXCLUDE_TABLES)}) and row")
        out.append({"table": e["table"], "row": e["row"], "text": e.get("text")})
    return out


def digest(mapping: Overrides) -> str:
    """Content hash of the overrides ('' when there are none)."""
    if not any(mapping.values()):
        return ""
    canon = json.dumps(mapping, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(canon.encode()).hexdigest()[:12]


_applied = ""           # per-process memo: the digest of what the taxonomies hold now
_lock = threading.Lock()


def apply(mapping: Overrides) -> None:
    """Load `mapping` into this process's taxonomies (once per process and content)."""
    global _applied
    h = digest(mapping)
    if h == _applied:
        return
    with _lock:
        if h == _applied:
            return
        for field, name in FIELDS.items():
            taxonomy(name).set_overrides(mapping.get(field, {}))
        version.set_overrides_hash(h)
        _applied = h


def read_raw(path: Path) -> dict:
    """The file as written (timestamps and earlier values kept), validated; {} if absent."""
    if not Path(path).is_file():
        return {}
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as e:
        raise OverridesError(f"{path}: not valid YAML: {e}") from e
    validate(data, str(path))
    return data
