"""The layout bed's scan figures for this checkout, on documents a bed run kept.

Generating the bed's scans costs more than reading them (LibreOffice, pdftoppm and
the degrading, minutes per pool set on a busy machine), and the generator is
deterministic, so two versions of the readers are compared on the very same files:
run the bed once with --keep, then this script reads each kept set's scans again
with the code it is run from (`pipeline rebuild --no-cache`, as the bed runs it) and
prints the bed's own summary (benchmarks/layoutbed: score_half, report.summary):
`scan` beside `pdf:scanned` (the kept text PDFs' outputs of the same documents).

    PYTHONPATH=. .venv/bin/python -m benchmarks.layoutbed --pools pools,pools2,pools3 --half tune \\
        --formats pdf,scan --n-docs 8 --n-scan 8 --workers 1 --keep /tmp/bed
    PYTHONPATH=. .venv/bin/python benchmarks/bench_scan_bed.py /tmp/bed --workers 1

Each kept set/half (a folder holding gold.json, pdf/output and scan/raw) gets its
new output in scan/output.<label> (--label, default "again"); the kept outputs stay.
`--score-only --label ''` prints the kept run's own scan figures (the bed's numbers).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.layoutbed import report  # noqa: E402
from benchmarks.layoutbed.__main__ import _pdf_of_scanned, run_program, score_half  # noqa: E402


def halves(keep: Path) -> list[Path]:
    return sorted(p.parent for p in keep.glob("*/*/gold.json") if (p.parent / "scan" / "raw").is_dir())


def rescore(work: Path, label: str, workers: int | None, run: bool = True) -> pd.DataFrame:
    gold = json.loads((work / "gold.json").read_text(encoding="utf-8"))
    out = work / "scan" / (f"output.{label}" if label else "output")
    if run:
        _, seconds = run_program(work / "scan" / "raw", out, workers)
        files = len(list((work / "scan" / "raw").iterdir()))
        print(f"# {work.parent.name}/{work.name} scan: {files} files, program {seconds:.1f} s "
              f"({seconds / max(files, 1):.2f} s a file)")
    frames = []
    for fmt, folder in (("pdf", work / "pdf" / "output"), ("scan", out)):
        recs, failed = score_half(gold, folder)
        frames.append(recs[recs["format"] == fmt])
        for f in failed:
            print(f"#   failed {f}")
    recs = pd.concat(frames, ignore_index=True)
    recs["half"] = f"{work.parent.name}/{work.name}"
    recs = pd.concat([recs, _pdf_of_scanned(recs)], ignore_index=True)
    return recs[recs["format"] != "pdf"]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("keep", type=Path, help="a layout bed's --keep folder (formats pdf,scan)")
    ap.add_argument("--label", default="again", help="names the new outputs: scan/output.LABEL")
    ap.add_argument("--score-only", action="store_true",
                    help="score the outputs already there (--label '' : the bed's own scan/output)")
    ap.add_argument("--workers", type=int, default=None, help="the program's --workers")
    args = ap.parse_args(argv)
    works = halves(args.keep)
    if not works:
        raise SystemExit(f"no kept set with gold.json and scan/raw under {args.keep}")
    recs = pd.concat([rescore(w, args.label, args.workers, not args.score_only) for w in works], ignore_index=True)
    for kind in ("touchpoint_list", "roadmap", "procedure"):
        k = recs[recs["kind"] == kind].dropna(axis=1, how="all")
        if not k.empty:
            print(f"\n## {kind}\n{report.show(report.summary(k, kind))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
