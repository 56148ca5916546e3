"""PDF speed: our reader (and the full pipeline) against pdfplumber's
bare `page.extract_tables()` over the same corpus, in the same run.

    python3 benchmarks/bench_pdf.py [--files 40] [--rounds 3] [--no-pipeline]

The corpus (>= 40 multi-page PDFs) is built once with LibreOffice into
tests/.generated/bench-<hash>/: six distinct documents made from seeds 000 and
001 (rows repeated, reversed, interleaved), copied up to the count.
Times are CPU seconds (`time.process_time`), bare and ours alternated, medians.
Prints figures only; nothing here asserts a timing.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from parsers.document import Table  # noqa: E402
from parsers.formats.text import read as read_text  # noqa: E402
from tests.fixtures import build  # noqa: E402


def _variants():
    """Six documents: the two seeds, and their tables' rows repeated / reversed / interleaved."""
    docs = {k: read_text(build.seed(k)) for k in ("000", "001")}
    out = {f"{k}_plain": d for k, d in docs.items()}
    for k, d in docs.items():
        for name, fn in (("double", lambda rows: rows + rows[2:]),
                         ("reversed", lambda rows: rows[:2] + rows[2:][::-1]),
                         ):
            copy = read_text(build.seed(k))
            for t in copy.tables():
                if isinstance(t, Table) and len(t.rows) > 10:
                    t.rows = fn(t.rows)
            out[f"{k}_{name}"] = copy
    return dict(list(out.items())[:6])


def corpus(n: int) -> list[Path]:
    root = build.cache_dir(*(build.seed(k) for k in ("000", "001")), Path(__file__), tag="bench")
    root = root.with_name("bench-" + root.name)
    if not (root / ".done").exists():
        build.CACHE.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix="bench_", dir=build.CACHE))
        docx = [build.write_docx(d, tmp / f"{name}.docx") for name, d in _variants().items()]
        build.to_pdf(docx, tmp)                       # one LibreOffice run for all
        for f in docx:
            f.unlink()
        shutil.rmtree(root, ignore_errors=True)
        os.replace(tmp, root)
        (root / ".done").touch()
    base = sorted(root.glob("*.pdf"))
    files = []
    for i in range(n):                                # copies are fine for the count
        src = base[i % len(base)]
        dst = root / "copies" / f"{i:03d}_{src.name}"
        if not dst.exists():
            dst.parent.mkdir(exist_ok=True)
            shutil.copyfile(src, dst)
        files.append(dst)
    return files


def bare_extract_tables(files):
    import pdfplumber
    for f in files:
        with pdfplumber.open(f) as pdf:
            for page in pdf.pages:
                page.extract_tables()


def our_reader(files):
    from parsers.formats import pdf
    for f in files:
        pdf.read(f)


def full_pipeline(files):
    from pipeline.run.process import process_path
    for f in files:
        process_path(f)


def timed(fn, files) -> float:
    """CPU seconds of this process (user + sys): other work on a shared machine adds
    little to them, unlike wall-clock time."""
    t = time.process_time()
    fn(files)
    return time.process_time() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--files", type=int, default=40)
    ap.add_argument("--rounds", type=int, default=3, help="bare and ours alternated this many times")
    ap.add_argument("--no-pipeline", action="store_true", help="skip the full pipeline's figure")
    args = ap.parse_args()
    files = corpus(args.files)
    import pdfplumber
    pages = 0
    for f in files:
        with pdfplumber.open(f) as pdf:
            pages += len(pdf.pages)
    print(f"corpus: {len(files)} PDFs, {pages} pages", file=sys.stderr)
    our_reader(files[:1])                             # warm-up: morphology dictionary load
    base, ours = [], []
    for _ in range(args.rounds):                      # alternated: a slow spell hits both
        base.append(timed(bare_extract_tables, files))
        ours.append(timed(our_reader, files))
    b, o = statistics.median(base), statistics.median(ours)
    print(f"CPU seconds, median of {args.rounds} alternated rounds")
    print(f"pdfplumber extract_tables(): {b:7.2f} s")
    print(f"parsers.formats.pdf.read:    {o:7.2f} s   ratio {o / b:.2f}  "
          f"(rounds: {', '.join(f'{x / y:.2f}' for x, y in zip(ours, base))})")
    if args.no_pipeline:
        return
    full = timed(full_pipeline, files)
    print(f"full pipeline:               {full:7.2f} s   ratio {full / b:.2f}")


if __name__ == "__main__":
    main()
