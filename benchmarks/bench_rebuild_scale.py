"""A cold rebuild of generated documents at several sizes, and an ingest into the
largest dataset against an ingest into an empty one (issue 20's figures).

    nice python benchmarks/bench_rebuild_scale.py [--docs 1000 10000] [--workers 2] [--ingest 20]

Each size: distinct files (a seed with a unique line, benchmarks/_corpus.py) in a
fresh raw folder, rebuilt by the CLI with a fresh parse cache (every document
parsed).  Printed per size: wall and CPU seconds per document (CPU of the
command and its workers: the wall clock swings with the neighbours' load on a
shared machine), the peak RSS of the process tree (the CLI and its workers,
summed as RSS and as PSS — a forked worker's pages shared with its parent count
once in PSS —, sampled every 0.2 s), of the parent alone and of its largest
child (a worker: forked by the zygote, it should not grow with the run), and the rows of
`touchpoints` written per row over the rebuild (segment writes and folds,
counted in the CLI process) beside the bound 1 + log2(N/1000).  Then `--ingest`
new documents into the largest dataset and into an empty one: the time ratio
and both peaks.  The ratios of one run come from one machine and one load.

`--keep DIR` works in DIR and leaves there every size's raw folder and dataset
(rawN/, outN/) and, copied before the ingest, the largest dataset as the rebuild
left it (outN.rebuilt/), so later ingests can be timed into it without a rebuild.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _corpus import ROOT, make_corpus  # noqa: E402

# the CLI, with the rows written per table counted (prepare's segment files, compaction's folds)
_CHILD = """
import atexit, json, sys
import pyarrow.parquet as pq
import pipeline.store.compaction as compaction, pipeline.store.prepare as prepare
written = {}
def counting(real):
    def wrapped(*a, **k):
        tmp = real(*a, **k)
        if tmp is not None and tmp.parent.name == "touchpoints":
            written["touchpoints"] = written.get("touchpoints", 0) + pq.ParquetFile(tmp).metadata.num_rows
        return tmp
    return wrapped
prepare.write_parquet_temp = counting(prepare.write_parquet_temp)
compaction.fold_files = counting(compaction.fold_files)
atexit.register(lambda: open(sys.argv[1], "w").write(json.dumps(written)))
from pipeline.cli import main
sys.exit(main(sys.argv[2:]))
"""


def _tree_rss(proc: psutil.Process) -> tuple[int, int, int, int, int]:
    """(RSS of the process and its descendants summed, their PSS summed — pages a forked
    worker shares with its parent counted once —, the process's own RSS, the largest
    RSS of one descendant — a worker, or the zygote that forks them —, the
    descendants' PSS summed), bytes."""
    try:
        procs = [proc, *proc.children(recursive=True)]
        rss = pss = child = kids = 0
        for p in procs:
            try:
                info = p.memory_full_info()
            except psutil.Error:
                continue                       # a worker ending meanwhile
            rss, pss = rss + info.rss, pss + info.pss
            if p is not proc:
                child, kids = max(child, info.rss), kids + info.pss
        return rss, pss, proc.memory_info().rss, child, kids
    except psutil.Error:
        return 0, 0, 0, 0, 0


def run(*args, root: Path = ROOT, child: str = _CHILD, tail: tuple = ("-q",)) -> dict:
    """One CLI run (of the checkout at `root`): wall and CPU seconds, peak tree and
    parent RSS (MB), touchpoints rows written (`child`: another script, given the
    JSON file it writes its counts to, then `args` and `tail`; "counts": what it wrote)."""
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as f:
        counts = Path(f.name)
    env = dict(os.environ, PYTHONPATH=str(root))
    before = os.times()
    t0 = time.perf_counter()
    p = subprocess.Popen([sys.executable, "-c", child, str(counts), *map(str, args), *tail], cwd=root, env=env,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak = [0, 0, 0, 0, 0]
    proc = psutil.Process(p.pid)

    def sample():
        while p.poll() is None:
            peak[:] = [max(a, b) for a, b in zip(peak, _tree_rss(proc))]
            time.sleep(0.2)

    watcher = threading.Thread(target=sample, daemon=True)
    watcher.start()
    err = p.stderr.read()
    p.wait()
    watcher.join()
    wall = time.perf_counter() - t0
    after = os.times()
    if p.returncode not in (0, 1):
        raise SystemExit(f"pipeline {' '.join(map(str, args))} exited {p.returncode}:\n{err}")
    said = json.loads(counts.read_text() or "{}")
    written = said.get("touchpoints", 0)
    counts.unlink()
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return {"wall": wall, "cpu": cpu, "tree_mb": peak[0] / 2**20, "pss_mb": peak[1] / 2**20,
            "parent_mb": peak[2] / 2**20, "worker_mb": peak[3] / 2**20, "children_pss_mb": peak[4] / 2**20,
            "written": written, "counts": said}


def rows_in(out: Path, table: str) -> int:
    import pyarrow.parquet as pq

    return sum(pq.ParquetFile(f).metadata.num_rows for f in (out / table).glob("*.parquet"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--ingest", type=int, default=20, help="documents added by the ingest figure")
    ap.add_argument("--keep", type=Path, help="work in this folder and leave the raw folders and datasets there")
    a = ap.parse_args()
    if a.keep:
        a.keep.mkdir(parents=True, exist_ok=True)
    with (contextlib.nullcontext(str(a.keep)) if a.keep else tempfile.TemporaryDirectory()) as tmp:
        tmp = Path(tmp)
        out = None
        for n in a.docs:
            raw, out = tmp / f"raw{n}", tmp / f"out{n}"
            make_corpus(raw, n)
            r = run("rebuild", "--raw", raw, "--out", out, "--workers", a.workers, "--cache-dir", tmp / f"cache{n}")
            rows = rows_in(out, "touchpoints")
            print(f"rebuild {n:7d} documents: {r['wall'] / n * 1000:6.1f} ms/doc wall, "
                  f"{r['cpu'] / n * 1000:6.1f} ms/doc CPU; peak of the tree: RSS {r['tree_mb']:5.0f} MB, "
                  f"PSS {r['pss_mb']:5.0f} MB; "
                  f"parent {r['parent_mb']:6.0f} MB, largest worker {r['worker_mb']:5.0f} MB; "
                  f"touchpoints rows written per row "
                  f"{r['written'] / max(rows, 1):.2f} (bound {1 + math.log2(max(n, 1000) / 1000):.2f})", flush=True)
            shutil.rmtree(tmp / f"cache{n}", ignore_errors=True)
            if n != a.docs[-1] and not a.keep:
                shutil.rmtree(raw), shutil.rmtree(out)
        if a.keep:          # the dataset as rebuilt, for later ingests into it (the ingest below changes out)
            shutil.copytree(out, out.with_name(out.name + ".rebuilt"), symlinks=True)
        new = make_corpus(tmp / "new", a.ingest, start=10_000_000)
        big = run("ingest", *new, "--raw", tmp / f"raw{a.docs[-1]}", "--out", out, "--workers", a.workers,
                  "--cache-dir", tmp / "cache_big")
        empty = run("ingest", *new, "--raw", tmp / "raw_empty", "--out", tmp / "out_empty", "--workers", a.workers,
                    "--cache-dir", tmp / "cache_empty")
        print(f"ingest of {a.ingest} documents: into {a.docs[-1]} documents {big['wall']:.1f} s "
              f"(peak of the tree: RSS {big['tree_mb']:.0f} MB, PSS {big['pss_mb']:.0f} MB, "
              f"parent {big['parent_mb']:.0f} MB, "
              f"largest worker {big['worker_mb']:.0f} MB), "
              f"into an empty dataset {empty['wall']:.1f} s (RSS {empty['tree_mb']:.0f} MB, "
              f"PSS {empty['pss_mb']:.0f} MB, parent {empty['parent_mb']:.0f} MB, "
              f"largest worker {empty['worker_mb']:.0f} MB): ratio {big['wall'] / empty['wall']:.2f} wall, "
              f"{big['cpu'] / max(empty['cpu'], 1e-9):.2f} CPU", flush=True)


if __name__ == "__main__":
    main()
