"""How `last_joined` (parsers/extract/inline_joins.py) reads the «и» of an inline list's last part, on the tune halves'
phrases: every pool phrase with one «и» of its own is one item (a split is wrong), every two phrases joined by «и»
are two (no split is wrong).  Each case has two other phrases of its kind before it, as a list would.  Prints both
counts; tune halves only (never a test half).

    PYTHONPATH=. .venv/bin/python benchmarks/eval_list_joins.py [-v]
"""
from __future__ import annotations

import random
import re
import sys

from benchmarks.layoutbed import pools as P
from benchmarks.layoutbed.procedure_layout import pool_rows
from parsers.extract.inline_joins import last_joined
from parsers.extract.listread import top_level

_AND = re.compile(r"\s+и\s+")
KINDS = ("direction", "need", "channel_digital", "channel_offline")
SETS = ["pools"] + [f"pools{i}" for i in range(2, 14)]      # pools14 is held out


def phrases() -> tuple[list, list]:
    """(kind, phrase) with one top-level «и», and those with none; no «,»/«;» (they would read as several items)."""
    ones, nones = set(), set()
    for name in SETS:
        pools = P.load("tune", P.pool_root(name))
        for kind in KINDS:
            for text, _ in pool_rows(pools, kind):
                t = text.rstrip(".;").strip()
                if not t or "," in t or ";" in t or "\n" in t:
                    continue
                t = t[0].lower() + t[1:] if t[1:2].islower() else t
                top = top_level(t)
                n = sum(1 for m in _AND.finditer(t) if top[m.start()])
                (ones if n == 1 else nones if n == 0 else set()).add((kind, t))
    return sorted(ones), sorted(nones)


def main() -> None:
    rng = random.Random(1)
    ones, nones = phrases()
    by_kind: dict[str, list[str]] = {}
    for kind, t in ones + nones:
        by_kind.setdefault(kind, []).append(t)
    verbose = "-v" in sys.argv
    split = [(k, t) for k, t in ones if len(last_joined(rng.sample(by_kind[k], 2) + [t])) > 3]
    plain: dict[str, list[str]] = {}
    for kind, t in nones:
        plain.setdefault(kind, []).append(t)
    pairs = [(k, *rng.sample(v, 2)) for k, v in plain.items() for _ in range(150)]
    whole = [p for p in pairs if len(last_joined(rng.sample(by_kind[p[0]], 2) + [f"{p[1]} и {p[2]}"])) != 4]
    print(f"single items with one «и»: {len(ones)}, split wrongly: {len(split)}")
    print(f"two items joined by «и»: {len(pairs)}, left whole: {len(whole)}")
    if verbose:
        print(*(f"  split  {t}" for _, t in split), sep="\n")
        print(*(f"  whole  {a} | {b}" for _, a, b in whole), sep="\n")


if __name__ == "__main__":
    main()
