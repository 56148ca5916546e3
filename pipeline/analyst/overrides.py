"""Analysts' decisions into the overrides file (`touchpoints review --fill`).

The file's format and how runs read it: pipeline/run/overrides.py.
"""
from __future__ import annotations

from pathlib import Path

import yaml

from textcore.atomic import atomic_write

from pipeline.run.overrides import Overrides, load, validate


def merge(path: Path, additions: Overrides) -> Overrides:
    """Merge `additions` into the YAML file at `path` (created if missing); returns the result."""
    current = load(path) if Path(path).is_file() else {}
    for field, mapping in validate(additions, "additions").items():
        current.setdefault(field, {}).update(mapping)
    text = yaml.safe_dump({f: dict(sorted(m.items())) for f, m in sorted(current.items())},
                          allow_unicode=True, sort_keys=False, default_flow_style=False)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, text)
    return current
