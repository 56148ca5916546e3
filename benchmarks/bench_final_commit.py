"""The last commit of a rebuild alone — order grouping over every document, review/,
labels/, the index — over a generated dataset of N documents (issue 20: its peak
must not grow with N).

    nice python benchmarks/bench_final_commit.py [--docs 5000 30000] [--baseline DIR] [--trace]

The dataset is generated as bench_ingest_scale.py does (the seeds' rows under
distinct ids, paths, numbers and bodies; segments of MAX_FOLD_DOCS documents, no
order state: what a rebuild's build folder holds before its refresh()).  Each size
and checkout runs `Store(out).refresh()` in a fresh interpreter on its own copy of
the dataset; printed: wall and CPU seconds, the peak RSS of that process (sampled
every 0.05 s) and its growth over the process before the commit, the same for its
anonymous pages (RssAnon: what the process holds itself, shared libraries' code
pages left out), per phase the
highest RSS seen in it, and with --trace the Python heap's peak (tracemalloc).
--baseline runs another checkout (e.g. a `git worktree` of main) on the same data.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _corpus import ROOT  # noqa: E402

_CHILD = r"""
import json, resource, sys, threading, time, tracemalloc
import psutil, pyarrow as pa
from pathlib import Path
import pipeline.store.derived as dv, pipeline.store.dataset as ds
from pipeline.store import Store

trace, out = sys.argv[1] == "1", Path(sys.argv[2])
me = psutil.Process()
peak = {"all": 0, "phase": 0, "anon": 0}
phases = {}

def anon():
    with open("/proc/self/status") as fh:     # anonymous pages: what the process itself holds
        return next(int(x.split()[1]) * 1024 for x in fh if x.startswith("RssAnon:"))

def sample():
    while True:
        rss = me.memory_info().rss
        peak["all"], peak["phase"] = max(peak["all"], rss), max(peak["phase"], rss)
        peak["anon"] = max(peak["anon"], anon())
        time.sleep(0.05)

def wrap(mod, name):
    f = getattr(mod, name)
    def w(*a, **k):
        peak["phase"] = me.memory_info().rss
        try:
            return f(*a, **k)
        finally:
            phases[name] = max(phases.get(name, 0), peak["phase"], me.memory_info().rss)
    setattr(mod, name, w)

for name in ("regroup", "refresh_review"):
    wrap(dv, name)
wrap(ds, "compact_segments")
threading.Thread(target=sample, daemon=True).start()
time.sleep(0.2)
before, anon_before = me.memory_info().rss, anon()
if trace:
    tracemalloc.start()
cpu0, t0 = time.process_time(), time.perf_counter()
Store(out).init()
Store(out).refresh()
wall, cpu = time.perf_counter() - t0, time.process_time() - cpu0
time.sleep(0.1)
print(json.dumps({"wall": wall, "cpu": cpu, "before": before, "peak": max(peak["all"], me.memory_info().rss),
                  "anon_before": anon_before, "anon": max(peak["anon"], anon()),
                  "phases": phases, "python": tracemalloc.get_traced_memory()[1] if trace else 0}))
"""


def measure(data: Path, checkout: Path, trace: bool, tmp: Path) -> dict:
    work = tmp / "work"
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(data, work)
    p = subprocess.run([sys.executable, "-c", _CHILD, "1" if trace else "0", str(work)], cwd=checkout,
                       env=dict(os.environ, PYTHONPATH=str(checkout)), capture_output=True, text=True)
    lines = [x for x in p.stdout.splitlines() if x.startswith("{")]
    if p.returncode or not lines:
        raise SystemExit(p.stderr[-3000:])
    shutil.rmtree(work, ignore_errors=True)
    return json.loads(lines[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, nargs="+", default=[5000, 30000])
    ap.add_argument("--bodies", type=int, default=340)
    ap.add_argument("--baseline", type=Path, default=None, help="another checkout, run on the same data")
    ap.add_argument("--trace", action="store_true", help="also the Python heap's peak (tracemalloc; slower)")
    a = ap.parse_args()
    from bench_ingest_scale import generate
    from bench_report_scale import seeds_dataset

    mb = 2 ** 20
    checkouts = [("this", ROOT)] + ([("baseline", a.baseline.resolve())] if a.baseline else [])
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        seeds_dataset(tmp / "seeds")
        for n in a.docs:
            data = tmp / f"data{n}"
            generate(tmp / "seeds", data, n, a.bodies)
            for name, checkout in checkouts:
                r = measure(data, checkout, a.trace, tmp)
                ph = ", ".join(f"{k} {v / mb:.0f}" for k, v in r["phases"].items())
                print(f"{name}: final commit over {n} documents: {r['wall']:.1f} s wall, {r['cpu']:.1f} s CPU; "
                      f"peak RSS {r['peak'] / mb:.0f} MB (+{(r['peak'] - r['before']) / mb:.0f} over the process "
                      f"before it), peak RssAnon {r['anon'] / mb:.0f} MB (+{(r['anon'] - r['anon_before']) / mb:.0f}); "
                      f"highest RSS in: {ph} MB"
                      + (f"; Python heap peak {r['python'] / mb:.1f} MB" if a.trace else ""), flush=True)
            shutil.rmtree(data)


if __name__ == "__main__":
    main()
