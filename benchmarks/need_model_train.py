"""The training half of benchmarks/fit_need_model.py: labelled clauses out of labelled cells, and a
multinomial logistic regression fitted on them (numpy only, full batch, deterministic).

A pool's row labels a CELL with its set of codes; the model reads a CLAUSE (the reader's cut,
`needs._read_cell`).  A clause's target: the cell's code where the cell has one; else the gold codes the
rules read in that clause (the rules align a cell's codes to its clauses — weak supervision on the training
writers only); else a uniform share of the gold codes no other clause of the cell took.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from normalizers.need_model import NeedModel, dense, hashed


@dataclass
class Clause:
    writer: str
    text: str
    target: dict[str, float]          # code -> share of the clause's weight


def targets(gold: set[str], phrases: tuple[str, ...], rules: list[set[str]]) -> list[dict[str, float]]:
    """Each clause's soft target in a cell of gold codes `gold` (see the module's docstring)."""
    if len(gold) == 1:
        return [{next(iter(gold)): 1.0} for _ in phrases]
    hit = [sorted(r & gold) for r in rules]
    free = sorted(gold - {c for h in hit for c in h}) or sorted(gold)
    return [{c: 1 / len(h) for c in h} if h else {c: 1 / len(free) for c in free} for h in hit]


@dataclass
class Design:
    """The clauses' features: hashed buckets (as rows/cols of a sparse 0/1 matrix over the kept buckets)
    and the dense part."""
    keys: np.ndarray        # kept buckets, sorted
    rows: np.ndarray
    cols: np.ndarray
    x: np.ndarray           # (clauses, dense features)


def design(texts: list[str], min_count: int = 2, keys: np.ndarray | None = None) -> Design:
    """Features of `texts`; buckets seen in fewer than `min_count` texts dropped (unless `keys` are given)."""
    per = [hashed(t) for t in texts]
    if keys is None:
        seen, counts = np.unique(np.fromiter((b for bs in per for b in bs), dtype=np.int64), return_counts=True)
        keys = seen[counts >= min_count]
    rows, cols = [], []
    for i, bs in enumerate(per):
        b = np.asarray(bs, dtype=np.int64)
        at = np.minimum(np.searchsorted(keys, b), max(len(keys) - 1, 0))
        ok = keys[at] == b if len(keys) else np.zeros(len(b), bool)
        cols.append(at[ok])
        rows.append(np.full(int(ok.sum()), i))
    x = np.vstack([dense(t) for t in texts]) if texts else np.zeros((0, 306), np.float32)
    return Design(keys, np.concatenate(rows or [np.zeros(0, int)]), np.concatenate(cols or [np.zeros(0, int)]), x)


def fit(d: Design, t: np.ndarray, codes: tuple[str, ...], iters: int = 300, l2: float = 1e-3,
        lr: float = 0.05) -> NeedModel:
    """Softmax regression on design `d` and soft targets `t` (clauses × codes): Adam, full batch, from zero."""
    n, k, f = len(t), len(codes), len(d.keys)
    params = [np.zeros((f, k)), np.zeros((d.x.shape[1], k)), np.zeros(k)]
    m = [np.zeros_like(p) for p in params]
    v = [np.zeros_like(p) for p in params]
    for step in range(1, iters + 1):
        ws, wd, b = params
        z = b + d.x @ wd + np.stack([np.bincount(d.rows, weights=ws[d.cols, j], minlength=n) for j in range(k)], 1)
        p = np.exp(z - z.max(1, keepdims=True))
        p /= p.sum(1, keepdims=True)
        g = (p - t) / n
        grads = [np.stack([np.bincount(d.cols, weights=g[d.rows, j], minlength=f) for j in range(k)], 1) + l2 * ws,
                 d.x.T @ g + l2 * wd, g.sum(0)]
        for i, gr in enumerate(grads):
            m[i] = 0.9 * m[i] + 0.1 * gr
            v[i] = 0.999 * v[i] + 0.001 * gr * gr
            params[i] = params[i] - lr * (m[i] / (1 - 0.9 ** step)) / (np.sqrt(v[i] / (1 - 0.999 ** step)) + 1e-8)
    ws, wd, b = params
    return NeedModel(codes, d.keys.astype(np.int64), ws.astype(np.float32), wd.astype(np.float32), b.astype(np.float32))


def target_matrix(clauses: list[Clause], codes: tuple[str, ...]) -> np.ndarray:
    at = {c: i for i, c in enumerate(codes)}
    t = np.zeros((len(clauses), len(codes)))
    for r, cl in enumerate(clauses):
        for c, w in cl.target.items():
            t[r, at[c]] = w
    return t
