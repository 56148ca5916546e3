"""Real published orders of other regions through the whole program, scored against gold read from them.

    PYTHONPATH=. .venv/bin/python -m benchmarks.eval_real_orders --half tune      # figures, each file's misses
    PYTHONPATH=. .venv/bin/python -m benchmarks.eval_real_orders --half heldout   # aggregates only

The corpus is `tests/data/real_orders/<half>/`: each order as a user gets it by copying it from a
legal database or a ministry's site, beside its `<name>.gold.yaml` written by reading it (status,
kinds, touchpoint rows, roadmap items, procedure list items; `SOURCES.md` says where each came from
and how the halves were split).  The half is copied into a scratch raw folder and run through the
real CLI, `python -m pipeline rebuild --raw … --out … --no-cache --json` (as the layout bed does),
and its Parquet is scored with the layout bed's own measures (`benchmarks/layoutbed/score.py`):

* files: read, failed, status and kinds as the gold says;
* touchpoints: gold rows found (aligned by the touchpoint's text), all fields right, and per field
  (channel, point type, needs exactly, direction), rows written per gold row;
* roadmap: items found (by the activity's text), deadline right, responsible people right;
* procedure: per list kind P/R/F1 of (list kind, code) pairs;
* invented: rows of a table whose gold is empty for that file.
Tune on `tune` alone; `heldout` is run for before/after figures (it prints no file's name or rows).
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import pandas as pd
import yaml

from benchmarks.layoutbed import score

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "real_orders"
_TABLES = {"touchpoints": "touchpoints", "roadmap": "roadmap", "procedure_items": "procedure_items"}


def documents(half: str, corpus: Path = CORPUS) -> list[tuple[Path, dict]]:
    """(file, gold) for each order of the half: every file beside a `<stem>.gold.yaml`."""
    out = []
    for gold_path in sorted((corpus / half).glob("*.gold.yaml")):
        stem = gold_path.name[: -len(".gold.yaml")]
        files = [p for p in gold_path.parent.glob(stem + ".*") if p != gold_path]
        if len(files) != 1:
            raise SystemExit(f"{gold_path}: expected one file named {stem}.*, found {len(files)}")
        out.append((files[0], yaml.safe_load(gold_path.read_text(encoding="utf-8"))))
    return out


def run_program(files: list[Path], work: Path) -> tuple[dict, int]:
    """The CLI over a scratch copy of the files (the corpus is never the raw folder)."""
    raw, out = work / "raw", work / "output"
    raw.mkdir(parents=True)
    for f in files:
        shutil.copy2(f, raw / f.name)
    cmd = [sys.executable, "-m", "pipeline", "rebuild", "--raw", str(raw), "--out", str(out),
           "--no-cache", "--json", "--quiet"]
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode not in (0, 1):
        raise SystemExit(f"pipeline rebuild failed ({done.returncode}): {done.stderr.strip()[-2000:]}")
    return score.read_output(out), done.returncode


def score_file(gold: dict, doc: pd.Series | None, out: dict[str, pd.DataFrame]) -> dict:
    """One file's records: its document row against the gold, and each table's records."""
    doc_id = None if doc is None else doc["doc_id"]
    rows = {t: out[t][out[t]["doc_id"] == doc_id] for t in _TABLES.values()}
    kinds = sorted(doc["kinds"]) if doc is not None and doc["kinds"] is not None else None
    roadmap_gold = [{"milestone": None, "names": [], **g} for g in gold.get("roadmap") or []]
    rec = {
        "read": doc is not None,
        "failed": doc is not None and doc["status"] == "failed",
        "status": doc is not None and doc["status"] == gold["status"],
        "kinds": kinds == sorted(gold.get("kinds") or []),
        "touch": score.touch_records(gold.get("touchpoints") or [], rows["touchpoints"]),
        "road": score.roadmap_records(roadmap_gold, rows["roadmap"]),
        "proc": score.procedure_records(gold.get("procedure_items") or [], rows["procedure_items"]),
        "rows": {k: len(rows[t]) for k, t in _TABLES.items()},
        "invented": {k: len(rows[t]) for k, t in _TABLES.items() if not gold.get(k)},
    }
    return rec


def summarise(recs: list[dict]) -> dict:
    """The half's aggregate figures (shares over gold items; procedure P/R/F1 per list kind)."""
    n = len(recs)
    touch = [r for rec in recs for r in rec["touch"]]
    road = [r for rec in recs for r in rec["road"]]
    proc: dict[str, Counter] = {}
    for rec in recs:
        for p in rec["proc"]:
            proc.setdefault(p["list_kind"], Counter()).update(tp=p["tp"], fp=p["fp"], fn=p["fn"])
    share = (lambda items, key: sum(bool(i[key]) for i in items) / len(items) if items else None)
    out = {
        "files": n, "read": sum(r["read"] for r in recs), "failed": sum(r["failed"] for r in recs),
        "status_right": sum(r["status"] for r in recs), "kinds_right": sum(r["kinds"] for r in recs),
        "touch_gold": len(touch), "road_gold": len(road),
        "rows_written": {k: sum(r["rows"][k] for r in recs) for k in _TABLES},
        "invented": {k: sum(r["invented"].get(k, 0) for r in recs) for k in _TABLES},
    }
    for key in ("found", "all", "channel", "point_type", "needs_exact", "direction"):
        out[f"touch_{key}"] = share(touch, key)
    for key in ("found", "deadline", "responsible"):
        out[f"road_{key}"] = share(road, key)
    for kind, c in sorted(proc.items()):
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
        out[f"proc_{kind}"] = {"gold": c["tp"] + c["fn"], "P": p, "R": r, "F1": 2 * p * r / (p + r) if p + r else 0.0}
    return out


def evaluate(half: str, show: bool, corpus: Path = CORPUS) -> dict:
    docs = documents(half, corpus)
    with tempfile.TemporaryDirectory(prefix="eval_real_orders_") as tmp:
        out, rc = run_program([f for f, _ in docs], Path(tmp))
    by_path = {r.source_path: r for _, r in out["documents"].iterrows()}
    recs = []
    for path, gold in docs:
        rec = score_file(gold, by_path.get(path.name), out)
        recs.append(rec)
        if show:
            doc = by_path.get(path.name)
            got = "not read" if doc is None else f"{doc['status']} {sorted(doc['kinds'])}"
            print(f"{path.name}: {got} (gold {gold['status']} {sorted(gold.get('kinds') or [])}); rows {rec['rows']}"
                  + (f"; invented {rec['invented']}" if any(rec["invented"].values()) else ""))
            for i, (g, t) in enumerate(zip(gold.get("touchpoints") or [], rec["touch"])):
                if not t["all"]:
                    print(f"    touchpoint {i + 1} {g['touchpoint'][:60]!r}: "
                          + ("missed" if not t["found"] else ", ".join(k for k in ("channel", "point_type",
                             "needs_exact", "direction") if not t[k]) + " wrong"))
            for g, r in zip(gold.get("roadmap") or [], rec["road"]):
                if not (r["found"] and r["deadline"] and r["responsible"]):
                    print(f"    roadmap {g.get('item_no', '')} {g['activity'][:60]!r}: "
                          + ("missed" if not r["found"] else ", ".join(k for k in ("deadline", "responsible")
                                                                       if not r[k]) + " wrong"))
            for p in rec["proc"]:
                if p["fp"] or p["fn"]:
                    print(f"    procedure {p['list_kind']}: {p['fn']} missed, {p['fp']} wrong or repeated")
    summary = summarise(recs)
    summary["exit_status"] = rc
    return summary


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--half", choices=("tune", "heldout"), required=True)
    ap.add_argument("--json", action="store_true", help="the figures as one JSON object")
    ap.add_argument("--corpus", type=Path, default=CORPUS,
                    help="a folder with tune/ and heldout/ laid out the same way (default: %(default)s)")
    args = ap.parse_args()
    summary = evaluate(args.half, show=args.half == "tune" and not args.json, corpus=args.corpus)
    if args.json:
        print(json.dumps(summary, ensure_ascii=False))
        return
    shares = [k for k in summary if k.startswith(("touch_", "road_", "proc_")) and not k.endswith("_gold")]
    print(f"{args.half}: " + ", ".join(f"{k} {v}" for k, v in summary.items() if k not in shares))
    for k in shares:
        v = summary[k]
        if k.startswith("proc_"):
            print(f"  {k:18s} gold {v['gold']:3d}  P {v['P']:.2f} R {v['R']:.2f} F1 {v['F1']:.2f}")
        else:
            print(f"  {k:18s} {'-' if v is None else f'{v:.2f}'}")

if __name__ == "__main__":
    main()
