"""`touchpoints export --xlsx` of an N-document dataset, and what order grouping adds to a commit.

    python benchmarks/bench_export.py [--docs 2000] [--same-order]

The dataset is written through Store.put (the rich seeds parsed once, re-homed
under each variant's own doc_id, as bench_ingest.py does).  By default every
variant is its own order (its own number and date), so the workbook holds every row;
with --same-order the variants keep the seed's number and date and fold into two orders.
Prints the export's wall time (a new process, imports included, as a user sees
it), its size, and the time of a commit with nothing new (its derive step, which
regroups every document).  Target: export under 10 s at 2,000 documents.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _corpus import run_cli  # noqa: E402
from bench_ingest import build_big  # noqa: E402

from pipeline.store import Store  # noqa: E402


def own_order(i: int, doc: dict) -> None:
    """Its own number and date: the same rows alone do not fold it into another order."""
    doc.update(order_number=f"{i + 1}-п", order_date=dt.date(2020, 1, 1) + dt.timedelta(days=i))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--same-order", action="store_true")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        out = tmp / "out"
        secs = build_big(tmp / "raw", out, a.docs, None if a.same_order else own_order)
        print(f"building a dataset of {a.docs} documents ... {secs:.1f} s")
        t0 = time.perf_counter()
        Store(out).refresh()
        print(f"a commit with nothing new (regroups {a.docs} documents): {time.perf_counter() - t0:.2f} s")
        dest = tmp / "export.xlsx"
        secs = run_cli("export", "--xlsx", dest, "--out", out)
        import pyarrow.parquet as pq
        tp = sum(pq.ParquetFile(f).metadata.num_rows for f in (out / "touchpoints").glob("*.parquet"))
        from openpyxl import load_workbook          # the test extra: how many rows the workbook holds
        ws = load_workbook(dest, read_only=True)["Точки взаимодействия"]
        print(f"export --xlsx: {secs:.2f} s, {dest.stat().st_size / 1e6:.1f} MB; touchpoint rows: "
              f"{tp} in the dataset, {ws.max_row - 1} in the workbook (target < 10 s)")


if __name__ == "__main__":
    main()
