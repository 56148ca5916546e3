"""Pipeline version: part of the parse-cache key and of every `documents` row.

Bump PARSER_VERSION when readers or extractors change what they produce; the
taxonomy's own hash is added so that editing a data file re-normalizes, and
the analysts' overrides hash (when there are overrides) so that a corrected
phrase re-normalizes too.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

PARSER_VERSION = "0.1.2"     # 0.1.2: unreadable roadmap deadlines reviewed; ordinal headers as OCR reads them


@lru_cache(maxsize=1)
def taxonomy_hash() -> str:
    h = hashlib.sha256()
    for root in ("normalizers/data", "parsers/data", "textcore/data"):
        folder = Path(__file__).resolve().parent.parent / root
        for p in sorted(folder.glob("*.yaml")):
            h.update(p.name.encode())
            h.update(p.read_bytes())
    from parsers.options import DEFAULT     # every reader threshold (ReaderOptions)
    h.update(DEFAULT.fingerprint().encode())
    return h.hexdigest()[:12]


_overrides_hash = ""     # set by pipeline.run.overrides.apply in every process that parses


def set_overrides_hash(h: str) -> None:
    global _overrides_hash
    _overrides_hash = h


def pipeline_version() -> str:
    v = f"{PARSER_VERSION}+tax.{taxonomy_hash()}"
    return f"{v}.ovr.{_overrides_hash}" if _overrides_hash else v
