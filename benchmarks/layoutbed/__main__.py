"""Layout benchmark: generate orders, run the real program through its CLI, score its Parquet output.

    python -m benchmarks.layoutbed --half both --formats txt,docx,pdf --seed 1 --n-docs 12
    python -m benchmarks.layoutbed --half test --formats scan --n-docs 2 --n-scan 2
    python -m benchmarks.layoutbed --pools pools,pools2 --half tune --formats txt --summary
    python -m benchmarks.layoutbed --layouts extra --pools pools,pools2 --half tune --formats txt,docx,pdf

Prints, per kind, figures per pool set/half × format: overall (axis `*`) and per axis value.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

from . import generate, mutate, pools, report, score
from .generate import FORMATS


def run_program(raw: Path, out: Path, workers: int | None) -> tuple[dict, float]:
    cmd = [sys.executable, "-m", "pipeline", "rebuild", "--raw", str(raw), "--out", str(out), "--no-cache",
           "--json", "--quiet"] + (["--workers", str(workers)] if workers else [])
    t0 = time.monotonic()
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode not in (0, 1):
        raise SystemExit(f"pipeline rebuild failed ({done.returncode}): {done.stderr.strip()[-2000:]}")
    return json.loads(done.stdout), time.monotonic() - t0


def _score_file(doc: dict, fmt: str, name: str, doc_id: str | None, out: dict) -> list[dict]:
    kind = doc["kind"]
    table = {"touchpoint_list": "touchpoints", "roadmap": "roadmap", "procedure": "procedure_items"}[kind]
    rows = out[table][out[table]["doc_id"] == doc_id] if doc_id else out[table].iloc[:0]
    fn = {"touchpoint_list": score.touch_records, "roadmap": score.roadmap_records,
          "procedure": score.procedure_records}[kind]
    axes = {f"axis.{k}": v for k, v in doc["axes"].items()}
    return [{"doc": name, "format": fmt, "kind": kind, **axes, **r} for r in fn(doc["gold"], rows)]


def score_half(gold: dict, out_dir: Path) -> tuple[pd.DataFrame, list[str]]:
    out = score.read_output(out_dir)
    docs = out["documents"]
    ids = dict(zip(docs["source_path"], docs["doc_id"]))
    failed = [f"{r.source_path}: {r.error}" for r in docs.itertuples() if r.status == "failed"]
    recs = []
    for path, doc_id in sorted(ids.items()):
        name, fmt = Path(path).stem.split("__")
        recs += _score_file(gold[name], fmt, name, doc_id, out)
    return pd.DataFrame(recs), failed


def run_half(pool_set: str, half: str, args, root: Path) -> pd.DataFrame:
    """Each format in its own raw folder and rebuild, so that each format's cost is measured."""
    docs = generate.documents(pools.load(half, pools.pool_root(pool_set)), args.seed, args.n_docs,
                              kinds=args.kinds, layouts=args.layouts)
    if args.mutate:
        docs = mutate.apply(docs, args.mutate, args.seed)
    name = f"{Path(pool_set).name}/{half}"
    work = root / name
    work.mkdir(parents=True, exist_ok=True)
    generate.write_gold(docs, work / "gold.json")
    gold = json.loads((work / "gold.json").read_text(encoding="utf-8"))
    frames = []
    for fmt in args.formats:
        raw, out = work / fmt / "raw", work / fmt / "output"
        t0 = time.monotonic()
        made = generate.render(docs, raw, (fmt,), args.n_scan, args.seed)
        gen_s = time.monotonic() - t0
        summary, prog_s = run_program(raw, out, args.workers)
        recs, failed = score_half(gold, out)
        print(f"# {name} {fmt}: {len(made)} files; generate {gen_s:.1f} s, program {prog_s:.1f} s "
              f"({prog_s / max(len(made), 1):.2f} s a file); failed files: {len(failed)}")
        for f in failed:
            print(f"#   failed {f}")
        frames.append(recs)
    recs = pd.concat(frames, ignore_index=True)
    recs["half"] = name
    return pd.concat([recs, _pdf_of_scanned(recs)], ignore_index=True)


def _pdf_of_scanned(recs: pd.DataFrame) -> pd.DataFrame:
    """The text PDFs of the scanned documents alone (`pdf:scanned`), to set the scans beside."""
    scanned = set(recs.loc[recs["format"] == "scan", "doc"])
    same = recs[(recs["format"] == "pdf") & recs["doc"].isin(scanned)]
    return same.assign(format="pdf:scanned")


def parse_args(argv=None):
    ap = argparse.ArgumentParser(prog="python -m benchmarks.layoutbed", description=__doc__.split("\n\n")[0])
    ap.add_argument("--half", default="both", help="tune, test, both (or smoke: development pool, never a figure)")
    ap.add_argument("--pools", default="pools",
                    help="comma-separated pool sets: folders beside the bed (pools, pools2) or paths; "
                         "each half of each is run and printed side by side")
    ap.add_argument("--formats", default="txt,docx,pdf", help=f"comma-separated, of {','.join(FORMATS)}")
    ap.add_argument("--layouts", default="base", choices=generate.LAYOUTS,
                    help="base: the bed's first layouts (figures comparable with earlier runs); extra: the newer "
                         "layouts (split channel columns, need matrices, continued tables, …); all: both; extra2: layouts "
                         "added later (first-row-only directions, type marks, point codes, start/end deadlines, "
                         "sub-headed procedure lists); heldout: layouts held out when written (lists as numbered paragraphs, "
                         "process-major tables, bordered text tables, abbreviated bodies, four-row procedure tables); heldout2, "
                         "heldout3, heldout4, heldout5, heldout6, heldout7, heldout8, heldout9, heldout10, heldout11, heldout12, heldout13, heldout14: later held-out sets, in no other set, written without reading the readers (the bed "
                         "README says when each stopped being blind)")
    ap.add_argument("--kinds", default=",".join(generate.BUILDERS),
                    help="comma-separated, of " + ",".join(generate.BUILDERS) + " (a kind's documents are the "
                         "same whatever other kinds are made) [default: all]")
    ap.add_argument("--mutate", default="",
                    help="comma-separated structural mutations applied to every list's tables (and to procedures' "
                         "lists: list_style, list_inline, lead_words, list_table, split_list, leadins=reworded), the gold unchanged: "
                         + ", ".join(mutate.MUTATIONS) + " (neutral header labels or abbreviations, headings reworded in "
                         "another ministry's words, columns the "
                         "contract does not hold, columns in a random order, a header's words over two rows, "
                         "a column of runs as full-width group rows, a list cut into two or three tables, row "
                         "numbers restyled or dropped, a short column in brackets after its neighbour, a cell's items one a "
                         "row, a table per run of a short column named in a caption, footnote marks in cells, two "
                         "free-text columns in one cell, repeat marks under a run's first value, the needs in a second table keyed "
                         "by the point's number, the list as numbered labelled paragraphs; roadmaps: terms in other wordings of the same value, the "
                         "responsible ones moved out of their column, term and responsible in one cell, the term in "
                         "the activity, stages as a merged column, year headings over year-less terms; a procedure "
                         "list's items marked otherwise, run into the lead-in, the lead-in reworded, the items in a "
                         "table, a note or a page break between items, the lead-in built from a grammar per list kind) "
                         "[default: none, the sets' documents as they are]")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--n-docs", type=int, default=12, help="documents per kind (each in every format)")
    ap.add_argument("--n-scan", type=int, default=2, help="documents per kind also scanned (with --formats scan)")
    ap.add_argument("--workers", type=int, default=None, help="the program's --workers")
    ap.add_argument("--keep", type=Path, default=None, help="write the generated files and outputs here")
    ap.add_argument("--summary", action="store_true", help="print overall figures only (default: per axis value too)")
    args = ap.parse_args(argv)
    args.formats = tuple(f.strip() for f in args.formats.split(",") if f.strip())
    args.pools = tuple(p.strip() for p in args.pools.split(",") if p.strip())
    args.kinds = tuple(k.strip() for k in args.kinds.split(",") if k.strip())
    args.mutate = tuple(m.strip() for m in args.mutate.split(",") if m.strip())
    if set(args.mutate) - set(mutate.MUTATIONS):
        ap.error(f"unknown mutations {sorted(set(args.mutate) - set(mutate.MUTATIONS))}")
    if set(args.kinds) - set(generate.BUILDERS):
        ap.error(f"unknown kinds {sorted(set(args.kinds) - set(generate.BUILDERS))}")
    bad = set(args.formats) - set(FORMATS)
    if bad:
        ap.error(f"unknown formats {sorted(bad)}")
    return args


def main(argv=None) -> int:
    args = parse_args(argv)
    halves = ("tune", "test") if args.half == "both" else (args.half,)
    with tempfile.TemporaryDirectory(prefix="layoutbed-") as tmp:
        root = args.keep or Path(tmp)
        t0 = time.monotonic()
        if args.mutate:
            print(f"# mutations: {', '.join(args.mutate)}")
        # with --half both, a set that has no test half (pools3: tuning material only) runs its tune half
        runs = [(p, h) for p in args.pools for h in halves
                if args.half != "both" or (pools.pool_root(p) / h).is_dir()]
        recs = pd.concat([run_half(p, h, args, root) for p, h in runs], ignore_index=True)
    for kind in ("touchpoint_list", "roadmap", "procedure"):
        k = recs[recs["kind"] == kind].dropna(axis=1, how="all")
        if k.empty:
            continue
        table = report.summary(k, kind) if args.summary else report.by_axis(k, kind)
        print(f"\n## {kind}\n{report.show(table)}")
    print(f"\n# total {time.monotonic() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
