"""What the kinds of `--layouts heldout14` share: the header wordings of one more region's ministry (`header_words`
`regional`) and the `mainstream` third of the documents (every axis at its first value, so a per-axis figure names what
fails). Scaffolding, the same in both halves; none of it is gold."""
from __future__ import annotations

from .axes import AxisPlan

AXES = {"header_words": ("plain", "regional")}


def label(labels: dict[str, tuple[str, str]], col: str, ax) -> str:
    """A column's heading in the document's wording (`plain` or `regional`)."""
    return labels[col][ax["header_words"] == "regional"]


def axes(plan: AxisPlan, i: int, spec: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """Every third document (i = 0, 3, 6, …) fully mainstream (each axis at its first value); the others take the
    values from a plan of their own, so each value is still used evenly among them."""
    if i % 3 == 0:
        return {n: values[0] for n, values in spec.items()} | {"mainstream": "yes"}
    free = plan.n - (plan.n + 2) // 3
    own = AxisPlan(plan.seed, free, plan.kind + ":h14")
    j = i - i // 3 - 1
    return {n: own.value(n, values, j) for n, values in spec.items()} | {"mainstream": "no"}
