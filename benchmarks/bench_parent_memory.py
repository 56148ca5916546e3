"""Where the parent of a rebuild grows: RSS, Python objects (tracemalloc) and Arrow's
pool at each phase of a rebuild of N generated documents, parsing left out.

    nice python benchmarks/bench_parent_memory.py [--docs 1000 10000] [--workers 2] [--trace] [--marks] [--maps]
                                                  [--baseline DIR] [--pool mimalloc|system|jemalloc]

Each worker's reading is replaced by a copy of the seed's parsed rows under the
file's own doc_id and path (the seeds are parsed once, by the benchmark, not
in the measured process), so the figure is the parent's bookkeeping alone — hashing, the results'
pipes, the store's segments and folds, order grouping, review, the summary —
at a cost of a few ms per document instead of ~40.  Printed per size: the
parent's RSS at the end of each phase (its last time) and its highest RSS
during it, its Python heap (tracemalloc, with --trace: slower), Arrow's pool
and glibc's heap, and the peak RSS of the parent and of the tree
(PSS), and the parent's own CPU per document.  --marks adds the RssAnon of every
mark in order (each flush, each fold: where it steps up), --maps which writable
anonymous mappings grew by 1 MB or more between marks and from one flush's end to
the next's (/proc/self/smaps: `[heap]` is glibc's main heap, the 1024 MB one
mimalloc's arena, small ones thread stacks or other heaps).  Every size runs in a fresh
interpreter; --baseline runs another checkout (e.g. `git worktree add` of main)
on the same corpora in the same run.  --pool runs the parent with that Arrow
allocator from its start (ARROW_DEFAULT_MEMORY_POOL; the run still switches to
the C library's for its last commit, batch.lean_parent): what the parent keeps
that is neither live Arrow, Python nor malloc's is the allocator's retained pages.
The child imports the command line first, as the program does, so its allocator
settings (pipeline/allocator.py: MIMALLOC_PURGE_DELAY=0 unless set) apply; run the
benchmark with MIMALLOC_PURGE_DELAY=1000 in its environment to see mimalloc's default.
"""
from __future__ import annotations

import argparse
import json
import os
import pickle
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _corpus import CHILD_MARKS, RICH, ROOT, child_json, make_corpus  # noqa: E402

_CHILD = r"""
import copy, json, os, pickle, sys, threading, time, tracemalloc
from pathlib import Path
import pipeline.cli              # first, as the program: its allocator settings precede pyarrow (pipeline/allocator.py)
import psutil, pyarrow as pa
import pipeline.run.batch as batch
from pipeline.cli import main
from pipeline.contract import DocResult

trace, argv = sys.argv[1] == "1", sys.argv[3:]
templates = pickle.loads(Path(sys.argv[2]).read_bytes())    # parsed by the benchmark: no model loaded here

def canned(path, raw_root=None, doc_id=None, options=None, read_from=None):
    # the seed's rows under this file's doc_id and path: the parent sees what a parse sends
    t = templates[Path(path).name.split("_", 1)[1]]
    doc = dict(copy.deepcopy(t.document), doc_id=doc_id,
               source_path=batch.base_document(path, raw_root, doc_id)["source_path"])
    rows = {k: [dict(r, doc_id=doc_id) for r in getattr(t, k)]
            for k in ("touchpoints", "roadmap", "procedure_items", "review")}
    return DocResult(doc, category=t.category, **rows)

batch.process_path = canned
me = psutil.Process()
marks, peak = [], {"rss": 0, "pss": 0, "since": 0}
if trace:
    tracemalloc.start()

import ctypes
class _Mallinfo2(ctypes.Structure):
    _fields_ = [(n, ctypes.c_size_t) for n in ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks",
                                               "fsmblks", "uordblks", "fordblks", "keepcost")]
_libc = ctypes.CDLL("libc.so.6")
_libc.mallinfo2.restype = _Mallinfo2

maps_on, maplog = os.environ.get("BENCH_MAPS") == "1", []

def anon_maps():
    # RSS of each writable anonymous mapping (brk heap, allocators' mmaps, thread stacks), by start address
    out, cur = {}, None
    with open("/proc/self/smaps") as fh:
        for line in fh:
            head = line.split()
            if "-" in head[0] and len(head) >= 5 and not head[0].endswith(":"):
                path = head[5] if len(head) > 5 else ""
                lo, hi = (int(x, 16) for x in head[0].split("-"))
                cur = (head[0].split("-")[0], (hi - lo) >> 10, path) if "w" in head[1] and (
                    not path or path.startswith("[heap") or path.startswith("[anon")) else None
            elif cur and line.startswith("Rss:"):
                out[cur[0]] = (cur[1], int(head[1]), cur[2])
    return out

def map_growth():
    # per mark, the mappings whose RSS grew by 1 MB or more since the mark before
    lines = []
    flushes = [m for m in maplog if m[0] == "segment flushed"]      # and from one flush's end to the next's
    for (p0, m0, t0), (p1, m1, t1) in [*zip(maplog, maplog[1:]), *zip(flushes, flushes[1:])]:
        grown = sorted(((r - m0.get(a, (0, 0, ""))[1], size, path) for a, (size, r, path) in m1.items()),
                       reverse=True)
        big = [f"+{d / 1024:.0f} MB in a {size / 1024:.0f} MB map {path}" for d, size, path in grown if d >= 1024]
        total = (sum(r for _, r, _ in m1.values()) - sum(r for _, r, _ in m0.values())) / 1024
        if big or abs(total) >= 2:
            lines.append(f"{p0} -> {p1}: anon {total:+.0f} MB, threads {t0} -> {t1}; " + "; ".join(big[:4]))
    return lines

def mark(phase):
    if maps_on:
        maplog.append((phase, anon_maps(), len(os.listdir("/proc/self/task"))))
    py = tracemalloc.get_traced_memory()[0] if trace else 0
    m = _libc.mallinfo2()
    rss = me.memory_info().rss
    with open("/proc/self/status") as fh:        # anonymous pages: what the process itself holds
        anon = next((int(x.split()[1]) * 1024 for x in fh if x.startswith("RssAnon:")), 0)
    marks.append((phase, anon, py, pa.total_allocated_bytes(), pa.default_memory_pool().max_memory(),
                  m.arena + m.hblkhd, m.uordblks + m.hblkhd, max(peak["since"], rss)))
    peak["since"] = 0

def sample():
    while True:
        try:
            procs = [me, *me.children(recursive=True)]
            pss = sum(p.memory_full_info().pss for p in procs)
            peak["pss"] = max(peak["pss"], pss)
        except psutil.Error:
            pass
        rss = me.memory_info().rss
        peak["rss"], peak["since"] = max(peak["rss"], rss), max(peak["since"], rss)
        time.sleep(0.2)

""" + CHILD_MARKS + r"""
import pipeline.store.compaction as cp
wrap(b, "carryable", "carry index")
wrap(ds.Store, "flush", "segment flushed")
wrap(b, "swap_in", "refresh + swap")
threading.Thread(target=sample, daemon=True).start()
mark("start")
try:
    main(argv)
finally:
    last = {}
    top = []
    if trace:
        snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(False, tracemalloc.__file__)])
        top = [f"{s.size / 2**20:7.1f} MB {s.traceback[0].filename.split('/')[-1]}:{s.traceback[0].lineno}"
               for s in snap.statistics("lineno")[:8]]
    import resource
    ru = resource.getrusage(resource.RUSAGE_SELF)
    top += map_growth() if maps_on else []
    sys.__stderr__.write(json.dumps({"marks": marks, "peak": peak, "top": top,
                                     "cpu": ru.ru_utime + ru.ru_stime}) + "\n")
"""


def templates(tmp: Path) -> Path:
    """The seeds' parses, pickled for the child (which must not load the parsers' models)."""
    from pipeline.run.process import process_path

    path = tmp / "templates.pickle"
    if not path.exists():
        path.write_bytes(pickle.dumps({s.name: process_path(s, s.parent) for s in RICH}))
    return path


def run(n: int, workers: int, trace: bool, tmp: Path, checkout: Path = ROOT, pool: str | None = None,
        maps: bool = False) -> dict:
    raw, out = tmp / f"raw{n}", tmp / f"out{n}"
    if not raw.exists():
        make_corpus(raw, n)
    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(tmp / f"cache{n}", ignore_errors=True)
    args = ["rebuild", "--raw", raw, "--out", out, "--workers", workers, "--cache-dir", tmp / f"cache{n}", "-q"]
    env = dict(os.environ, PYTHONPATH=str(checkout), **({"ARROW_DEFAULT_MEMORY_POOL": pool} if pool else {}),
               **({"BENCH_MAPS": "1"} if maps else {}))
    return child_json([sys.executable, "-c", _CHILD, "1" if trace else "0", str(templates(tmp)), *map(str, args)],
                      checkout, env)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--trace", action="store_true", help="also the Python heap (tracemalloc; slower)")
    ap.add_argument("--baseline", type=Path, default=None, help="another checkout, run on the same corpora")
    ap.add_argument("--marks", action="store_true", help="every mark in order (RssAnon after each flush, fold...), not each phase's last")
    ap.add_argument("--maps", action="store_true", help="which anonymous mappings grew between marks (/proc/self/smaps)")
    ap.add_argument("--pool", choices=["mimalloc", "system", "jemalloc"], default=None,
                    help="the parent's Arrow allocator from its start (default: Arrow's own choice)")
    a = ap.parse_args()
    mb = 2 ** 20
    checkouts = [("this", ROOT)] + ([("baseline", a.baseline.resolve())] if a.baseline else [])
    with tempfile.TemporaryDirectory() as tmp:
        for n, (name, checkout) in [(n, c) for n in a.docs for c in checkouts]:
            r = run(n, a.workers, a.trace, Path(tmp), checkout, a.pool, a.maps)
            print(f"{name}: {n} documents: peak parent RSS {r['peak']['rss'] / mb:.0f} MB, "
                  f"peak tree PSS {r['peak']['pss'] / mb:.0f} MB; the parent's CPU {r['cpu'] / n * 1000:.2f} ms/doc")
            phases: dict[str, list] = {}          # per phase: its last mark, and its highest peak
            for m in r["marks"]:
                top = max(m[7], phases.get(m[0], [0] * 8)[7])
                phases[m[0]] = [*m[:7], top]
            for m in phases.values():
                print(f"  {m[0]:<16} RssAnon {m[1] / mb:6.0f} (RSS peak in it {m[7] / mb:6.0f})  python {m[2] / mb:6.1f}  "
                      f"arrow {m[3] / mb:6.1f} (pool peak {m[4] / mb:6.1f})  malloc held {m[5] / mb:6.1f} "
                      f"used {m[6] / mb:6.1f} MB")
            if a.marks:
                print("  every mark (RssAnon MB):", " ".join(f"{m[0].split()[0][:4]}={m[1] / mb:.0f}" for m in r["marks"]))
            for line in r["top"]:
                print("   ", line)


if __name__ == "__main__":
    main()
