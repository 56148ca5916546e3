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

if TYPE_CHECKING:              # the parsers load lazily: `touchpoints --help` must not import them
    from .process import DocResult

DEFAULT_TIMEOUT = 300.0
MAX_TASKS_PER_WORKER = 50

Work = Callable[[Path], "DocResult"]


class Executor(Protocol):
    """What run.py needs of an executor: run_pool, run_dask (and run_serial, which
    ignores the last two arguments) all fit."""

    def __call__(self, paths: list[Path], work: Work, *args) -> Iterator[tuple[Path, DocResult]]: ...


def timed_out(path: Path, raw_root: Path | None, seconds: float) -> DocResult:
    from .process import DocResult, base_document, file_hash
    doc = base_document(path, raw_root, file_hash(path))
    doc["error"] = f"timed out after {seconds:g} s"
    return DocResult(doc)


def crashed(path: Path, raw_root: Path | None, exitcode) -> DocResult:
    from .process import DocResult, base_document, file_hash
    doc = base_document(path, raw_root, file_hash(path))
    why = f"exit code {exitcode}" if isinstance(exitcode, int) or exitcode is None else exitcode
    doc["error"] = f"internal error: worker process died ({why})"
    return DocResult(doc)


def run_serial(paths: list[Path], work: Callable[[Path], DocResult]) -> Iterator[tuple[Path, DocResult]]:
    for p in paths:
        yield p, work(p)


def _worker(conn, work) -> None:
    while True:
        try:
            path = conn.recv()
        except EOFError:
            return
        if path is None:
            return
        conn.send(work(path))


class _Slot:
    def __init__(self, ctx, work):
        parent, child = ctx.Pipe()
        self.conn = parent
        self.proc = ctx.Process(target=_worker, args=(child, work), daemon=True)
        self.proc.start()
        child.close()
        self.path: Path | None = None
        self.started = 0.0
        self.done = 0

    def give(self, path: Path) -> None:
        self.path, self.started = path, time.monotonic()
        self.conn.send(path)

    def stop(self, kill: bool = False) -> None:
        try:
            if kill:
                self.proc.kill()
            else:
                self.conn.send(None)
        except (BrokenPipeError, OSError):
            pass
        self.proc.join(timeout=5)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
        self.conn.close()


def run_pool(paths: list[Path], work: Callable[[Path], DocResult], workers: int,
             timeout: float = DEFAULT_TIMEOUT, raw_root: Path | None = None,
             max_tasks: int = MAX_TASKS_PER_WORKER) -> Iterator[tuple[Path, DocResult]]:
    """Documents in `workers` processes; each gets `timeout` seconds of wall clock."""
    ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    if ctx.get_start_method() == "fork" and len(paths) > 1:
        from .preload import warm_up
        warm_up()                  # models loaded once here, shared by every forked worker
    queue = list(reversed(paths))
    slots = [_Slot(ctx, work) for _ in range(min(workers, len(paths)))]
    try:
        for s in slots:
            if queue:
                s.give(queue.pop())
        while any(s.path is not None for s in slots):
            busy = [s for s in slots if s.path is not None]
            deadline = min(s.started for s in busy) + timeout
            ready = wait([s.conn for s in busy] + [s.proc.sentinel for s in busy],
                         timeout=max(0.0, deadline - time.monotonic()))
            now = time.monotonic()
            for i, s in enumerate(slots):
                if s.path is None:
                    continue
                result = None
                if s.conn in ready:
                    try:
                        result = s.conn.recv()
                    except (EOFError, OSError):
                        result = crashed(s.path, raw_root, s.proc.exitcode)
                        s.done = max_tasks          # replace it
                elif s.proc.sentinel in ready and not s.proc.is_alive():
                    result = crashed(s.path, raw_root, s.proc.exitcode)
                    s.done = max_tasks
                elif now - s.started >= timeout:
                    result = timed_out(s.path, raw_root, timeout)
                    s.done = max_tasks
                if result is None:
                    continue
                path = s.path
                s.path = None
                s.done += 1
                if s.done >= max_tasks:
                    s.stop(kill=not s.proc.is_alive() or s.done > max_tasks)
                    slots[i] = s = _Slot(ctx, work)
                if queue:
                    s.give(queue.pop())
                yield path, result
    finally:
        for s in slots:
            s.stop(kill=s.path is not None)


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)
