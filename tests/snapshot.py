"""A dataset's rows as sorted JSON lines: the proof that a refactoring changed no row.

`python -m tests.snapshot` writes tests/golden/seeds_snapshot.jsonl from a rebuild of
raw/'s seeds plus the seeds rendered as .docx/.pdf (tests/fixtures/build.py); the test
(tests/test_snapshot.py) rebuilds the same inputs and compares row for row.
Columns that change on every run (when, by which version) are left out, and a
doc_id is written as its document's source_path: a render's bytes (so its sha256)
change with every LibreOffice run, its rows do not.
"""
from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden" / "seeds_snapshot.jsonl"
VOLATILE = {"ingested_at", "pipeline_version"}
# where a PDF render's rows sit depends on the renderer's fonts and line breaks (another
# LibreOffice, another page): left out for renders, so the snapshot holds on any machine
GEOMETRY = {"pages", "source_page", "source_bbox", "source_locator", "source_row"}
TABLES = ("documents", "touchpoints", "roadmap", "procedure_items", "review", "labels")


def corpus(folder: Path) -> Path:
    """raw/'s seeds and, where LibreOffice is installed, their .docx/.pdf renders."""
    from tests.fixtures import build

    folder.mkdir(parents=True, exist_ok=True)
    for p in sorted((ROOT / "raw").glob("0*.txt")):
        shutil.copy(p, folder / p.name)
    if build.soffice() is not None:
        for name, path in build.build_seed_files().items():
            if name != "scan.pdf":              # OCR: half a minute, covered by the scan tests
                shutil.copy(path, folder / f"render_{name}")
    return folder


def rebuild(raw: Path, out: Path, root: Path = ROOT) -> None:
    res = subprocess.run([sys.executable, "-m", "pipeline", "rebuild", "--raw", str(raw), "--out", str(out),
                          "--no-cache", "-q", "--workers", "1"], cwd=root, capture_output=True, text=True,
                         env={**__import__("os").environ, "PYTHONPATH": str(root)})
    if res.returncode not in (0, 1):
        raise RuntimeError(res.stderr[-2000:])


def _plain(v):
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    if isinstance(v, list):
        return [_plain(x) for x in v]
    return v


def rows(out: Path) -> list[str]:
    """Every table's rows, one JSON line each ({"table": ..., column: value}), sorted."""
    import pyarrow.parquet as pq

    read = {t: [r for f in sorted((out / t).glob("*.parquet")) for r in pq.ParquetFile(f).read().to_pylist()]
            for t in TABLES}
    path_of = {d["doc_id"]: d["source_path"] for d in read["documents"]}
    lines = []
    for table in TABLES:
        for r in read[table]:
            if "doc_id" in r:
                r["doc_id"] = path_of.get(r["doc_id"], r["doc_id"])
            skip = VOLATILE | (GEOMETRY if str(r.get("doc_id") or r.get("source_path")).endswith(".pdf") else set())
            row = {"table": table, **{k: _plain(v) for k, v in r.items() if k not in skip}}
            lines.append(json.dumps(row, ensure_ascii=False, sort_keys=True))
    return sorted(lines)


if __name__ == "__main__":
    # python -m tests.snapshot [CHECKOUT]: the rows as CHECKOUT's code (default: this one) makes them
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        raw = corpus(Path(tmp) / "raw")
        rebuild(raw, Path(tmp) / "out", Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else ROOT)
        GOLDEN.write_text("\n".join(rows(Path(tmp) / "out")) + "\n", encoding="utf-8")
    print(f"wrote {GOLDEN}")
