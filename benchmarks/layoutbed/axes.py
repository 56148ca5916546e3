"""Balanced axis values: over n documents every value of an axis is used about equally,
and axes are shuffled independently (so no two axes move together)."""
from __future__ import annotations

import random


class AxisPlan:
    def __init__(self, seed: int, n_docs: int, kind: str):
        self.seed, self.n, self.kind = seed, max(n_docs, 1), kind
        self._plans: dict[str, list[str]] = {}

    def value(self, axis: str, values: tuple[str, ...], i: int) -> str:
        if axis not in self._plans:
            seq = [values[k % len(values)] for k in range(self.n)]
            random.Random(f"{self.seed}:{self.kind}:{axis}").shuffle(seq)
            self._plans[axis] = seq
        return self._plans[axis][i % self.n]
