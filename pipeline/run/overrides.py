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

Phrases are compared after the matcher's own cleaning (case, punctuation,
lemmas), so a key matches the cell however it is inflected or punctuated.
Codes must be codes of that field's taxonomy (docs/dataset.md).  The file's
content hash is part of the pipeline version, so a changed file re-normalizes
every document on the next ingest or rebuild (and bypasses the parse cache).
"""
from __future__ import annotations

import hashlib
import json
import threading
from pathlib import Path

import yaml

from normalizers.matcher import taxonomy

from pipeline import version

# field (as in review.field) -> taxonomy name
FIELDS = {"channel": "channel", "needs": "needs", "direction": "direction"}
FILE_NAMES = ("overrides.yaml", "overrides.yml")

Overrides = dict[str, dict[str, str]]


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
    if path is None:
        return {}
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as e:
        raise OverridesError(f"{path}: not valid YAML: {e}") from e
    return validate(data, str(path))


def validate(data, where: str = "overrides") -> Overrides:
    if not isinstance(data, dict):
        raise OverridesError(f"{where}: expected a mapping of field -> {{phrase: code}}")
    out: Overrides = {}
    for field, mapping in data.items():
        if field not in FIELDS:
            raise OverridesError(f"{where}: unknown field {field!r} (known: {', '.join(FIELDS)})")
        if not isinstance(mapping, dict):
            raise OverridesError(f"{where}: {field} must map phrases to codes")
        tax = taxonomy(FIELDS[field])
        known = set(tax.codes) | {tax.other}
        for phrase, code in mapping.items():
            if str(code) not in known:
                raise OverridesError(f"{where}: {field}: {phrase!r} -> unknown code {code!r}")
        out[field] = {str(k): str(v) for k, v in mapping.items()}
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
