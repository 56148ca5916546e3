"""Analysts' decisions into the overrides file (`touchpoints review --apply`).

The file's format and how runs read it: pipeline/run/overrides.py.  Two
analysts applying their CSVs at once must both land: the read-merge-write runs
under an exclusive `flock` on a lock file beside the overrides file (hidden, so
the raw folder's listing skips it), and the file is replaced atomically.
"""
from __future__ import annotations

import fcntl
import os
from contextlib import contextmanager
from pathlib import Path

import yaml

from textcore.atomic import atomic_write

from pipeline.run.overrides import Overrides, load, validate


@contextmanager
def _locked(path: Path):
    lock = path.with_name(f".{path.name}.lock")
    fd = os.open(lock, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOFOLLOW", 0), 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)                      # closing the descriptor releases the lock


def merge(path: Path, additions: Overrides) -> Overrides:
    """Merge `additions` into the YAML file at `path` (created if missing); returns the result."""
    path = Path(path)
    additions = validate(additions, "additions")
    path.parent.mkdir(parents=True, exist_ok=True)
    with _locked(path):
        current = load(path, follow_links=False) if os.path.lexists(path) else {}
        for field, mapping in additions.items():
            current.setdefault(field, {}).update(mapping)
        text = yaml.safe_dump({f: dict(sorted(m.items())) for f, m in sorted(current.items())},
                              allow_unicode=True, sort_keys=False, default_flow_style=False)
        atomic_write(path, text)
    return current
