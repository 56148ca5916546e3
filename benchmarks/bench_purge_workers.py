"""Does Arrow's mimalloc purging at once (MIMALLOC_PURGE_DELAY=0, pipeline/allocator.py)
cost the workers CPU?  A rebuild's CPU per process kind, with and without, in pairs.

    nice python benchmarks/bench_purge_workers.py [--docs 60] [--pairs 4] [--workers 2] [--source text|pdf|DIR]

The command line sets MIMALLOC_PURGE_DELAY=0 before pyarrow loads, and the workers
inherit it (the zygote and the workers are forked from the parent, after libarrow
read its options).  Each pair runs the same cold rebuild (`--no-cache`, a fresh
`--out`) twice: with the program's setting, and with MIMALLOC_PURGE_DELAY=1000 in
its environment (mimalloc's own default, which the command line leaves alone), in
alternating order.  The parent's CPU is its own rusage; the workers' is the
rusage of its reaped children (the zygote, which reaps the workers, and the
workers: the zygote's model loading counts there, the same in both).  Printed:
user and system seconds per run, and per pair the ratio purge-at-once / default
of the workers' and of the parent's CPU; then the ratios of the sums.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _corpus import RICH, ROOT, child_json, generated_pdfs, make_corpus  # noqa: E402

_CHILD = r"""
import json, resource, sys
import pipeline.cli                      # first, as the program: its allocator settings precede pyarrow
from pipeline.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
sys.__stderr__.write(json.dumps({"parent": [me.ru_utime, me.ru_stime], "workers": [kids.ru_utime, kids.ru_stime]})
                     + "\n")
"""

SETTINGS = {"purge 0 (the program's)": None, "purge 1000 (mimalloc's default)": "1000"}


def one_run(raw: Path, out: Path, workers: int, delay: str | None) -> dict:
    shutil.rmtree(out, ignore_errors=True)
    env = {k: v for k, v in os.environ.items() if k.upper() not in ("MIMALLOC_PURGE_DELAY", "MIMALLOC_RESET_DELAY")}
    env["PYTHONPATH"] = str(ROOT)
    if delay is not None:
        env["MIMALLOC_PURGE_DELAY"] = delay
    return child_json([sys.executable, "-c", _CHILD, "rebuild", "--raw", str(raw), "--out", str(out), "--no-cache",
                       "--workers", str(workers), "-q"], ROOT, env)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=60)
    ap.add_argument("--pairs", type=int, default=4)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--source", default="text", help="text (the seeds' variants), pdf (the fixtures' renders) or a folder")
    a = ap.parse_args()
    seeds = (RICH if a.source == "text" else generated_pdfs() if a.source == "pdf"
             else sorted(p for p in Path(a.source).iterdir() if p.is_file()))
    if not seeds:
        raise SystemExit("no source files (pdf: run the test suite once to render the fixtures)")
    names = list(SETTINGS)
    sums = {n: {"parent": 0.0, "workers": 0.0} for n in names}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        make_corpus(tmp / "raw", a.docs, seeds)
        print(f"{a.docs} documents ({a.source}), --workers {a.workers}, {a.pairs} pairs; CPU s user+sys")
        for i in range(a.pairs):
            order = names if i % 2 == 0 else names[::-1]
            got = {n: one_run(tmp / "raw", tmp / "out", a.workers, SETTINGS[n]) for n in order}
            for n in order:
                r = got[n]
                sums[n]["parent"] += sum(r["parent"])
                sums[n]["workers"] += sum(r["workers"])
                print(f"  pair {i + 1}, {n:<32} workers {r['workers'][0]:6.2f} + {r['workers'][1]:5.2f}   "
                      f"parent {r['parent'][0]:5.2f} + {r['parent'][1]:5.2f}")
            w = [sum(got[n]["workers"]) for n in names]
            pr = [sum(got[n]["parent"]) for n in names]
            print(f"  pair {i + 1}: purge 0 / 1000 — workers {w[0] / w[1]:.3f}, parent {pr[0] / pr[1]:.3f}")
    a0, a1 = (sums[n] for n in names)
    print(f"on the sums: workers {a0['workers'] / a1['workers']:.3f} ({a0['workers']:.1f} / {a1['workers']:.1f} s), "
          f"parent {a0['parent'] / a1['parent']:.3f} ({a0['parent']:.1f} / {a1['parent']:.1f} s)")


if __name__ == "__main__":
    main()
