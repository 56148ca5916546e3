"""Build time of `touchpoints report` for the seeds plus their Word/PDF renders.

    python benchmarks/bench_report.py [--repeat 3] [--source DIR]

The dataset is rebuilt once from the seeds in raw/ and, when the test fixtures
were built (tests/.generated/, by a test run or `python -m tests.fixtures.build`),
their .docx/.pdf renders.  Then the report is built `--repeat` times in this
process (build_report) and once through the CLI (imports included, as a user
waits).  Target: under 10 s.
"""
from __future__ import annotations

import argparse
import datetime as dt
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _corpus import ROOT, SEEDS  # noqa: E402

from pipeline.analyst.report import build_report  # noqa: E402

TARGET_S = 10.0


def renders(source: Path | None) -> list[Path]:
    folders = [source] if source else sorted((ROOT / "tests" / ".generated").glob("*/"))
    return sorted(p for f in folders for p in f.glob("0*.*") if p.suffix in (".docx", ".pdf"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--source", type=Path, default=None, help="folder of renders [tests/.generated/*]")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench_report_") as tmp:
        raw, out = Path(tmp) / "raw", Path(tmp) / "output"
        raw.mkdir()
        extra = renders(args.source)
        for p in SEEDS + extra:
            shutil.copy(p, raw / (p.name if p in SEEDS else f"render_{p.parent.name[:8]}_{p.name}"))
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "pipeline", "rebuild", "--raw", raw, "--out", out, "-q",
                        "--workers", "2"], cwd=ROOT, check=False, capture_output=True)
        rebuild_s = time.perf_counter() - t0
        print(f"dataset: {len(SEEDS)} seeds + {len(extra)} Word/PDF renders "
              f"({', '.join(sorted({p.suffix for p in extra})) or 'none found: run the tests first'}); "
              f"rebuild {rebuild_s:.1f} s")
        times = []
        for i in range(args.repeat):
            info = build_report(out, out / "report.html", as_of=dt.date(2024, 6, 1))
            times.append(info["seconds"])
        print(f"build_report (in process, {args.repeat} runs): median {statistics.median(times):.2f} s, "
              f"min {min(times):.2f} s; {info['bytes'] / 1e6:.1f} MB, {len(info['sections'])} sections")
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "pipeline", "report", "--out", out, "-q"], cwd=ROOT, check=True)
        cli_s = time.perf_counter() - t0
        print(f"touchpoints report (CLI, imports included): {cli_s:.2f} s")
        print(f"target < {TARGET_S:.0f} s: CLI at {cli_s / TARGET_S:.0%} of it")


if __name__ == "__main__":
    main()
