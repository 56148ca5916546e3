"""An ingest into a dataset of N documents against the same ingest into an empty one
(issue 20: within 1.5x at 100,000 documents, under 500 MB).

    nice python benchmarks/bench_ingest_scale.py [--docs 100000] [--ingest 20] [--workers 2]
        [--data DIR | --dataset DIR] [--baseline CHECKOUT] [--repeat N] [--group K [--change WHAT...]]

The big dataset is generated, not parsed (a 100,000-document rebuild is ~70
CPU-minutes), but in the store's own layout: segments of MAX_FOLD_DOCS documents
(what a rebuild's folds leave), each a file per table and its hidden review rows
(.review/), row groups of ROW_GROUP rows; every document copies a seed's rows
under its own doc_id, path, order number and body (bench_report_scale.py), less
some of its rows (doc % 97 of each table), so that documents have distinct rows as
distinct texts do — copies with the same rows in one body are one order
(order grouping's same-rows rule), which would make the dataset a few large
groups of duplicates.  Then
the store derives what a commit derives — order groups, review/, labels/, the
index — once, as a rebuild's last commit (timed: what one commit over N documents
costs from a cold index; its time is recorded, as any commit's, for the next
ingest's first commit interval),
and `--ingest` new files (distinct seeds' variants) are ingested by the CLI into
a fresh copy of it and into an empty dataset, each with a fresh raw folder and
parse cache: wall and CPU, the peak RSS of the process tree (and PSS: the whole
tree's, and its zygote's and workers' alone) and of the parent.  `--data DIR` keeps the generated dataset (reused by the next run),
`--dataset DIR` ingests into a copy of an existing one instead (a rebuild's:
`bench_rebuild_scale.py --keep`), `--baseline CHECKOUT` times another checkout
(e.g. a `git worktree` of main) on the same data in the same run, `--repeat N`
runs N rounds (every checkout, big then empty); each checkout derives its copy once,
untimed, before its ingest (its own order state: the state is stamped with the code).  `--group K` adds to the generated
dataset K copies of the first ingested file (its parse, under K doc_ids and paths
that rank before it): one duplicate group of K documents that the ingest joins.
`--change remove remove-best reparse` (with `--group K`) times, instead of the ingest,
one commit that changes that group: `touchpoints remove` of a member (copy K/2), of
its best file (copy 0), or one member (copy K/3) committed again under its doc_id
with the rows it has (a re-parse with the same result, as the workbench's re-read
commits one): the process's wall and CPU, the commit's own CPU (Store.flush), and
its order grouping's (derived.regroup: CPU, wall, Arrow peak), and the peaks, per checkout on the same data.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _corpus import ROOT, make_corpus  # noqa: E402
from bench_rebuild_scale import run  # noqa: E402
from bench_report_scale import _rows_by_seed, _vary, seeds_dataset  # noqa: E402

from pipeline.store.compaction import MAX_FOLD_DOCS  # noqa: E402
from pipeline.store.segments import write_parquet  # noqa: E402

TABLES = ("documents", "touchpoints", "roadmap", "procedure_items", ".review")
_COUNTS = {"touchpoints": "n_touchpoints", "roadmap": "n_roadmap_items", "procedure_items": "n_procedure_items"}


def generate(seeds: Path, out: Path, n: int, bodies: int) -> None:
    """`n` documents copied from the seeds' dataset into segments of MAX_FOLD_DOCS."""
    tables = {t: pq.read_table(seeds / t) for t in TABLES}
    seed_ids = tables["documents"].column("doc_id").to_pylist()
    (out / ".touchpoints-dataset").parent.mkdir(parents=True, exist_ok=True)
    (out / ".touchpoints-dataset").write_bytes((seeds / ".touchpoints-dataset").read_bytes())
    rows_of = {name: _rows_by_seed(table, seed_ids) for name, table in tables.items()}
    for start in range(0, n, MAX_FOLD_DOCS):
        docs = np.arange(start, min(n, start + MAX_FOLD_DOCS))
        # distinct documents have distinct rows: each keeps all but (doc % 97) of its seed's
        # rows of each table, so few documents of a region share them by chance
        per = {name: [(_cut(rows_of[name][i % len(seed_ids)], i) if name in _COUNTS else rows_of[name][i % len(seed_ids)])
                      for i in docs] for name in TABLES}
        for name in TABLES:
            counts = np.array([len(r) for r in per[name]])
            if counts.sum():
                rows = _vary(name, tables[name].take(pa.array(np.concatenate(per[name]), pa.int64())),
                             np.repeat(docs, counts), bodies)
                for table, col in _COUNTS.items() if name == "documents" else ():
                    rows = rows.set_column(rows.schema.get_field_index(col), col,
                                           pa.array([len(k) for k in per[table]], pa.int64()))
                write_parquet(rows, out / name / f"part-gen{start:010d}.parquet")


def copies(source: Path, tmp: Path, out: Path, k: int) -> None:
    """`k` copies of `source`'s parse (ingested alone into `tmp`) written into `out` as one
    segment: doc_ids of their own, paths copies/NNNNNN.txt (ranked before the ingest's)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    subprocess.run([sys.executable, "-m", "pipeline", "ingest", str(source), "--raw", str(tmp / "raw"),
                    "--out", str(tmp / "out"), "--workers", "1", "-q"], env=env, check=True, capture_output=True)
    ids = [hashlib.sha256(f"copy {j}".encode()).hexdigest() for j in range(k)]
    for name in TABLES:
        t = pq.read_table(tmp / "out" / name)
        if not len(t):
            continue
        t = t.take(pa.array(np.tile(np.arange(len(t)), k), pa.int64()))
        t = _put(t, "doc_id", np.repeat(ids, len(t) // k))
        if name == "documents":
            t = _put(t, "source_path", [f"copies/{j:06d}.txt" for j in range(k)])
        write_parquet(t, out / name / "part-group.parquet")


def _put(t: pa.Table, col: str, values) -> pa.Table:
    k = t.schema.get_field_index(col)
    return t.set_column(k, t.schema.field(k), pa.array(list(values), t.schema.field(k).type))


# a change to the group, timed: the CLI's `remove`, or a member's own rows committed again
# (a re-parse: its journal names it); the commits' CPU and wall are counted in Store.flush
_CHANGE = """
import atexit, json, sys, time
from pipeline.store import dataset, derived
spent = {}
def timed(name, real):
    def wrapped(*a, **k):
        c, w = time.process_time(), time.perf_counter()
        try:
            return real(*a, **k)
        finally:
            spent[name + "_cpu"] = spent.get(name + "_cpu", 0) + time.process_time() - c
            spent[name + "_wall"] = spent.get(name + "_wall", 0) + time.perf_counter() - w
    return wrapped
dataset.Store.flush = timed("commit", dataset.Store.flush)
def arrow_peak(real):                 # the regroup's Arrow peak above what it started with
    def wrapped(*a, **k):
        import threading
        import pyarrow as pa
        base = pa.total_allocated_bytes(); top = [base]; done = []
        def watch():
            while not done:
                top[0] = max(top[0], pa.total_allocated_bytes()); time.sleep(0.002)
        t = threading.Thread(target=watch); t.start()
        try:
            return real(*a, **k)
        finally:
            done.append(1); t.join()
            spent["regroup_arrow_mb"] = max(spent.get("regroup_arrow_mb", 0), (top[0] - base) / 2**20)
    return wrapped
derived.regroup = timed("regroup", arrow_peak(derived.regroup))
atexit.register(lambda: open(sys.argv[1], "w").write(json.dumps(spent)))
what, out, path = sys.argv[2:5]
if what == "reparse":
    import glob, resource
    import pyarrow as pa, pyarrow.compute as pc
    from pipeline.contract import DocResult, read_file
    from pipeline.store.segments import read_docs
    def rows(folder, schema, doc_id):       # only the row groups holding it (a segment holds millions)
        return [r for f in sorted(glob.glob(f"{out}/{folder}/*.parquet"))
                for r in read_docs(f, schema, pa.array([doc_id])).to_pylist()]
    doc = next(d for f in sorted(glob.glob(f"{out}/documents/*.parquet")) for t in [read_file(f)]
               for d in t.filter(pc.equal(t.column("source_path"), path)).to_pylist())
    tables = {t: rows(t, t, doc["doc_id"]) for t in ("touchpoints", "roadmap", "procedure_items")}
    result = DocResult(document=doc, review=rows(".review", "review", doc["doc_id"]), **tables)
    # its RSS now (ru_maxrss would be the forking bench's: Linux keeps it across exec)
    spent["rss_before_commit_mb"] = int(open("/proc/self/statm").read().split()[1]) * resource.getpagesize() / 2**20
    dataset.Store(out).commit([result])
else:
    from pipeline.cli import main
    sys.exit(main(["remove", path, "--raw", sys.argv[5], "--out", out, "--yes"]))
"""
CHANGES = {"remove": lambda k: k // 2, "remove-best": lambda k: 0, "reparse": lambda k: k // 3}


def _change(what: str, k: int, big: Path, tmp: Path, root: Path) -> dict:
    """One change of the group (CHANGES) by the checkout at `root`, in a fresh copy of `big`."""
    out = _copy(big, tmp, root)
    try:
        raw = tmp / "work" / "raw"
        raw.mkdir(parents=True, exist_ok=True)
        return run("remove" if what.startswith("remove") else "reparse", out, f"copies/{CHANGES[what](k):06d}.txt",
                   raw, root=root, child=_CHANGE, tail=())
    finally:
        shutil.rmtree(tmp / "work", ignore_errors=True)


def _cut(rows: np.ndarray, doc: int) -> np.ndarray:
    return rows[:max(0, len(rows) - doc % 97)]      # 97: prime, so not in step with the bodies


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--ingest", type=int, default=20, help="documents added by the ingest")
    ap.add_argument("--bodies", type=int, default=340)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--data", type=Path, help="keep the generated dataset here (generated once, then reused)")
    ap.add_argument("--dataset", type=Path, help="ingest into (a copy of) this dataset instead, e.g. a rebuild's "
                                                 "(bench_rebuild_scale.py --keep)")
    ap.add_argument("--baseline", type=Path, help="another checkout, timed on the same data in the same run")
    ap.add_argument("--repeat", type=int, default=1, help="rounds (each: every checkout, big then empty)")
    ap.add_argument("--group", type=int, default=0, help="copies of the first ingested file in the generated "
                                                         "dataset (one duplicate group the ingest joins)")
    ap.add_argument("--change", nargs="+", choices=sorted(CHANGES), help="time these changes of the --group "
                    "(a member removed, the best file removed, a member parsed again) instead of the ingest")
    a = ap.parse_args()
    if a.change and not a.group:
        ap.error("--change needs --group K")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        new = make_corpus(tmp / "new", a.ingest, start=10_000_000)
        big = a.dataset or _generated(a, tmp, new[0])
        checkouts = [("this", ROOT)] + ([("baseline", a.baseline.resolve())] if a.baseline else [])
        for round_ in range(a.repeat):
            for name, root in checkouts:
                for what in a.change or ():
                    r = _change(what, a.group, big, tmp, root)
                    c = r["counts"]
                    print(f"{name} (round {round_ + 1}): {what} in a group of {a.group} ({_count(big)} documents): "
                          f"commit {c.get('commit_cpu', 0):.2f} s CPU, {c.get('commit_wall', 0):.2f} s wall "
                          f"(its order grouping {c.get('regroup_cpu', 0):.2f} s CPU, {c.get('regroup_wall', 0):.2f} s, "
                          f"Arrow +{c.get('regroup_arrow_mb', 0):.1f} MB); "
                          f"process {r['wall']:.1f} s wall, {r['cpu']:.1f} s CPU; peak parent {r['parent_mb']:.0f} "
                          f"MB, tree PSS {r['pss_mb']:.0f} MB"
                          + (f" (its RSS before the commit {c['rss_before_commit_mb']:.0f} MB)"
                             if "rss_before_commit_mb" in c else "")
                          + f"; load average {os.getloadavg()[0]:.1f}", flush=True)
                if a.change:
                    continue
                runs = {label: _ingest(new, big if label == "big" else None, tmp, a.workers, root)
                        for label in ("big", "empty")}
                b, e = runs["big"], runs["empty"]
                for label, r in runs.items():
                    print(f"{name} (round {round_ + 1}): ingest of {a.ingest} documents into "
                          f"{_count(big) if label == 'big' else 0} documents: "
                          f"{r['wall']:.1f} s wall, {r['cpu']:.1f} s CPU; peak of the tree RSS {r['tree_mb']:.0f} MB, "
                          f"PSS {r['pss_mb']:.0f} MB (its zygote and workers {r['children_pss_mb']:.0f}), "
                          f"parent {r['parent_mb']:.0f} MB", flush=True)
                print(f"{name} (round {round_ + 1}): ratio big/empty: {b['wall'] / e['wall']:.2f} wall, "
                      f"{b['cpu'] / max(e['cpu'], 1e-9):.2f} CPU; load average {os.getloadavg()[0]:.1f}", flush=True)


def _generated(a, tmp: Path, first: Path) -> Path:
    """The generated dataset of --docs documents (in --data when given: reused if there)."""
    from pipeline.store import Store

    big = (a.data / (f"gen{a.docs}" + (f"g{a.group}" if a.group else ""))) if a.data else tmp / "big"
    if (big / "documents").is_dir():
        return big
    seeds_dataset(tmp / "seeds")
    t0 = time.perf_counter()
    generate(tmp / "seeds", big, a.docs, a.bodies)
    if a.group:
        copies(first, tmp / "one", big, a.group)
    t1 = time.perf_counter()
    Store(big).init()
    Store(big).refresh()    # what a rebuild's end does: derive, and record the commit's time
    t2 = time.perf_counter()
    print(f"generated {a.docs} SYNTHETIC documents in {t1 - t0:.1f} s; one derive over them (order groups, review, "
          f"labels, index; cold) {t2 - t1:.1f} s, peak RSS of this process "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB", flush=True)
    return big


def _ingest(new: list[Path], big: Path | None, tmp: Path, workers: int, root: Path) -> dict:
    """One ingest by the checkout at `root` into a fresh copy of `big` (None: an empty
    dataset), a fresh raw folder and parse cache: every run starts from the same state."""
    work = tmp / "work"
    out = _copy(big, tmp, root) if big is not None else work / "out"
    try:
        return run("ingest", *new, "--raw", work / "raw", "--out", out, "--workers", workers,
                   "--cache-dir", work / "cache", root=root)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _copy(big: Path, tmp: Path, root: Path) -> Path:
    """A fresh copy of `big` in tmp/work/out, derived (untimed) by the checkout at `root`."""
    work = tmp / "work"
    shutil.rmtree(work, ignore_errors=True)
    out = work / "out"
    shutil.copytree(big, out, symlinks=True)
    # the order state is stamped with the grouping code: another checkout's would be
    # regrouped whole by the timed command's first commit, so this one derives it first
    subprocess.run([sys.executable, "-c", "import sys; from pipeline.store import Store; Store(sys.argv[1]).refresh()",
                    str(out)], env=dict(os.environ, PYTHONPATH=str(root)), cwd=root, check=True)
    return out


def _count(out: Path) -> int:
    return sum(pq.ParquetFile(f).metadata.num_rows for f in (out / "documents").glob("*.parquet")
               if f.name != "empty.parquet")


if __name__ == "__main__":
    main()
