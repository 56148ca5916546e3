"""Synthetic corpora for the benchmarks: source files with a unique line appended
(a text line, or a comment after a PDF's end) so every file has its own sha256
and is a distinct document."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "raw").glob("0*.txt"))
# the seeds that yield rows (a touchpoint list and a roadmap); the others are short letters
RICH = [p for p in SEEDS if p.name.startswith(("000", "001"))] or SEEDS


def variant(seed: Path, dest: Path, i: int) -> Path:
    dest.parent.mkdir(parents=True, exist_ok=True)
    data = seed.read_bytes()
    tail = f"\n%variant {i}\n" if data.startswith(b"%PDF") else f"\n\nСинтетический вариант № {i}.\n"
    dest.write_bytes(data + tail.encode())
    return dest


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
