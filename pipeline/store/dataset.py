"""The Parquet dataset (layout 2): a few segment files per table, not one per document.

    output/.touchpoints-dataset             marker: a dataset this tool wrote (outdir.py)
    output/<table>/<segment>.parquet        documents, touchpoints, roadmap, procedure_items
    output/<table>/empty.parquet            only while the table has no row at all (carries its columns)
    output/review/review.parquet            recomputed at every commit (counts are dataset-wide)
    output/labels/labels.parquet            every code with its Russian label, at every commit
    output/.review/<segment>.parquet        per-segment review rows behind review/ (hidden from readers)
    output/.index/*.parquet                 caches of documents/ and .review/ (index.py)
    output/.lock, output/.commit            the lock (lock.py) and the journal of a commit in progress

A segment is a set of documents whose rows share one file name in every table
(`documents/part-ab12.parquet`, `touchpoints/part-ab12.parquet`, ...); a table
where the segment has no rows has no file (no zero-row files).  A rebuild
writes one segment per 1,000 documents; an ingest commits what arrived every
couple of seconds as one segment; `compact()` folds segments together.  A
dataset of layout 1 (one file per document, named by doc_id) is the special
case of one document per segment, so old datasets are read and updated as
they are, and compacted like any other.

Commit (docs/storage.md has the full argument):
1. every new file is written under a temporary name (`.<name>.<uuid>.tmp`,
   which no reader's `*.parquet` pattern matches); an OSError here (disk full,
   read-only) removes them and raises StoreError: nothing visible changed;
2. the journal `.commit` names the documents and segments involved;
3. the files are renamed over their segment, table by table, `documents`
   last: a document is in `documents` only once its rows are in every table.
   A changed document goes into the segment of its old version, so within a
   table a reader sees its old rows or its new rows, never both or neither;
4. review/, labels/ and the index are recomputed and the journal removed.
A crash in 3 leaves the journal: the next holder of the lock drops the
documents it names (their files are re-parsed by the next ingest); a crash in
4 is finished by recomputing.  Nothing is ever half-written, and the review
table is never left stale.
"""
from __future__ import annotations

import json
import os
import time
import uuid
from collections import Counter
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline.store.index import FolderIndex
from pipeline.store.lock import dataset_lock
from pipeline.store.outdir import MARKER, is_dataset, write_marker  # noqa: F401  (one marker, outdir.py; is_dataset for callers)
from pipeline.contract import SCHEMAS, TABLES, conform, read_file, to_table
from pipeline.store.labels import labels_table
from pipeline.store.orders import regroup

if TYPE_CHECKING:
    import pandas as pd   # annotations only: a rebuild never needs pandas (0.3 s to import)


DOC_TABLES = ("documents", "touchpoints", "roadmap", "procedure_items")
# (folder, schema) of every file of a segment; `documents` last: its file commits a document
SEGMENT_FILES = (("touchpoints", "touchpoints"), ("roadmap", "roadmap"), ("procedure_items", "procedure_items"),
                 (".review", "review"), ("documents", "documents"))
_HIDDEN_REVIEW = ".review"
_INDEX = ".index"
EMPTY = "empty.parquet"
JOURNAL = ".commit"
INDEX_COLUMNS = ["doc_id", "source_path", "pipeline_version", "status"]

SEGMENT_DOCS = 1000        # a rebuild starts a new segment after this many documents ...
SEGMENT_ROWS = 250_000     # ... or this many rows held (bounds the parent's memory)
BATCH_SECONDS = 2.0        # an ingest commits what arrived at least this often
MAX_SEGMENTS = 16          # more segments than this: the small ones are folded together


class StoreError(OSError):
    """The dataset could not be written (disk full, read-only, ...).  One line
    for the user (an OSError: the CLI prints it and exits 2); the dataset is as
    it was after its last complete commit."""


def _tmp_name(path: Path) -> Path:
    return path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")


def _write_atomic(table: pa.Table, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = _tmp_name(path)
    try:
        pq.write_table(table, tmp, compression="zstd")
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _parquet_names(folder: Path) -> set[str]:
    """The names a reader's `*.parquet` sees in a folder (one scandir)."""
    try:
        return {e.name for e in os.scandir(folder) if e.name.endswith(".parquet") and not e.name.startswith(".")}
    except FileNotFoundError:
        return set()


def _segment(name: str) -> str:
    return name[:-len(".parquet")]


def _read(path: Path, schema_name: str) -> pa.Table:
    return conform(read_file(path), SCHEMAS[schema_name])   # older files may lack newer columns


def _without(table: pa.Table, doc_ids: set[str]) -> pa.Table:
    if not doc_ids or not len(table):
        return table
    return table.filter(pc.invert(pc.is_in(table.column("doc_id"), pa.array(sorted(doc_ids), pa.string()))))


def _arrow(schema_name: str, rows: list[dict]) -> pa.Table:
    """Rows (dicts) -> the table's exact columns; as schema.to_table, but the
    dicts are converted in C++ (a struct array), 3x faster on a segment's rows."""
    schema = SCHEMAS[schema_name]
    return pa.Table.from_struct_array(pa.array(rows, type=pa.struct(schema))).cast(schema)


def _error(what: str, e: OSError) -> StoreError:
    where = f" ({e.filename})" if getattr(e, "filename", None) else ""
    return StoreError(f"cannot {what}: {e.strerror or e}{where}; its last complete commit is intact")


class Carried:
    """A document unchanged since the dataset a rebuild replaces (same bytes, same
    path, same pipeline version): its rows are copied from there Arrow to Arrow,
    not decoded from the cache and converted again.  Quacks like a DocResult."""
    touchpoints = roadmap = procedure_items = review = ()
    category = None                 # only documents that parsed cleanly are carried

    def __init__(self, document: dict, source: Path):
        self.document, self.source = document, Path(source)

    def rows(self, table: str) -> list:
        return [self.document] if table == "documents" else []


def carryable(out: Path) -> dict[str, dict]:
    """doc_id -> documents row of every document of the dataset at `out` whose
    rows a rebuild may carry over: those that parsed cleanly (status ok, no
    error).  The others go through the parse cache, which knows their error
    category and whether it is worth another try."""
    try:
        if not is_dataset(out):
            return {}
        names = sorted(_parquet_names(Path(out) / "documents") - {EMPTY})
        rows = [r for n in names for r in _read(Path(out) / "documents" / n, "documents").to_pylist()]
    except (OSError, pa.ArrowInvalid):
        return {}
    return {r["doc_id"]: r for r in rows if r["status"] == "ok" and not r["error"]}


class Store:
    def __init__(self, out: Path):
        self.out = Path(out)
        self._pending: dict[str, object] = {}      # doc_id -> DocResult, not yet committed
        self._replaced: set[str] = set()
        self._pending_rows = 0
        self._since = 0.0
        self._sources: dict[tuple[Path, str], pa.Table] = {}    # (dataset, folder) -> its rows, for Carried

    # -- reading -------------------------------------------------------------
    def exists(self) -> bool:
        return (self.out / "documents").is_dir()

    def documents(self) -> pd.DataFrame:
        names = sorted(_parquet_names(self.out / "documents") - {EMPTY})
        if not names:
            return to_table("documents", []).to_pandas()
        return pa.concat_tables([_read(self.out / "documents" / n, "documents") for n in names]).to_pandas()

    def _doc_index(self) -> FolderIndex:
        return FolderIndex(self.out / "documents", self.out / _INDEX / "documents.parquet",
                           SCHEMAS["documents"], INDEX_COLUMNS)

    def index(self) -> pd.DataFrame:
        """doc_id, source_path, pipeline_version, status of every document: what
        `ingest` needs, without reading every document's file.  A commit that
        crashed is finished (or undone) first, so its documents are parsed again."""
        if (self.out / JOURNAL).exists():
            with self.lock():
                self._recover()
        return self._doc_index().load().to_pandas()

    def doc_ids(self) -> set[str]:
        return set(self._doc_index().load().column("doc_id").to_pylist())

    # -- writing -------------------------------------------------------------
    def init(self) -> None:
        for t in TABLES:
            (self.out / t).mkdir(parents=True, exist_ok=True)
        (self.out / _HIDDEN_REVIEW).mkdir(parents=True, exist_ok=True)
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
            self.flush()

    def commit(self, results: Iterable, replaced: Iterable[str] = (), refresh: bool = True) -> None:
        """Add `results` and drop the documents `replaced` (and any older version
        of the same file: same doc_id or same source_path).  With refresh=False
        results are gathered and committed together every BATCH_SECONDS (and by
        the next refresh()), so a thousand documents are not a thousand files."""
        for r in results:
            self._hold(r)
        self._replaced |= set(replaced)
        if refresh or time.monotonic() - self._since >= BATCH_SECONDS or self._pending_rows >= SEGMENT_ROWS:
            self.flush()

    def remove(self, doc_id: str) -> None:
        self.commit([], [doc_id])

    def refresh(self) -> None:
        """Commit what is held and bring review/, labels/ and the index up to date."""
        self.flush()

    def refresh_review(self) -> None:
        """review/review.parquet: every document's unsure phrases, counted over the dataset."""
        rows = FolderIndex(self.out / _HIDDEN_REVIEW, self.out / _INDEX / "review.parquet",
                           SCHEMAS["review"]).load(save=True)
        if rows.num_rows:
            # each row's count becomes its phrase's count over the dataset (pyarrow, not pandas:
            # a warm rebuild should not pay pandas' import for this)
            keys = list(zip(rows.column("field").to_pylist(), rows.column("text_raw").to_pylist()))
            totals: Counter = Counter()
            for key, n in zip(keys, rows.column("count").to_pylist()):
                totals[key] += n or 0
            rows = rows.set_column(rows.schema.get_field_index("count"), "count",
                                   pa.array([totals[k] for k in keys], pa.int64()))
            rows = rows.select(SCHEMAS["review"].names).cast(SCHEMAS["review"])
            rows = rows.sort_by([("count", "descending"), ("field", "ascending"), ("text_raw", "ascending")])
        _write_atomic(rows, self.out / "review" / "review.parquet")

    def flush(self) -> None:
        with self.lock():
            try:
                self.init()
                self._recover()
                if self._pending or self._replaced:
                    self._commit_pending()
                self._ensure_readable()
                self._derive()
                self._compact(force=False)
            except StoreError:
                raise
            except OSError as e:
                raise _error(f"write the dataset at {self.out}", e) from e

    def _hold(self, result) -> None:
        if not self._pending:
            self._since = time.monotonic()
        doc_id = result.document["doc_id"]
        self._pending[doc_id] = result             # the same bytes twice: the later one wins
        self._pending_rows += 1 + sum(len(result.rows(t)) for t in DOC_TABLES[1:]) + len(result.review)

    # -- one commit ----------------------------------------------------------
    def _commit_pending(self) -> None:
        results = list(self._pending.values())
        new_ids = {r.document["doc_id"] for r in results}
        paths = {r.document["source_path"] for r in results}
        idx = self._doc_index().load(with_file=True).to_pydict()
        remove: dict[str, set[str]] = {}               # segment -> doc_ids leaving it
        home_of_id: dict[str, str] = {}                # doc_id -> its old segment
        home_of_path: dict[str, str] = {}              # source_path -> its old version's segment
        for d, p, f in zip(idx["doc_id"], idx["source_path"], idx["_file"]):
            if d in new_ids or p in paths or d in self._replaced:
                seg = _segment(f)
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
        ops = self._prepare(segments, remove, assigned)
        self._run(ops, {"phase": "renaming", "docs": sorted(new_ids | set().union(*remove.values())),
                        "segments": segments})
        self._pending, self._replaced, self._pending_rows = {}, set(), 0

    def _prepare(self, segments, remove, assigned) -> list[tuple[str, Path, Path | None]]:
        """Write every new file under a temporary name; [(op, path, tmp)] in commit order."""
        ops: list[tuple[str, Path, Path | None]] = []
        try:
            for folder, schema in SEGMENT_FILES:
                names = _parquet_names(self.out / folder)
                for seg in segments:
                    path = self.out / folder / f"{seg}.parquet"
                    parts = []
                    if path.name in names:
                        parts.append(_without(_read(path, schema), remove.get(seg, set())))
                    mine = assigned.get(seg, [])
                    rows = [row for r in mine if not isinstance(r, Carried) for row in
                            (r.review if schema == "review" else r.rows(schema))]
                    if rows:
                        parts.append(_arrow(schema, rows))
                    parts.extend(self._carried(folder, schema, [r for r in mine if isinstance(r, Carried)]))
                    table = pa.concat_tables(parts) if parts else None
                    if table is not None and len(table):
                        tmp = _tmp_name(path)
                        ops.append(("replace", path, tmp))
                        pq.write_table(table, tmp, compression="zstd")
                    elif path.name in names:
                        ops.append(("unlink", path, None))
        except OSError as e:
            self._discard(ops)
            raise _error(f"write the dataset at {self.out}", e) from e
        return ops

    def _carried(self, folder: str, schema: str, carried: list) -> list[pa.Table]:
        by_source: dict[Path, list[str]] = {}
        for r in carried:
            by_source.setdefault(r.source, []).append(r.document["doc_id"])
        out = []
        for source, ids in by_source.items():
            key = (source, folder)
            if key not in self._sources:
                names = sorted(_parquet_names(source / folder) - {EMPTY})
                tables = [_read(source / folder / n, schema) for n in names]
                self._sources[key] = pa.concat_tables(tables) if tables else SCHEMAS[schema].empty_table()
            t = self._sources[key]
            out.append(t.filter(pc.is_in(t.column("doc_id"), pa.array(ids, pa.string()))))
        return out

    @staticmethod
    def _discard(ops) -> None:
        for _, _, tmp in ops:
            if tmp is not None:
                tmp.unlink(missing_ok=True)

    def _run(self, ops, journal: dict) -> None:
        """Make the prepared files visible, `documents` last, under a journal."""
        try:
            self._journal(journal)
        except OSError as e:
            self._discard(ops)
            raise _error(f"write the dataset at {self.out}", e) from e
        for op, path, tmp in ops:
            if op == "replace":
                os.replace(tmp, path)
            else:
                path.unlink(missing_ok=True)
        self._journal({"phase": "derive"})

    def _journal(self, entry: dict) -> None:
        tmp = _tmp_name(self.out / JOURNAL)
        tmp.write_text(json.dumps(entry), encoding="utf-8")
        os.replace(tmp, self.out / JOURNAL)

    def _ensure_readable(self) -> None:
        """A table with no row at all keeps one zero-row file, so readers see its
        columns; any other table has none."""
        for t in DOC_TABLES:
            folder = self.out / t
            names = _parquet_names(folder)
            if names - {EMPTY}:
                if EMPTY in names:
                    (folder / EMPTY).unlink(missing_ok=True)
            elif EMPTY not in names:
                _write_atomic(to_table(t, []), folder / EMPTY)

    def _derive(self) -> None:
        """order grouping, review/, labels/ and the index, from the committed files; then the journal goes."""
        regroup(self.out, _write_atomic)     # duplicate_of depends on every document: here, not in a worker
        self.refresh_review()
        labels = labels_table()        # from the taxonomy files: storage writes it at every commit
        path = self.out / "labels" / "labels.parquet"
        try:
            same = read_file(path).equals(labels)
        except (OSError, pa.ArrowInvalid):
            same = False
        if not same:
            _write_atomic(labels, path)
        self._doc_index().load(save=True)
        (self.out / JOURNAL).unlink(missing_ok=True)

    # -- after a crash -------------------------------------------------------
    def _recover(self) -> None:
        """Finish or undo what a crashed commit left (under the lock)."""
        for folder, _ in SEGMENT_FILES:
            for p in (self.out / folder).glob(".*.tmp"):
                p.unlink(missing_ok=True)             # a writer died before renaming it
        try:
            entry = json.loads((self.out / JOURNAL).read_text(encoding="utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError):
            entry = {"phase": "unknown"}
        phase = entry.get("phase")
        if phase == "renaming":                   # some tables may hold the new rows, some the old
            gone = set(entry.get("docs", []))
            segments = entry.get("segments", [])
            ops = self._prepare(segments, {s: gone for s in segments}, {})
            self._run(ops, entry)
        elif phase == "compacting":
            self._finish_compaction(entry)
        elif phase != "derive":                   # unreadable journal: check every segment
            segments = sorted({_segment(n) for f, _ in SEGMENT_FILES for n in _parquet_names(self.out / f)} - {"empty"})
            self._drop_orphans(segments)
        self._ensure_readable()
        self._derive()

    def _drop_orphans(self, segments) -> None:
        live = set(self._doc_index().load().column("doc_id").to_pylist())
        for folder, schema in SEGMENT_FILES[:-1]:
            for seg in segments:
                path = self.out / folder / f"{seg}.parquet"
                if path.exists():
                    t = _read(path, schema)
                    keep = t.filter(pc.is_in(t.column("doc_id"), pa.array(sorted(live), pa.string())))
                    if len(keep) != len(t):
                        _write_atomic(keep, path) if len(keep) else path.unlink()

    # -- compaction ----------------------------------------------------------
    def compact(self, force: bool = True) -> int:
        """Fold segments together (all of them with force, else only when there
        are more than MAX_SEGMENTS); returns how many segments were folded."""
        with self.lock():
            try:
                self.init()
                self._recover()
                n = self._compact(force)
                self._ensure_readable()
                if n:
                    self._derive()
                return n
            except StoreError:
                raise
            except OSError as e:
                raise _error(f"compact the dataset at {self.out}", e) from e

    def _compact(self, force: bool) -> int:
        idx = self._doc_index().load(with_file=True)
        sizes = Counter(idx.column("_file").to_pylist())
        segments = [_segment(f) for f, _ in sorted(sizes.items(), key=lambda kv: (-kv[1], kv[0]))]
        if force:
            group = segments if len(segments) > 1 else []
        else:
            group = segments[1:] if len(segments) > MAX_SEGMENTS else []   # all but the largest
        if not group:
            return 0
        live = pa.array(sorted(idx.column("doc_id").to_pylist()), pa.string())
        merged = f"part-{uuid.uuid4().hex[:16]}"
        ops: list = []
        try:
            for folder, schema in SEGMENT_FILES:
                names = _parquet_names(self.out / folder)
                parts = [_read(self.out / folder / f"{s}.parquet", schema) for s in group
                         if f"{s}.parquet" in names]
                table = pa.concat_tables(parts) if parts else None
                if table is not None:
                    table = table.filter(pc.is_in(table.column("doc_id"), live))   # orphans of a crash go
                if table is not None and len(table):
                    path = self.out / folder / f"{merged}.parquet"
                    tmp = _tmp_name(path)
                    ops.append(("replace", path, tmp))
                    pq.write_table(table, tmp, compression="zstd")
        except OSError:
            self._discard(ops)
            raise
        entry = {"phase": "compacting", "into": merged, "from": group}
        self._journal(entry)
        for _, path, tmp in ops:                  # 1: the merged files in, `documents` last
            os.replace(tmp, path)
        self._finish_compaction(entry)
        return len(group)

    def _finish_compaction(self, entry: dict) -> None:
        """Roll a compaction forward if its `documents` file landed, back if not."""
        merged, group = entry["into"], entry["from"]
        done = (self.out / "documents" / f"{merged}.parquet").exists()
        for folder, _ in SEGMENT_FILES:           # 2: the folded segments out
            if done:
                for s in group:
                    (self.out / folder / f"{s}.parquet").unlink(missing_ok=True)
            else:
                (self.out / folder / f"{merged}.parquet").unlink(missing_ok=True)
        self._journal({"phase": "derive"})


def compact(out: Path, force: bool = True) -> int:
    """Fold the dataset's segments into one file per table (`touchpoints compact`)."""
    if not is_dataset(out):
        raise StoreError(f"{out} is not a touchpoints dataset")
    return Store(out).compact(force)
