"""Scanned orders: how many records OCR recovers, and what OCR costs.

Prints, for the scans made by tests/fixtures/scans.py (seed renders at 200 dpi,
tilted 0.6°, speckled, blurred):
  * seed 000: share of touchpoint rows with the right channel, point type,
    direction and needs, against the records read from the seed's text;
  * seed 001: share of roadmap items with the right deadline;
  * the reader+pipeline CPU time on the 000 scan and on the held-out scan (cold:
    no OCR cache; this process's threads and its children; after the pipeline's
    one-time loading) over the CPU time of bare whole-page `tesseract -l rus`
    (one thread, OMP_THREAD_LIMIT=1, as the reader runs it) on the same page
    images, in the same run; wall times beside;
  * a warm re-run (every page in the OCR cache) against the cold run;
  * a held-out layout (benchmarks/heldout_layout.py, not the seeds') rendered
    and scanned the same way: rows fully right against its Word render.

    nice .venv/bin/python benchmarks/bench_ocr.py
"""
from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

import _ocr_match  # noqa: E402

from parsers.options import ReaderOptions  # noqa: E402
from pipeline.run.process import process_path  # noqa: E402
from tests.fixtures import build, scans  # noqa: E402
from heldout_layout import heldout_document  # noqa: E402


def _timed(fn):
    t = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t


def _cpu() -> float:
    """CPU seconds of this process (all its threads) and of its finished children."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _cpu_timed(fn):
    c = _cpu()
    out, wall = _timed(fn)
    return out, _cpu() - c, wall


def _bare_tesseract(pdf: Path) -> tuple[int, float, float]:
    """(pages, CPU s, wall s) of bare `tesseract -l rus` on each page image of `pdf`
    (rasterised as the reader does; the rasterising is not counted)."""
    with tempfile.TemporaryDirectory(prefix="bench_ocr_bare_") as tmp:
        subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(pdf), f"{tmp}/p"], check=True)
        pages = sorted(Path(tmp).glob("p-*.png"))
        env = dict(os.environ, OMP_THREAD_LIMIT="1")

        def bare():
            for p in pages:
                subprocess.run(["tesseract", str(p), str(p.with_suffix("")), "-l", "rus"],
                               check=True, capture_output=True, env=env)
        _, cpu, wall = _cpu_timed(bare)
    return len(pages), cpu, wall


def _ratio_line(name: str, cpu: float, wall: float, pdf: Path) -> str:
    n, bare_cpu, bare_wall = _bare_tesseract(pdf)
    return (f"{name}, cold: CPU {cpu:.1f} s (wall {wall:.1f} s); bare `tesseract -l rus` on its {n} pages: "
            f"CPU {bare_cpu:.1f} s (wall {bare_wall:.1f} s); CPU ratio {cpu / bare_cpu:.2f} (target <= 1.0)")


def main() -> None:
    files = scans.build_scan_files()
    # the text renders first: the pipeline's one-time loading (imports, vocabularies) is not the scan's cost
    text000, text001 = process_path(build.seed("000")), process_path(build.seed("001"))
    with tempfile.TemporaryDirectory(prefix="bench_ocr_") as tmp:
        cached = ReaderOptions(ocr_cache_dir=tmp)        # the OCR page cache under tmp/ocr
        scan000, cold_cpu, cold = _cpu_timed(lambda: process_path(files["000.scan.pdf"], options=cached))
        again, warm = _timed(lambda: process_path(files["000.scan.pdf"], options=cached))
        same = again.touchpoints == scan000.touchpoints
        # a re-run as a new process: interpreter, imports and models loaded again
        code = ("from parsers.options import ReaderOptions; from pipeline.run.process import process_path; "
                f"process_path({str(files['000.scan.pdf'])!r}, options=ReaderOptions(ocr_cache_dir={tmp!r}))")
        _, warm_proc = _timed(lambda: subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True))
        scan001 = process_path(files["001.scan.pdf"])

    right, total = _ocr_match.touchpoints_right(text000.touchpoints, scan000.touchpoints)
    print(f"seed 000 scan ({scan000.document['pages']} pages): touchpoint rows right "
          f"{right}/{total} = {right / total:.1%} (target >= 90%)")
    right, total = _ocr_match.deadlines_right(text001.roadmap, scan001.roadmap)
    print(f"seed 001 scan ({scan001.document['pages']} pages): roadmap items with the right deadline "
          f"{right}/{total} = {right / total:.1%} (target >= 90%)")

    print(_ratio_line("pipeline on the 000 scan", cold_cpu, cold, files["000.scan.pdf"]))
    print(f"warm re-run (pages in the OCR cache), same process: {warm:.2f} s; speed-up {cold / warm:.1f}x "
          f"(target >= 20); same records: {same}")
    print(f"warm re-run as a new process (interpreter, imports, models included): {warm_proc:.1f} s; "
          f"speed-up {cold / warm_proc:.1f}x")

    with tempfile.TemporaryDirectory(prefix="bench_ocr_heldout_") as tmp:
        tmp = Path(tmp)
        docx = build.write_docx(heldout_document(), tmp / "heldout.docx", col_widths_cm=[1.2, 5, 3, 6, 6, 4.5])
        scan = scans.scan_pdf(build.to_pdf([docx], tmp)[0], tmp / "heldout.scan.pdf")
        want = process_path(docx)
        got, held_cpu, held_wall = _cpu_timed(lambda: process_path(scan))
        held_line = _ratio_line("pipeline on the held-out scan", held_cpu, held_wall, scan)
    codes, total = _ocr_match.touchpoints_right(want.touchpoints, got.touchpoints)
    full, _ = _ocr_match.rows_fully_right(want.touchpoints, got.touchpoints)
    print(f"held-out layout scan: rows with the right codes {codes}/{total} = {codes / total:.0%}; "
          f"fully right (codes and touchpoint/process/interaction texts exact) {full}/{total} = {full / total:.0%}")
    print(held_line)


if __name__ == "__main__":
    main()
