"""Analysts' decisions into the overrides file (`touchpoints review --fill`, the workbench).

The file's format and how runs read it: pipeline/run/overrides.py.  Every writer
holds the file's own lock (`.<name>.lock` beside it) for its read-modify-write and
replaces the file atomically, so `review --fill` and the workbench never lose each
other's corrections.
"""
from __future__ import annotations

import fcntl
import os
from contextlib import contextmanager
from pathlib import Path

import yaml

from textcore.atomic import atomic_write

from pipeline.run.overrides import FIELDS, ROW_FIELDS, Overrides, read_raw, validate


@contextmanager
def locked(path: Path):
    """Hold the overrides file's own lock for a read-modify-write."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path.with_name(f".{path.name}.lock"), os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)            # closing releases the lock


def write_raw(path: Path, data: dict) -> None:
    """Write the file as given (timestamps and earlier values kept), validated first,
    atomically; call under `locked`."""
    validate(data, "overrides")
    clean = {f: dict(sorted(m.items())) if f in (*FIELDS, *ROW_FIELDS) else m
             for f, m in sorted(data.items()) if m}
    atomic_write(path, yaml.safe_dump(clean, allow_unicode=True, sort_keys=False, default_flow_style=False))


def merge(path: Path, additions: Overrides) -> Overrides:
    """Merge `additions` (field -> {phrase: code}) into the YAML file at `path`
    (created if missing); returns the result."""
    additions = validate(additions, "additions")
    with locked(path):
        current = read_raw(path)
        for field, mapping in additions.items():
            current.setdefault(field, {}).update(mapping)
        write_raw(path, current)
    return validate(current, str(path))
