"""Peak memory of a rebuild for 10 and 100 documents: the parent's own peak RSS
should not grow with the count (results are streamed into the build folder).

    python benchmarks/bench_memory.py [--counts 10 100]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _corpus import ROOT, make_corpus  # noqa: E402

# the rebuild runs in a fresh interpreter so each count gets its own peak
_CHILD = """
import json, resource, sys
from pathlib import Path
from pipeline.run.batch import RunOptions, rebuild
raw, out = Path(sys.argv[1]), Path(sys.argv[2])
rebuild(RunOptions(raw=raw, out=out, workers=2, use_cache=False, quiet=True))
kb = lambda who: resource.getrusage(who).ru_maxrss
print(json.dumps({"parent_kb": kb(resource.RUSAGE_SELF), "workers_kb": kb(resource.RUSAGE_CHILDREN)}))
"""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--counts", type=int, nargs="+", default=[10, 100])
    a = ap.parse_args()
    peaks = {}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for n in a.counts:
            make_corpus(tmp / f"raw{n}", n)
            res = subprocess.run([sys.executable, "-c", _CHILD, str(tmp / f"raw{n}"), str(tmp / f"out{n}")],
                                 cwd=ROOT, capture_output=True, text=True, check=True)
            peaks[n] = json.loads(res.stdout.strip().splitlines()[-1])
            print(f"rebuild of {n:>4} documents: parent peak RSS {peaks[n]['parent_kb'] / 1024:7.1f} MiB, "
                  f"largest worker {peaks[n]['workers_kb'] / 1024:7.1f} MiB")
    lo, hi = min(a.counts), max(a.counts)
    print(f"parent peak ratio {hi} vs {lo} documents: {peaks[hi]['parent_kb'] / peaks[lo]['parent_kb']:.2f}x "
          f"(should stay near 1.0)")


if __name__ == "__main__":
    main()
