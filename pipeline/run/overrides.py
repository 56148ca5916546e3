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
import os
import threading
from pathlib import Path

import yaml

from normalizers.matcher import taxonomy
from textcore.small_file import read_small
from textcore.vocab import loads

from pipeline import version

# field (as in review.field) -> taxonomy name
FIELDS = {"channel": "channel", "needs": "needs", "direction": "direction"}
FILE_NAMES = ("overrides.yaml", "overrides.yml")
MAX_BYTES = 4 * 1024 * 1024          # ~40,000 phrases; a larger file is no overrides file

Overrides = dict[str, dict[str, str]]


class OverridesError(ValueError):
    """The overrides file is not a valid mapping of field -> {phrase: code}."""


def locate(raw: Path | None, explicit: Path | None) -> Path | None:
    if explicit is not None:
        if not Path(explicit).is_file():
            raise OverridesError(f"overrides file not found: {explicit}")
        return Path(explicit)
    for name in FILE_NAMES:
        if raw is not None and os.path.lexists(Path(raw) / name):    # a link is found, then refused
            return Path(raw) / name
    return None


def read(raw: Path | None, explicit: Path | None) -> Overrides:
    """The overrides a run uses: --overrides as named, or raw/overrides.yaml, which
    must be a regular file there (a link is never followed out of raw/)."""
    return load(locate(raw, explicit), follow_links=explicit is not None)


def _short(value, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def load(path: Path | None, follow_links: bool = True) -> Overrides:
    """The mapping in `path` ({} for None); OverridesError (one short line) when it
    cannot be read or is not field -> {phrase: code}.  No YAML aliases: a few
    hundred bytes of nested aliases would expand into gigabytes."""
    if path is None:
        return {}
    try:
        data = read_small(path, MAX_BYTES, follow_links=follow_links)
        text = data.decode("utf-8-sig")
        parsed = loads(text) or {}
    except OSError as e:
        raise OverridesError(f"{path}: cannot read ({e.strerror or e})") from None
    except UnicodeDecodeError:
        raise OverridesError(f"{path}: not UTF-8 text (save it as UTF-8)") from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        problem = " ".join(str(getattr(e, "problem", None) or type(e).__name__).split())[:100]
        raise OverridesError(f"{path}: not valid YAML{where}: {problem}") from None
    return validate(parsed, str(path))


def validate(data, where: str = "overrides") -> Overrides:
    if not isinstance(data, dict):
        raise OverridesError(f"{where}: expected a mapping of field -> {{phrase: code}}")
    out: Overrides = {}
    for field, mapping in data.items():
        if field not in FIELDS:
            raise OverridesError(f"{where}: unknown field {_short(field)} (known: {', '.join(FIELDS)})")
        if not isinstance(mapping, dict):
            raise OverridesError(f"{where}: {field} must map phrases to codes")
        tax = taxonomy(FIELDS[field])
        known = set(tax.codes) | {tax.other}
        for phrase, code in mapping.items():
            if not isinstance(phrase, (str, int, float)) or isinstance(phrase, bool) or not str(phrase).strip():
                raise OverridesError(f"{where}: {field}: {_short(phrase)} is not a phrase")
            if not isinstance(code, str) or code not in known:
                raise OverridesError(f"{where}: {field}: {_short(phrase)} -> unknown code {_short(code)}")
        out[field] = {str(k): v for k, v in mapping.items()}
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
