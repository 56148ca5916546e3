"""The Parquet dataset (layout 2): a few segment files per table, not one per document.

    output/.touchpoints-dataset             marker: a dataset this tool wrote (outdir.py)
    output/<table>/<segment>.parquet        documents, touchpoints, roadmap, procedure_items
    output/<table>/empty.parquet            only while the table has no row at all (carries its columns)
    output/review/review.parquet            recomputed at every commit (counts are dataset-wide)
    output/labels/labels.parquet            every code with its Russian label, at every commit
    output/.review/<segment>.parquet        per-segment review rows behind review/ (hidden from readers)
    output/.index/*.parquet                 caches of documents/ and .review/ (index.py)
    output/.index/commit_seconds            the last commit's time (the first commit interval of the next ingest)
    output/.lock, output/.commit            the lock (lock.py) and the journal of a commit in progress

A segment is a set of documents whose rows share one file name in every table
(`documents/part-ab12.parquet`, `touchpoints/part-ab12.parquet`, ...); a table
where the segment has no rows has no file (no zero-row files).  A rebuild
writes one segment per 1,000 documents; an ingest commits what arrived every
couple of seconds as one segment; `compact()` folds segments together.  A
dataset of layout 1 (one file per document, named by doc_id) is the special
case of one document per segment, so old datasets are read and updated as
they are, and compacted like any other.

Commit (docs/storage.md has the full argument): 1. every new file under a
temporary name (prepare.py); 2. a journal; 3. renames, `documents` last;
4. review/, labels/ and the index recomputed (journal.py, derived.py).  A changed
document goes into the segment of its old version, so within a table a reader
sees its old rows or its new rows, never both or neither.  Nothing is ever
half-written, and the review table is never left stale.
"""
from __future__ import annotations

import math
import time
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

import pyarrow as pa
import pyarrow.compute as pc

from textcore.atomic import atomic_write

from pipeline.allocator import give_back
from pipeline.contract import TABLES, to_table
from pipeline.store.compaction import compact_segments
from pipeline.store.derived import derive, doc_index, refresh_review
from pipeline.store.journal import recover, run_ops
from pipeline.store.lock import dataset_lock
from pipeline.store.order_state import STATE as ORDER_STATE
from pipeline.store.outdir import MARKER, is_dataset, write_marker
from pipeline.store.prepare import prepare
from pipeline.store.segments import (DOC_TABLES, EMPTY, HIDDEN_REVIEW, INDEX, JOURNAL, Carried, Packed, StoreError,  # noqa: F401
                                     carryable, ensure_readable, parquet_names, read, segment_of, store_error)

if TYPE_CHECKING:
    import pandas as pd   # annotations only: a rebuild never needs pandas (0.3 s to import)

SEGMENT_DOCS = 1000        # a rebuild starts a new segment after this many documents ...
SEGMENT_ROWS = 250_000     # ... or this many rows held (bounds the parent's memory)
BATCH_SECONDS = 2.0        # an ingest commits what arrived at least this often ...
MAX_BATCH_SECONDS = 10.0   # ... and, however slow its commits, never less often than this
COMMIT_SECONDS = "commit_seconds"     # .index/: how long the last commit took (a hint)


def last_commit_seconds(out: Path) -> float:
    """The last recorded commit's seconds; 0 where none (or unreadable: it is only a hint)."""
    try:
        seconds = float((Path(out) / INDEX / COMMIT_SECONDS).read_text(encoding="ascii"))
    except (OSError, ValueError, UnicodeDecodeError):
        return 0.0
    return seconds if math.isfinite(seconds) and seconds > 0 else 0.0


def commit_interval(seconds: float) -> float:
    """The ingest's interval after a commit of `seconds` (its fold not counted): twice
    it, within [BATCH_SECONDS, MAX_BATCH_SECONDS] — one slow commit (a cold cache, a
    busy disk) must not hold the next ingest's documents back without bound."""
    return min(MAX_BATCH_SECONDS, max(BATCH_SECONDS, 2 * seconds))


def record_commit_seconds(out: Path, seconds: float) -> None:
    path = Path(out) / INDEX / COMMIT_SECONDS
    try:                        # a lost hint costs one commit; it never fails the commit it follows
        atomic_write(path, f"{seconds:.3f}\n", encoding="ascii", durable=False)
    except OSError:
        pass


class Store:
    def __init__(self, out: Path):
        self.out = Path(out)
        self._pending: dict[str, object] = {}      # doc_id -> DocResult, not yet committed
        self._replaced: set[str] = set()
        self._pending_rows = 0
        self._since = 0.0
        self._sources: dict[str, tuple] = {}    # folder -> ((dataset, segment), its rows): for Carried
        self._underived = False     # segments flushed with derived=False: the next derive is their commit's
        # an ingest commits at least every BATCH_SECONDS, and no more often than twice its last
        # commit took (commit_interval): a commit re-derives review/ over the whole dataset,
        # which must not dominate a small ingest into a big one; the first interval is from
        # the last process's commit (recorded in .index/)
        self._interval = commit_interval(last_commit_seconds(self.out))

    # -- reading -------------------------------------------------------------
    def exists(self) -> bool:
        return (self.out / "documents").is_dir()

    def documents(self) -> pd.DataFrame:
        names = sorted(parquet_names(self.out / "documents") - {EMPTY})
        if not names:
            return to_table("documents", []).to_pandas()
        return pa.concat_tables([read(self.out / "documents" / n, "documents") for n in names]).to_pandas()

    def index(self) -> pd.DataFrame:
        """doc_id, source_path, pipeline_version, status of every document: what
        `ingest` needs, without reading every document's file.  A commit that
        crashed is finished (or undone) first, so its documents are parsed again."""
        if (self.out / JOURNAL).exists():
            with self.lock():
                recover(self.out)
        return doc_index(self.out).load().to_pandas()

    def lookup(self, doc_ids: set[str], paths: set[str]) -> dict[str, list]:
        """The index rows (as index()) of these doc_ids or these source paths, as lists:
        what an ingest needs to know of the dataset, filtered by Arrow, so its memory
        is the files it was given, not the dataset's size."""
        if (self.out / JOURNAL).exists():
            with self.lock():
                recover(self.out)
        t = doc_index(self.out).load()
        hit = pc.or_(pc.is_in(t.column("doc_id"), pa.array(sorted(doc_ids), pa.string())),
                     pc.is_in(t.column("source_path"), pa.array(sorted(paths), pa.string())))
        return t.filter(hit).to_pydict()

    def doc_ids(self) -> set[str]:
        return set(doc_index(self.out).load().column("doc_id").to_pylist())

    # -- writing -------------------------------------------------------------
    def init(self) -> None:
        for t in TABLES:
            (self.out / t).mkdir(parents=True, exist_ok=True)
        (self.out / HIDDEN_REVIEW).mkdir(parents=True, exist_ok=True)
        if not (self.out / MARKER).is_file():
            write_marker(self.out)

    @contextmanager
    def lock(self):
        with dataset_lock(self.out):
            yield

    def put(self, result) -> None:
        """Add one document to the dataset being built (rebuild): held until a
        segment's worth has arrived, then written as one file per table."""
        self._hold(result)
        if len(self._pending) >= SEGMENT_DOCS or self._pending_rows >= SEGMENT_ROWS:
            self.flush(derived=False)

    def commit(self, results: Iterable, replaced: Iterable[str] = (), refresh: bool = True) -> None:
        """Add `results` and drop the documents `replaced` (and any older version
        of the same file: same doc_id or same source_path).  With refresh=False
        results are gathered and committed together every BATCH_SECONDS, or twice
        the last commit's time if longer (and by the next refresh()), so a thousand
        documents are not a thousand files."""
        for r in results:
            self._hold(r)
        self._replaced |= set(replaced)
        if refresh or time.monotonic() - self._since >= self._interval or self._pending_rows >= SEGMENT_ROWS:
            self.flush()

    def remove(self, doc_id: str) -> None:
        self.commit([], [doc_id])

    def refresh(self) -> None:
        """Commit what is held and bring review/, labels/ and the index up to date."""
        self.flush()

    def refresh_review(self) -> None:
        refresh_review(self.out)

    def flush(self, derived: bool = True) -> None:
        """Commit what is held.  derived=False (a rebuild's segments, in a folder no
        reader sees until refresh()) keeps only the document index current: order
        grouping and review/ are computed over every document, so once per rebuild,
        not once per segment (quadratic in its size)."""
        committed = False
        with self.lock():
            began = time.monotonic()
            took = 0.0
            try:
                self.init()
                recover(self.out)
                if self._pending or self._replaced:
                    self._commit_pending()
                    committed = True
                ensure_readable(self.out)
                self._derive(derived)
                took = time.monotonic() - began    # a fold is a one-off (each row O(log N) times): not counted
                if compact_segments(self.out, force=False):
                    self._derive(derived)           # the fold's index; the journal goes with it
                # a flush with nothing to commit leaves every byte; a rebuild's last derive counts even
                # when its last segment was already written (a multiple of SEGMENT_DOCS documents)
                if derived and (committed or self._underived):
                    record_commit_seconds(self.out, took)
                self._underived = (self._underived or committed) and not derived
            except StoreError:
                raise
            except OSError as e:
                if committed:                       # the documents are in: say so, not "intact"
                    raise StoreError(f"the documents landed, but review/ and the index could not be "
                                     f"refreshed: {e.strerror or e}; the next command brings them "
                                     f"up to date") from e
                raise store_error(f"write the dataset at {self.out}", e) from e
            finally:
                # the allocators keep what a segment's write and its folds freed: give it back,
                # or the parent's RSS grows with every fold for the whole run (pipeline/allocator.py)
                give_back()
                self._interval = commit_interval(took or time.monotonic() - began)

    def _derive(self, derived: bool) -> None:
        if derived:
            derive(self.out)
        else:
            doc_index(self.out).load(save=True)
            # the journal names the documents grouping must look at again: with it gone, so is
            # the order state (the next derive regroups everything; a rebuild's folder has none)
            (self.out / INDEX / ORDER_STATE).unlink(missing_ok=True)
            (self.out / JOURNAL).unlink(missing_ok=True)   # refresh() derives the rest

    def _hold(self, result) -> None:
        if not self._pending:
            self._since = time.monotonic()
        doc_id = result.document["doc_id"]
        if not isinstance(result, Carried):
            result = Packed(result)                # its rows as Arrow from now on
        self._pending[doc_id] = result             # the same bytes twice: the later one wins
        self._pending_rows += result.n_rows if isinstance(result, Packed) else 1

    def _commit_pending(self) -> None:
        results = list(self._pending.values())
        new_ids = {r.document["doc_id"] for r in results}
        paths = {r.document["source_path"] for r in results}
        idx = doc_index(self.out).load(with_file=True)
        # only the index rows these documents touch become Python objects (not the dataset's)
        ids = pa.array(sorted(new_ids | self._replaced), pa.string())
        idx = idx.filter(pc.or_(pc.is_in(idx.column("doc_id"), ids),
                                pc.is_in(idx.column("source_path"), pa.array(sorted(paths), pa.string())))).to_pydict()
        remove: dict[str, set[str]] = {}               # segment -> doc_ids leaving it
        home_of_id: dict[str, str] = {}                # doc_id -> its old segment
        home_of_path: dict[str, str] = {}              # source_path -> its old version's segment
        for d, p, f in zip(idx["doc_id"], idx["source_path"], idx["_file"]):
            if d in new_ids or p in paths or d in self._replaced:
                seg = segment_of(f)
                remove.setdefault(seg, set()).add(d)
                home_of_id.setdefault(d, seg)
                home_of_path.setdefault(p, seg)
        # a new version goes where its old version was: one rename per table replaces it
        fresh = f"part-{uuid.uuid4().hex[:16]}"
        assigned: dict[str, list] = {}
        for r in results:
            seg = home_of_id.get(r.document["doc_id"]) or home_of_path.get(r.document["source_path"]) or fresh
            assigned.setdefault(seg, []).append(r)
        segments = sorted(set(remove) | set(assigned))
        ops = prepare(self.out, segments, remove, assigned, self._sources)
        run_ops(self.out, ops, {"phase": "renaming", "docs": sorted(new_ids | set().union(*remove.values())),
                                "segments": segments})
        self._pending, self._replaced, self._pending_rows = {}, set(), 0

    # -- compaction ----------------------------------------------------------
    def compact(self, force: bool = True) -> int:
        """Fold segments together (all of them with force, else tier by tier:
        compaction.py); returns how many segments were folded."""
        with self.lock():
            try:
                self.init()
                recover(self.out)
                n = compact_segments(self.out, force)
                ensure_readable(self.out)
                if n:
                    derive(self.out)
                return n
            except StoreError:
                raise
            except OSError as e:
                raise store_error(f"compact the dataset at {self.out}", e) from e


def compact(out: Path, force: bool = True) -> int:
    """Fold the dataset's segments into one file per table (`touchpoints compact`)."""
    if not is_dataset(out):
        raise StoreError(f"{out} is not a touchpoints dataset")
    return Store(out).compact(force)
