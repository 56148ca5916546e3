"""Per-field accuracy of metadata and kinds on the real-order corpus (tests/data/real/).

    python benchmarks/eval_metadata.py [--verbose] [--code CHECKOUT] [--halves tune,tune2,...]

Each half (`tune`, `heldout`, and the later pairs `tune2`/`heldout2`, `tune3`/`heldout3`,
`tune4`/`heldout4`, `tune5`/`heldout5`, `tune6`/`heldout6`, `tune7`/`heldout7`, `tune8`/`heldout8`,
`tune9`/`heldout9`, `tune10`/`heldout10`, `tune11`/`heldout11`, `tune12`/`heldout12`,
`tune13`/`heldout13`, `tune14`/`heldout14`) has a golden.yaml written by reading its files; the
halves are printed side by side.  `heldout2` to `heldout6` were split off (by crc32 of the file
name), `heldout7` to `heldout14` by region (each region wholly in one half; heldout7's and heldout9's
to heldout14's regions are in no tune half, heldout8's in none or at most two), and their goldens
written before the program ran on the acts they hold; tune on the `tune*` halves only (`--halves
tune,tune2,tune3,tune4,tune5,tune6,tune7,tune8,tune9,tune10,tune11,tune12,tune13,tune14`)
and keep count of the runs that include a held-out half.  A field counts only where the golden states it: a
value (a match is exact), or an explicit null for `region`/`act_kind`-style "not stated" (then
the field must stay null).  Where a golden leaves a field out it is not counted; a value found
where the golden says null is also listed as a false positive.  `kinds` counts in every
document.  `--code` imports the program from another checkout (e.g. main's worktree) while
reading this checkout's corpus, so one corpus gives the before and after figures.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
HALVES = ("tune", "heldout", "tune2", "heldout2", "tune3", "heldout3", "tune4", "heldout4", "tune5", "heldout5",
          "tune6", "heldout6", "tune7", "heldout7", "tune8", "heldout8", "tune9", "heldout9",
          "tune10", "heldout10", "tune11", "heldout11", "tune12", "heldout12", "tune13", "heldout13",
          "tune14", "heldout14")
FIELDS = ("region", "region_code", "authority", "order_number", "order_date", "act_kind")


def _same(got, exp) -> bool:
    if isinstance(exp, dt.date) and isinstance(got, dt.datetime):
        got = got.date()
    return (got is None and exp is None) or (exp is not None and str(got) == str(exp))


def evaluate(half: Path, verbose: bool) -> tuple[int, Counter, Counter, Counter]:
    from parsers.detect import detect
    from parsers.extract.metadata import read_metadata
    from parsers.formats import read_document
    from pipeline.run.process import process_path

    golden = yaml.safe_load((half / "golden.yaml").read_text(encoding="utf-8"))
    right, stated, false_pos = Counter(), Counter(), Counter()
    for name, want in golden.items():
        path = half / name
        res = process_path(path)
        md = read_metadata(read_document(path, detect(path)))[0]
        for f in FIELDS:
            if f not in want:
                continue
            got, exp = md.get(f), want[f]
            stated[f] += 1
            ok = _same(got, exp)
            right[f] += ok
            false_pos[f] += exp is None and got is not None
            if verbose and not ok:
                print(f"  {half.name}/{name}: {f} = {got!r}, golden {exp!r}")
        stated["kinds"] += 1
        ok = sorted(res.document["kinds"]) == sorted(want.get("kinds") or [])
        right["kinds"] += ok
        if verbose and not ok:
            print(f"  {half.name}/{name}: kinds = {res.document['kinds']}, golden {want.get('kinds')}")
        for kind, n in (want.get("procedure_lists") or {}).items():
            got = sum(1 for r in res.procedure_items if r["list_kind"] == kind)
            stated["procedure_lists"] += 1
            right["procedure_lists"] += got == n
            if verbose and got != n:
                print(f"  {half.name}/{name}: {kind} items = {got}, golden {n}")
    return len(golden), right, stated, false_pos


def _cell(right: Counter, stated: Counter, f: str) -> str:
    if not stated[f]:
        return "-"
    return f"{right[f]}/{stated[f]}={right[f] / stated[f]:.0%}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--verbose", action="store_true", help="list each miss")
    ap.add_argument("--code", type=Path, default=ROOT,
                    help="checkout whose program is measured (default: this one)")
    ap.add_argument("--halves", default=",".join(HALVES),
                    help=f"comma-separated halves to measure (default: {','.join(HALVES)})")
    args = ap.parse_args()
    sys.path.insert(0, str(args.code.resolve()))
    names = [h for h in args.halves.split(",") if h]
    halves = {h: evaluate(ROOT / "tests" / "data" / "real" / h, args.verbose) for h in names}
    print(f"program: {args.code.resolve()}   documents: "
          + ", ".join(f"{h} {n}" for h, (n, *_) in halves.items()))
    print(f"  {'field':16s} " + " ".join(f"{h:>15s}" for h in halves)
          + f"   false positives ({'/'.join(halves)})")
    for f in (*FIELDS, "kinds", "procedure_lists"):
        cells = [_cell(r, s, f) for _, r, s, _ in halves.values()]
        fp = "/".join(str(p[f]) for *_, p in halves.values()) if f in FIELDS else ""
        print(f"  {f:16s} " + " ".join(f"{c:>15s}" for c in cells) + f"   {fp}")


if __name__ == "__main__":
    main()
