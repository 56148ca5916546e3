"""`touchpoints remove FILE...`: take files out of the dataset and out of the raw folder.

A FILE names a document by its path (as given, or relative to the raw folder,
i.e. its `source_path`).  Only what lies inside the raw folder is ever deleted:
the path is checked lexically and through its real location, and a symlink is
removed as a link, never followed; a file outside raw/ is refused.  The dataset
side is one commit (Store.commit with the doc_ids replaced), so duplicates of
the removed order are re-grouped in the same step.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from pipeline.store.outdir import _inside


class RemoveError(ValueError):
    """A FILE that cannot be removed (outside raw/, unknown): one line for the user."""


@dataclass
class Removal:
    source_path: str                 # relative to raw/
    doc_ids: list[str]               # its rows in the dataset (none: only in raw/)
    raw_file: Path | None            # the file in raw/ to delete (None: already gone)


def _source_path(arg: Path, raw: Path) -> str:
    """`arg` as a path relative to raw/ (lexically: a link keeps its own name)."""
    raw_abs = os.path.abspath(raw)
    cand = os.path.abspath(arg)
    if not _inside(cand, raw_abs) and not os.path.lexists(arg):
        cand = os.path.abspath(os.path.join(raw, arg))       # a source_path as the dataset lists it
    if not _inside(cand, raw_abs) or cand == raw_abs:
        raise RemoveError(f"{arg}: not inside the raw folder {raw}; only files of the raw folder are removed")
    return Path(os.path.relpath(cand, raw_abs)).as_posix()


def _raw_file(rel: str, raw: Path) -> Path | None:
    path = Path(raw) / rel
    if not os.path.lexists(path):
        return None
    # the folder holding it must really be inside raw/ (no link to a folder elsewhere);
    # the file itself may be a link: it is unlinked, not followed
    parent = os.path.realpath(path.parent)
    if not (_inside(parent, os.path.realpath(raw)) or parent == os.path.realpath(raw)):
        raise RemoveError(f"{rel}: its folder leads out of the raw folder; not removed")
    if path.is_dir() and not path.is_symlink():
        raise RemoveError(f"{rel}: a folder; name the files in it")
    return path


def plan(args: list[Path], raw: Path, documents) -> list[Removal]:
    """What removing `args` would do; `documents` is the dataset's index (source_path, doc_id)."""
    by_path: dict[str, list[str]] = {}
    for d, p in zip(documents["doc_id"], documents["source_path"]):
        by_path.setdefault(p, []).append(d)
    out, seen = [], set()
    for arg in args:
        rel = _source_path(Path(arg), Path(raw))
        if rel in seen:
            continue
        seen.add(rel)
        item = Removal(rel, sorted(by_path.get(rel, [])), _raw_file(rel, Path(raw)))
        if not item.doc_ids and item.raw_file is None:
            raise RemoveError(f"{arg}: neither in the dataset nor in the raw folder")
        out.append(item)
    return out


def apply(removals: list[Removal], store) -> None:
    """The dataset first (one commit), then the raw files: a failure in between
    leaves a file the next rebuild would bring back, never rows without a file."""
    ids = [d for r in removals for d in r.doc_ids]
    if ids:
        store.commit([], ids)
    for r in removals:
        if r.raw_file is not None:
            r.raw_file.unlink(missing_ok=True)


def failed_in_raw(documents, raw: Path) -> list[str]:
    """source_paths of failed documents whose file is still in raw/ (for `review`)."""
    return sorted(p for p, s in zip(documents["source_path"], documents["status"])
                  if s == "failed" and os.path.lexists(Path(raw) / p))
