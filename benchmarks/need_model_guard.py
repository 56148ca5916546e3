"""The need model's swap guard measured leave-one-writer-out (rev18d): a sure grammar reading of a listed
object swapped by the model (the guard off) or only sent to review (on, need_model_hook.listed_sure), and
sure needs swapped at all (`swap_sure`) or guesses only — each writer against the model fitted without it,
on its fresh readings (fresh_need_signatures.py: the code of the day its pool landed) and on today's.

    PYTHONPATH=. .venv/bin/python benchmarks/need_model_guard.py                 # every listed writer (~10 min)
    PYTHONPATH=. .venv/bin/python benchmarks/need_model_guard.py pools15 pools16

Prints per writer the rules' F1 and the combination's, then the mean gain per setting.  Fits nothing to
keep; the shipped model's settings are judged, changed only in `swap_sure`.
"""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import fit_need_model as F  # noqa: E402
from fresh_need_signatures import NAMES  # noqa: E402
from normalizers import need_model, need_model_hook as hook  # noqa: E402


def main(writers: list[str]) -> None:
    halves = [(n, F.BED / n / "tune" / "needs.tsv") for n in NAMES] + [("eval:dev", F.EVAL / "needs_dev.tsv")]
    cells = F.read(halves)
    codes = tuple(sorted(F.taxonomy("needs").codes))
    settings = dict(need_model.model().settings)
    guard, gains = hook.listed_sure, {}
    try:
        for w in writers:
            m = F.train(F.clauses_of([c for c in cells if c["writer"] != w]), codes, 300)
            cache: dict = {}
            probs = lambda t, m=m, cache=cache: cache.setdefault(t, m.probs(t))      # noqa: E731
            for label, own in (("fresh", F.fresh([w])), ("today", [c for c in cells if c["writer"] == w])):
                for on in (False, True):
                    hook.listed_sure = guard if on else (lambda _m: False)
                    for sure in (1.0, 0.0):
                        j = F.judge(own, probs, dict(settings, swap_sure=sure))
                        key = f"{label} guard {'on ' if on else 'off'} swap_sure {sure:g}"
                        gains.setdefault(key, []).append(j["comb_f1"] - j["rules_f1"])
                        print(f"{w:>8} {key}: rules F1 {j['rules_f1']:.4f}, combination {j['comb_f1']:.4f}", flush=True)
    finally:
        hook.listed_sure = guard
    for key, g in gains.items():
        print(f"{key}: mean F1 gain {np.mean(g):+.4f} over {len(g)} writers, down {sum(x < -1e-9 for x in g)}")


if __name__ == "__main__":
    main(sys.argv[1:] or list(NAMES))
