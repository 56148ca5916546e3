"""Ingest of one new document into a dataset of N documents vs into an empty one.

    python benchmarks/bench_ingest.py [--docs 1000] [--repeat 3]

The N-document dataset is written directly through Store.put (one parsed seed
re-homed under each variant's own doc_id): building it by parsing would take
minutes and measure nothing of interest.  Target: ratio <= 1.2.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _corpus import RICH, make_corpus, run_cli, variant  # noqa: E402

from pipeline.run.process import file_hash, process_path  # noqa: E402
from pipeline.store import Store  # noqa: E402


def build_big(raw: Path, out: Path, n: int, edit=None) -> float:
    """N documents through Store.put; `edit(i, document, rows)` may change the i-th document's
    fields and its rows ({table: [row, ...]})."""
    t0 = time.perf_counter()
    parsed = {s.name: process_path(s, s.parent) for s in RICH}
    store = Store(out)
    with store.lock():
        store.init()
        for i, p in enumerate(make_corpus(raw, n)):
            base = parsed[p.name.split("_", 1)[1]]
            doc_id = file_hash(p)
            doc = dict(base.document, doc_id=doc_id, source_path=p.name)
            rows = {t: [dict(r, doc_id=doc_id) for r in getattr(base, t)]
                    for t in ("touchpoints", "roadmap", "procedure_items", "review")}
            if edit is not None:
                edit(i, doc, rows)
            store.put(replace(base, document=doc, **rows))
        store.refresh()
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        raw, big = tmp / "raw", tmp / "big"
        print(f"building a dataset of {a.docs} documents ... {build_big(raw, big, a.docs):.1f} s")
        run_cli("ingest", variant(RICH[0], tmp / "warm" / "w.txt", -1), "--raw", tmp / "warm_raw",
                "--out", tmp / "warm_out", "--no-cache")                                   # warm the OS caches
        into_big, into_empty = [], []
        for k in range(a.repeat):
            new = variant(RICH[0], tmp / "new" / f"new{k}.txt", 10_000_000 + k)
            into_empty.append(run_cli("ingest", new, "--raw", raw, "--out", tmp / f"empty{k}", "--no-cache"))
            into_big.append(run_cli("ingest", new, "--raw", raw, "--out", big, "--no-cache"))
        e, b = statistics.median(into_empty), statistics.median(into_big)
        print(f"ingest 1 new document into an empty dataset:      {e:6.2f} s  (runs: "
              + ", ".join(f"{x:.2f}" for x in into_empty) + ")")
        print(f"ingest 1 new document into {a.docs:>5} documents:        {b:6.2f} s  (runs: "
              + ", ".join(f"{x:.2f}" for x in into_big) + ")")
        print(f"ratio: {b / e:.2f}x  (target <= 1.2x)")


if __name__ == "__main__":
    main()
