"""Directions from headings and by the process's meaning, on the phrase pools.

    .venv/bin/python benchmarks/eval_directions.py                       # every pool set and half (pools … pools10)
    .venv/bin/python benchmarks/eval_directions.py --pools pools2 --half tune --misses

A pool set's `directions.tsv` (a section heading or caption -> direction) is read as a
stated direction (`read_direction`); its `processes.tsv` (a process -> the direction its
meaning implies) as a row whose list states none (`direction_by_process`, always below
the review threshold).  Per half: accuracy, how many got no code at all, calibration —
among codes scored >= 0.85, the share right (a process reading never scores that high), how
many go to review — and how many of each kind of reading (rule, exact, process, family, fuzzy …) were right.
Test halves print aggregates only; `--misses` is refused for them.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.layoutbed.pools import pool_root, read_tsv  # noqa: E402
from normalizers import direction_by_process  # noqa: E402
from normalizers.direction_names import read_direction  # noqa: E402
from normalizers.matcher import REVIEW  # noqa: E402

FILES = (("directions", "heading", read_direction), ("processes", "process", direction_by_process))


def evaluate(path: Path, column: str, read, misses: bool) -> str:
    rows = read_tsv(path)
    right = unread = high = high_right = 0
    missed = []
    by_method: dict[str, list[int]] = {}
    for r in rows:
        m = read(r[column])
        code = m.code if m is not None else None
        ok = code == r["direction"]
        right += ok
        unread += m is None
        tally = by_method.setdefault(m.method if m is not None else "none", [0, 0])
        tally[0] += 1
        tally[1] += ok
        if m is not None and m.score >= REVIEW:
            high += 1
            high_right += ok
        if misses and not ok:
            how = f"{m.score:.2f} {m.method}" if m is not None else "no reading"
            missed.append(f"\n    {r[column]!r}: {r['direction']} -> {code} ({how})")
    cal = f"{high_right / high:.3f}" if high else "n/a"
    # how each was read (aggregates, so a test half may print them too): which kind of reading misses
    methods = ", ".join(f"{k} {n[1]}/{n[0]}" for k, n in sorted(by_method.items(), key=lambda kv: -kv[1][0]))
    n = max(len(rows), 1)
    return (f"{right / n:.3f} right of {len(rows)}; no code {unread}; "
            f"score>={REVIEW}: {high}, {cal} right; to review {len(rows) - high} ({(len(rows) - high) / n:.3f}); "
            f"by reading (right/all): {methods}" + "".join(missed))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pools", default="pools,pools2,pools3,pools4,pools5,pools6,pools7,pools8,pools9,pools10", help="comma-separated pool sets (folders or paths)")
    ap.add_argument("--half", default="both", help="tune, test or both")
    ap.add_argument("--misses", action="store_true", help="print each miss (tune halves only)")
    args = ap.parse_args(argv)
    halves = ("tune", "test") if args.half == "both" else (args.half,)
    if args.misses and "test" in halves:
        ap.error("--misses is for tune halves only: a test half is never tuning material")
    for name in (p.strip() for p in args.pools.split(",") if p.strip()):
        for half in halves:
            folder = pool_root(name) / half
            if not folder.is_dir():
                print(f"{name}/{half}: no such pool")
                continue
            for fname, column, read in FILES:
                if not (folder / f"{fname}.tsv").is_file():
                    print(f"{name}/{half} {fname}: not written")
                    continue
                print(f"{name}/{half} {fname}: ", end="", flush=True)
                print(evaluate(folder / f"{fname}.tsv", column, read, args.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
