"""Validated loading of the YAML vocabularies kept as data.

A vocabulary file that is missing, not YAML, or lacks a key the code relies on fails
at load time with the file's name and the key — never later as a KeyError deep inside
a matcher.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parent / "data"


class VocabularyError(ValueError):
    """A vocabulary file cannot be used."""


@lru_cache(maxsize=None)
def _load(path: Path) -> object:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise VocabularyError(f"{path.name}: cannot read ({e.strerror or e})") from e
    except yaml.YAMLError as e:
        raise VocabularyError(f"{path.name}: not valid YAML ({e})") from e


def load_yaml(path: str | Path, required: tuple[str, ...] = ()) -> dict:
    """The mapping stored in `path`; `required` top-level keys must be present."""
    path = Path(path)
    data = _load(path)
    if not isinstance(data, dict):
        raise VocabularyError(f"{path.name}: expected a mapping at the top level")
    missing = [k for k in required if k not in data]
    if missing:
        raise VocabularyError(f"{path.name}: missing key(s) {', '.join(missing)}")
    return data
