"""Forms real copies give an act's header: each transformation (benchmarks/act_mutations.py) applied,
seeded, to every act of the OPEN real halves (tests/data/real/tune … tune12), and the header
reader's figure on the clean text, on the mutated text and the drop, per transformation and field.

    PYTHONPATH=. .venv/bin/python benchmarks/mutate_acts.py                        # every kind, field, half
    PYTHONPATH=. .venv/bin/python benchmarks/mutate_acts.py --kinds joined,latin --misses
    PYTHONPATH=. .venv/bin/python benchmarks/mutate_acts.py --halves tune9 --fields order_number
    PYTHONPATH=. .venv/bin/python benchmarks/mutate_acts.py --code ../main      # another checkout's readers

An act counts for a kind and field only where the golden states the field and the kind changed
the text (an act with no number sign has none to change): «n» is those acts, «clean» the share
read right on their clean text, «mutated» on the same acts mutated, «drop» the difference (points
of 100).  The golden stays as it is (the same act, written otherwise) save where a kind changes
the number itself («-од», «/01-05»): its golden number is the changed one.  Held-out halves are
never read.  `--seed` spoils other words (the default is fixed).
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.act_mutations import KINDS, mutate  # noqa: E402
from benchmarks.act_mutations_roles import ROLE_KINDS  # noqa: E402

KINDS.update(ROLE_KINDS)        # the act's pair away from its head or beside another role's: one table of kinds

REAL = ROOT / "tests" / "data" / "real"
HALVES = ("tune", "tune2", "tune3", "tune4", "tune5", "tune6", "tune7", "tune8", "tune9", "tune10", "tune11", "tune12")
FIELDS = ("region_code", "authority", "order_number", "order_date", "act_kind")


def _read(text: str) -> dict:
    from parsers.extract.metadata import read_metadata
    from parsers.formats.text import parse_text
    md = read_metadata(parse_text(text))[0]
    return {f: md[f].date() if isinstance(md[f], dt.datetime) else md[f] for f in FIELDS}


def _same(got, exp) -> bool:
    return (got is None and exp is None) or (exp is not None and str(got) == str(exp))


def _acts(halves: list[str]) -> list[tuple[str, str, dict]]:
    out = []
    for half in halves:
        golden = yaml.safe_load((REAL / half / "golden.yaml").read_text(encoding="utf-8"))
        for name, want in golden.items():
            path = REAL / half / name
            if path.suffix == ".txt" and any(f in want for f in FIELDS):
                out.append((f"{half}/{name}", path.read_text(encoding="utf-8"), want))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--kinds", default=",".join(KINDS), help=f"comma-separated kinds [{','.join(KINDS)}]")
    ap.add_argument("--fields", default=",".join(FIELDS), help=f"comma-separated fields [{','.join(FIELDS)}]")
    ap.add_argument("--halves", default=",".join(HALVES), help="comma-separated OPEN halves [tune … tune12]")
    ap.add_argument("--seed", type=int, default=15, help="which words are spoilt [15]")
    ap.add_argument("--misses", action="store_true", help="each act read right clean and wrong mutated")
    ap.add_argument("--code", type=Path, default=ROOT,
                    help="checkout whose program is measured (default: this one); the acts and kinds are this one's")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(args.code.resolve()))
    kinds = [k for k in args.kinds.split(",") if k]
    fields = [f for f in args.fields.split(",") if f]
    halves = [h for h in args.halves.split(",") if h]
    bad = [k for k in kinds if k not in KINDS] + [f for f in fields if f not in FIELDS] + [
        h for h in halves if h not in HALVES]
    if bad:
        ap.error(f"unknown kind or field, or not an open half: {bad}")
    t0 = time.process_time()
    acts = _acts(halves)
    clean = {name: _read(text) for name, text, _ in acts}
    ok = {name: {f: _same(clean[name][f], want[f]) for f in fields if f in want} for name, _, want in acts}
    print(f"acts: {len(acts)}   clean: " + "  ".join(
        f"{f} {sum(o.get(f, False) for o in ok.values())}/{sum(f in o for o in ok.values())}" for f in fields))
    print(f"{'kind':<22}" + "".join(f"{f:>28}" for f in fields))
    for kind in kinds:
        before = {f: [] for f in fields}
        after = {f: [] for f in fields}
        for name, text, want in acts:
            spoilt = mutate(kind, text, want, args.seed, name)
            if spoilt is None:
                continue
            got = _read(spoilt[0])
            for f in ok[name]:
                right = _same(got[f], spoilt[1][f])
                before[f].append(ok[name][f])
                after[f].append(right)
                if args.misses and ok[name][f] and not right:
                    print(f"  MISS {kind} {name} {f}: {got[f]!r}, golden {spoilt[1][f]!r}")
        cells = []
        for f in fields:
            n = len(before[f])
            if not n:
                cells.append(f"{'n=0':>28}")
                continue
            b, a = sum(before[f]) / n, sum(after[f]) / n
            cells.append(f"{f'n={n} {b:.2f}>{a:.2f} {100 * (b - a):+5.1f}':>28}")
        print(f"{kind:<22}" + "".join(cells), flush=True)
    print(f"cells: n=acts changed, clean>mutated share right, drop in points   cpu: {time.process_time() - t0:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
