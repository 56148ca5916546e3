"""Rebuild of the seeds (--no-cache) with an old checkout and with this one, in one run.

    python benchmarks/bench_rebuild_seeds.py [--base main] [--repeat 5]

The old checkout is a temporary `git worktree` of --base.  Each repeat runs both
rebuilds back to back (alternating which goes first) in fresh processes, so load on the
machine falls on both alike; medians and minima of wall-clock and of CPU time (user +
system of the CLI and its workers: what a shared, loaded machine disturbs least) and
their ratios (this / base) are printed.  Target: ratio <= 1.05.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent


def _cpu() -> float:
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def rebuild_seconds(root: Path, raw: Path, out: Path) -> tuple[float, float]:
    """(wall, CPU) seconds of one rebuild; CPU (user + system of the CLI and its workers)
    is what a loaded, shared machine disturbs least."""
    shutil.rmtree(out, ignore_errors=True)
    env = {**os.environ, "PYTHONPATH": str(root), "XDG_CACHE_HOME": str(out.parent / "xdg")}
    t0, c0 = time.perf_counter(), _cpu()
    subprocess.run([sys.executable, "-m", "pipeline", "rebuild", "--raw", str(raw), "--out", str(out),
                    "--no-cache", "-q", "--workers", "1"], cwd=root, env=env, check=True,
                   stdout=subprocess.DEVNULL)
    return time.perf_counter() - t0, _cpu() - c0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", default="main", help="git revision of the old checkout")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        base = tmp / "base"
        subprocess.run(["git", "-C", str(HERE), "worktree", "add", "--detach", str(base), args.base],
                       check=True, capture_output=True)
        try:
            raw = tmp / "raw"
            shutil.copytree(HERE / "raw", raw)
            times: dict[str, list[float]] = {"base": [], "this": [], "base CPU": [], "this CPU": []}
            for i in range(args.repeat):
                order = [("base", base), ("this", HERE)][:: 1 if i % 2 == 0 else -1]
                for name, root in order:
                    wall, cpu = rebuild_seconds(root, raw, tmp / f"out_{name}")
                    times[name].append(wall)
                    times[f"{name} CPU"].append(cpu)
        finally:
            subprocess.run(["git", "-C", str(HERE), "worktree", "remove", "--force", str(base)], check=False)
    for what in ("", " CPU"):
        for name, pick in (("median", statistics.median), ("min", min)):
            b, t = pick(times["base" + what]), pick(times["this" + what])
            print(f"seeds rebuild{what or ' wall'}, {name} of {args.repeat}: base ({args.base}) {b:.2f} s, "
                  f"this {t:.2f} s, ratio {t / b:.3f}")
    print("runs (s): " + "; ".join(f"{k} " + " ".join(f"{x:.2f}" for x in v) for k, v in times.items()))


if __name__ == "__main__":
    main()
