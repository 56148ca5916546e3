"""Fault injection for tests, from the test side: production code has no hooks.

A fault replaces the pipeline's per-document work (`pipeline.run.batch.process_path`,
called inside the per-document guard) for the files whose name matches a glob:
`exit` (the worker dies), `raise` (a bug), `memory` (allocates until the memory
limit), or a number of seconds to sleep first (a hanging document).  Workers are
forked, so a patch made in the test process (or in the CLI process that
`faulty_cli` starts) reaches them; Dask's in-process workers share the module.

    inject(monkeypatch, {"bad.txt": "exit"})                 # in-process CLI / API
    subprocess.run(faulty_cli({"slow.txt": 4}, "rebuild", ...))   # a real CLI process
"""
from __future__ import annotations

import fnmatch
import json
import os
import sys
import time
from pathlib import Path

TARGET = "pipeline.run.batch"


def _faulty(real, faults: dict):
    def work(path, *args, **kw):
        for pattern, what in faults.items():
            if fnmatch.fnmatch(Path(path).name, pattern):
                _act(what)
        return real(path, *args, **kw)
    return work


def _act(what) -> None:
    if isinstance(what, (int, float)):
        time.sleep(float(what))
    elif what == "exit":
        os._exit(3)
    elif what == "memory":
        hog = []
        while True:
            hog.append(bytearray(64 * 1024 * 1024))
    elif what == "raise":
        raise RuntimeError("injected fault")


def inject(monkeypatch, faults: dict) -> None:
    """{glob: "exit" | "raise" | "memory" | seconds} for the documents of this test."""
    import pipeline.run.batch as batch

    monkeypatch.setattr(batch, "process_path", _faulty(batch.process_path, faults))


def faulty_cli(faults: dict, *args) -> list[str]:
    """The command line of a real CLI process whose documents have these faults."""
    return [sys.executable, "-m", "tests.faults", json.dumps(faults), *map(str, args)]


if __name__ == "__main__":
    import pipeline.run.batch as batch
    from pipeline.cli import main

    batch.process_path = _faulty(batch.process_path, json.loads(sys.argv[1]))
    sys.exit(main(sys.argv[2:]))
