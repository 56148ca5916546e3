"""Writing mistakes in phrases: each mistake kind (benchmarks/phrase_mistakes.py) applied, seeded,
to the TUNE halves' phrases of every pool set, and the readers' figure on the clean phrases, on
the mutated ones and the drop, per kind and field.

    PYTHONPATH=. .venv/bin/python benchmarks/mutate_phrases.py                      # every kind, field, pool
    PYTHONPATH=. .venv/bin/python benchmarks/mutate_phrases.py --kinds hyphen_space,glued --fields needs
    PYTHONPATH=. .venv/bin/python benchmarks/mutate_phrases.py --pools pools12 --misses   # each mutated miss

A row counts for a kind only where the kind changed its phrase (a phrase with no comma has no
comma to lose): «n» is those rows, «clean» the figure on their clean phrases, «mutated» on the
same rows mutated, «drop» the difference (in points of 100).  «sure-wrong» is how many mutated
readings are wrong though scored >= 0.85 (the review threshold): a mend that guesses must
score below it.  The figures are those of benchmarks/eval_codes.py: channel accuracy, needs F1
(micro, over codes), direction headings' and processes' accuracy, roadmap milestones (no
section: the wording alone), deadlines (the date), responsible (the names as a set), lead-in list kinds.
Test halves are never read.  `--seed` draws other words to spoil (the default is fixed).
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.layoutbed.pools import read_tsv  # noqa: E402
from benchmarks.phrase_mistakes import KINDS  # noqa: E402
from normalizers.matcher import REVIEW  # noqa: E402

POOLS = ROOT / "benchmarks" / "layoutbed"


@dataclass
class Field:
    file: str
    column: str
    gold: str
    # (phrase) -> (what was read, its score or None); right(read, gold) -> (tp, fp, fn) or bool
    read: Callable[[str], tuple[object, float | None]]
    right: Callable[[object, str], object]
    skip: frozenset[str] = frozenset()      # kinds that make the gold unknowable (a name inflected)


def _channel(text):
    from normalizers import match_channel
    m = match_channel(text)
    return m.code, m.score


def _needs(text):
    from normalizers import match_needs
    ms = match_needs(text)
    return {m.code for m in ms}, min((m.score for m in ms), default=0.0)


def _needs_right(got, gold):
    want = set(gold.split(","))
    return len(got & want), len(got - want), len(want - got)


def _heading(text):
    from normalizers.direction_names import read_direction
    m = read_direction(text)
    return (m.code, m.score) if m is not None else (None, 0.0)


def _process(text):
    from normalizers import direction_by_process
    m = direction_by_process(text)
    return (m.code, m.score) if m is not None else (None, 0.0)


def _milestone(text):
    from normalizers.milestones import match_milestone
    return match_milestone(None, text), None     # no section: the wording alone


def _deadline(text):
    from normalizers.deadlines import parse_deadline
    d = parse_deadline(text).date
    return (d.isoformat() if d else ""), None


def _people(text):
    from normalizers.people import parse_people
    return frozenset(parse_people(text).names), None


def _leadin(text):
    from parsers.extract.leadin import classify
    return classify(text), None


# a name inflected, cut, lower-cased or its ё changed is another name: no gold to read it against
_NAMES = frozenset({"case_ending", "lower", "abbreviations", "lost_ending", "yo"})
FIELDS = {
    "channels": Field("channels", "phrase", "code", _channel, lambda got, gold: got == gold),
    "needs": Field("needs", "phrase", "codes", _needs, _needs_right),
    "headings": Field("directions", "heading", "direction", _heading, lambda got, gold: got == gold),
    "processes": Field("processes", "process", "direction", _process, lambda got, gold: got == gold),
    "milestones": Field("roadmap", "activity", "milestone", _milestone, lambda got, gold: got == gold),
    "deadlines": Field("deadlines", "deadline_raw", "date", _deadline, lambda got, gold: got == gold),
    "responsible": Field("responsible", "responsible_raw", "names", _people,
                         lambda got, gold: got == frozenset(n.strip() for n in gold.split(";") if n.strip()),
                         skip=_NAMES),
    "leadins": Field("procedure_leadins", "leadin", "list_kind", _leadin, lambda got, gold: got == gold),
}


def _pool_rows(field: Field, pools: list[str]) -> list[tuple[str, str, str]]:
    """(pool, phrase, gold) of every pool's tune half holding the field's file."""
    out = []
    for pool in pools:
        path = POOLS / pool / "tune" / f"{field.file}.tsv"
        if path.is_file():
            out += [(pool, r[field.column].replace("\\n", "\n"), r[field.gold]) for r in read_tsv(path)]
    return out


def _figure(tally: list) -> float:
    if tally and isinstance(tally[0], tuple):      # needs: micro F1 over codes
        tp, fp, fn = (sum(t[i] for t in tally) for i in range(3))
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return sum(map(bool, tally)) / len(tally) if tally else float("nan")


def _ok(verdict) -> bool:
    return verdict[1] == verdict[2] == 0 if isinstance(verdict, tuple) else bool(verdict)


def measure(name: str, field: Field, kinds: list[str], pools: list[str], seed: int, misses: bool) -> list[str]:
    rows = _pool_rows(field, pools)
    clean = {phrase: field.right(field.read(phrase)[0], gold) for _, phrase, gold in rows}
    lines = [f"{name:<11} {'clean (all)':<14} n={len(rows):<5} {_figure(list(clean.values())):.3f}"]
    for kind in kinds:
        if kind in field.skip:
            continue
        before, after, sure_wrong = [], [], 0
        for pool, phrase, gold in rows:
            spoilt = KINDS[kind](phrase, random.Random(f"{seed}:{kind}:{phrase}"))
            if spoilt == phrase:
                continue
            got, score = field.read(spoilt)
            verdict = field.right(got, gold)
            before.append(clean[phrase])
            after.append(verdict)
            wrong = not _ok(verdict)
            sure_wrong += wrong and score is not None and score >= REVIEW
            if misses and wrong and _ok(clean[phrase]):
                print(f"  MISS {name} {kind} [{pool}] {gold} <- {got}  {spoilt!r}")
        if not before:
            lines.append(f"{name:<11} {kind:<14} n=0")
            continue
        b, a = _figure(before), _figure(after)
        sure = f"  sure-wrong {sure_wrong}" if field.file in ("channels", "needs", "directions") else ""
        lines.append(f"{name:<11} {kind:<14} n={len(before):<5} clean {b:.3f}  mutated {a:.3f}  "
                     f"drop {100 * (b - a):+5.1f}{sure}")
    return lines


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--kinds", default=",".join(KINDS), help=f"comma-separated mistake kinds [{','.join(KINDS)}]")
    ap.add_argument("--fields", default=",".join(FIELDS), help=f"comma-separated fields [{','.join(FIELDS)}]")
    ap.add_argument("--pools", default=",".join(sorted(p.name for p in POOLS.glob("pools*") if (p / "tune").is_dir())),
                    help="comma-separated pool sets (their tune halves) [every one]")
    ap.add_argument("--seed", type=int, default=14, help="which words are spoilt [14]")
    ap.add_argument("--misses", action="store_true", help="each phrase read right clean and wrong mutated")
    args = ap.parse_args(argv)
    kinds = [k.strip() for k in args.kinds.split(",") if k.strip()]
    fields = [f.strip() for f in args.fields.split(",") if f.strip()]
    pools = [p.strip() for p in args.pools.split(",") if p.strip()]
    bad = [k for k in kinds if k not in KINDS] + [f for f in fields if f not in FIELDS]
    if bad or any(p.endswith("test") or "/" in p for p in pools):
        ap.error(f"unknown kind or field, or not a pool set's name: {bad or pools}")
    t0 = time.process_time()
    for name in fields:
        for line in measure(name, FIELDS[name], kinds, pools, args.seed, args.misses):
            print(line, flush=True)
    print(f"cpu: {time.process_time() - t0:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
