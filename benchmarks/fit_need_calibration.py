"""Fit the needs' calibration (normalizers/need_calibration.py) on the pools' tune halves,
measured LEAVE-ONE-WRITER-OUT, and write normalizers/data/need_calibration.yaml.

    PYTHONPATH=. .venv/bin/python benchmarks/fit_need_calibration.py            # fit, print, write the table
    PYTHONPATH=. .venv/bin/python benchmarks/fit_need_calibration.py --dry-run  # print only
    PYTHONPATH=. .venv/bin/python benchmarks/fit_need_calibration.py --bar 0.9  # a bar of one's choice

Each writer is one pool's tune half (pools … pools16).  Today's reader was tuned on those
halves (right among sure 0.988 on them against 0.938 on the test halves), so the share right
it shows per kind of reading is the tuned one, and no bucket falls under any bar.  The rates
are therefore fitted on FRESH readings (benchmarks/fresh_need_signatures.py, run first): each
tune half read by the code of the day its pool landed — a new writer's cells, as the test
halves are to today's reader.  Per cell: its score (the lowest of its needs), whether its codes
are exactly the gold's, and each need's signature (normalizers/need_signature.py: how it was
read, never its words).  Per bucket of signatures, among the cells scored >= 0.85, the share
right — smoothed toward its coarser bucket (`prior` pseudo-cells), a bucket of fewer than
`--min-cells` sure cells falling back to the coarser one.  A need of a bucket under the bar
goes to review.

Leave-one-writer-out: each writer's fresh cells are calibrated by the buckets of the OTHER
writers only; per writer, right among >= 0.85 and share scored so, before and after; the curve
over bars and priors; the setting kept: the fewest cells to review with right among sure >=
`--goal` (else the most right).  Then today's reader on the tune halves (and tests/eval's dev
half), the calibration off and on with the table fitted on every writer: codes must not change
(asserted: F1 unchanged).  Deterministic; statistics per bucket only — no phrase in the data.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import tempfile
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from eval_codes import EVAL, POOLS, _rows  # noqa: E402
from normalizers import match_needs, need_calibration, needs  # noqa: E402
from normalizers.matcher import REVIEW  # noqa: E402
from normalizers.need_calibration import Calibration, signatures  # noqa: E402
from normalizers.need_signature import LEVELS, bucket_keys  # noqa: E402

POOL_NAMES = ("pools", "pools2", "pools3", "pools4", "pools5", "pools6", "pools7", "pools8", "pools9", "pools10",
              "pools11", "pools12", "pools13", "pools14", "pools15", "pools16")
OUT = ROOT / "normalizers" / "data" / "need_calibration.yaml"
BARS = (0.9, 0.93, 0.95, 0.96, 0.97, 0.98, 0.99)
PRIORS = (5.0, 10.0, 20.0)
MIN_CELLS = 10
GOAL = 0.98


def writers(pool_dirs: list[Path], dev: bool) -> list[tuple[str, Path]]:
    out = [(p.name, p / "tune" / "needs.tsv") for p in pool_dirs if (p / "tune" / "needs.tsv").exists()]
    return out + ([("eval:dev", EVAL / "needs_dev.tsv")] if dev else [])


def read_cells(halves: list[tuple[str, Path]]) -> list[tuple[str, float, bool, tuple, list]]:
    """(writer, score, right, codes, signature of each need) per cell, the calibration off."""
    need_calibration.ACTIVE[0] = False
    try:
        cells = []
        for name, path in halves:
            for cell, gold in _rows(path):
                ms = match_needs(cell)
                phrases = needs._read_cell(cell)[0]
                sigs = signatures(phrases, ms)
                codes = tuple(m.code for m in ms)
                cells.append((name, min((m.score for m in ms), default=0.0), set(codes) == set(gold.split(",")),
                              codes, sigs))
        return cells
    finally:
        need_calibration.ACTIVE[0] = True


def load_fresh(path: Path) -> list[tuple[str, float, bool, tuple, list]]:
    """The cells of benchmarks/fresh_need_signatures.py's file, as `read_cells` gives them."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(r["writer"], r["score"], r["ok"], tuple(r["codes"]), [tuple(v) for v in r["sigs"]]) for r in rows]


def fit(cells: list, prior: float, min_cells: int) -> dict[str, tuple[int, int, float]]:
    """Bucket key -> (sure cells, right ones, smoothed share right), buckets of >= min_cells."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for _, score, ok, _, sigs in cells:
        if score < REVIEW:
            continue
        for key in sorted({k for values in sigs for k in bucket_keys(values)}):
            counts[key][0] += 1
            counts[key][1] += ok
    out: dict[str, tuple[int, int, float]] = {}
    for key in sorted(counts, key=lambda k: (k.count("|") + (k != ""), k)):   # coarse before fine
        n, right = counts[key]
        if n < min_cells and key:
            continue
        parent = key.rpartition("|")[0] if "|" in key else ("" if key else None)
        base = out[parent][2] if parent is not None and parent in out else (right + 1) / (n + 2)
        out[key] = (n, right, (right + prior * base) / (n + prior))
    return out


def sure_after(cells: list, table: Calibration) -> list[bool]:
    return [score >= REVIEW and not any(table.doubts(values) for values in sigs) for _, score, _, _, sigs in cells]


def figures(cells: list, sure: list[bool]) -> tuple[int, int, int]:
    """(cells, sure cells, right sure cells)."""
    return len(cells), sum(sure), sum(ok for (_, _, ok, _, _), s in zip(cells, sure) if s)


def fmt(n: int, sure: int, right: int) -> str:
    return f"right among >= {REVIEW} {right / sure if sure else float('nan'):.3f} ({right}/{sure}), " \
           f"sure {sure / n if n else float('nan'):.3f}"


def lowo(cells: list, names: list[str], bar: float, prior: float, min_cells: int) -> dict[str, list[bool]]:
    """Per writer, its cells' sureness calibrated by the other writers' buckets."""
    out = {}
    for name in names:
        rest = [c for c in cells if c[0] != name]
        table = Calibration(bar, {k: r for k, (_, _, r) in fit(rest, prior, min_cells).items()})
        out[name] = sure_after([c for c in cells if c[0] == name], table)
    return out


def _total(cells: list, by_writer: dict[str, list[bool]]) -> tuple[int, int, int]:
    parts = [figures([c for c in cells if c[0] == name], sure) for name, sure in by_writer.items()]
    return tuple(sum(p[i] for p in parts) for i in range(3))


def choose(cells: list, names: list[str], min_cells: int, goal: float) -> tuple[float, float, list[str]]:
    """The curve over bars and priors, leave-one-writer-out; the setting kept, and the curve's lines."""
    base = figures(cells, [c[1] >= REVIEW for c in cells])
    lines = [f"curve, leave-one-writer-out over {len(names)} writers (before: {fmt(*base)}):"]
    best = None
    for prior in PRIORS:
        for bar in BARS:
            n, sure, right = _total(cells, lowo(cells, names, bar, prior, min_cells))
            share = right / sure if sure else 0.0
            lines.append(f"  prior {prior:>4} bar {bar:.2f}: {fmt(n, sure, right)}")
            rank = (share >= goal, sure if share >= goal else share)
            if best is None or rank > best[0]:
                best = (rank, bar, prior)
    print("\n".join(lines))
    return best[1], best[2], lines


def command(bar: float, prior: float, min_cells: int, goal: float, chosen: bool) -> str:
    """The command that fits this table again: the setting given, or the goal the curve chose it by."""
    given = (f" --goal {goal:g}" if goal != GOAL else "") if chosen else f" --bar {bar:g} --prior {prior:g}"
    return f"PYTHONPATH=. .venv/bin/python benchmarks/fit_need_calibration.py{given}" + \
        (f" --min-cells {min_cells}" if min_cells != MIN_CELLS else "")


def write_table(path: Path, table: dict, bar: float, prior: float, min_cells: int, names: list[str],
                lines: list[str], goal: float = GOAL, chosen: bool = False) -> None:
    head = ["# Needs' calibration (normalizers/need_calibration.py), fitted by (it writes this file byte for byte)",
            f"#   {command(bar, prior, min_cells, goal, chosen)}",
            f"# on fresh readings (benchmarks/fresh_need_signatures.py) of the tune halves of: {', '.join(names)}",
            "# (each read by the code of the day its pool landed).",
            f"# Per bucket of need signatures (levels {', '.join(LEVELS)}; a key names the coarse levels",
            f"# first): sure cells, right ones, and the share right smoothed toward the coarser bucket",
            f"# ({prior:g} pseudo-cells); buckets of fewer than {min_cells} sure cells left out (their coarser one",
            "# decides).  A need whose bucket is right less often than `bar` goes to review.",
            "# Statistics per bucket only: no phrase.  Leave-one-writer-out figures:"]
    head += [f"#   {line}" for line in lines]
    body = [f"bar: {bar}", f"prior: {prior}", f"min_cells: {min_cells}", "buckets:"]
    body += [f"  \"{k}\": {{n: {n}, right: {r}, rate: {rate:.4f}}}" for k, (n, r, rate) in table.items()]
    path.write_text("\n".join(head + body) + "\n", encoding="utf-8")


def check_codes(cells: list, halves: list) -> list[tuple[float, bool]]:
    """Every cell read again with the table: codes unchanged (asserted); (score, right) per cell."""
    need_calibration.calibration.cache_clear()
    rows = [r for _, path in halves for r in _rows(path)]
    out = []
    for (_, _, ok, codes, _), (cell, _) in zip(cells, rows):
        ms = match_needs(cell)
        assert tuple(m.code for m in ms) == codes, f"codes changed by the calibration: {codes}"
        out.append((min((m.score for m in ms), default=0.0), ok))
    return out


def today_figures(table: dict, bar: float, dev: bool) -> tuple[list[str], list]:
    """Today's reader on the tune halves, before and after the fitted table (per writer lines)."""
    halves = writers([POOLS.parent / n for n in POOL_NAMES], dev)
    cells = read_cells(halves)
    after = sure_after(cells, Calibration(bar, {k: r for k, (_, _, r) in table.items()}))
    lines = []
    for name in [n for n, _ in halves] + ["all"]:
        idx = [i for i, c in enumerate(cells) if name in ("all", c[0])]
        own = [cells[i] for i in idx]
        lines.append(f"{name}: before {fmt(*figures(own, [c[1] >= REVIEW for c in own]))}; "
                     f"after {fmt(*figures(own, [after[i] for i in idx]))}")
    return lines, [cells, halves, after]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fresh", type=Path, help="fresh readings already written by fresh_need_signatures.py "
                                               "[default: run it now, into a temporary file]")
    ap.add_argument("--out", type=Path, default=OUT, help=f"the table written [default {OUT.relative_to(ROOT)}]")
    ap.add_argument("--dry-run", action="store_true", help="print the figures, write nothing")
    ap.add_argument("--min-cells", type=int, default=MIN_CELLS, help=f"a bucket's fewest sure cells [default {MIN_CELLS}]")
    ap.add_argument("--goal", type=float, default=GOAL, help=f"right among sure to reach [default {GOAL}]")
    ap.add_argument("--bar", type=float, help="this bar instead of the curve's choice (with --prior)")
    ap.add_argument("--prior", type=float, default=10.0, help="smoothing, pseudo-cells (with --bar) [default 10]")
    ap.add_argument("--no-today", action="store_true", help="skip today's reader (fresh readings alone: fast)")
    args = ap.parse_args()
    t0 = time.perf_counter()
    cells = load_fresh(args.fresh) if args.fresh else run_fresh()
    names = sorted({c[0] for c in cells}, key=lambda n: (len(n), n))
    chosen = args.bar is None
    bar, prior, curve = choose(cells, names, args.min_cells, args.goal) if chosen else (args.bar, args.prior, [])
    by_writer = lowo(cells, names, bar, prior, args.min_cells)
    lines = curve + [f"setting: bar {bar}, prior {prior:g}, min cells {args.min_cells} (goal {args.goal})",
             "fresh readings, each writer calibrated by the others' buckets:"]
    for name, sure in by_writer.items():
        own = [c for c in cells if c[0] == name]
        lines.append(f"{name}: before {fmt(*figures(own, [c[1] >= REVIEW for c in own]))}; "
                     f"after {fmt(*figures(own, sure))}")
    lines.append(f"all: before {fmt(*figures(cells, [c[1] >= REVIEW for c in cells]))}; "
                 f"after {fmt(*_total(cells, by_writer))}")
    print("\n".join(lines[len(curve):]))
    table = fit(cells, prior, args.min_cells)
    if not args.no_today:
        more, (today, halves, after) = today_figures(table, bar, dev=True)
        lines += ["today's reader on the tune halves (tuned on them), the table fitted on every writer:"] + more
        print("\n".join(lines[-len(more) - 1:]))
    if not args.dry_run:
        write_table(args.out, table, bar, prior, args.min_cells, names, lines, args.goal, chosen)
        print(f"written: {args.out} ({len(table)} buckets)")
        if args.out.resolve() == OUT.resolve() and not args.no_today:
            scored = check_codes(today, halves)
            assert [s >= REVIEW for s, _ in scored] == after, "the pipeline's scores differ from the table's"
            print("codes unchanged with the table (F1 unchanged); the pipeline's sure cells are the table's")
    print(f"time: {time.perf_counter() - t0:.1f}s")


def run_fresh() -> list:
    """fresh_need_signatures.py run now (about 30 s), its cells read back."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "fresh.jsonl"
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "fresh_need_signatures.py"), "--out", str(out)],
                       check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
        return load_fresh(out)


if __name__ == "__main__":
    main()
