"""OCR results per page image, as JSON files keyed by the image's sha256.

They live under the parse cache's root, in `ocr/` (outside the dataset, so a
rebuild re-uses them).  The root is `ReaderOptions.ocr_cache_dir` (the pipeline
sets it to its parse cache's folder); without one, nothing is cached.  An entry records the engine and settings it was
made with, and one made otherwise is ignored.  `files/<sha256 of a PDF>.json`
lists that file's page keys, so a re-run finds its pages without rasterising.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from textcore.atomic import atomic_write


class OcrCache:
    def __init__(self, root: Path | str | None = None, settings: str = ""):
        self.folder = Path(root) / "ocr" if root else None
        self.settings = settings

    @staticmethod
    def key(image: bytes) -> str:
        return hashlib.sha256(image).hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict | None:
        if self.folder is None:
            return None
        try:
            entry = json.loads(self._path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return entry.get("page") if isinstance(entry, dict) and entry.get("settings") == self.settings else None

    def put(self, key: str, page: dict) -> None:
        if self.folder is not None:
            self._write(self._path(key), {"settings": self.settings, "page": page})

    def pages_of(self, file_key: str) -> list[dict] | None:
        """Every page of a file whose page keys were recorded, when all are cached."""
        if self.folder is None:
            return None
        try:
            keys = json.loads((self.folder / "files" / f"{file_key}.json").read_text(encoding="utf-8"))["pages"]
        except (OSError, ValueError, KeyError, TypeError):
            return None
        pages = [self.get(k) for k in keys] if isinstance(keys, list) and keys else [None]
        return None if any(p is None for p in pages) else pages

    def put_file(self, file_key: str, page_keys: list[str]) -> None:
        if self.folder is not None:
            self._write(self.folder / "files" / f"{file_key}.json", {"pages": page_keys})

    @staticmethod
    def _write(p: Path, entry: dict) -> None:
        try:
            p.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(p, json.dumps(entry, ensure_ascii=False))   # parallel workers never see half a file
        except OSError:
            pass                             # a read-only or full cache only costs speed
