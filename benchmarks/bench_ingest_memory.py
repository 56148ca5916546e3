"""Where the parent of an ingest into a big dataset grows: its RSS per step of an
ingest of a few documents into SYNTHETIC datasets of several sizes (issue 20: memory
flat in N).

    nice python benchmarks/bench_ingest_memory.py [--docs 2000 8000 20000] [--ingest 20] [--workers 2]
                                                  [--data DIR] [--trace] [--baseline CHECKOUT]

Each dataset is generated, not parsed (bench_ingest_scale.generate: the seeds' rows
under distinct doc_ids, paths, order numbers and bodies, in the store's own segments;
then one derive, as a rebuild's end) — SYNTHETIC, say so beside any figure from it.
`--data DIR` keeps them (DIR/gen<N>, shared with bench_ingest_scale.py --data).
Each ingest runs the CLI (real parses in the workers) in a fresh copy, derived once
untimed by the checkout measured (its order state is stamped with its code), with a
fresh raw folder and parse cache.  The child marks each step of the parent — the
look-up of its files, each commit's write, order grouping, review/, the derive's
rest, folds, the summary — and prints per step: the peak RSS within it (VmHWM,
reset at every mark through /proc/self/clear_refs: exact, not sampled), RssAnon at
its end, Arrow's bytes allocated at its end and (--trace) Python's peak within it
(tracemalloc.reset_peak); `--steps` marks more functions' ends.  Then the parent's peak over the run and its slope per
document between the sizes: what of the parent grows with the dataset.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _corpus import CHILD_MARKS, ROOT, child_json, make_corpus  # noqa: E402

_CHILD = r"""
import json, os, sys, tracemalloc
import pipeline.cli              # first, as the program: its allocator settings precede pyarrow
import pyarrow as pa
trace, argv = sys.argv[1] == "1", sys.argv[2:]
if trace:
    tracemalloc.start()
marks = []

def status(key):
    with open("/proc/self/status") as fh:
        return next(int(x.split()[1]) * 1024 for x in fh if x.startswith(key + ":"))

def mark(phase):
    py = tracemalloc.get_traced_memory()[1] if trace else 0
    marks.append((phase, status("VmHWM"), status("RssAnon"), pa.total_allocated_bytes(), py))
    with open("/proc/self/clear_refs", "w") as fh:      # the peak from here on is the next step's
        fh.write("5")
    if trace:
        tracemalloc.reset_peak()

""" + CHILD_MARKS + r"""
wrap(b, "launch", "zygote started")
wrap(ds.Store, "lookup", "look-up")
wrap(ds.Store, "_commit_pending", "commit written")
wrap(ds, "derive", "derive's rest")
import importlib
for step in filter(None, os.environ.get("BENCH_STEPS", "").split(",")):     # --steps: module:function, each marked
    mod, _, name = step.partition(":")
    owner, attr = importlib.import_module(mod), name.split(".")
    for a in attr[:-1]:
        owner = getattr(owner, a)
    wrap(owner, attr[-1], name)
mark("start")
try:
    pipeline.cli.main(argv)
finally:
    mark("end")
    top = []
    if trace:
        snap = tracemalloc.take_snapshot()
        top = [f"{s.size / 2**20:7.1f} MB {s.traceback[0].filename.split('/')[-1]}:{s.traceback[0].lineno}"
               for s in snap.statistics("lineno")[:8]]
    sys.__stderr__.write(json.dumps({"marks": marks, "top": top}) + "\n")
"""


def dataset(n: int, data: Path, tmp: Path, first: Path) -> Path:
    """The SYNTHETIC dataset of `n` documents (bench_ingest_scale._generated; reused from `data`)."""
    from bench_ingest_scale import _generated

    return _generated(SimpleNamespace(docs=n, data=data, group=0, bodies=340), tmp, first)


def ingest(new: list[Path], big: Path | None, tmp: Path, workers: int, root: Path, trace: bool,
           steps: list[str] = ()) -> dict:
    """One ingest by the checkout at `root` into a fresh, derived copy of `big` (None: empty)."""
    from bench_ingest_scale import _copy

    work = tmp / "work"
    out = _copy(big, tmp, root) if big is not None else work / "out"
    try:
        args = ["ingest", *new, "--raw", work / "raw", "--out", out, "--workers", workers,
                "--cache-dir", work / "cache", "-q"]
        return child_json([sys.executable, "-c", _CHILD, "1" if trace else "0", *map(str, args)], root,
                          dict(os.environ, PYTHONPATH=str(root), BENCH_STEPS=",".join(steps)))
    finally:
        shutil.rmtree(work, ignore_errors=True)


def report(name: str, n: int, r: dict) -> float:
    """Print the steps (each step's peak, its end's RssAnon and Arrow); returns the run's peak (MB)."""
    mb = 2 ** 20
    peak = max(m[1] for m in r["marks"]) / mb
    print(f"{name}: ingest into {n} SYNTHETIC documents: the parent's peak RSS {peak:.0f} MB", flush=True)
    for phase, hwm, anon, arrow, py in r["marks"][1:]:    # each line SYNTHETIC: a line quoted alone says so
        print(f"  {phase:<16} peak RSS in it {hwm / mb:6.0f}  RssAnon after {anon / mb:6.0f}  "
              f"arrow after {arrow / mb:6.1f}" + (f"  python peak in it {py / mb:6.1f}" if py else "")
              + f" MB (SYNTHETIC {n})")
    for line in r["top"]:
        print("   ", line, f"(SYNTHETIC {n})")
    return peak


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, nargs="+", default=[2000, 8000, 20000])
    ap.add_argument("--ingest", type=int, default=20)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--data", type=Path, help="keep the generated datasets here (reused)")
    ap.add_argument("--trace", action="store_true", help="also Python's peak per step (tracemalloc; slower)")
    ap.add_argument("--baseline", type=Path, help="another checkout, on the same data in the same run")
    ap.add_argument("--steps", nargs="+", default=[], metavar="MODULE:FUNCTION",
                    help="mark these functions' ends too, e.g. pipeline.store.review:_split")
    a = ap.parse_args()
    checkouts = [("this", ROOT)] + ([("baseline", a.baseline.resolve())] if a.baseline else [])
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        new = make_corpus(tmp / "new", a.ingest, start=10_000_000)
        peaks: dict[str, list[tuple[int, float]]] = {}
        for n in a.docs:
            big = dataset(n, a.data or tmp, tmp, new[0]) if n else None
            for name, root in checkouts:
                peaks.setdefault(name, []).append((n, report(name, n, ingest(new, big, tmp, a.workers, root,
                                                                            a.trace, a.steps))))
            if not a.data and big is not None:
                shutil.rmtree(big)
        for name, got in peaks.items():
            slopes = [f"{(p1 - p0) * 1024 / (n1 - n0):.2f} KB/doc ({n0}->{n1})"
                      for (n0, p0), (n1, p1) in zip(got, got[1:]) if n1 != n0]
            print(f"{name}: the parent's peak per SYNTHETIC document: {', '.join(slopes) or '-'}")
    subprocess.run(["uptime"])


if __name__ == "__main__":
    main()
