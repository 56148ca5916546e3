"""Run the per-document function on a Dask cluster (`--executor dask --scheduler ADDR`).

Same contract as the local pool (executor.py): yields `(path, DocResult)` as
documents finish, and a document past `timeout` becomes `failed` "timed out".
A Dask task cannot be killed, so the limit is kept on the worker: the work runs
in a daemon thread and the task returns a "timed out" result when the thread is
not done in time (the thread is abandoned; the worker process is not recycled —
prefer the local pool for inputs known to hang).  A document whose worker dies
(Dask retries it elsewhere first) or that raises becomes an "internal error".

Documents travel in chunks (`chunk_size`: about four tasks per worker thread, at
most MAX_CHUNK documents each): with one future per document the client's and
the scheduler's round trips, not the workers, bounded a run's throughput
(benchmarks/bench_dask.py measures both ways).

Workers must see the files at the same absolute paths (shared storage) and
have this package installed (`pip install -e '.[dask]'`).  Before any document
is submitted, a pre-flight (`preflight`) asks every worker for its pipeline
version, whether it sees the raw and cache folders and which of the client's
tools it lacks; any difference fails the run (ClusterError: exit 2, one line),
so a misconfigured worker cannot turn every document into a failure.
"""
from __future__ import annotations

import collections
import itertools
import os
import threading
import uuid
from pathlib import Path
from typing import Callable, Iterator

from pipeline.run.executor import crashed, timed_out
from pipeline.contract import DocResult

CONNECT_TIMEOUT = 30.0      # seconds to reach the scheduler and see a worker; any service on the port
MAX_CHUNK = 32           # documents per Dask task at most (see chunk_size)
CHUNKS_PER_THREAD = 4
TOOLS = (("tesseract",), ("pdftoppm",), ("soffice", "libreoffice"))


class ClusterError(OSError):
    """The cluster cannot run this pipeline (unreachable, no worker, a worker of
    another version or that lacks the files or tools): one line, exit 2."""


def probe(raw_root: str | None, cache_dir: str | None) -> dict:
    """Runs on each worker (and on the client, for comparison): what the work needs."""
    from parsers.tools import which
    from pipeline.version import PARSER_VERSION, taxonomy_hash

    return {"version": f"{PARSER_VERSION}+tax.{taxonomy_hash()}",      # overrides travel with the work
            "raw": raw_root is None or os.path.isdir(raw_root),
            "cache": cache_dir is None or os.path.isdir(cache_dir),
            "tools": sorted(names[0] for names in TOOLS if which(*names))}


def preflight(client, raw_root: Path | None, cache_dir: Path | None, timeout: float = CONNECT_TIMEOUT) -> None:
    """ClusterError unless every worker answers as the client would."""
    raw, cache = (str(raw_root) if raw_root else None), (str(cache_dir) if cache_dir else None)
    try:
        client.wait_for_workers(1, timeout=timeout)
    except Exception as e:          # noqa: BLE001 - distributed raises TimeoutError or its own
        raise ClusterError(f"no Dask worker joined the scheduler within {timeout:.0f} s ({type(e).__name__})") \
            from None
    mine = probe(None, None)
    try:
        answers = client.run(probe, raw, cache)
    except Exception as e:          # noqa: BLE001 - e.g. ModuleNotFoundError: the worker lacks the project
        raise ClusterError(f"a Dask worker cannot run the pipeline: {type(e).__name__}: {e} "
                           f"(install this checkout on every worker: docs/cluster.md)") from None
    for worker, got in sorted(answers.items()):
        problem = (f"pipeline version {got['version']}, the client's is {mine['version']}"
                   if got["version"] != mine["version"] else
                   f"cannot see the raw folder {raw}" if not got["raw"] else
                   f"cannot see the cache folder {cache} (shared storage, or --no-cache)" if not got["cache"] else
                   f"lacks {', '.join(sorted(set(mine['tools']) - set(got['tools'])))}"
                   if set(mine["tools"]) - set(got["tools"]) else None)
        if problem:
            raise ClusterError(f"Dask worker {worker} {problem}; no document was read (docs/cluster.md)")


def connect(scheduler, timeout: float = CONNECT_TIMEOUT):
    """A Client for an address, within `timeout` whatever answers on the port: a
    service that accepts and never speaks Dask's handshake kept Client() waiting
    past 200 s, so the connection is made in a daemon thread given up on time."""
    import dask
    from distributed import Client

    box: list = []

    def attempt():
        try:
            with dask.config.set({"distributed.comm.timeouts.connect": f"{timeout}s"}):
                box.append(Client(scheduler, timeout=timeout))
        except BaseException as e:  # noqa: BLE001 - OSError, TimeoutError, CommClosedError...
            box.append(e)

    t = threading.Thread(target=attempt, name="touchpoints:dask-connect", daemon=True)
    t.start()
    t.join(timeout + 1)
    if not box or isinstance(box[0], BaseException):
        why = f"{type(box[0]).__name__}: {box[0]}" if box else "no Dask answer"
        raise ClusterError(f"cannot reach the Dask scheduler at {scheduler} within {timeout:.0f} s ({why})")
    return box[0]


def _with_timeout(work: Callable[[Path], DocResult], path: Path, timeout: float,
                  raw_root: Path | None) -> DocResult:
    """Runs on a Dask worker: `work(path)`, or a "timed out" result after `timeout` s."""
    if not timeout or timeout <= 0:
        return work(path)
    box: list = []

    def target():
        try:
            box.append(work(path))
        except BaseException as e:          # noqa: BLE001 - reported as the document's error
            box.append(e)

    t = threading.Thread(target=target, name=f"touchpoints:{Path(path).name}", daemon=True)
    t.start()
    t.join(timeout)
    if t.is_alive():
        return timed_out(path, raw_root, timeout)
    if isinstance(box[0], BaseException):
        raise box[0]
    return box[0]


def chunk_size(n_docs: int, n_threads: int) -> int:
    """Documents per task: about CHUNKS_PER_THREAD tasks per worker thread, so the
    scheduler can still balance uneven documents, and at most MAX_CHUNK, so results
    keep arriving as the run goes and a lost worker costs little work again."""
    return max(1, min(MAX_CHUNK, n_docs // max(1, n_threads * CHUNKS_PER_THREAD)))


def _run_chunk(work: Callable[[Path], DocResult], paths: list[Path], timeout: float,
               raw_root: Path | None) -> list[DocResult]:
    """Runs on a Dask worker: one result per path, in order.  A document that raises
    is recorded alone, as the one-future-per-document executor recorded it."""
    out = []
    for p in paths:
        try:
            out.append(_with_timeout(work, p, timeout, raw_root))
        except (Exception, SystemExit) as e:    # noqa: BLE001 - a bug in work, reported as the document's error
            out.append(crashed(p, raw_root, f"{type(e).__name__}: {e}"))
    return out


def run_dask(paths: list[Path], work: Callable[[Path], DocResult], scheduler, timeout: float,
             raw_root: Path | None, cache_dir: Path | None = None) -> Iterator[tuple[Path, DocResult]]:
    """`scheduler`: an address (tcp://host:8786), a LocalCluster, or a distributed.Client.
    Connects and runs the pre-flight at once (not at the first `next`): a cluster
    problem is raised before any document is read; then each worker loads the
    parsers' models (preload.py), as the local pool's zygote does."""
    from distributed import Client

    client = scheduler if isinstance(scheduler, Client) else connect(scheduler)
    try:
        preflight(client, raw_root, cache_dir)
        if len(paths) > 1:
            from pipeline.run.preload import warm_up
            client.run(warm_up)     # the models, once per worker, before any document's timeout runs
    except BaseException:
        if client is not scheduler:
            client.close()
        raise
    return _results(client, scheduler, paths, work, timeout, raw_root)


def _results(client, scheduler, paths, work, timeout, raw_root) -> Iterator[tuple[Path, DocResult]]:
    """Documents go out in chunks (see the module's docstring); a chunk's results
    come back together when it finishes.  Dask re-runs a chunk whose worker died,
    and only a finished chunk is yielded, so no document is lost or yielded twice.
    The documents of a chunk that still fails (KilledWorker) are run alone, one at a
    time, so that only the document that kills its worker is recorded as failed: a
    task waiting on a worker that another document killed counts that death too, so
    documents run alone side by side could fail each other; and each is tried once
    more before it is recorded (it may have waited behind another chunk's killer)."""
    from distributed import as_completed

    run, ids = uuid.uuid4().hex[:8], itertools.count()
    size = chunk_size(len(paths), sum(client.nthreads().values()))
    pending: dict = {}
    done = as_completed()
    alone: collections.deque = collections.deque()   # documents to run alone, in turn
    tried: set = set()                                  # run alone once already
    running: list = []                                  # the future of the one running alone

    def submit(group: list):
        # pure=False: the same files submitted again (a retry, another run) are new work
        f = client.submit(_run_chunk, work, [Path(p).resolve() for p in group], timeout, raw_root,
                          key=f"touchpoints-{run}-{next(ids)}", pure=False)
        pending[f] = group
        done.add(f)
        return f

    def next_alone() -> None:
        if alone and not running:
            running.append(submit([alone.popleft()]))

    try:
        for i in range(0, len(paths), size):
            submit(paths[i:i + size])
        for f in done:
            group = pending.pop(f)
            if f in running:
                running.remove(f)
            try:
                results = f.result()
            except Exception as e:          # noqa: BLE001 - KilledWorker, pickling, a bug in the chunk
                if len(group) > 1 or group[0] not in tried:
                    tried.update(group if len(group) == 1 else ())
                    alone.extend(group)
                    next_alone()
                    continue
                results = [crashed(group[0], raw_root, f"{type(e).__name__}: {e}")]
            next_alone()
            yield from zip(group, results)
    finally:
        for f in pending:                   # the caller stopped early: drop what is left
            f.cancel()
        if client is not scheduler:
            client.close()
