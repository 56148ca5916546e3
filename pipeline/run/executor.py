"""Run the per-document function over many files: in this process, in a pool of
worker processes, or on a Dask cluster.  All executors yield `(path, DocResult)`
as documents finish.

The local pool is our own rather than `concurrent.futures`: a document that
hangs (pdfminer can, on malformed PDFs) must have its worker *killed* after
`timeout` seconds — `Future.result(timeout)` does not kill anything — and
workers are recycled every `max_tasks` documents so a leaking parser cannot
grow forever.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import time
from multiprocessing.connection import wait
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator, Protocol

from pipeline.run.reap import kill_tree, remove_scratch, scratch_folder
from pipeline.run.zygote import Spawner, Zygote

if TYPE_CHECKING:              # the parsers load lazily: `touchpoints --help` must not import them
    from pipeline.contract import DocResult

DEFAULT_TIMEOUT = 300.0
MAX_TASKS_PER_WORKER = 50

Work = Callable[[Path], "DocResult"]


class Executor(Protocol):
    """What batch.py needs of an executor: run_pool, run_dask (and run_serial, which
    ignores the last two arguments) all fit."""

    def __call__(self, paths: list[Path], work: Work, *args) -> Iterator[tuple[Path, DocResult]]: ...


def timed_out(path: Path, raw_root: Path | None, seconds: float) -> DocResult:
    from pipeline.run.process import failure, hash_or_failure
    from pipeline.contract import ErrorCategory
    doc_id, unreadable = hash_or_failure(path, raw_root)
    return unreadable or failure(
        path, raw_root, doc_id, ErrorCategory.TIMEOUT,
        f"timed out after {seconds:g} s (remembered in the parse cache for these bytes: "
        f"a higher --timeout or --no-cache tries again)")


def crashed(path: Path, raw_root: Path | None, exitcode) -> DocResult:
    from pipeline.run.process import failure, hash_or_failure
    from pipeline.contract import ErrorCategory
    doc_id, unreadable = hash_or_failure(path, raw_root)
    if isinstance(exitcode, int) and exitcode < 0:
        why = f"killed by signal {-exitcode}"
    elif isinstance(exitcode, int) or exitcode is None:
        why = f"exit code {exitcode}"
    else:
        why = exitcode
    return unreadable or failure(path, raw_root, doc_id, ErrorCategory.WORKER_DIED,
                                 f"internal error: worker process died ({why})")


def run_serial(paths: list[Path], work: Callable[[Path], DocResult]) -> Iterator[tuple[Path, DocResult]]:
    for p in paths:
        yield p, work(p)


class _Slot:
    """One worker of the pool, started by the zygote (or spawner) `origin`."""

    def __init__(self, origin):
        self.origin = origin
        self.scratch = scratch_folder()
        self.conn, self.pid = origin.start(self.scratch)
        self.exitcode = None          # known once the worker ended and was reaped
        self.reaped = False
        self.path: Path | None = None
        self.started = 0.0
        self.done = 0

    def give(self, path: Path) -> None:
        self.path, self.started = path, time.monotonic()
        self.conn.send(path)

    def ended(self):
        """The worker's pipe closed: it died.  How (its exit code)."""
        return self._reap()

    def _reap(self):
        """Wait a little for the worker to end, then end it (and its tools); its exit code."""
        running, self.exitcode = self.origin.reap(self.pid, 5)
        if running:                   # closed its pipe, or was asked to stop, but lives on
            kill_tree(self.pid)
            _, self.exitcode = self.origin.reap(self.pid, None)
        self.reaped = True
        return self.exitcode

    def stop(self, kill: bool = False) -> None:
        if not self.reaped:
            try:
                if kill:
                    kill_tree(self.pid)      # the tools it started die with it
                else:
                    self.conn.send(None)
            except (BrokenPipeError, OSError):
                pass
            self._reap()
        self.conn.close()
        remove_scratch(self.scratch)


def pool_origin(work: Callable[[Path], DocResult], init: Callable[[], None] | None = None):
    """Where the local pool's workers come from: a zygote forked now, or a spawner where
    fork is missing.  A run starts it before it loads anything dataset-sized (the old
    dataset's index, its carried documents), so no worker ever carries those pages."""
    forking = "fork" in mp.get_all_start_methods()
    return (Zygote if forking else Spawner)(mp.get_context("fork" if forking else "spawn"), work, init)


def run_pool(paths: list[Path], work: Callable[[Path], DocResult], workers: int,
             timeout: float = DEFAULT_TIMEOUT, raw_root: Path | None = None,
             max_tasks: int = MAX_TASKS_PER_WORKER, init: Callable[[], None] | None = None,
             origin=None) -> Iterator[tuple[Path, DocResult]]:
    """Documents in `workers` processes; each gets `timeout` seconds of wall clock
    (0 = no limit).  `init` runs once in each worker (resource limits).  Workers
    are forked by a zygote (pipeline/run/zygote.py), not by this process: `origin`
    (pool_origin, its caller closes it), else one started and closed here."""
    own = origin is None
    origin = pool_origin(work, init) if own else origin
    if len(paths) > 1:
        origin.warm()              # models loaded once, in the zygote, shared by every worker it forks
    timeout = timeout if timeout and timeout > 0 else float("inf")
    queue, n = list(reversed(paths)), len(paths)
    del paths                       # each path is held by the queue until sent, then by its slot
    slots: list[_Slot] = []
    try:
        for _ in range(min(workers, n)):
            slots.append(_Slot(origin))
        for s in slots:
            if queue:
                s.give(queue.pop())
        while any(s.path is not None for s in slots):
            busy = [s for s in slots if s.path is not None]
            left = min(s.started for s in busy) + timeout - time.monotonic()
            ready = wait([s.conn for s in busy], timeout=None if left == float("inf") else max(0.0, left))
            now = time.monotonic()
            for i, s in enumerate(slots):
                if s.path is None:
                    continue
                result = None
                if s.conn in ready:
                    try:
                        result = s.conn.recv()
                    except (EOFError, OSError):             # the worker died
                        result = crashed(s.path, raw_root, s.ended())
                        s.done = max_tasks          # replace it
                elif now - s.started >= timeout:
                    result = timed_out(s.path, raw_root, timeout)
                    s.done = max_tasks
                if result is None:
                    continue
                path = s.path
                s.path = None
                s.done += 1
                if not queue:
                    s.stop(kill=s.done > max_tasks)     # nothing left for it: it ends before the result
                elif s.done >= max_tasks:               # is handed on (the caller may commit meanwhile)
                    s.stop(kill=s.done > max_tasks)
                    slots[i] = s = _Slot(origin)
                if queue:
                    s.give(queue.pop())
                yield path, result
    finally:
        for s in slots:
            s.stop(kill=s.path is not None)
        if own:
            origin.close()


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)
