"""Where the learned opinion (need_model.py) meets the rules' reading of a cell: one narrow hook, called
by needs._doubted_cell after the cell's doubts and before the calibration.

* contradiction: a sure need (score >= 0.85, neither an analyst's override nor an exact term) whose code
  the model gives less than `contradict_below` goes to review (0.84, method "+model");
* agreement: `agrees` is the calibration's signature level `model` (need_signature.py): "1" where the
  model gives the need's code at least AGREE, "0" below, "-" without a model;
* a cell the rules read no need in gets, where the fit's `fill` is on, each clause's likeliest code,
  scored below review (0.84 × its probability): a guess for a person to confirm.

A score is only ever lowered, never raised, and the rules' codes never change.  The thresholds are the
model file's, chosen leave-one-writer-out by benchmarks/fit_need_model.py.
`TOUCHPOINTS_NEED_MODEL=off` in the environment turns the hook off (as the calibration's switch).
"""
from __future__ import annotations

import os
from dataclasses import replace

from .matcher import REVIEW, Match
from .need_model import clause_probs, model

CONTRADICTED = 0.84
AGREE = 0.5
ACTIVE = [os.environ.get("TOUCHPOINTS_NEED_MODEL", "on").strip().lower() != "off"]


def fixed(method: str) -> bool:
    """An analyst's override or an exact term: the model has no say."""
    return method.split("+", 1)[0] in ("override", "exact")


def prob(code: str, text: str) -> float | None:
    """The model's P(code | clause); None without a model or with the hook off."""
    if not ACTIVE[0]:
        return None
    probs = clause_probs(text)
    return dict(probs).get(code, 0.0) if probs else None


def agrees(m: Match) -> str:
    p = prob(m.code, m.text)
    return "-" if p is None else "1" if p >= AGREE else "0"


def weigh(phrases: tuple[str, ...], matches: list[Match]) -> list[Match]:
    """The cell's needs with the model's say (see the module's docstring)."""
    if not ACTIVE[0] or model() is None:
        return matches
    settings = dict(model().settings)
    if not matches:
        if not settings.get("fill"):
            return matches
        out: dict[str, Match] = {}
        for p in phrases:
            code, pr = max(clause_probs(p), key=lambda kv: kv[1])
            out.setdefault(code, Match(code, round(CONTRADICTED * pr, 3), "model", p))
        return list(out.values())
    below = settings.get("contradict_below", 0.0)
    return [replace(m, score=min(m.score, CONTRADICTED), method=m.method + "+model")
            if m.score >= REVIEW and not fixed(m.method) and (prob(m.code, m.text) or 0.0) < below else m
            for m in matches]
