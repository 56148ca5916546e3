"""Where the learned opinion (need_model.py) meets the rules' reading of a cell: one narrow hook, called
by needs._doubted_cell after the cell's doubts and before the calibration.

* a swap: a need (not an analyst's override nor an exact term) whose code the model gives less than
  `swap_below` while it gives another code at least `swap_top` takes the model's code — scored below
  review (0.84 at most, method "+model:swap"), a guess for a person to confirm; with `swap_sure` 0 only
  needs already below review are swapped;
* contradiction: a sure need (score >= 0.85, not fixed) whose code the model gives less than
  `contradict_below` goes to review (0.84, method "+model");
* agreement: `agrees` is the calibration's signature level `model` (need_signature.py): "1" where the
  model gives the need's code at least AGREE, "0" below, "-" without a model;
* a cell the rules read no need in gets, where the fit's `fill` is on, each clause's likeliest code,
  scored below review (0.84 × its probability).

A score is only ever lowered, never raised.  Every threshold is the model file's, chosen leave-one-writer-
out on fresh readings by benchmarks/fit_need_model.py (which judges with `say`, this very logic).
`TOUCHPOINTS_NEED_CALIBRATION=off` in the environment turns the hook off with the calibration: both are
scoring steps after the rules, and the rules' tests (tests/conftest.py) judge a reading's own score.
"""
from __future__ import annotations

import os
from dataclasses import replace
from typing import Callable, Mapping

from .matcher import REVIEW, Match
from .need_model import clause_probs, model

CONTRADICTED = 0.84
AGREE = 0.5
ACTIVE = [os.environ.get("TOUCHPOINTS_NEED_CALIBRATION", "on").strip().lower() != "off"]


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


def say(phrases: tuple[str, ...], matches: list[Match], probs: Callable[[str], Mapping[str, float]],
        settings: Mapping[str, float]) -> list[Match]:
    """The cell's needs with the model's say, `probs` giving a clause's distribution (see the docstring)."""
    if not matches:
        if not settings.get("fill"):
            return matches
        out: dict[str, Match] = {}
        for p in phrases:
            dist = probs(p)
            code = max(dist, key=dist.get)
            out.setdefault(code, Match(code, round(CONTRADICTED * dist[code], 3), "model", p))
        return list(out.values())
    out, codes = [], {m.code for m in matches}
    for m in matches:
        dist = probs(m.text) if not fixed(m.method) else {}
        top = max(dist, key=dist.get) if dist else m.code
        # (a code the cell already has is no swap: the cell's needs stay unique)
        if top not in codes and dist[top] >= settings.get("swap_top", 2.0) and dist.get(m.code, 0.0) < \
                settings.get("swap_below", 0.0) and (m.score < REVIEW or settings.get("swap_sure")):
            m = Match(top, min(m.score, CONTRADICTED), m.method + "+model:swap", m.text, (m.code,))
            codes.add(top)
        elif m.score >= REVIEW and dist and dist.get(m.code, 0.0) < settings.get("contradict_below", 0.0):
            m = replace(m, score=CONTRADICTED, method=m.method + "+model")
        out.append(m)
    return out


def weigh(phrases: tuple[str, ...], matches: list[Match]) -> list[Match]:
    """The cell's needs with the shipped model's say."""
    if not ACTIVE[0] or model() is None:
        return matches
    return say(phrases, matches, lambda t: dict(clause_probs(t)), dict(model().settings))
