"""Rows read from tables copied a cell per line (ГАРАНТ's web copies), against the counts
the fixtures hold.

    python benchmarks/eval_text_cells.py [--code CHECKOUT]

The fixtures are tests/fixtures/text_cells/*.txt; each one's rows were counted by reading
it (GOLD below).  `--code` imports the program from another checkout (e.g. main's
worktree at the commit before the reader) to measure what it read there.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIX = ROOT / "tests" / "fixtures" / "text_cells"
# fixture -> (touchpoints, roadmap items, procedure items), counted in the fixture
GOLD = {
    "garant_touchpoints.txt": (4, 0, 0),
    "garant_list_only.txt": (4, 0, 0),
    "garant_unnumbered.txt": (3, 0, 0),
    "garant_broken.txt": (4, 0, 0),
    "garant_roadmap.txt": (0, 3, 0),
    "garant_procedure.txt": (0, 0, 9),
    "garant_stamp_in_table.txt": (3, 0, 0),
    "garant_procedure_appendix.txt": (0, 0, 10),
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--code", type=Path, default=ROOT, help="checkout whose program is measured")
    args = ap.parse_args()
    sys.path.insert(0, str(args.code.resolve()))
    from pipeline.run.process import process_path

    print(f"program: {args.code.resolve()}")
    print(f"{'fixture':28} {'touchpoints':>12} {'roadmap':>9} {'procedure':>10}")
    found = want = extra = 0
    for name, gold in GOLD.items():
        res = process_path(FIX / name)
        got = (len(res.touchpoints), len(res.roadmap), len(res.procedure_items))
        cells = [f"{g}/{w}" for g, w in zip(got, gold)]
        print(f"{name:28} {cells[0]:>12} {cells[1]:>9} {cells[2]:>10}")
        found += sum(min(g, w) for g, w in zip(got, gold))
        want += sum(gold)
        extra += sum(max(0, g - w) for g, w in zip(got, gold))
    print(f"rows found: {found}/{want} = {found / want:.2f}; rows read beyond the fixtures' counts: {extra}")


if __name__ == "__main__":
    main()
