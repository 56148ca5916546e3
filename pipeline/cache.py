"""Parse cache: DocResult keyed by (file sha256, pipeline version).

The pipeline version includes a hash of the taxonomy data files, so a rebuild
with unchanged files and taxonomy reads every document from here, and any
change to a reader, an extractor or a data file invalidates it.
"""
from __future__ import annotations

import os
import pickle
import uuid
from dataclasses import replace
from pathlib import Path

from .version import pipeline_version


class ParseCache:
    def __init__(self, folder: Path | None):
        self.folder = Path(folder) if folder else None

    def _path(self, doc_id: str) -> Path:
        return self.folder / pipeline_version() / f"{doc_id}.pkl"

    def get(self, doc_id: str):
        if self.folder is None:
            return None
        p = self._path(doc_id)
        try:
            with open(p, "rb") as fh:
                return pickle.load(fh)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
            return None

    def put(self, result) -> None:
        error = result.document.get("error") or ""
        if self.folder is None or error.startswith(("timed out", "internal error")):
            return                        # transient or a bug: try again next time
        p = self._path(result.document["doc_id"])
        p.parent.mkdir(parents=True, exist_ok=True)
        tmp = p.with_name(f".{uuid.uuid4().hex}.tmp")
        with open(tmp, "wb") as fh:
            pickle.dump(result, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, p)


def with_path(result, source_path: str, ingested_at):
    """A cached result re-homed to where the file is now."""
    doc = dict(result.document, source_path=source_path, ingested_at=ingested_at)
    return replace(result, document=doc)
