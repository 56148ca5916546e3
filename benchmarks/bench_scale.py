"""The dataset at scale (issue "Speed at scale"): rebuild, warm re-run, --help,
reading the tables, and ingest into a big dataset, each printed with its target.

    nice python benchmarks/bench_scale.py [--docs 1000] [--workers 2] [--baseline DIR]

--baseline names a checkout of an older version with its own .venv (e.g. the
main branch before layout 2); its rebuild, --help and read figures are measured
in the same run, on the same corpus, for the ratios.  Every figure is
wall-clock seconds of the command as a user runs it (interpreter start and
imports included), measured here, never copied; the CPU seconds of the command
and its workers are printed beside it, since on a shared machine wall clock
swings with the neighbours' load.
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _corpus import ROOT, RICH, make_corpus, variant  # noqa: E402


class Checkout:
    """One version of the pipeline: its source folder and its interpreter."""

    def __init__(self, root: Path, name: str):
        self.root, self.name = root, name
        venv = root / ".venv" / "bin" / "python"
        self.python = str(venv) if venv.exists() else sys.executable

    def run(self, *args, ok=(0, 1)) -> float:
        """Wall seconds; the CPU seconds of the process and its workers go to self.cpu."""
        env = dict(os.environ, PYTHONPATH=str(self.root))
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        res = subprocess.run([self.python, "-m", "pipeline", *map(str, args)], cwd=self.root, env=env,
                             capture_output=True, text=True)
        dt = time.perf_counter() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        self.cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        if res.returncode not in ok:
            raise SystemExit(f"{self.name}: pipeline {' '.join(map(str, args))} exited {res.returncode}:\n"
                             f"{res.stderr[-2000:]}")
        return dt

    def py(self, code: str) -> float:
        """Seconds printed by a snippet run with this checkout's interpreter (its pandas/duckdb)."""
        res = subprocess.run([self.python, "-c", code], capture_output=True, text=True, cwd=self.root)
        if res.returncode:
            raise SystemExit(res.stderr[-2000:])
        return float(res.stdout.strip().splitlines()[-1])


READ_PANDAS = """
import time, pandas as pd
pd.read_parquet({path!r})                      # the OS cache warm, as for a second look
ts = []
for _ in range(5):
    t0 = time.perf_counter(); pd.read_parquet({path!r}); ts.append(time.perf_counter() - t0)
print(sorted(ts)[2])
"""
READ_ONE_FILE = """
import time, pandas as pd, pyarrow.parquet as pq, pyarrow as pa, glob
t = pa.concat_tables([pq.read_table(f) for f in sorted(glob.glob({path!r} + '/*.parquet'))])
pq.write_table(t, {single!r})
pd.read_parquet({single!r})
ts = []
for _ in range(5):
    t0 = time.perf_counter(); pd.read_parquet({single!r}); ts.append(time.perf_counter() - t0)
print(sorted(ts)[2])
"""
DUCKDB_COUNT = """
import time, duckdb
ts = []
for _ in range(5):
    con = duckdb.connect()
    t0 = time.perf_counter()
    con.execute("select count(*) from read_parquet('{path}/**/*.parquet', hive_partitioning = true)").fetchall()
    ts.append(time.perf_counter() - t0)
print(sorted(ts)[2])
"""


PRELOAD = """
import resource, sys, time
from pathlib import Path
import pipeline.run.preload
from pipeline.run.batch import RunOptions, rebuild
if {skip}:
    pipeline.run.preload._done = True         # as if already loaded: each worker loads the models itself
t0 = time.perf_counter()
rebuild(RunOptions(raw=Path({raw!r}), out=Path({out!r}), workers={workers}, use_cache=False, quiet=True))
wall = time.perf_counter() - t0
me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
print(wall, kids.ru_utime + kids.ru_stime, me.ru_utime + me.ru_stime)
"""


def n_files(folder: Path) -> int:
    return len(list(folder.glob("*.parquet")))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--baseline", type=Path, default=None, help="older checkout with .venv (e.g. /work/main)")
    ap.add_argument("--repeat", type=int, default=3, help="runs of the small timings (median)")
    ap.add_argument("--preload-docs", type=int, default=200,
                    help="documents for the models-loaded-once check (0: skip)")
    a = ap.parse_args()
    new = Checkout(ROOT, "this")
    versions = [new] + ([Checkout(a.baseline.resolve(), "baseline")] if a.baseline else [])
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        raw = tmp / "raw"
        make_corpus(raw, a.docs)
        print(f"corpus: {a.docs} distinct text documents ({', '.join(p.name for p in RICH)} + a unique line), "
              f"{a.workers} workers")
        cold, warm, outs, cpu = {}, {}, {}, {}
        for v in versions:
            out, cache = tmp / f"out_{v.name}", tmp / f"cache_{v.name}"
            outs[v.name] = out
            cold[v.name] = v.run("rebuild", "--raw", raw, "--out", out, "--workers", a.workers,
                                 "--cache-dir", cache, "-q")
            cpu[v.name, "cold"] = v.cpu
            warm[v.name] = v.run("rebuild", "--raw", raw, "--out", out, "--workers", a.workers,
                                 "--cache-dir", cache, "-q")
            cpu[v.name, "warm"] = v.cpu
            print(f"[{v.name}] rebuild cold: {cold[v.name]:7.1f} s (CPU {cpu[v.name, 'cold']:6.1f} s)   "
                  f"warm re-run (parse cache, nothing changed): {warm[v.name]:6.2f} s (CPU "
                  f"{cpu[v.name, 'warm']:5.2f} s)   cold/warm {cold[v.name] / warm[v.name]:5.1f}x wall, "
                  f"{cpu[v.name, 'cold'] / cpu[v.name, 'warm']:5.1f}x CPU  (target >= 20x)")
            print(f"[{v.name}] files: " + ", ".join(f"{t} {n_files(out / t)}" for t in
                                                    ("documents", "touchpoints", "roadmap", "procedure_items")))
        if a.baseline:
            print(f"rebuild cold, baseline/this: {cold['baseline'] / cold['this']:.2f}x wall, "
                  f"{cpu['baseline', 'cold'] / cpu['this', 'cold']:.2f}x CPU  (target >= 1.5x); "
                  f"warm: {warm['baseline'] / warm['this']:.2f}x wall")
        nothing = new.run("ingest", raw, "--raw", raw, "--out", outs["this"], "--workers", a.workers,
                          "--cache-dir", tmp / "cache_this", "-q")
        print(f"[this] ingest of the same {a.docs} files again (nothing to do): {nothing:.2f} s")

        for v in versions:
            helps, cpus = [], []
            for _ in range(max(5, a.repeat)):
                helps.append(v.run("--help", ok=(0,)))
                cpus.append(v.cpu)
            print(f"[{v.name}] touchpoints --help: {statistics.median(helps):.3f} s (CPU "
                  f"{statistics.median(cpus):.3f} s)  (target < 0.2 s)")

        for v in versions:
            path = str(outs[v.name] / "touchpoints")
            many = v.py(READ_PANDAS.format(path=path))
            one = v.py(READ_ONE_FILE.format(path=path, single=str(tmp / f"one_{v.name}.parquet")))
            count = v.py(DUCKDB_COUNT.format(path=path))
            print(f"[{v.name}] pandas.read_parquet(touchpoints): {many * 1000:7.1f} ms over {n_files(Path(path))} "
                  f"file(s); same rows in one file {one * 1000:6.1f} ms; ratio {many / one:5.2f}x (target <= 3x)")
            print(f"[{v.name}] DuckDB count(*) of touchpoints: {count * 1000:7.1f} ms  (target < 200 ms)")

        if a.preload_docs:
            sub = tmp / "preload_raw"
            make_corpus(sub, a.preload_docs, start=50_000)
            for skip, what in ((True, "each worker loads the models"), (False, "loaded once before forking")):
                res = subprocess.run([new.python, "-c", PRELOAD.format(skip=skip, raw=str(sub), workers=a.workers,
                                                                       out=str(tmp / f"preload_out_{skip}"))],
                                     cwd=ROOT, capture_output=True, text=True,
                                     env=dict(os.environ, PYTHONPATH=str(ROOT)))
                if res.returncode:
                    raise SystemExit(res.stderr[-2000:])
                wall, workers_cpu, parent_cpu = map(float, res.stdout.split()[-3:])
                print(f"[this] rebuild {a.preload_docs} docs, no cache, {what}: {wall:5.1f} s, CPU workers "
                      f"{workers_cpu:5.1f} s + parent {parent_cpu:4.1f} s")

        into_big, into_empty = [], []
        big = outs["this"]
        for k in range(a.repeat):
            doc = variant(RICH[0], tmp / "new" / f"new{k}.txt", 10_000_000 + k)
            into_empty.append(new.run("ingest", doc, "--raw", raw, "--out", tmp / f"empty{k}", "--no-cache", "-q"))
            into_big.append(new.run("ingest", doc, "--raw", raw, "--out", big, "--no-cache", "-q"))
        e, b = statistics.median(into_empty), statistics.median(into_big)
        print(f"[this] ingest 1 new document: into an empty dataset {e:.2f} s, into {a.docs} documents {b:.2f} s "
              f"(runs {', '.join(f'{x:.2f}' for x in into_big)}); ratio {b / e:.2f}x  (target <= 1.2x)")


if __name__ == "__main__":
    main()
