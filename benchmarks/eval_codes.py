"""Accuracy, needs F1, per-code confusion and calibration of the channel and needs codes.

    .venv/bin/python benchmarks/eval_codes.py            # every half (dev, test, independent)
    .venv/bin/python benchmarks/eval_codes.py --half test --misses
    .venv/bin/python benchmarks/eval_codes.py --pool tune --misses   # the phrase pools' tune half
    .venv/bin/python benchmarks/eval_codes.py --pool test            # their test half: aggregates only
    .venv/bin/python benchmarks/eval_codes.py --pools benchmarks/layoutbed/pools2 --pool tune
    .venv/bin/python benchmarks/eval_codes.py --split --misses   # needs split alone, every pool's tune half
    .venv/bin/python benchmarks/eval_codes.py --curve    # needs: precision/review trade-off, tune halves
    .venv/bin/python benchmarks/eval_codes.py --pools benchmarks/layoutbed/pools3 --pool tune  # tune-only pool
    .venv/bin/python benchmarks/eval_codes.py --pools benchmarks/layoutbed/pools4 --pool tune  # the fourth pool
    .venv/bin/python benchmarks/eval_codes.py --pools benchmarks/layoutbed/pools6 --pool tune  # the sixth pool
    .venv/bin/python benchmarks/eval_codes.py --pools benchmarks/layoutbed/pools7 --pool tune  # the seventh pool

The evaluation set is tests/eval/*.tsv (see tests/eval/README.md for the fixed split rule);
`--pool` reads benchmarks/layoutbed/pools/{tune,test}/ instead (`--pools DIR`: another pool
folder with the same layout, e.g. pools2): phrases written from the taxonomy's definitions
by someone who never saw the vocabulary (their README says how).
The halves never tuned on (tests/eval's independent half, the pools' test half) print only
their aggregate figures, never per-phrase misses or per-code confusion.  Roadmap cells too:
where a pool has them, its deadline cells (the date) and «Ответственный» cells (names as a
set; names and positions) are scored with `--pool`.
Calibration: among phrases whose score is >= 0.85 (the review threshold), the share coded
right — a high score should mean a right code.  For a need cell the score is the lowest
score of its phrases and "right" means exactly the expected set of codes.
With `--pool`, the roadmap activities' milestones are scored too (the area given as the
gold milestone's block, and as unknown), and the direction headings (`directions.tsv`: accuracy,
the share right among codes scored >= 0.85; benchmarks/eval_directions.py has the processes too).
`--curve` prints that trade-off on the tune halves only (the tune halves of pools, pools2 …
pools11, and tests/eval's dev half) for each setting of the needs' `doubt` thresholds
(data/need_grammar.yaml, normalizers/need_doubt.py): the setting is chosen there.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from normalizers import match_channel, match_needs  # noqa: E402
from normalizers.matcher import REVIEW  # noqa: E402

EVAL = ROOT / "tests" / "eval"
HELD_OUT = {"independent"}      # never tuned on: aggregate figures only, like the pools' test half
POOLS = ROOT / "benchmarks" / "layoutbed" / "pools"


def _rows(path: Path) -> list[tuple[str, str]]:
    with open(path, encoding="utf-8", newline="") as f:
        r = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(r)
        # the pools write a cell's line break as the two characters \n and comment with #
        return [(row[0].replace("\\n", "\n"), row[1]) for row in r if row and not row[0].startswith("#")]


def _calibration(scored: list[tuple[float, bool]]) -> str:
    high = [ok for s, ok in scored if s >= REVIEW]
    low = [ok for s, ok in scored if s < REVIEW]
    share = sum(high) / len(high) if high else float("nan")
    low_share = sum(low) / len(low) if low else float("nan")
    to_review = len(low) / len(scored) if scored else float("nan")
    return (f"score>={REVIEW}: {len(high)} phrases, {share:.3f} right;  "
            f"score<{REVIEW} (to review): {len(low)} phrases ({to_review:.3f} of all), {low_share:.3f} right")


def eval_channels(half: str, path: Path, misses: bool, detail: bool = True) -> None:
    rows = _rows(path)
    scored, confusion = [], Counter()
    for phrase, gold in rows:
        m = match_channel(phrase)
        ok = m.code == gold
        scored.append((m.score, ok))
        if not ok:
            confusion[(gold, m.code)] += 1
            if misses:
                print(f"  MISS channel {gold:>18} <- {m.code:<18} {m.score:.2f} {m.method:<6} {phrase}")
    acc = sum(ok for _, ok in scored) / len(rows)
    print(f"[{half}] channels: n={len(rows)} accuracy={acc:.3f}")
    print(f"[{half}] channels calibration: {_calibration(scored)}")
    for (gold, got), n in confusion.most_common() if detail else ():
        print(f"    confusion channel  expected {gold:<18} got {got:<18} x{n}")


def eval_needs(half: str, path: Path, misses: bool, detail: bool = True) -> None:
    rows = _rows(path)
    tp = fp = fn = 0
    scored, confusion = [], Counter()
    per_code: Counter = Counter()
    for phrase, gold_s in rows:
        gold = set(gold_s.split(","))
        ms = match_needs(phrase)
        got = {m.code for m in ms}
        score = min((m.score for m in ms), default=0.0)
        ok = got == gold
        scored.append((score, ok))
        tp += len(got & gold)
        fp += len(got - gold)
        fn += len(gold - got)
        for c in gold & got:
            per_code[(c, "tp")] += 1
        for c in gold - got:
            per_code[(c, "fn")] += 1
            confusion[(c, ",".join(sorted(got - gold)) or "-")] += 1
        for c in got - gold:
            per_code[(c, "fp")] += 1
            if not gold - got:
                confusion[("-", c)] += 1
        if not ok and misses:
            print(f"  MISS needs {gold_s:>28} <- {','.join(m.code for m in ms):<28} {score:.2f} {phrase}")
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    exact = sum(ok for _, ok in scored) / len(rows)
    print(f"[{half}] needs: n={len(rows)} F1={f1:.3f} (P={p:.3f} R={r:.3f}) exact-set accuracy={exact:.3f}")
    print(f"[{half}] needs calibration: {_calibration(scored)}")
    if not detail:
        return
    codes = sorted({c for c, _ in per_code})
    print("    per code (tp/fp/fn): " + "  ".join(
        f"{c} {per_code[(c, 'tp')]}/{per_code[(c, 'fp')]}/{per_code[(c, 'fn')]}" for c in codes))
    for (gold, got), n in confusion.most_common():
        print(f"    confusion needs    expected {gold:<18} got {got:<18} x{n}")


TUNE_HALVES = tuple(POOLS.parent / name / "tune" / "needs.tsv"
                    for name in ("pools", "pools2", "pools3", "pools4", "pools5", "pools6", "pools7", "pools8", "pools9",
                                 "pools10", "pools11")) + \
    (EVAL / "needs_dev.tsv",)


def eval_milestones(half: str, path: Path, misses: bool) -> None:
    """Roadmap activities' milestones, the item's area given as its gold milestone's block
    (a direction's code for block 3) and given as unknown (no section): the wording alone."""
    from normalizers.milestones import _data, match_milestone
    scope = {r.code: r.scope for r in _data().milestones}
    rows = _rows(path)
    for label, area_of in (("block given", lambda s: {"general": "general", "hr": "hr"}.get(s, "public_services")),
                           ("no section", lambda s: None)):
        right = 0
        for activity, gold in rows:
            got = match_milestone(area_of(scope.get(gold)), activity)
            right += got == gold
            if got != gold and misses:
                print(f"  MISS milestone ({label}) {gold:>26} <- {got:<26} {activity}")
        print(f"[{half}] milestones ({label}): n={len(rows)} accuracy={right / len(rows):.3f}")


def eval_deadlines(half: str, path: Path, misses: bool) -> None:
    """Roadmap deadline cells: the date read (the last day of the period; empty = none)."""
    from normalizers.deadlines import parse_deadline
    rows = _rows(path)
    right = 0
    for raw, gold in rows:
        got = parse_deadline(raw).date
        ok = (got.isoformat() if got else "") == gold
        right += ok
        if not ok and misses:
            print(f"  MISS deadline {gold or '-':>10} <- {got or '-'!s:<10} {raw}")
    print(f"[{half}] deadlines: n={len(rows)} accuracy={right / len(rows):.3f}")


def eval_people(half: str, path: Path, misses: bool) -> None:
    """Roadmap «Ответственный» cells: the names as a set, and names with their positions in order
    (where the cell names someone)."""
    from normalizers.people import parse_people
    with open(path, encoding="utf-8", newline="") as f:
        r = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(r)
        rows = [(row + ["", ""])[:3] for row in r if row and not row[0].startswith("#")]
    names_ok = both_ok = 0
    for raw, names, positions in rows:
        got = parse_people(raw.replace("\\n", "\n"))
        want_n = [n.strip() for n in names.split(";") if n.strip()]
        want_p = [p.strip() for p in positions.split(";") if p.strip()]
        ok_n = set(got.names) == set(want_n)
        # positions are compared where the cell names people (the pools disagree on a
        # position or a department with no name); a pool writes no position for a bare name
        ok_b = ok_n and (not want_n or [p for p in got.positions if p] == want_p)
        names_ok += ok_n
        both_ok += ok_b
        if not ok_b and misses:
            print(f"  MISS people {names!r} {positions!r} <- {list(got.names)} {list(got.positions)}  {raw}")
    print(f"[{half}] responsible: n={len(rows)} names={names_ok / len(rows):.3f} "
          f"names+positions={both_ok / len(rows):.3f}")


SPLIT_POOLS = ("pools", "pools2", "pools3", "pools4", "pools5", "pools6", "pools7", "pools8", "pools9", "pools10",
               "pools11")


def split_figures(name: str, path: Path, misses: bool, detail: bool = True) -> tuple[Counter, list[int]]:
    """Splitting alone: per cell, the needs read (each phrase's or clause's reading, as a dataset
    row takes them: `need_phrase_matches`, distinct codes counted once) against the gold set's
    size — over-cut (more), under-cut (fewer), exact — and needs F1 over cells of one gold need
    and of several.  Counts (over, under, exact) and tp/fp/fn per kind come back for the total."""
    from normalizers.needs import need_phrase_matches
    counts: Counter = Counter()
    for cell, gold_s in _rows(path):
        gold = set(gold_s.split(","))
        ms = need_phrase_matches(cell)
        got = {m.code for m in ms}
        # one reading per distinct code: two phrases saying one need («узнать сроки; узнать порядок»)
        # are one need of the gold set, no over-cut
        read = len(got)
        cut = "over" if read > len(gold) else "under" if read < len(gold) else "exact"
        kind = "one" if len(gold) == 1 else "several"
        counts[(kind, cut)] += 1
        counts[(kind, "tp")] += len(got & gold)
        counts[(kind, "fp")] += len(got - gold)
        counts[(kind, "fn")] += len(gold - got)
        if misses and detail and cut != "exact":
            print(f"  {cut.upper():5} {len(gold)}->{read} {gold_s:>28} <- {','.join(sorted(got)):<28} {cell!r}")
    _print_split(name, counts)
    return counts


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _print_split(name: str, counts: Counter) -> None:
    parts = []
    for kind in ("one", "several"):
        n = sum(counts[(kind, c)] for c in ("over", "under", "exact"))
        f1 = _f1(*(counts[(kind, k)] for k in ("tp", "fp", "fn")))
        parts.append(f"{kind} need: n={n} exact={counts[(kind, 'exact')]} over={counts[(kind, 'over')]} "
                     f"under={counts[(kind, 'under')]} F1={f1:.3f}")
    tp, fp, fn = (counts[("one", k)] + counts[("several", k)] for k in ("tp", "fp", "fn"))
    print(f"[{name}] split: F1={_f1(tp, fp, fn):.3f};  " + ";  ".join(parts))


def split_all(half: str, misses: bool) -> None:
    """`--split`: the figures of `split_figures` for the `half` of every pool with needs, and their total."""
    total: Counter = Counter()
    for pool in SPLIT_POOLS:
        path = POOLS.parent / pool / half / "needs.tsv"
        if path.exists():
            total += split_figures(f"{pool}:{half}", path, misses, detail=half != "test")
    _print_split(f"all pools:{half}", total)


def _seed_cells() -> list[str]:
    """The seeds' interaction cells, as the golden snapshot of their rebuild holds them."""
    path = ROOT / "tests" / "golden" / "seeds_snapshot.jsonl"
    cells = (json.loads(line).get("interaction_raw") for line in path.read_text(encoding="utf-8").splitlines())
    return sorted({c for c in cells if c})


def curve() -> None:
    """Needs calibration on the tune halves for every setting of the `doubt` thresholds."""
    from normalizers import needs as needs_mod
    from normalizers.need_grammar import grammar, read_needs
    g = grammar()
    chosen = dict(g.doubt)
    rows = [r for path in TUNE_HALVES if path.exists() for r in _rows(path)]
    seeds = _seed_cells()
    print(f"needs, tune halves ({len(rows)} cells); the setting in need_grammar.yaml: {chosen}")
    for path in (p for p in TUNE_HALVES if p.exists()):      # the chosen setting, half by half
        scored = [(min((m.score for m in ms), default=0.0), {m.code for m in ms} == set(gold.split(",")))
                  for phrase, gold in _rows(path) for ms in [match_needs(phrase)]]
        print(f"  {path.parent.parent.name if path.parent.name == 'tune' else path.stem}: {_calibration(scored)}")
    settings = [dict(chosen, unread_words=u, coordinated_clauses=c)
                for u in (0, 1, 2, 3) for c in (0, 2, 3)]
    settings += [dict(chosen, **{k: 1 - chosen[k]})
                 for k in ("shared_words", "likely_again", "coordinated_unread", "unread_verb",
                           "clauses_over_codes", "question", "included_unsure", "open_topics", "unknown_first",
                           "channel_named", "answered_complaint")]
    for setting in settings:
        g.doubt.update(setting)
        for cache in (read_needs, needs_mod._codes, needs_mod.split_needs):
            cache.cache_clear()
        scored = []
        for phrase, gold in rows:
            ms = match_needs(phrase)
            scored.append((min((m.score for m in ms), default=0.0), {m.code for m in ms} == set(gold.split(","))))
        flood = sum(any(m.needs_review for m in match_needs(c)) for c in seeds)
        print(f"  {' '.join(f'{k}={v}' for k, v in setting.items())}: {_calibration(scored)};  "
              f"seed cells to review {flood}/{len(seeds)}")
    g.doubt.update(chosen)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--half", choices=["dev", "test", "independent", "both", "all"], default="all",
                    help="dev/test: the halves of tests/eval written with the vocabulary; independent: "
                         "phrases written by someone who never saw the vocabulary (never tuned on); "
                         "both: dev+test; all: every half present [default]")
    ap.add_argument("--pool", choices=["tune", "test"],
                    help="measure on benchmarks/layoutbed/pools/<half>/ instead of tests/eval "
                         "(test: aggregate figures only, never per phrase)")
    ap.add_argument("--pools", type=Path, default=POOLS, metavar="DIR",
                    help="the pool folder --pool reads (holding tune/ and test/) "
                         f"[default {POOLS.relative_to(ROOT)}]")
    ap.add_argument("--misses", action="store_true", help="list every wrongly coded phrase")
    ap.add_argument("--curve", action="store_true",
                    help="needs: share right among codes scored >= 0.85 against the share sent to review, "
                         "for each setting of the doubt thresholds (tune halves only)")
    ap.add_argument("--split", action="store_true",
                    help="needs split alone: needs read per cell against the gold's number (over-cut, "
                         "under-cut, exact) and F1 over cells of one need and of several, for every pool's "
                         "--pool half (tune by default; test: aggregates only)")
    args = ap.parse_args()
    t0 = time.perf_counter()
    if args.split:
        split_all(args.pool or "tune", args.misses)
        print(f"time: {time.perf_counter() - t0:.2f}s")
        return
    if args.curve:
        curve()
        print(f"time: {time.perf_counter() - t0:.2f}s")
        return
    if args.pool:
        detail = args.pool != "test"
        name = f"{args.pools.name}:{args.pool}"
        folder = args.pools / args.pool
        # a pool still being written may hold one file and not the other
        if (folder / "channels.tsv").exists():
            eval_channels(name, folder / "channels.tsv", args.misses and detail, detail)
        if (folder / "needs.tsv").exists():
            eval_needs(name, folder / "needs.tsv", args.misses and detail, detail)
        if (folder / "roadmap.tsv").exists():
            eval_milestones(name, folder / "roadmap.tsv", args.misses and detail)
        if (folder / "deadlines.tsv").exists():
            eval_deadlines(name, folder / "deadlines.tsv", args.misses and detail)
        if (folder / "responsible.tsv").exists():
            eval_people(name, folder / "responsible.tsv", args.misses and detail)
        if (folder / "directions.tsv").exists():
            # headings -> direction code: accuracy, and the share right among codes scored >= 0.85
            from benchmarks.eval_directions import evaluate
            from normalizers.direction_names import read_direction
            print(f"[{name}] direction headings: "
                  + evaluate(folder / "directions.tsv", "heading", read_direction, args.misses and detail))
        print(f"time: {time.perf_counter() - t0:.2f}s")
        return
    halves = {"both": ["dev", "test"], "all": ["dev", "test", "independent"]}.get(args.half, [args.half])
    for half in [h for h in halves if (EVAL / f"channels_{h}.tsv").exists()]:
        detail = half not in HELD_OUT
        eval_channels(half, EVAL / f"channels_{half}.tsv", args.misses and detail, detail)
        eval_needs(half, EVAL / f"needs_{half}.tsv", args.misses and detail, detail)
    print(f"time: {time.perf_counter() - t0:.2f}s")


if __name__ == "__main__":
    main()
