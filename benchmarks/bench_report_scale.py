"""Size of `touchpoints report` and Chromium's time to screenshot it, on generated
datasets of N documents (issue 20: under 10 MB and 5 s at 100,000 documents).

    python benchmarks/bench_report_scale.py [--docs 2000 20000] [--bodies 340] [--baseline DIR]

The dataset is generated, not parsed: the seeds in raw/ are rebuilt once, then
each generated document copies one seed's rows (Arrow to Arrow) under its own
doc_id, file name, order number (every document a distinct order, so each is
counted), one of `--bodies` bodies (authority × region) and deadlines shifted
by up to a year.  Parsing 100,000 files would measure the parser, not the
report.  --baseline names another checkout (e.g. an export of the branch
before this change) whose report is built on the same datasets in the same run.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _corpus import ROOT  # noqa: E402

AS_OF = "2025-06-01"
SEGMENT = 5000
_REPORT = """
import datetime as dt, resource, sys, time
from pipeline.analyst.report import build_report
t0 = time.perf_counter()
r = build_report(sys.argv[1], sys.argv[2], as_of=dt.date.fromisoformat(sys.argv[3]))
print(r["bytes"], time.perf_counter() - t0, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def seeds_dataset(out: Path) -> None:
    """The dataset of the seeds in raw/, which `generate` copies rows from."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    subprocess.run([sys.executable, "-m", "pipeline", "rebuild", "--raw", str(ROOT / "raw"), "--out", str(out), "-q"],
                   env=env, check=True, capture_output=True)


def generate(seeds: Path, out: Path, n: int, bodies: int) -> None:
    """`n` documents copied from the seeds' dataset, written as segments of SEGMENT.
    Vectorised (one `take` per table and segment, columns built whole), so 100,000
    documents take seconds, not the hours of one filter per document."""
    tables = {t: pq.read_table(seeds / t) for t in ("documents", "touchpoints", "roadmap", "procedure_items")}
    seed_ids = tables["documents"].column("doc_id").to_pylist()
    for t in ("labels", "review"):
        shutil.copytree(seeds / t, out / t)
    shutil.copy(seeds / ".touchpoints-dataset", out / ".touchpoints-dataset")
    rows_of = {name: _rows_by_seed(table, seed_ids) for name, table in tables.items()}
    for start in range(0, n, SEGMENT):
        docs = np.arange(start, min(n, start + SEGMENT))
        for name, table in tables.items():
            per_doc = [rows_of[name][i % len(seed_ids)] for i in docs]
            counts = np.array([len(r) for r in per_doc])
            if not counts.sum():
                continue
            rows = table.take(pa.array(np.concatenate(per_doc), pa.int64()))
            rows = _vary(name, rows, np.repeat(docs, counts), bodies)
            folder = out / name
            folder.mkdir(parents=True, exist_ok=True)
            pq.write_table(rows, folder / f"part-{start:08d}.parquet", compression="zstd")


def _rows_by_seed(table: pa.Table, seed_ids: list[str]) -> list[np.ndarray]:
    ids = np.array(table.column("doc_id").to_pylist(), dtype=object)
    return [np.flatnonzero(ids == s) for s in seed_ids]


def _vary(name: str, rows: pa.Table, doc: np.ndarray, bodies: int) -> pa.Table:
    """Each row made the generated document `doc[row]`'s: its id, and for documents its
    file, order number and body; for roadmap rows the deadline moved by doc % 365 days."""
    def put(t: pa.Table, col: str, values) -> pa.Table:
        k = t.schema.get_field_index(col)
        return t.set_column(k, t.schema.field(k), pa.array(values, t.schema.field(k).type))

    rows = put(rows, "doc_id", [hashlib.sha256(str(i).encode()).hexdigest() for i in doc])
    if name == "documents":
        body = doc % bodies
        rows = put(rows, "source_path", [f"gen/{i:06d}.txt" for i in doc])
        rows = put(rows, "order_number", [f"{i}-G" for i in doc])
        rows = put(rows, "region_code", [f"RU-G{b % 85:02d}" for b in body])
        rows = put(rows, "region", [f"Регион {b % 85}" for b in body])
        rows = put(rows, "authority", [f"Министерство № {b // 85} региона {b % 85}" for b in body])
    elif name == "roadmap":
        days = pc.add(rows.column("deadline").cast(pa.int32()), pa.array(doc % 365, pa.int32()))
        rows = put(rows, "deadline", days.cast(pa.date32()))
    return rows


def chromium_seconds(html: Path, tmp: Path) -> float:
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if not exe:
        return float("nan")
    t0 = time.perf_counter()
    subprocess.run([exe, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    f"--user-data-dir={tmp / 'profile'}", "--window-size=1400,2400",
                    f"--screenshot={tmp / 'shot.png'}", html.as_uri()],
                   capture_output=True, timeout=600)
    return time.perf_counter() - t0


def report(checkout: Path, out: Path, dest: Path) -> tuple[int, float, float]:
    """(bytes, seconds, peak MB) of one build in its own process: the peak is that
    process's own, not the largest of every child so far (Chromium's included)."""
    env = dict(os.environ, PYTHONPATH=str(checkout))
    res = subprocess.run([sys.executable, "-c", _REPORT, str(out), str(dest), AS_OF], env=env, cwd=checkout,
                         capture_output=True, text=True, check=True)
    size, secs, peak = res.stdout.splitlines()[-1].split()
    return int(size), float(secs), float(peak)


def generated_runs(tmp: Path, docs: list[int], bodies: int, baseline: Path | None):
    """(label, n, generated dataset, checkout) for each size and each checkout to compare
    (this one, and `baseline` when given): the loop both scale benchmarks share."""
    seeds_dataset(tmp / "seeds")
    for n in docs:
        out = tmp / f"gen{n}"
        generate(tmp / "seeds", out, n, bodies)
        for name, checkout in (("this", ROOT), ("baseline", baseline)):
            if checkout is not None:
                yield name, n, out, checkout
        shutil.rmtree(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, nargs="+", default=[2000])
    ap.add_argument("--bodies", type=int, default=340)
    ap.add_argument("--baseline", type=Path, default=None)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for name, n, out, checkout in generated_runs(tmp, a.docs, a.bodies, a.baseline):
            if name == "this" and not (tmp / "seeds.html").exists():
                # chromium's own cost on this machine, in the same run: the seeds' 5-document report
                size, secs, _ = report(ROOT, tmp / "seeds", tmp / "seeds.html")
                print(f"{'seeds':8} {5:7d} documents: report {size / 1e6:7.2f} MB, built in {secs:6.1f} s, "
                      f"chromium screenshot {chromium_seconds(tmp / 'seeds.html', tmp):6.1f} s", flush=True)
            dest = tmp / f"{name}{n}.html"
            t0 = time.perf_counter()
            size, secs, peak = report(checkout, out, dest)
            shot = chromium_seconds(dest, tmp)
            print(f"{name:8} {n:7d} documents: report {size / 1e6:7.2f} MB, built in {secs:6.1f} s "
                  f"({time.perf_counter() - t0:.1f} s with its start, peak {peak:.0f} MB), "
                  f"chromium screenshot {shot:6.1f} s", flush=True)
            dest.unlink()


if __name__ == "__main__":
    main()
