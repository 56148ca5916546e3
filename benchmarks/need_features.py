"""Which features of a need reading go with a wrong code among the confident ones
(issue 17: among codes scored >= 0.85, at least 0.98 right) — tune halves only.

    .venv/bin/python benchmarks/need_features.py              # every tune half
    .venv/bin/python benchmarks/need_features.py --pools benchmarks/layoutbed/pools5 --wrong

For every cell of the tune halves (those of benchmarks/eval_codes.py's `TUNE_HALVES`, or
one pool's tune half) it reads the needs as the pipeline does, and names the features of
the reading: how each code was reached (`table`, `refine`, `default`, and notes such as
`+similar`), the action and object classes, several phrases or several needs in one
phrase, a fallback by shared words.  It prints, per feature, the cells scored >= 0.85
that have it and the share of them coded exactly right — a feature with a low share is
one the score should doubt (data/need_grammar.yaml, `doubt`).  `--wrong` also lists the
confident wrong cells with their features (never used on a test half: it reads none).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from eval_codes import TUNE_HALVES, _rows  # noqa: E402
from normalizers import match_needs  # noqa: E402
from normalizers.matcher import REVIEW, taxonomy  # noqa: E402
from normalizers.need_grammar import grammar, read_needs  # noqa: E402
from normalizers.need_objects import object_at  # noqa: E402
from normalizers.phrase import words  # noqa: E402
from normalizers.needs import split_needs  # noqa: E402


def features(cell: str) -> set[str]:
    """The features of a cell's reading (see the module's docstring)."""
    phrases = split_needs(cell)
    out = {"phrases>1"} if len(phrases) > 1 else set()
    for phrase in phrases:
        needs = read_needs(phrase)
        if not needs:
            out.add("fallback")
        if len({n.code for n in needs}) > 1:
            out.add("needs>1 in a phrase")
        g = grammar()
        ws = words(phrase, g.speller)
        seen = {hit[0] for i in range(len(ws)) for hit in [object_at(ws, i, g)] if hit}
        read = {n.obj for n in needs}
        unknown = sum(1 for w in ws if w.pos in ("NOUN", "VERB", "INFN") and not w.lemmas & g.known
                      and not (w.parts and w.parts[-1] in g.known))
        out.add(f"unknown words:{min(unknown, 4)}")
        out |= {f"unread object:{c}" for c in seen - read}
        shared = taxonomy("needs").match(phrase)
        if needs and shared.code not in {n.code for n in needs}:
            out.add(f"shared words disagree ({shared.method})")
        for n in needs:
            if n.obj != "*" and n.how.startswith("default"):
                out.add("default with a known object")
            base, *notes = n.how.replace("?", "").split("+")
            out |= {f"how:{base}", f"action:{n.action}", f"object:{n.obj}", f"pair:{n.action}+{n.obj}"}
            out |= {f"note:{x}" for x in notes}
    codes = {m.code for m in match_needs(cell)}
    out.add("codes<phrases" if len(codes) < len(phrases) else "codes>phrases" if len(codes) > len(phrases) else "codes=phrases")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pools", type=Path, help="one pool folder: its tune half only [default: every tune half]")
    ap.add_argument("--wrong", action="store_true", help="list the wrong cells scored >= 0.85")
    ap.add_argument("--dump", type=Path, help="write every cell's score, rightness and features (JSON lines)")
    ap.add_argument("--min", type=int, default=3, help="features with at least this many confident cells")
    args = ap.parse_args()
    paths = [args.pools / "tune" / "needs.tsv"] if args.pools else [p for p in TUNE_HALVES if p.exists()]
    stats: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    dump = open(args.dump, "w", encoding="utf-8") if args.dump else None
    for path in paths:
        for cell, gold in _rows(path):
            ms = match_needs(cell)
            score = min((m.score for m in ms), default=0.0)
            ok = {m.code for m in ms} == set(gold.split(","))
            feats = features(cell)
            if dump:
                dump.write(json.dumps({"half": path.parent.parent.name, "score": score, "ok": ok,
                                       "features": sorted(feats)}, ensure_ascii=False) + "\n")
            if score < REVIEW:
                continue
            for f in feats | {"(all)"}:
                stats[f][0] += 1
                stats[f][1] += ok
            if args.wrong and not ok:
                print(f"  WRONG {gold:>28} <- {','.join(m.code for m in ms):<28} {cell}\n"
                      f"        {' '.join(sorted(feats))}")
    rows = sorted(((n - right, f, n, right) for f, (n, right) in stats.items() if n >= args.min), reverse=True)
    print(f"confident cells (score >= {REVIEW}) per feature: wrong, cells, share right")
    for wrong, f, n, right in rows:
        print(f"  {f:<40} wrong {wrong:>3} of {n:>4}  {right / n:.3f}")


if __name__ == "__main__":
    main()
