"""CPU of a procedure's stages in one worker's first pass over a folder, without a profiler.

    PYTHONPATH=. .venv/bin/python benchmarks/bench_procedure_cpu.py [FOLDER] [--code CHECKOUT]

The models are loaded first as the zygote loads them (pipeline/run/preload.py), then every file
of FOLDER (default raw/) is read once, in-process, as a rebuild's worker reads it: the caches of
lemmas and lead-ins start cold for the files' own text.  Each stage is timed by a wrapper around
it (process_time, outermost call only), so the shares are not inflated by cProfile's per-call
overhead on the many small functions of the lead-in classifier.  `--code` imports the program
from another checkout (e.g. main's), for a before/after on the same machine.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

# (module, attribute, label): the stages a procedure passes through in pipeline/run/process.py
STAGES = (("pipeline.run.process", "extract_procedure", "extract_procedure"),
          ("pipeline.run.process", "looks_like_procedure", "looks_like_procedure (title)"),
          ("pipeline.run.process", "holds_procedure", "holds_procedure"),
          ("pipeline.run.process", "resolve_open_lists", "resolve_open_lists"),
          ("parsers.extract.procedure", "classify", "leadin.classify"),
          ("parsers.extract.inline", "classify", "leadin.classify"))


def _wrap(spent: dict[str, float], depth: dict[str, int], label: str, fn):
    def timed(*args, **kwargs):
        depth[label] = depth.get(label, 0) + 1
        start = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            depth[label] -= 1
            if depth[label] == 0:                    # a stage calling itself counts once
                spent[label] = spent.get(label, 0.0) + time.process_time() - start
    return timed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", default="raw", type=Path)
    ap.add_argument("--code", type=Path, default=None, help="import the program from this checkout")
    args = ap.parse_args()
    if args.code:
        sys.path.insert(0, str(args.code.resolve()))
    import importlib

    from pipeline.run import process
    from pipeline.run.preload import warm_up
    spent: dict[str, float] = {}
    depth: dict[str, int] = {}
    for mod, attr, label in STAGES:
        module = importlib.import_module(mod)
        if hasattr(module, attr):
            setattr(module, attr, _wrap(spent, depth, label, getattr(module, attr)))
    warm_up()
    spent.clear()
    files = sorted(p for p in args.folder.iterdir() if p.is_file())
    start = time.process_time()
    for f in files:
        process.process_path(f, f.parent)
    total = time.process_time() - start
    print(f"{process.__file__}: {len(files)} files, process_path {total:.3f} CPU-s")
    for label, s in sorted(spent.items()):
        print(f"  {label:30} {s:.3f} s  {s / total:6.1%}")


if __name__ == "__main__":
    main()
