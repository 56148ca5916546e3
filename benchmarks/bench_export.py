"""`touchpoints export --xlsx` of an N-document dataset: per phase, in all, against a baseline.

    python benchmarks/bench_export.py [--docs 2000] [--same-order] [--unique-text]
                                      [--repeat 3] [--baseline DIR]

The dataset is written through Store.put (the rich seeds parsed once, re-homed
under each variant's own doc_id, as bench_ingest.py does).  By default every
variant is its own order (its own number and date), so the workbook holds every
row; with --same-order the variants keep the seed's number and date and fold into
two orders.  The variants repeat their seed's rows word for word, which flatters
shared strings; --unique-text appends the document's number to every phrase it
states in its own words (the `*_raw` fields, processes, activities, deliverables),
as real orders differ.

Prints: the time of a commit with nothing new (its derive step regroups every
document); the export's phases measured in this process (wall and CPU seconds;
imports not included); then `--repeat` runs of the CLI, each a new process with
its imports, as a user sees it: median wall and CPU (user + system, all
threads).  With --baseline DIR (a source tree of an earlier commit, e.g. from
`git worktree add`), its CLI runs alternate with these (the machine may be
shared: alternating spreads the load) and the ratio of medians is printed.
Target: export under 10 s at 2,000 documents.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench_ingest import build_big  # noqa: E402

from pipeline.store import Store  # noqa: E402

_OWN_WORDS = ("process", "activity", "deliverable")      # besides the *_raw fields


def own_order(i: int, doc: dict, rows: dict) -> None:
    """Its own number and date: the same rows alone do not fold it into another order."""
    doc.update(order_number=f"{i + 1}-п", order_date=dt.date(2020, 1, 1) + dt.timedelta(days=i))


def own_words(i: int, doc: dict, rows: dict) -> None:
    """Every phrase of the document's own words made its own (codes stay codes)."""
    for table in ("touchpoints", "roadmap"):
        for row in rows[table]:
            for k, v in row.items():
                if isinstance(v, str) and v and (k.endswith("_raw") or k in _OWN_WORDS):
                    row[k] = f"{v} (документ {i + 1})"


def cli_export(tree: Path, out: Path, dest: Path) -> tuple[float, float]:
    """(wall, CPU) seconds of `python -m pipeline export` run from source tree `tree`."""
    env = dict(os.environ, PYTHONPATH=str(tree))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    res = subprocess.run([sys.executable, "-m", "pipeline", "export", "--xlsx", str(dest), "--out", str(out),
                          "--force", "-q"], cwd=tree, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if res.returncode != 0:
        raise SystemExit(f"export from {tree} exited {res.returncode}:\n{res.stderr[-2000:]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def phases(out: Path, dest: Path) -> None:
    from pipeline.analyst.export_xlsx import Phases, export_xlsx

    spent = Phases()
    export_xlsx(out, dest, force=True, phases=spent)
    print("phases (in process, imports excluded):      wall      CPU")
    for name, (wall, cpu) in sorted(spent.items(), key=lambda kv: kv[0].startswith("zip")):   # zip last
        print(f"  {name:40s} {wall:6.2f} s {cpu:6.2f} s")
    print(f"  {'total':40s} {sum(w for w, _ in spent.values()):6.2f} s "
          f"{sum(c for _, c in spent.values()):6.2f} s")


def runs(out: Path, dest: Path, repeat: int, baseline: Path | None) -> None:
    trees = {"this tree": ROOT} | ({"baseline": baseline.resolve()} if baseline else {})
    got: dict[str, list[tuple[float, float]]] = {k: [] for k in trees}
    for _ in range(repeat):
        for name, tree in trees.items():
            got[name].append(cli_export(tree, out, dest))
    med = {}
    for name, pairs in got.items():
        med[name] = [statistics.median(x) for x in zip(*pairs)]
        print(f"CLI export, {name:9s}: median wall {med[name][0]:6.2f} s, CPU {med[name][1]:6.2f} s  (runs: "
              + ", ".join(f"{w:.1f}/{c:.1f}" for w, c in pairs) + " wall/CPU)")
    if baseline:
        (w0, c0), (w1, c1) = med["baseline"], med["this tree"]
        print(f"baseline / this tree: wall {w0 / w1:.2f}x, CPU {c0 / c1:.2f}x")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--same-order", action="store_true")
    ap.add_argument("--unique-text", action="store_true")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--baseline", type=Path, help="source tree of an earlier commit to compare with")
    a = ap.parse_args()
    edits = ([] if a.same_order else [own_order]) + ([own_words] if a.unique_text else [])

    def edit(i, doc, rows):
        for f in edits:
            f(i, doc, rows)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        out = tmp / "out"
        secs = build_big(tmp / "raw", out, a.docs, edit)
        print(f"building a dataset of {a.docs} documents ... {secs:.1f} s")
        t0 = time.perf_counter()
        Store(out).refresh()
        print(f"a commit with nothing new (regroups {a.docs} documents): {time.perf_counter() - t0:.2f} s")
        dest = tmp / "export.xlsx"
        phases(out, dest)
        runs(out, dest, a.repeat, a.baseline)
        import pyarrow.parquet as pq
        tp = sum(pq.ParquetFile(f).metadata.num_rows for f in (out / "touchpoints").glob("*.parquet"))
        from openpyxl import load_workbook          # the test extra: how many rows the workbook holds
        cli_export(ROOT, out, dest)
        ws = load_workbook(dest, read_only=True)["Точки взаимодействия"]
        print(f"workbook (this tree): {dest.stat().st_size / 1e6:.1f} MB; touchpoint rows: {tp} in the dataset, "
              f"{ws.max_row - 1} in the workbook (target < 10 s)")


if __name__ == "__main__":
    main()
