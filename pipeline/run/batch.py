"""`ingest` and `rebuild`: which files, which executor, how results land.

Safety (issue 8): `--out` is checked before anything is written (pipeline/store/outdir.py);
inputs never leave the raw folder (pipeline/run/rawfiles.py); a rebuild that would remove
documents says how many, and one that would empty a dataset needs
`allow_empty`; an interrupted rebuild removes its build folder and leaves
the last dataset whole.
"""
from __future__ import annotations

import functools
import os
import shutil
import sys
from contextlib import closing
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from parsers.options import ReaderOptions

from pipeline.store.cache import ParseCache, dataset_folder, default_root, with_path
from pipeline.run import overrides as ovr
from pipeline.run.corrections import correct
from pipeline.run.executor import DEFAULT_TIMEOUT, default_workers
from pipeline.run.launch import Launch
from pipeline.run.limits import Limits, check_input
from pipeline.store.outdir import check_out, write_marker
from pipeline.contract import DocResult
from pipeline.run.pin import Pinned
from pipeline.run.process import base_document, classify, failure, hash_or_failure, process_path, unreadable_id
from pipeline.run.progress import Progress
from pipeline.run.rawfiles import bring_into_raw
from pipeline.run.summary import Summary
from pipeline.contract import ErrorCategory
from pipeline.store import Carried, Store, carryable
from pipeline.store.swap import clean_stale_builds, new_build_dir, rebuild_lock, swap_in
from pipeline.terminal import safe
from pipeline.version import pipeline_version, set_reader_options


def _stderr(msg: str) -> None:
    print(safe(f"touchpoints: warning: {msg}"), file=sys.stderr)


class RefusedError(ValueError):
    """The run would lose data the user did not ask to lose (exit 2, one line)."""


@dataclass
class RunOptions:
    raw: Path = Path("raw")
    out: Path = Path("output")
    workers: int = field(default_factory=default_workers)
    timeout: float = DEFAULT_TIMEOUT          # 0 = no limit
    use_cache: bool = True
    cache_dir: Path | None = None             # default: $XDG_CACHE_HOME/touchpoints (see pipeline/store/cache.py)
    quiet: bool = False
    executor: str = "local"
    scheduler: str | None = None
    overrides: Path | None = None       # default: <raw>/overrides.yaml when present
    limits: Limits = field(default_factory=Limits)
    allow_empty: bool = False           # rebuild may empty a non-empty dataset
    warn: Callable[[str], None] = _stderr

    @property
    def cache(self) -> ParseCache:
        if not self.use_cache:
            return ParseCache(None)
        folder = dataset_folder(self.cache_dir or default_root(), self.out)
        return ParseCache(folder, {"timeout": self.timeout, "max_memory_mb": self.limits.max_memory_mb})


def list_inputs(paths: list[Path], warn: Callable[[str], None] = _stderr,
                unlisted: list[str] | None = None) -> list[Path]:
    from pipeline.run.rawfiles import list_inputs as _list

    return _list(paths, warn, unlisted)


def process_cached(path: Path, raw_root: Path | None, cache: ParseCache,
                   overrides: ovr.Overrides | None = None, limits: Limits | None = None,
                   reader_options: ReaderOptions | None = None) -> DocResult:
    """process_path behind the parse cache (the unit of work every executor runs).

    Every step, hashing and the cache included, is inside the per-document
    guard: this returns a DocResult for any file, readable or not.  The
    overrides travel with the work so that workers on other machines apply
    them too (once per process); they are part of the cache key via the version."""
    try:
        return _process_cached(path, raw_root, cache, overrides, limits, reader_options)
    except (MemoryError, Exception) as e:  # noqa: BLE001 - a bug must not stop the other documents
        doc_id, unreadable = hash_or_failure(path, raw_root)
        return unreadable or failure(path, raw_root, doc_id, *classify(e))


def _process_cached(path, raw_root, cache, overrides, limits, reader_options) -> DocResult:
    ovr.apply(overrides or {})
    set_reader_options(reader_options)      # the version (cache key) the parent computed
    try:
        held = Pinned(path, raw_root)          # what is read is what was checked and hashed
    except OSError as e:
        return failure(path, raw_root, unreadable_id(path, raw_root), ErrorCategory.UNREADABLE,
                       f"cannot read the file: {e.strerror or e}")
    try:
        return _cached_or_read(path, held.alias, held.digest, raw_root, cache, overrides, limits, reader_options)
    finally:
        held.close()


def _cached_or_read(path, alias, doc_id, raw_root, cache, overrides, limits, reader_options) -> DocResult:
    hit = cache.get(doc_id)
    if hit is not None:
        fresh = base_document(path, raw_root, doc_id)
        return with_path(hit, fresh["source_path"], datetime.now(timezone.utc))
    try:
        check_input(alias, limits or Limits())
    except OSError as e:
        return failure(path, raw_root, doc_id, ErrorCategory.UNREADABLE, f"cannot read the file: {e.strerror or e}")
    except Exception as e:  # noqa: BLE001 - InputTooLarge (a LoadError)
        result = failure(path, raw_root, doc_id, ErrorCategory.TOO_LARGE, str(e))
        cache.put(result)
        return result
    result = correct(process_path(path, raw_root, doc_id, reader_options, read_from=alias), overrides or {})
    cache.put(result)
    return result


def _from_cache(paths: list[Path], opts: RunOptions, raw_root: Path | None, misses: list[Path],
                known: dict[str, dict] | None = None):
    """(path, DocResult) of the files whose parse is cached, read here in the
    parent: an unchanged file costs a hash and a lookup, no worker and no model
    loading; one `known` unchanged in the dataset being rebuilt is carried over
    from it (store.Carried).  The others — and any file that cannot be hashed —
    are appended to `misses`: the worker's per-document guard deals with them."""
    cache = opts.cache
    version = pipeline_version()
    paths.reverse()
    while paths:                    # consumed: a run does not keep every input's Path (~0.5 KB) to its end
        p = paths.pop()
        hit = None
        if cache.folder is not None:
            try:
                doc_id, unreadable = hash_or_failure(p, raw_root)
                old = (known or {}).get(doc_id) if unreadable is None else None
                if old is not None and old["pipeline_version"] == version \
                        and old["source_path"] == base_document(p, raw_root, doc_id)["source_path"]:
                    yield p, Carried(old, opts.out)
                    continue
                hit = cache.get(doc_id) if unreadable is None else None
                if hit is not None:
                    fresh = base_document(p, raw_root, doc_id)
                    hit = with_path(hit, fresh["source_path"], datetime.now(timezone.utc))
            except Exception:  # noqa: BLE001 - the worker will say what is wrong with this file
                hit = None
        if hit is None:
            misses.append(p)
        else:
            yield p, hit


def load_overrides(opts: RunOptions) -> ovr.Overrides:
    """Read the overrides file and apply it in this process, with the run's reader
    settings (the parent's version string must match the workers')."""
    mapping = ovr.read(opts.raw if opts.raw.is_dir() else None, opts.overrides)
    ovr.apply(mapping)
    set_reader_options(_reader_options(opts, None))   # the OCR cache folder is not in the fingerprint
    return mapping


def launch(opts: RunOptions, raw_root: Path | None, overrides: ovr.Overrides) -> Launch:
    """How this run reads the files the caches cannot answer; call it before the run
    reads the dataset (pipeline/run/launch.py: the local pool's zygote starts here)."""
    # absolute paths: the work may run in another working directory (a Dask worker)
    raw_root = raw_root.resolve() if raw_root else None
    cache, why = _usable_cache(opts)
    work = functools.partial(process_cached, raw_root=raw_root, cache=cache, overrides=overrides,
                             limits=opts.limits, reader_options=_reader_options(opts, cache.folder))
    return Launch(work, opts, raw_root, cache, why)


def _reader_options(opts: RunOptions, ocr_cache: Path | None) -> ReaderOptions:
    """Scanned pages: their OCR cache lives under the parse cache root, in ocr/ (none
    with --no-cache), and a document OCRs its pages on its worker's share of the
    CPUs; zip containers are refused past --max-unpacked-mb (0 = no limit)."""
    return ReaderOptions(ocr_cache_dir=ocr_cache,
                         ocr_threads=max(1, (os.cpu_count() or 1) // max(1, opts.workers)),
                         max_unpacked_mb=opts.limits.max_unpacked_mb)


def _usable_cache(opts: RunOptions) -> tuple[ParseCache, str | None]:
    """The parse cache, or none and why not when it cannot be written."""
    cache = opts.cache
    if cache.folder is None:
        return cache, None
    why = cache.usable()
    if why:
        return ParseCache(None), why
    return ParseCache(cache.folder.resolve(), cache.limits), None


def _stream(paths: list[Path], opts: RunOptions, raw_root: Path | None, run: Launch,
            known: dict[str, dict] | None = None):
    """(path, DocResult) as documents finish, with the progress bar on stderr:
    cached (and carried) ones first, from here, then the workers' results.
    `paths` is consumed (emptied) as the files are looked up."""
    progress = Progress(len(paths), enabled=not opts.quiet)
    misses: list[Path] = []
    try:
        for path, result in _from_cache(paths, opts, raw_root, misses, known):
            progress.advance(safe(path.name), str(result.document["status"]))
            yield path, result
        if misses:
            results, misses = run(misses), None        # the executor holds them now, and drops each it sent
            with closing(results):          # an interrupt stops the workers now, not at GC
                for path, result in results:
                    if result.category in (ErrorCategory.TIMEOUT, ErrorCategory.MEMORY_LIMIT):
                        run.cache.put(result)   # decided here, not in the (killed) worker
                    progress.advance(safe(path.name), str(result.document["status"]))
                    yield path, result
        # every file is read: the zygote and its models (~250 MB) end now, not after the
        # run's last commit — the commit that derives over the whole dataset, its peak
        run.finish()
    finally:
        progress.close()


def keeps(chosen: dict[str, str], doc: dict) -> bool:
    """Is `doc` the copy to keep?  Files with the same bytes are one document; of its
    copies the one with the smallest relative path is kept, whichever finished first
    and whether a rebuild or an ingest saw them (`chosen`: doc_id -> path kept so far)."""
    prev = chosen.get(doc["doc_id"])
    if prev is not None and prev < doc["source_path"]:
        return False
    chosen[doc["doc_id"]] = doc["source_path"]
    return True


def _look_up_read_bytes(store: Store, doc_id: str, looked: set[str], landed: dict[str, str]) -> None:
    """A file that changed between its pre-hash and its read is the bytes that were
    read (the worker hashes what it reads): a copy of those in the dataset must still
    take part in the choice of the copy kept, so they are looked up too."""
    if doc_id in looked:
        return
    looked.add(doc_id)
    more = store.lookup({doc_id}, set())
    for d, p in zip(more["doc_id"], more["source_path"]):
        landed.setdefault(d, p)


def _still_holds(raw_root: Path, rel: str | None, doc_id: str) -> bool:
    """Does raw/`rel` (a document's path in the dataset) still hold these bytes?"""
    return rel is not None and (raw_root / rel).is_file() and hash_or_failure(raw_root / rel, raw_root)[0] == doc_id


def rebuild(opts: RunOptions) -> Summary:
    # one lock with ingest for the whole run: an ingest meanwhile waits, then lands in the
    # new dataset; --out is checked first, since the lock creates --out/.lock
    if opts.raw.is_dir():
        check_out(opts.out, opts.raw)
    with rebuild_lock(opts.out):
        return _rebuild(opts)


def _rebuild(opts: RunOptions) -> Summary:
    """Rebuild the whole dataset from the raw folder; swap it in only when complete.

    Results are written into the build folder as they arrive (the parent never
    holds more than one document's rows); returns the `documents` rows.  Any
    end other than success (an error, Ctrl-C, SIGTERM) removes the build folder."""
    if not opts.raw.is_dir():
        raise FileNotFoundError(f"raw folder not found: {opts.raw}")
    check_out(opts.out, opts.raw)
    overrides = load_overrides(opts)
    clean_stale_builds(opts.out)
    unlisted: list[str] = []
    paths = list_inputs([opts.raw], opts.warn, unlisted)
    if unlisted:                 # its documents would look gone and be removed from the dataset
        raise RefusedError(f"cannot list {unlisted[0]}: a rebuild must see the whole raw folder "
                           f"(the dataset is unchanged)")
    with launch(opts, opts.raw, overrides) as run:      # before the old dataset is read
        return _rebuild_with(opts, paths, run)


def lean_parent() -> None:
    """The parent's Arrow buffers from the C library's allocator from now on, for the
    run's last commit (order grouping over every document a rebuild holds): Arrow's
    default (mimalloc) keeps the pages a freed buffer held even after release_unused(),
    3.5 KB a document at that commit against 2.5 (docs/ARCHITECTURE.md).  Not earlier in
    a rebuild: the many small buffers of the documents as they arrive (segments.Packed)
    cost the parent ~15% more CPU from the C library's allocator.  An ingest switches
    at its start (each of its commits reads the whole dataset's indexes)."""
    import pyarrow as pa

    pa.set_memory_pool(pa.system_memory_pool())


def _rebuild_with(opts: RunOptions, paths: list[Path], run: Launch) -> Summary:
    old = Store(opts.out)
    before = old.index() if old.exists() else None
    old_ids = set(before["doc_id"]) if before is not None else set()
    if not paths and old_ids and not opts.allow_empty:
        raise RefusedError(f"{opts.raw} holds no documents: rebuilding would empty the dataset "
                           f"{opts.out} ({len(old_ids)} documents); pass --allow-empty to do that")
    build = new_build_dir(opts.out)
    try:
        store = Store(build)
        store.init()
        write_marker(build)
        docs = Summary()
        chosen: dict[str, str] = {}
        known = carryable(opts.out) if opts.use_cache else None     # unchanged documents: rows copied over
        for _, result in _stream(paths, opts, opts.raw, run, known):
            if keeps(chosen, result.document):
                store.put(result)
                docs.add(result)
        lean_parent()
        store.refresh()
        why = docs.environment_failure()
        if why and before is not None and (before["status"] == "ok").any():
            raise RefusedError(f"every document failed for a reason of this machine or cluster, not of the "
                               f"files ({why}); the dataset {opts.out} is kept as it was")
        gone = len(old_ids - chosen.keys())
        if gone:
            opts.warn(f"rebuild removes {gone} document(s) no longer in {opts.raw} from {opts.out}")
        swap_in(build, opts.out)
    except BaseException:
        shutil.rmtree(build, ignore_errors=True)
        raise
    return docs


def ingest(inputs: list[Path], opts: RunOptions) -> Summary:
    """Add or replace these files in the dataset; same bytes again change nothing.

    Files from outside the raw folder are copied into it first (pipeline/run/rawfiles.py).
    Each result is committed as it arrives (a crash keeps what landed); the
    index and review table are refreshed once at the end."""
    check_out(opts.out, opts.raw)
    overrides = load_overrides(opts)
    opts.raw.mkdir(parents=True, exist_ok=True)
    paths = bring_into_raw(inputs, opts.raw, opts.warn)
    with launch(opts, opts.raw, overrides) as run:      # before the dataset's index is read
        return _ingest_with(opts, paths, run)


def _ingest_with(opts: RunOptions, paths: list[Path], run: Launch) -> Summary:
    # every commit of an ingest reads indexes of the whole dataset (its look-up first): under
    # mimalloc their freed pages stay (+84 MB at 100,000 documents); an ingest's few arriving
    # documents do not pay the rebuild's allocator cost (lean_parent)
    lean_parent()
    store = Store(opts.out)
    raw_root = opts.raw
    inputs = []                             # (path, doc_id, its path in the dataset, unreadable)
    for p in paths:
        doc_id, unreadable = hash_or_failure(p, raw_root)
        inputs.append((p, doc_id, base_document(p, raw_root, doc_id)["source_path"], unreadable))
    # the dataset's rows of these bytes or these paths: what the run needs, not the whole index
    before = store.lookup({i[1] for i in inputs}, {i[2] for i in inputs})
    version = pipeline_version()
    current = {(d, p) for d, p, v in zip(before["doc_id"], before["source_path"], before["pipeline_version"])
               if v == version}
    by_path: dict[str, set[str]] = {}
    for d, p in zip(before["doc_id"], before["source_path"]):
        by_path.setdefault(p, set()).add(d)
    # same bytes, same place, same pipeline: nothing to do
    todo = [p for p, doc_id, rel, unreadable in inputs if unreadable is not None or (doc_id, rel) not in current]
    docs = Summary()
    chosen: dict[str, str] = {}
    landed = dict(zip(before["doc_id"], before["source_path"]))
    looked = {i[1] for i in inputs}
    for _, result in _stream(todo, opts, raw_root, run):
        doc = result.document
        _look_up_read_bytes(store, doc["doc_id"], looked, landed)
        if doc["doc_id"] not in chosen and _still_holds(raw_root, landed.get(doc["doc_id"]), doc["doc_id"]):
            chosen[doc["doc_id"]] = landed[doc["doc_id"]]     # a copy in the dataset takes part in the choice
        if not keeps(chosen, doc):
            continue
        # a changed file at a known path replaces the rows of its old version
        replaced = by_path.get(doc["source_path"], set()) - {doc["doc_id"]}
        store.commit([result], replaced, refresh=False)
        docs.add(result)
    if docs or not store.exists():
        with store.lock():
            store.init()
            store.refresh()
    if not (opts.out / ".touchpoints-dataset").exists():
        write_marker(opts.out)
    return docs
