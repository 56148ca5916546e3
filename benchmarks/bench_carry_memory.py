"""Peak memory of a warm rebuild's carry path: every document of a generated
dataset is carried (store.Carried) into a new build folder, as a rebuild does
for unchanged files, and the process's peak RSS is printed per dataset size.

    python benchmarks/bench_carry_memory.py [--docs 5000 20000] [--baseline DIR]

The dataset is generated as in bench_report_scale.py (no parsing): the figure
isolates what the parent holds while copying old rows into the new segments.
Each size runs in a fresh interpreter (its own peak); --baseline runs another
checkout's store on the same dataset.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _corpus import ROOT  # noqa: E402
from bench_report_scale import generated_runs  # noqa: E402

_CHILD = """
import resource, sys, time
from pathlib import Path
from pipeline.store import Carried, Store, carryable
old, new = Path(sys.argv[1]), Path(sys.argv[2])
t0 = time.perf_counter()
store = Store(new)
store.init()
for row in carryable(old).values():
    store.put(Carried(row, old))
store.refresh()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024, time.perf_counter() - t0)
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, nargs="+", default=[5000, 20000])
    ap.add_argument("--baseline", type=Path, default=None)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for name, n, gen, checkout in generated_runs(tmp, a.docs, 340, a.baseline):
            res = subprocess.run([sys.executable, "-c", _CHILD, str(gen), str(tmp / f"new{name}{n}")],
                                 env=dict(os.environ, PYTHONPATH=str(checkout)), cwd=checkout,
                                 capture_output=True, text=True, check=True)
            mb, secs = res.stdout.split()[-2:]
            print(f"{name:8} {n:7d} documents carried: peak RSS {mb} MB, {float(secs):.1f} s", flush=True)
            shutil.rmtree(tmp / f"new{name}{n}", ignore_errors=True)


if __name__ == "__main__":
    main()
