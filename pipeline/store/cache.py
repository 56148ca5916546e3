"""Parse cache: a DocResult keyed by (file sha256, pipeline version), stored as JSON.

The pipeline version includes a hash of the taxonomy data files, so a rebuild
with unchanged files and taxonomy reads every document from here, and any
change to a reader, an extractor or a data file invalidates it.

Why JSON and where:
- it is data, never code: a planted or damaged entry is at worst a miss (each
  entry is checked against the table schemas), never something that runs —
  the old pickle cache executed whatever a planted file said;
- it lives outside the raw folder, by default under $XDG_CACHE_HOME/touchpoints
  (~/.cache/touchpoints), one subfolder per dataset; `--cache-dir` inside the
  raw folder is refused (pipeline/cli/main.py).

A cache is an optimisation: it never fails a document.  The parent probes it
once (`usable`) and runs without it, with one warning, when it cannot be
written; a write that fails later (disk full) is skipped silently.

A timeout or memory-limit failure is cached too (same bytes, same version:
same outcome), with the limit it hit, so a rebuild does not pay the limit
again; a higher limit, or `--no-cache`, parses the file again.
"""
from __future__ import annotations

import hashlib
import json
import os
import uuid
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pyarrow as pa

from textcore.atomic import atomic_write

from pipeline.contract import SCHEMAS, ErrorCategory, Status, check_rows
from pipeline.version import pipeline_version

_TABLES = ("documents", "touchpoints", "roadmap", "procedure_items", "review")
_FORMAT = 1


def default_root() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "touchpoints"


def dataset_folder(root: Path, out: Path) -> Path:
    """One cache per dataset: results carry dataset-specific paths and overrides."""
    key = hashlib.sha256(os.fsencode(os.path.abspath(out))).hexdigest()[:16]
    return Path(root) / f"{Path(out).name or 'dataset'}-{key}"


def _encode(v):
    if isinstance(v, (date, datetime)):
        return v.isoformat()
    raise TypeError(f"not JSON: {type(v).__name__}")


def _decoders(schema: pa.Schema) -> dict:
    out = {}
    for f in schema:
        if pa.types.is_date32(f.type):
            out[f.name] = date.fromisoformat
        elif pa.types.is_timestamp(f.type):
            out[f.name] = datetime.fromisoformat
    return out


_DECODE = {t: _decoders(SCHEMAS[t]) for t in _TABLES}


def _decode_rows(table: str, rows) -> list[dict]:
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        raise ValueError(f"{table}: not a list of rows")
    check_rows(table, rows)
    dec = _DECODE[table]
    return [{k: (dec[k](v) if k in dec and v is not None else v) for k, v in r.items()} for r in rows]


# https://bford.info/cachedir/: a folder holding this file is a cache
CACHEDIR_TAG = "CACHEDIR.TAG"
CACHEDIR_SIGNATURE = "Signature: 8a477f597d28d172789f06886806bc55\n"


class ParseCache:
    def __init__(self, folder: Path | None, limits: dict | None = None):
        self.folder = Path(folder) if folder else None
        self.limits = dict(limits or {})           # {"timeout": s, "max_memory_mb": n}: see get()

    def _path(self, doc_id: str) -> Path:
        return self.folder / pipeline_version() / f"{doc_id}.json"

    def usable(self) -> str | None:
        """None when entries can be written here, else why not (one line)."""
        if self.folder is None:
            return None
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            probe = self.folder / f".probe-{uuid.uuid4().hex}"
            probe.write_bytes(b"ok")
            probe.unlink()
        except OSError as e:
            return f"{self.folder}: {e.strerror or e}"
        tag = self.folder / CACHEDIR_TAG
        try:                                  # backup tools and our own input walk skip a tagged folder
            if not tag.exists():
                tag.write_text(CACHEDIR_SIGNATURE + "# the parse cache of touchpoints\n", encoding="utf-8")
        except OSError:
            pass                              # a cache without its tag still works
        return None

    def get(self, doc_id: str):
        from pipeline.contract import DocResult

        if self.folder is None:
            return None
        try:
            data = json.loads(self._path(doc_id).read_text(encoding="utf-8"))
            if data.get("format") != _FORMAT or data.get("pipeline_version") != pipeline_version():
                return None
            category = ErrorCategory(data["category"]) if data.get("category") else None
            if category in (ErrorCategory.TIMEOUT, ErrorCategory.MEMORY_LIMIT) and \
                    not self._same_or_lower_limit(category, data.get("limit")):
                return None                           # a higher limit now: try again
            tables = {t: _decode_rows(t, data["tables"][t]) for t in _TABLES}
            if len(tables["documents"]) != 1 or tables["documents"][0]["doc_id"] != doc_id:
                return None
            document = tables["documents"][0]
            document["status"] = Status(document["status"])
            return DocResult(document, tables["touchpoints"], tables["roadmap"],
                             tables["procedure_items"], tables["review"], category)
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None                               # missing, damaged or foreign: a miss

    def _same_or_lower_limit(self, category: ErrorCategory, cached_limit) -> bool:
        key = "timeout" if category is ErrorCategory.TIMEOUT else "max_memory_mb"
        now = self.limits.get(key)
        if not now or cached_limit is None:          # no limit now (0), or unknown then
            return False
        return float(now) <= float(cached_limit)

    def put(self, result) -> None:
        """Store `result`; any failure to write is ignored (the cache is optional)."""
        category = result.category
        if self.folder is None or (category is not None and category.retry_next_run):
            return                                    # transient or a bug: try again next time
        limit = None
        if category is ErrorCategory.TIMEOUT:
            limit = self.limits.get("timeout")
        elif category is ErrorCategory.MEMORY_LIMIT:
            limit = self.limits.get("max_memory_mb")
        data = {"format": _FORMAT, "pipeline_version": pipeline_version(),
                "category": category.value if category else None, "limit": limit,
                "tables": {t: result.rows(t) for t in _TABLES}}
        try:
            text = json.dumps(data, ensure_ascii=False, default=_encode)
            p = self._path(result.document["doc_id"])
            p.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(p, text, durable=False)    # a damaged entry is a miss: no fsync (~20 ms a document on a busy disk)
        except (OSError, TypeError, ValueError):
            pass                                      # the temporary file is already gone


def with_path(result, source_path: str, ingested_at):
    """A cached result re-homed to where the file is now."""
    doc = dict(result.document, source_path=source_path, ingested_at=ingested_at)
    return replace(result, document=doc)
