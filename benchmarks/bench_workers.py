"""Rebuild of N multi-page documents with --workers 1 vs --workers 2 (no parse cache).

    python benchmarks/bench_workers.py [--docs 40] [--workers 2] [--source pdf|text|DIR]

Sources: `pdf` (default when tests/.generated holds the PDFs the fixtures
render from the seeds: 14-page documents), `text` (the seed texts), or a folder.

Target: speedup >= 1.6x on two free cores.  The machine's own ceiling is
printed first (a pure-Python loop in 1 vs N processes): on a VM whose vCPUs
share one physical core, no pool can beat it, so the pipeline's speedup is
also given as a fraction of that ceiling.
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _corpus import RICH, generated_pdfs, make_corpus, run_cli  # noqa: E402


def _burn(n: int) -> int:
    s = 0
    for i in range(n):
        s += i
    return s


def machine_ceiling(workers: int, n: int = 20_000_000) -> float:
    t0 = time.perf_counter()
    for _ in range(workers):
        _burn(n)
    serial = time.perf_counter() - t0
    t0 = time.perf_counter()
    with mp.get_context("fork").Pool(workers) as pool:
        pool.map(_burn, [n] * workers)
    return serial / (time.perf_counter() - t0)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=40)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--source", default="pdf" if generated_pdfs() else "text")
    a = ap.parse_args()
    if a.source == "pdf":
        seeds = generated_pdfs()
        if not seeds:
            raise SystemExit("no PDFs in tests/.generated: run the test suite once, or use --source text")
    elif a.source == "text":
        seeds = RICH
    else:
        seeds = sorted(p for p in Path(a.source).iterdir() if p.is_file())
    print(f"corpus: {a.docs} variants of {', '.join(p.name for p in seeds)}")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        make_corpus(tmp / "raw", a.docs, seeds)
        ceiling = machine_ceiling(a.workers)
        print(f"machine ceiling: a CPU loop runs {ceiling:.2f}x faster in {a.workers} processes than in 1")
        times = {}
        for w in (1, a.workers):
            times[w] = run_cli("rebuild", "--raw", tmp / "raw", "--out", tmp / f"out{w}", "--no-cache",
                               "--workers", w)
            print(f"rebuild of {a.docs} documents, --workers {w}: {times[w]:6.2f} s  "
                  f"({a.docs / times[w]:.1f} documents/s)")
        speedup = times[1] / times[a.workers]
        print(f"speedup: {speedup:.2f}x with {a.workers} workers on {len(os.sched_getaffinity(0))} cores "
              f"(target >= 1.6x); {speedup / ceiling:.0%} of this machine's ceiling")


if __name__ == "__main__":
    main()
