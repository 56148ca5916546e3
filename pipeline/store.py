"""The Parquet dataset: one folder per contract table, one file per document.

    output/<table>/<doc_id>.parquet       documents, touchpoints, roadmap, procedure_items
    output/review/review.parquet          recomputed at every commit (counts are dataset-wide)
    output/.review/<doc_id>.parquet       per-document review rows behind it (hidden from readers)
    output/.index/{documents,review}.parquet  caches of those folders (see index.py)

One file per document lets `ingest` add or replace a document without
rewriting the others.  Every file is written to a temporary name and renamed
into place (readers never see a half-written file); commits are serialised by
a lock on `output/.lock`, taken only around the commit, not around parsing.
`rebuild` writes a whole new dataset beside the old one and swaps the two
folders in one atomic `renameat2(RENAME_EXCHANGE)`, so a crash at any moment
leaves the previous dataset whole.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import fcntl
import os
import shutil
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .index import FolderIndex
from .schema import SCHEMAS, TABLES, to_table

DOC_TABLES = ("documents", "touchpoints", "roadmap", "procedure_items")
_HIDDEN_REVIEW = ".review"
_INDEX = ".index"
INDEX_COLUMNS = ["doc_id", "source_path", "pipeline_version", "status"]


def _write_atomic(table: pa.Table, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    pq.write_table(table, tmp, compression="zstd")
    os.replace(tmp, path)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class Store:
    def __init__(self, out: Path):
        self.out = Path(out)

    # -- reading -------------------------------------------------------------
    def exists(self) -> bool:
        return (self.out / "documents").is_dir()

    def documents(self) -> pd.DataFrame:
        files = sorted((self.out / "documents").glob("*.parquet")) if self.exists() else []
        if not files:
            return to_table("documents", []).to_pandas()
        return pa.concat_tables([pq.read_table(f, schema=SCHEMAS["documents"]) for f in files]).to_pandas()

    def _doc_index(self) -> FolderIndex:
        return FolderIndex(self.out / "documents", self.out / _INDEX / "documents.parquet",
                           SCHEMAS["documents"], INDEX_COLUMNS)

    def index(self) -> pd.DataFrame:
        """doc_id, source_path, pipeline_version, status of every document: what
        `ingest` needs, without reading every document's file."""
        return self._doc_index().load().to_pandas()

    # -- writing -------------------------------------------------------------
    def init(self) -> None:
        for t in TABLES:
            (self.out / t).mkdir(parents=True, exist_ok=True)
        (self.out / _HIDDEN_REVIEW).mkdir(parents=True, exist_ok=True)
        self._ensure_readable()

    @contextmanager
    def lock(self):
        self.out.mkdir(parents=True, exist_ok=True)
        with open(self.out / ".lock", "a+") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    def put(self, result) -> None:
        """Write (or replace) one document's rows in every table."""
        doc_id = result.document["doc_id"]
        for t in DOC_TABLES:
            _write_atomic(to_table(t, result.rows(t)), self.out / t / f"{doc_id}.parquet")
        _write_atomic(to_table("review", result.review), self.out / _HIDDEN_REVIEW / f"{doc_id}.parquet")

    def remove(self, doc_id: str) -> None:
        for t in DOC_TABLES:
            (self.out / t / f"{doc_id}.parquet").unlink(missing_ok=True)
        (self.out / _HIDDEN_REVIEW / f"{doc_id}.parquet").unlink(missing_ok=True)

    def doc_ids(self) -> set[str]:
        return {p.stem for p in (self.out / "documents").glob("*.parquet")}

    def refresh_review(self) -> None:
        """review/review.parquet: every document's unsure phrases, counted over the dataset."""
        rows = FolderIndex(self.out / _HIDDEN_REVIEW, self.out / _INDEX / "review.parquet",
                           SCHEMAS["review"]).load(save=True)
        df = rows.to_pandas()
        if len(df):
            totals = df.groupby(["field", "text_raw"])["count"].transform("sum")
            df["count"] = totals.astype("int64")
            df = df.sort_values(["count", "field", "text_raw"], ascending=[False, True, True])
        _write_atomic(pa.Table.from_pandas(df, schema=SCHEMAS["review"], preserve_index=False),
                      self.out / "review" / "review.parquet")

    def _ensure_readable(self) -> None:
        """A table with no document yet still gets one empty file, so readers see its columns."""
        for t in DOC_TABLES:
            folder = self.out / t
            real = [p for p in folder.glob("*.parquet") if p.name != "empty.parquet"]
            empty = folder / "empty.parquet"
            if real:
                empty.unlink(missing_ok=True)
            elif not empty.exists():
                _write_atomic(to_table(t, []), empty)

    def refresh(self) -> None:
        """Bring the index and review/review.parquet up to date with the files."""
        self._doc_index().load(save=True)
        self.refresh_review()

    def commit(self, results: Iterable, replaced: Iterable[str] = (), refresh: bool = True) -> None:
        """Add `results` and drop the documents `replaced`, under the lock.

        New rows are written before old ones are removed: a crash in between
        leaves both versions (the next ingest of that path drops the old one),
        never neither."""
        with self.lock():
            self.init()
            for r in results:
                self.put(r)
            for doc_id in replaced:
                self.remove(doc_id)
            self._ensure_readable()
            if refresh:
                self.refresh()


# -- rebuild: a new dataset beside the old, swapped in atomically ------------

def new_build_dir(out: Path) -> Path:
    out = Path(out)
    path = out.parent / f".{out.name}.building-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    path.mkdir(parents=True)
    return path


def clean_stale_builds(out: Path) -> None:
    """Folders left by a rebuild that crashed (their process is gone)."""
    out = Path(out)
    for p in out.parent.glob(f".{out.name}.building-*"):
        pid = p.name.split("building-")[1].split("-")[0]
        if pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(p, ignore_errors=True)
    for p in out.parent.glob(f".{out.name}.old-*"):
        shutil.rmtree(p, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def swap_in(build: Path, out: Path) -> None:
    """Make `build` the dataset at `out` in one step; the old one is deleted after."""
    build, out = Path(build), Path(out)
    for d in [build, *build.iterdir()]:
        if d.is_dir():
            _fsync_dir(d)
    if out.exists() and _exchange(build, out):
        shutil.rmtree(build, ignore_errors=True)      # `build` now holds the old dataset
        return
    if out.exists():                                   # no renameat2: two renames, old kept until the end
        old = out.parent / f".{out.name}.old-{uuid.uuid4().hex[:8]}"
        os.rename(out, old)
        os.rename(build, out)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.rename(build, out)


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Atomically exchange two paths (Linux renameat2); False where unsupported."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        fn = libc.renameat2
    except (OSError, AttributeError):
        return False
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    rc = fn(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    return rc == 0
