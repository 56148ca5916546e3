"""The mark of a dataset this tool wrote: `<dataset>/.touchpoints-dataset` (JSON).

Written whenever the store creates a dataset or a build folder.  `--out` is
checked against it before anything there is replaced, so a folder of the
user's own is never taken for ours.  Datasets written before the marker
existed are recognised by holding nothing but our table folders and
dot-folders, and get the marker at their next commit.
"""
from __future__ import annotations

import json
import os
import uuid
from pathlib import Path

MARKER = ".touchpoints-dataset"
LAYOUT = 2
# all a dataset written before the marker may hold (layout 1: one file per document)
LEGACY_NAMES = frozenset({"documents", "touchpoints", "roadmap", "procedure_items", "review",
                          ".index", ".review", ".lock"})


def is_dataset(path: Path) -> bool:
    """True if `path` is a dataset this tool wrote (marked, or a legacy one)."""
    path = Path(path)
    if not path.is_dir() or path.is_symlink():
        return False
    if (path / MARKER).is_file():
        return True
    try:
        entries = list(os.scandir(path))
    except OSError:
        return False
    names = {e.name for e in entries}
    return ("documents" in names and names <= LEGACY_NAMES
            and all(e.is_dir(follow_symlinks=False) or e.name == ".lock" for e in entries))


def write_marker(path: Path) -> None:
    """Mark `path` as ours (no-op when already marked)."""
    marker = Path(path) / MARKER
    if marker.is_file():
        return
    tmp = marker.with_name(f".{MARKER}.{uuid.uuid4().hex}.tmp")
    tmp.write_text(json.dumps({"tool": "touchpoints", "layout": LAYOUT}) + "\n", encoding="utf-8")
    os.replace(tmp, marker)
