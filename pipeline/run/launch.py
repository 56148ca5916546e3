"""Where one run's documents are read: in this process, a local pool or a Dask cluster.

`Launch` is set up at the very start of a run, before the run reads anything of
the dataset (its index, the documents a rebuild carries over): for the local
pool it forks the zygote then, so the workers it forks — the first ones and the
recycled ones — never hold pages of what the parent loads later
(pipeline/run/zygote.py).  Calling it with the files the caches could not
answer runs them and yields (path, DocResult) as they finish.
"""
from __future__ import annotations

import functools
from pathlib import Path

from pipeline.run.executor import pool_origin, run_pool, run_serial
from pipeline.run.limits import apply_in_worker
from pipeline.store.cache import ParseCache


class Launch:
    def __init__(self, work, opts, raw_root: Path | None, cache: ParseCache, why: str | None = None):
        """`work`: the per-document function; `cache`: the parse cache it writes
        (`why`: why the configured one is not used, said once when a file is parsed)."""
        self.work, self.opts, self.raw_root, self.cache, self._why = work, opts, raw_root, cache, why
        self._init = functools.partial(apply_in_worker, opts.limits)
        self.origin = pool_origin(work, self._init) if self._pooled() else None
        self._again = False             # finished: a later call starts a new zygote

    def _pooled(self) -> bool:
        o = self.opts
        return o.executor != "dask" and (o.workers > 1 or o.timeout > 0 or bool(o.limits.max_memory_mb))

    def __call__(self, paths: list[Path]):
        o = self.opts
        if self._why:
            o.warn(f"parse cache not used ({self._why}); every file is parsed")
            self._why = None
        if o.executor == "dask":
            from pipeline.run.dask_executor import run_dask
            return run_dask(paths, self.work, o.scheduler, o.timeout, self.raw_root, self.cache.folder)
        if self._again:
            self.origin, self._again = pool_origin(self.work, self._init), False
        if self.origin is None:
            return run_serial(paths, self.work)      # no limit to enforce: no worker needed
        return run_pool(paths, self.work, max(1, o.workers), o.timeout, self.raw_root, init=self._init,
                        origin=self.origin)

    def finish(self) -> None:
        """The run's reading is over: its zygote ends now (the caller's last commit, over the
        whole dataset, need not share the machine with the parsers' models).  A later call
        — none of ours — would fork a new one from this process as it is then."""
        pooled = self.origin is not None
        self.close()
        self._again = pooled

    def close(self) -> None:
        if self.origin is not None:
            self.origin.close()
            self.origin = None

    def __enter__(self) -> Launch:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
