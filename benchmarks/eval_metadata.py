"""Per-field accuracy of metadata and kinds on the real-order corpus (tests/data/real/).

    python benchmarks/eval_metadata.py [--verbose]

Each half (`tune`, `heldout`) has a golden.yaml written by reading its files.  A field
counts only where the golden value is stated (not null); a value found where the
golden says null is reported as a false positive.  `kinds` counts in every document.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.run.process import process_path  # noqa: E402

FIELDS = ("region_code", "authority", "order_number", "order_date")


def evaluate(half: Path, verbose: bool) -> None:
    golden = yaml.safe_load((half / "golden.yaml").read_text(encoding="utf-8"))
    right, stated, false_pos = Counter(), Counter(), Counter()
    for name, want in golden.items():
        res = process_path(half / name)
        doc = res.document
        for f in FIELDS:
            got, exp = doc[f], want.get(f)
            if isinstance(exp, dt.date) and isinstance(got, dt.datetime):
                got = got.date()
            if exp is None:
                false_pos[f] += got is not None
                continue
            stated[f] += 1
            ok = str(got) == str(exp)
            right[f] += ok
            if verbose and not ok:
                print(f"  {half.name}/{name}: {f} = {got!r}, golden {exp!r}")
        stated["kinds"] += 1
        ok = sorted(doc["kinds"]) == sorted(want.get("kinds") or [])
        right["kinds"] += ok
        if verbose and not ok:
            print(f"  {half.name}/{name}: kinds = {doc['kinds']}, golden {want.get('kinds')}")
        for kind, n in (want.get("procedure_lists") or {}).items():
            got = sum(1 for r in res.procedure_items if r["list_kind"] == kind)
            stated["procedure_lists"] += 1
            right["procedure_lists"] += got == n
            if verbose and got != n:
                print(f"  {half.name}/{name}: {kind} items = {got}, golden {n}")
        if verbose:
            print(f"  {half.name}/{name}: status={doc['status']} warnings={doc['warnings']}")
    print(f"{half.name}: {len(golden)} documents")
    for f in (*FIELDS, "kinds", "procedure_lists"):
        if stated[f]:
            print(f"  {f:16s} {right[f]}/{stated[f]} = {right[f] / stated[f]:.0%}"
                  + (f"   (false positives where not stated: {false_pos[f]})" if f in FIELDS else ""))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--verbose", action="store_true", help="list each miss and each document's status")
    args = ap.parse_args()
    for half in ("tune", "heldout"):
        evaluate(ROOT / "tests" / "data" / "real" / half, args.verbose)


if __name__ == "__main__":
    main()
