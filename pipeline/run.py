"""`ingest` and `rebuild`: which files, which executor, how results land."""
from __future__ import annotations

import fnmatch
import functools
import os
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from .cache import ParseCache, with_path
from . import overrides as ovr
from .executor import DEFAULT_TIMEOUT, default_workers, run_pool, run_serial
from .process import DocResult, base_document, file_hash, process_path
from .progress import Progress
from .store import Store, clean_stale_builds, new_build_dir, swap_in
from .version import pipeline_version

# files in the raw folder that are not documents
IGNORED_NAMES = {"readme.md", "overrides.yaml", "overrides.yml", "thumbs.db", ".ds_store"}


@dataclass
class RunOptions:
    raw: Path = Path("raw")
    out: Path = Path("output")
    workers: int = field(default_factory=default_workers)
    timeout: float = DEFAULT_TIMEOUT
    use_cache: bool = True
    cache_dir: Path | None = None
    quiet: bool = False
    executor: str = "local"
    scheduler: str | None = None
    overrides: Path | None = None       # default: <raw>/overrides.yaml when present

    @property
    def cache(self) -> ParseCache:
        if not self.use_cache:
            return ParseCache(None)
        return ParseCache(self.cache_dir or self.out.parent / ".touchpoints-cache")


def list_inputs(paths: list[Path]) -> list[Path]:
    """Files under the given files/folders, hidden and known non-documents left out."""
    out: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and _is_input(f, p)))
        elif p.is_file():
            out.append(p)
        else:
            raise FileNotFoundError(f"no such file or folder: {p}")
    return list(dict.fromkeys(out))


def _is_input(f: Path, root: Path) -> bool:
    rel = f.relative_to(root).parts
    return not any(part.startswith((".", "~$")) for part in rel) and f.name.lower() not in IGNORED_NAMES


def process_cached(path: Path, raw_root: Path | None, cache: ParseCache,
                   overrides: ovr.Overrides | None = None) -> DocResult:
    """process_path behind the parse cache (the unit of work every executor runs).

    The overrides travel with the work so that workers on other machines apply
    them too (once per process); they are part of the cache key via the version."""
    ovr.apply(overrides or {})
    _test_sleep(path)
    doc_id = file_hash(path)
    hit = cache.get(doc_id)
    if hit is not None:
        fresh = base_document(path, raw_root, doc_id)
        return with_path(hit, fresh["source_path"], datetime.now(timezone.utc))
    result = process_path(path, raw_root, doc_id)
    cache.put(result)
    return result


def _test_sleep(path: Path) -> None:
    """TEST HOOK: TOUCHPOINTS_TEST_SLEEP="GLOB:SECONDS" makes matching files slow
    (a hanging document for the timeout and crash tests).  Unset in real runs."""
    spec = os.environ.get("TOUCHPOINTS_TEST_SLEEP")
    if spec:
        pattern, _, seconds = spec.rpartition(":")
        if fnmatch.fnmatch(Path(path).name, pattern):
            time.sleep(float(seconds))


def load_overrides(opts: RunOptions) -> ovr.Overrides:
    """Read the overrides file and apply it in this process (the parent's version
    string must match the workers')."""
    mapping = ovr.load(ovr.locate(opts.raw if opts.raw.is_dir() else None, opts.overrides))
    ovr.apply(mapping)
    return mapping


def _execute(paths: list[Path], opts: RunOptions, raw_root: Path | None, overrides: ovr.Overrides):
    # absolute paths: the work may run in another working directory (a Dask worker)
    raw_root = raw_root.resolve() if raw_root else None
    cache = ParseCache(opts.cache.folder.resolve() if opts.cache.folder else None)
    work = functools.partial(process_cached, raw_root=raw_root, cache=cache, overrides=overrides)
    _ocr_environment(cache, opts.workers)
    if opts.executor == "dask":
        from .dask_executor import run_dask
        return run_dask(paths, work, opts.scheduler, opts.timeout, raw_root)
    if opts.workers <= 1 and opts.timeout <= 0:
        return run_serial(paths, work)
    return run_pool(paths, work, max(1, opts.workers), opts.timeout or 1e9, raw_root)


def _ocr_environment(cache: ParseCache, workers: int) -> None:
    """Scanned pages: their OCR cache lives under the parse cache root (none with
    --no-cache), and a document OCRs its pages on its worker's share of the CPUs.
    Environment variables, so that worker processes inherit them."""
    if cache.folder:
        os.environ["TOUCHPOINTS_CACHE_DIR"] = str(cache.folder)
    else:
        os.environ.pop("TOUCHPOINTS_CACHE_DIR", None)
    os.environ["TOUCHPOINTS_OCR_THREADS"] = str(max(1, (os.cpu_count() or 1) // max(1, workers)))


def _stream(paths: list[Path], opts: RunOptions, raw_root: Path | None, overrides: ovr.Overrides):
    """(path, DocResult) as documents finish, with the progress bar on stderr."""
    progress = Progress(len(paths), enabled=not opts.quiet)
    try:
        for path, result in _execute(paths, opts, raw_root, overrides):
            progress.advance(path.name, result.document["status"])
            yield path, result
    finally:
        progress.close()


def rebuild(opts: RunOptions) -> list[dict]:
    """Rebuild the whole dataset from the raw folder; swap it in only when complete.

    Results are written into the build folder as they arrive (the parent never
    holds more than one document's rows); returns the `documents` rows."""
    if not opts.raw.is_dir():
        raise FileNotFoundError(f"raw folder not found: {opts.raw}")
    overrides = load_overrides(opts)
    clean_stale_builds(opts.out)
    paths = list_inputs([opts.raw])
    build = new_build_dir(opts.out)
    store = Store(build)
    store.init()
    docs: dict[str, dict] = {}
    for _, result in _stream(paths, opts, opts.raw, overrides):
        doc = result.document
        prev = docs.get(doc["doc_id"])
        # two copies of the same bytes are one document: the first path in order wins
        if prev is None or doc["source_path"] < prev["source_path"]:
            store.put(result)
            docs[doc["doc_id"]] = doc
    store.refresh()
    swap_in(build, opts.out)
    return list(docs.values())


def ingest(inputs: list[Path], opts: RunOptions) -> list[dict]:
    """Add or replace these files in the dataset; same bytes again change nothing.

    Each result is committed as it arrives (a crash keeps what landed); the
    index and review table are refreshed once at the end."""
    overrides = load_overrides(opts)
    paths = list_inputs(inputs)
    store = Store(opts.out)
    raw_root = opts.raw if opts.raw.is_dir() else None
    before = store.index()
    version = pipeline_version()
    current = {(d, p) for d, p, v in zip(before["doc_id"], before["source_path"], before["pipeline_version"])
               if v == version}
    by_path: dict[str, set[str]] = {}
    for d, p in zip(before["doc_id"], before["source_path"]):
        by_path.setdefault(p, set()).add(d)
    todo: list[Path] = []
    for p in paths:
        doc_id = file_hash(p)
        rel = base_document(p, raw_root, doc_id)["source_path"]
        if (doc_id, rel) in current:
            continue                        # same bytes, same place, same pipeline: nothing to do
        todo.append(p)
    docs: dict[str, dict] = {}
    for _, result in _stream(todo, opts, raw_root, overrides):
        doc = result.document
        if doc["doc_id"] in docs:
            continue                        # two copies of the same bytes are one document
        # a changed file at a known path replaces the rows of its old version
        replaced = by_path.get(doc["source_path"], set()) - {doc["doc_id"]}
        store.commit([result], replaced, refresh=False)
        docs[doc["doc_id"]] = doc
    if docs or not store.exists():
        with store.lock():
            store.init()
            store.refresh()
    return list(docs.values())
