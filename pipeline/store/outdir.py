"""Is `--out` a folder this tool may write (and, at a rebuild, replace)?

`--out` must be absent, an empty folder, or a dataset this tool wrote — one
holding the marker file `.touchpoints-dataset` (written by the store), or a
dataset from before the marker (only our table folders and dot-folders in it),
which then gets the marker.  Anything else is refused: a rebuild replaces the
whole folder, so a wrong `--out` (the raw folder, a home folder) would
otherwise delete the user's files.  `--out` may not be the raw folder, inside
it (the next rebuild would read its own Parquet files) or above it.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from textcore.atomic import atomic_write

MARKER = ".touchpoints-dataset"
MARKER_CONTENT = {"tool": "touchpoints", "layout": 2}
# what a dataset written before the marker may hold
_LEGACY_ENTRIES = {"documents", "touchpoints", "roadmap", "procedure_items", "review", "labels",
                   ".index", ".review", ".lock", MARKER}


class OutError(ValueError):
    """`--out` cannot be used (one line, shown as is with exit 2)."""


def _inside(a: str, b: str) -> bool:
    """Is a == b or inside b (both real paths)?"""
    return a == b or a.startswith(b.rstrip(os.sep) + os.sep)


def is_dataset(out: Path) -> bool:
    out = Path(out)
    return (out / MARKER).is_file() or _is_legacy(out)


def _is_legacy(out: Path) -> bool:
    try:
        names = {e.name for e in os.scandir(out)}
    except OSError:
        return False
    return "documents" in names and (out / "documents").is_dir() and names <= _LEGACY_ENTRIES


def check_out(out: Path, raw: Path | None) -> None:
    """Raise OutError unless `out` may be written; mark a legacy dataset."""
    out = Path(out)
    real_out = os.path.realpath(out)
    if raw is not None:
        real_raw = os.path.realpath(raw)
        if _inside(real_out, real_raw):
            where = "the raw folder" if real_out == real_raw else "inside the raw folder"
            raise OutError(f"--out {out} is {where} {raw}: choose a folder outside it")
        if _inside(real_raw, real_out):
            raise OutError(f"--out {out} contains the raw folder {raw}: choose a folder beside it")
    if not os.path.lexists(out):
        return
    if not out.is_dir():
        raise OutError(f"--out {out} is not a folder")
    try:
        empty = not any(os.scandir(out))
    except OSError as e:
        raise OutError(f"--out {out}: {e.strerror or e}") from None
    if empty or (out / MARKER).is_file():
        return
    if _is_legacy(out):
        write_marker(out)
        return
    raise OutError(f"--out {out} is not empty and not a touchpoints dataset (no {MARKER}): "
                   f"choose a new or empty folder")


def write_marker(out: Path) -> None:
    atomic_write(Path(out) / MARKER, json.dumps(MARKER_CONTENT) + "\n")


def check_review_out(out: Path) -> None:
    if not Path(out).is_dir():
        raise OutError(f"--out {out}: no such dataset folder")
    if not is_dataset(out):
        raise OutError(f"--out {out} is not a touchpoints dataset (no {MARKER})")
