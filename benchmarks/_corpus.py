"""Synthetic corpora for the benchmarks: source files with a unique line appended
(a text line, or a comment after a PDF's end) so every file has its own sha256
and is a distinct document.  A text variant is also a distinct order, as a
dataset of many ministries' orders is (not one order's copies folded into one
group, documents.order_key): its own number (the first line «№ N» becomes
«№ N/i») and its own rows (table lines dropped by the bits of i: 17 lines spread
over the tables give 131,072 distinct row sets)."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "raw").glob("0*.txt"))
# the seeds that yield rows (a touchpoint list and a roadmap); the others are short letters
RICH = [p for p in SEEDS if p.name.startswith(("000", "001"))] or SEEDS


# the act's own number: the first line that is «№ N» alone
_OWN_NUMBER = re.compile(r"^(№\s*\S+?)[ \t]*$", re.M)


def variant(seed: Path, dest: Path, i: int) -> Path:
    dest.parent.mkdir(parents=True, exist_ok=True)
    data = seed.read_bytes()
    if data.startswith(b"%PDF"):
        dest.write_bytes(data + f"\n%variant {i}\n".encode())
        return dest
    text = _OWN_NUMBER.sub(lambda m: f"{m.group(1)}/{i}", data.decode("utf-8"), count=1)
    dest.write_bytes((_drop_rows(text, i) + f"\n\nСинтетический вариант № {i}.\n").encode())
    return dest


def _drop_rows(text: str, i: int, bits: int = 17) -> str:
    """The text without the table lines (lines holding a tab) that bit k of i names."""
    lines = text.split("\n")
    rows = [n for n, line in enumerate(lines) if "\t" in line]
    if len(rows) < bits:
        return text
    step = len(rows) // bits
    drop = {rows[(k + 1) * step - 1] for k in range(bits) if (i >> k) & 1}   # never the header line
    return "\n".join(line for n, line in enumerate(lines) if n not in drop)


def generated_pdfs() -> list[Path]:
    """Multi-page PDFs rendered from the seeds by the test fixtures, when they were built."""
    return sorted((ROOT / "tests" / ".generated").glob("*/0*.pdf"))


def make_corpus(folder: Path, n: int, seeds=RICH, start: int = 0) -> list[Path]:
    return [variant(seeds[i % len(seeds)], folder / f"v{i:05d}_{seeds[i % len(seeds)].name}", i)
            for i in range(start, start + n)]


def run_cli(*args, quiet=True) -> float:
    """Wall-clock seconds of one `python -m pipeline ...` (imports included, as a user sees it)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    t0 = time.perf_counter()
    res = subprocess.run([sys.executable, "-m", "pipeline", *map(str, args), "-q"], cwd=ROOT, env=env,
                         capture_output=True, text=True)
    dt = time.perf_counter() - t0
    if res.returncode not in (0, 1):
        raise SystemExit(f"pipeline {' '.join(map(str, args))} exited {res.returncode}:\n{res.stderr}")
    return dt


# The memory benchmarks' children (bench_parent_memory.py, bench_ingest_memory.py) share
# this piece of their code, pasted after their own mark(phase): wrap(module, name, phase)
# marks the function's end, and the steps both of them mark.
CHILD_MARKS = r"""
import pipeline.store.dataset as ds, pipeline.store.derived as dv, pipeline.run.batch as b
cm = sys.modules["pipeline.cli.main"]

def wrap(mod, name, phase):
    f = getattr(mod, name)
    def w(*a, **k):
        try:
            return f(*a, **k)
        finally:
            mark(phase)
    setattr(mod, name, w)

wrap(dv, "regroup", "order groups")
wrap(dv, "refresh_review", "review")
wrap(ds, "compact_segments", "folds")
wrap(cm, "_report", "summary printed")
"""


def child_json(cmd: list[str], cwd: Path, env: dict) -> dict:
    """The last JSON line a benchmark's child process wrote on stderr (its measurements); its stderr's
    tail as the error where it wrote none."""
    p = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    line = [x for x in p.stderr.splitlines() if x.startswith("{")]
    if not line:
        raise SystemExit(p.stderr[-3000:])
    return json.loads(line[-1])
