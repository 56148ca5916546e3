"""Figures per half × format × axis value, printed as compact tables."""
from __future__ import annotations

import pandas as pd



def _f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _touch_stats(g: pd.DataFrame) -> dict:
    n = len(g)
    return {"docs": g["doc"].nunique(), "rows": n, "written": g["written"].mean(), "found": g["found"].mean(),
            "all": g["all"].mean(),
            "channel": g["channel"].mean(), "direction": g["direction"].mean(),
            "point_type": g["point_type"].mean(), "needs_f1": _f1(g["tp"].sum(), g["fp"].sum(), g["fn"].sum())[2]}


def _roadmap_stats(g: pd.DataFrame) -> dict:
    return {"docs": g["doc"].nunique(), "items": len(g), "written": g["written"].mean(), "found": g["found"].mean(),
            "milestone": g["milestone"].mean(), "deadline": g["deadline"].mean(),
            "responsible": g["responsible"].mean()}


def _procedure_stats(g: pd.DataFrame) -> dict:
    out = {"docs": g["doc"].nunique()}
    for kind in sorted(g["list_kind"].unique()):
        k = g[g["list_kind"] == kind]
        p, r, f = _f1(k["tp"].sum(), k["fp"].sum(), k["fn"].sum())
        out[kind] = f"{p:.2f}/{r:.2f}/{f:.2f}"
    p, r, f = _f1(g["tp"].sum(), g["fp"].sum(), g["fn"].sum())
    out["all P/R/F1"] = f"{p:.2f}/{r:.2f}/{f:.2f}"
    return out


STATS = {"touchpoint_list": _touch_stats, "roadmap": _roadmap_stats, "procedure": _procedure_stats}


def by_axis(records: pd.DataFrame, kind: str) -> pd.DataFrame:
    """One line per (half, format) overall, then per (half, format, axis, value)."""
    stats, lines = STATS[kind], []
    axes = sorted(c[5:] for c in records.columns if c.startswith("axis."))
    for (half, fmt), g in records.groupby(["half", "format"], sort=True):
        lines.append({"half": half, "format": fmt, "axis": "*", "value": "*", **stats(g)})
        for axis in axes:
            for value, a in g.groupby(f"axis.{axis}", sort=True):
                lines.append({"half": half, "format": fmt, "axis": axis, "value": value, **stats(a)})
    return pd.DataFrame(lines)


def summary(records: pd.DataFrame, kind: str) -> pd.DataFrame:
    """Overall per half and format only."""
    t = by_axis(records, kind)
    return t[t["axis"] == "*"].drop(columns=["axis", "value"])


def show(table: pd.DataFrame) -> str:
    return table.to_string(index=False, float_format=lambda v: f"{v:.2f}")
