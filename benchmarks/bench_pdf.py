"""PDF speed: our reader (and the full pipeline) against pdfplumber's
bare `page.extract_tables()` over the same corpus, in the same run.

    python3 benchmarks/bench_pdf.py [--files 40] [--rounds 3] [--no-pipeline]
    python3 benchmarks/bench_pdf.py --baseline /path/to/main-tree [--pdfs DIR] [--floor]

The corpus (>= 40 multi-page PDFs) is built once with LibreOffice into
tests/.generated/bench-<hash>/: six distinct documents made from seeds 000 and
001 (rows repeated, reversed, interleaved), copied up to the count; `--pdfs DIR`
reads the PDFs of DIR instead (e.g. `render_matrix.py --keep DIR`'s renderings).
Times are CPU seconds (`time.process_time`), bare and ours alternated, medians.
`--baseline TREE` also reads the corpus with the reader of another checkout (a
worktree or `git archive` of main): each reader runs in a fresh process of its own
tree, alternated with the others, and the ratio ours/baseline is printed with
whether both gave the same documents (`repr` of each `Document`, byte for byte).
`--floor` adds pdfplumber's parsing alone (each page's objects, nothing found in
them): what any reader on pdfplumber pays, so what is ours is the rest.
Prints figures only; nothing here asserts a timing.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
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


def parse_only(files):
    """pdfplumber's parsing of every page (its objects), pages closed, the collector paused
    as our reader pauses it: the floor under any reader built on pdfplumber."""
    import gc
    import pdfplumber
    for f in files:
        with pdfplumber.open(f) as pdf:
            for page in pdf.pages:
                gc.disable()
                try:
                    page.objects
                finally:
                    gc.enable()
                page.close()


# run in a fresh interpreter of a tree (`--baseline`): CPU of the reads, and each document's digest
_TREE_READER = """
import hashlib, json, sys, time
from parsers.formats import pdf
files = json.loads(sys.stdin.read())
pdf.read(files[0])
t = time.process_time()
docs = [pdf.read(f) for f in files]
cpu = time.process_time() - t
print(json.dumps({"cpu": cpu, "digests": [hashlib.sha256(repr(d).encode()).hexdigest() for d in docs]}))
"""


def tree_reader(tree: Path, files) -> dict:
    """`parsers.formats.pdf.read` of checkout `tree` over `files`, in a process of its own."""
    env = dict(os.environ, PYTHONPATH=str(tree))
    out = subprocess.run([sys.executable, "-c", _TREE_READER], cwd=tree, env=env, check=True,
                         input=json.dumps([str(f) for f in files]), capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


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
    ap.add_argument("--baseline", type=Path, help="another checkout (e.g. of main): its reader against ours, "
                    "each in a process of its own tree, and whether both read the same documents")
    ap.add_argument("--pdfs", type=Path, help="read the PDFs of this folder instead of the generated corpus")
    ap.add_argument("--floor", action="store_true", help="add pdfplumber's parsing alone (no table finding)")
    args = ap.parse_args()
    files = sorted(args.pdfs.glob("*.pdf")) if args.pdfs else corpus(args.files)
    if args.baseline:
        return compare_trees(files, args)
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


def compare_trees(files, args) -> None:
    """Bare pdfplumber, our tree's reader and the baseline tree's, alternated; outputs compared."""
    here = Path(__file__).resolve().parents[1]
    times: dict[str, list[float]] = {"bare": [], "ours": [], "baseline": [], "floor": []}
    same = None
    for _ in range(args.rounds):
        times["bare"].append(timed(bare_extract_tables, files))
        if args.floor:
            times["floor"].append(timed(parse_only, files))
        ours, base = tree_reader(here, files), tree_reader(args.baseline.resolve(), files)
        times["ours"].append(ours["cpu"])
        times["baseline"].append(base["cpu"])
        same = [a == b for a, b in zip(ours["digests"], base["digests"])]
    med = {k: statistics.median(v) for k, v in times.items() if v}
    b = med["bare"]
    print(f"{len(files)} PDFs; CPU seconds, median of {args.rounds} alternated rounds")
    print(f"pdfplumber extract_tables():  {b:7.2f} s")
    if args.floor:
        print(f"pdfplumber parsing alone:     {med['floor']:7.2f} s   ratio {med['floor'] / b:.2f}")
    print(f"baseline reader ({args.baseline}): {med['baseline']:7.2f} s   ratio {med['baseline'] / b:.2f}")
    print(f"this tree's reader:           {med['ours']:7.2f} s   ratio {med['ours'] / b:.2f}")
    print(f"ours / baseline: {med['ours'] / med['baseline']:.3f}  (rounds: "
          f"{', '.join(f'{x / y:.3f}' for x, y in zip(times['ours'], times['baseline']))})")
    print(f"same documents as the baseline: {sum(same)}/{len(same)}"
          + ("" if all(same) else "  DIFFERENT: " + ", ".join(f.name for f, ok in zip(files, same) if not ok)))


if __name__ == "__main__":
    main()
