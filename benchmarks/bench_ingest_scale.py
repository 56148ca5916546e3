"""An ingest into a dataset of N documents against the same ingest into an empty one
(issue 20: within 1.5x at 100,000 documents, under 500 MB).

    nice python benchmarks/bench_ingest_scale.py [--docs 100000] [--ingest 20] [--workers 2]

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
it and into an empty dataset, each with a fresh parse cache: wall and CPU, the
peak RSS of the process tree (and PSS) and of the parent.
"""
from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _corpus import make_corpus  # noqa: E402
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


def _cut(rows: np.ndarray, doc: int) -> np.ndarray:
    return rows[:max(0, len(rows) - doc % 97)]      # 97: prime, so not in step with the bodies


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--ingest", type=int, default=20, help="documents added by the ingest")
    ap.add_argument("--bodies", type=int, default=340)
    ap.add_argument("--workers", type=int, default=2)
    a = ap.parse_args()
    from pipeline.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        seeds_dataset(tmp / "seeds")
        big = tmp / "big"
        t0 = time.perf_counter()
        generate(tmp / "seeds", big, a.docs, a.bodies)
        t1 = time.perf_counter()
        Store(big).init()
        Store(big).refresh()    # what a rebuild's end does: derive, and record the commit's time
        t2 = time.perf_counter()
        print(f"generated {a.docs} documents in {t1 - t0:.1f} s; one derive over them (order groups, review, "
              f"labels, index; cold) {t2 - t1:.1f} s, peak RSS of this process "
              f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB", flush=True)
        new = make_corpus(tmp / "new", a.ingest, start=10_000_000)
        runs = {}
        for label, raw, out in (("big", tmp / "raw_big", big), ("empty", tmp / "raw_empty", tmp / "empty")):
            runs[label] = run("ingest", *new, "--raw", raw, "--out", out, "--workers", a.workers,
                              "--cache-dir", tmp / f"cache_{label}")
        b, e = runs["big"], runs["empty"]
        for label, r in runs.items():
            print(f"ingest of {a.ingest} documents into {a.docs if label == 'big' else 0} documents: "
                  f"{r['wall']:.1f} s wall, {r['cpu']:.1f} s CPU; peak of the tree RSS {r['tree_mb']:.0f} MB, "
                  f"PSS {r['pss_mb']:.0f} MB, parent {r['parent_mb']:.0f} MB", flush=True)
        print(f"ratio big/empty: {b['wall'] / e['wall']:.2f} wall, {b['cpu'] / max(e['cpu'], 1e-9):.2f} CPU")


if __name__ == "__main__":
    main()
