"""`ingest` and `rebuild`: which files, which executor, how results land."""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from .cache import ParseCache, with_path
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


def process_cached(path: Path, raw_root: Path | None, cache: ParseCache) -> DocResult:
    """process_path behind the parse cache (the unit of work every executor runs)."""
    doc_id = file_hash(path)
    hit = cache.get(doc_id)
    if hit is not None:
        fresh = base_document(path, raw_root, doc_id)
        return with_path(hit, fresh["source_path"], datetime.now(timezone.utc))
    result = process_path(path, raw_root, doc_id)
    cache.put(result)
    return result


def _execute(paths: list[Path], opts: RunOptions, raw_root: Path | None):
    work = functools.partial(process_cached, raw_root=raw_root, cache=opts.cache)
    if opts.executor == "dask":
        from .dask_executor import run_dask
        return run_dask(paths, work, opts.scheduler, opts.timeout, raw_root)
    if opts.workers <= 1 and opts.timeout <= 0:
        return run_serial(paths, work)
    return run_pool(paths, work, max(1, opts.workers), opts.timeout or 1e9, raw_root)


def _collect(paths: list[Path], opts: RunOptions, raw_root: Path | None) -> list[DocResult]:
    progress = Progress(len(paths), enabled=not opts.quiet)
    results = []
    try:
        for path, result in _execute(paths, opts, raw_root):
            results.append(result)
            progress.advance(path.name, result.document["status"])
    finally:
        progress.close()
    return results


def rebuild(opts: RunOptions) -> list[DocResult]:
    """Rebuild the whole dataset from the raw folder; swap it in only when complete."""
    if not opts.raw.is_dir():
        raise FileNotFoundError(f"raw folder not found: {opts.raw}")
    clean_stale_builds(opts.out)
    paths = list_inputs([opts.raw])
    results = _collect(paths, opts, opts.raw)
    results = _dedupe(results)
    build = new_build_dir(opts.out)
    store = Store(build)
    store.commit(results)
    swap_in(build, opts.out)
    return results


def ingest(inputs: list[Path], opts: RunOptions) -> list[DocResult]:
    """Add or replace these files in the dataset; same bytes again change nothing."""
    paths = list_inputs(inputs)
    store = Store(opts.out)
    raw_root = opts.raw if opts.raw.is_dir() else None
    before = store.documents()
    known = dict(zip(before["doc_id"], before["source_path"]))
    versions = dict(zip(before["doc_id"], before["pipeline_version"]))
    todo: list[Path] = []
    for p in paths:
        doc_id = file_hash(p)
        rel = base_document(p, raw_root, doc_id)["source_path"]
        if known.get(doc_id) == rel and versions.get(doc_id) == pipeline_version():
            continue                        # same bytes, same place, same pipeline: nothing to do
        todo.append(p)
    results = _dedupe(_collect(todo, opts, raw_root)) if todo else []
    # a changed file at a known path replaces the rows of its old version
    path_to_old = {path: d for d, path in known.items()}
    replaced = {path_to_old[r.document["source_path"]] for r in results
                if r.document["source_path"] in path_to_old
                and path_to_old[r.document["source_path"]] != r.document["doc_id"]}
    if results or not store.exists():
        store.commit(results, replaced)
    return results


def _dedupe(results: list[DocResult]) -> list[DocResult]:
    """Two copies of the same bytes are one document (first path wins)."""
    seen: dict[str, DocResult] = {}
    for r in results:
        seen.setdefault(r.document["doc_id"], r)
    return list(seen.values())
