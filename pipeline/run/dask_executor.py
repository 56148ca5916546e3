"""Run the per-document function on a Dask cluster (`--executor dask --scheduler ADDR`).

Same contract as the local pool (executor.py): yields `(path, DocResult)` as
documents finish, and a document past `timeout` becomes `failed` "timed out".
A Dask task cannot be killed, so the limit is kept on the worker: the work runs
in a daemon thread and the task returns a "timed out" result when the thread is
not done in time (the thread is abandoned; the worker process is not recycled —
prefer the local pool for inputs known to hang).  A task whose worker dies
(Dask retries it elsewhere first) or that raises becomes an "internal error".

Workers must see the files at the same absolute paths (shared storage) and
have this package installed (`pip install -e '.[dask]'`).
"""
from __future__ import annotations

import threading
import uuid
from pathlib import Path
from typing import Callable, Iterator

from pipeline.run.executor import crashed, timed_out
from pipeline.contract import DocResult


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


def run_dask(paths: list[Path], work: Callable[[Path], DocResult], scheduler, timeout: float,
             raw_root: Path | None) -> Iterator[tuple[Path, DocResult]]:
    """`scheduler`: an address (tcp://host:8786), a LocalCluster, or a distributed.Client."""
    from distributed import Client, as_completed

    client = scheduler if isinstance(scheduler, Client) else Client(scheduler)
    run = uuid.uuid4().hex[:8]
    futures = {}
    try:
        for i, p in enumerate(paths):
            # pure=False: the same file submitted again (a retry, another run) is new work
            f = client.submit(_with_timeout, work, Path(p).resolve(), timeout, raw_root,
                              key=f"touchpoints-{run}-{i}", pure=False)
            futures[f] = p
        for f in as_completed(list(futures)):
            p = futures.pop(f)
            try:
                result = f.result()
            except Exception as e:          # noqa: BLE001 - KilledWorker, pickling, a bug in work
                result = crashed(p, raw_root, f"{type(e).__name__}: {e}")
            yield p, result
    finally:
        for f in futures:                   # the caller stopped early: drop what is left
            f.cancel()
        if client is not scheduler:
            client.close()
