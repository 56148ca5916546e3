"""Needs scored by how often such a reading is right (the step after the doubts).

The scores the rules give are hand-set constants: a reading path right 80 % of the time on
a new writer's phrases still scores 0.9.  Each need a cell gets has a signature of how it
was read (normalizers/need_signature.py: what the keyword rules say, the code, the rule that
gave it, words nobody knows, the cell's shape, whether its object was listed);
data/need_calibration.yaml holds, per bucket of signatures, the share of sure cells right in
FRESH readings of the pools' tune halves (each read by the code of the day it landed, before
anybody tuned on it: benchmarks/fresh_need_signatures.py), smoothed toward its coarser bucket
and fitted by benchmarks/fit_need_calibration.py (its header says how).  A need whose finest
bucket with enough examples is right less often than the file's `bar` goes to review (0.84,
its method marked "+calibrated"); the others, and a user's override, keep their score.  A
score is only ever lowered — a doubt rule's lowered score is never raised — and codes never
change.

`TOUCHPOINTS_NEED_CALIBRATION=off` in the environment turns the step off: the tests of the
reading rules (tests/conftest.py) judge a reading's own score, not the fitted table of the day.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, replace

from textcore.vocab import vocabulary
from .matcher import DATA, REVIEW, Match
from . import need_model_hook
from .need_signature import bucket_keys, signature, with_model

CALIBRATED = 0.84      # a reading of a bucket under the bar: to review
# off for the fit script (the scores it calibrates) and the rules' tests (the environment, inherited by workers)
# (pipeline/version.py keys the parse cache by it; pipeline/config.py refuses a value other than on/off)
ACTIVE = [os.environ.get("TOUCHPOINTS_NEED_CALIBRATION", "on").strip().lower() != "off"]


@dataclass(frozen=True)
class Calibration:
    bar: float                      # a bucket right less often than this goes to review
    rates: dict[str, float]         # bucket key -> smoothed share right (buckets with enough examples)

    def rate(self, values: tuple[str, ...]) -> float:
        """The share right of the finest bucket of the signature the table holds (1.0: none)."""
        return next((self.rates[k] for k in reversed(bucket_keys(values)) if k in self.rates), 1.0)

    def doubts(self, values: tuple[str, ...]) -> bool:
        return self.rate(values) < self.bar


@vocabulary(DATA / "need_calibration.yaml", required=("bar", "buckets"))
def calibration(data: dict) -> Calibration:
    return Calibration(float(data["bar"]), {str(k): float(v["rate"]) for k, v in (data["buckets"] or {}).items()})


def signatures(phrases: tuple[str, ...], matches: list[Match]) -> list[tuple[str, ...]]:
    """Each match's signature in a cell of `phrases` (distinct codes counted once)."""
    codes = len({m.code for m in matches})
    return [with_model(signature(m, len(phrases), codes), need_model_hook.agrees(m)) for m in matches]


def _overridden(m: Match) -> bool:
    """An analyst's override, also as a phrase in context marks it ("override+back": needs._in_context)."""
    return m.method.split("+", 1)[0] == "override"


def calibrated(phrases: tuple[str, ...], matches: list[Match], table: Calibration | None = None) -> list[Match]:
    """The cell's needs, a sure one of a bucket under the bar lowered below review."""
    if not matches or not ACTIVE[0] or all(m.score < REVIEW for m in matches):
        return matches
    table = table or calibration()
    return [replace(m, score=min(m.score, CALIBRATED), method=m.method + "+calibrated")
            if m.score >= REVIEW and not _overridden(m) and table.doubts(values) else m
            for m, values in zip(matches, signatures(phrases, matches))]
