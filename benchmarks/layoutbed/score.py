"""Compares the program's Parquet output with the generator's gold, one record per gold item."""
from __future__ import annotations

import re
from difflib import SequenceMatcher
from pathlib import Path

import pandas as pd


def norm(text) -> str:
    text = str(text or "").lower().replace("ё", "е")
    return " ".join(re.findall(r"[0-9a-zа-я]+", text))


def similar(a: str, b: str) -> bool:
    a, b = norm(a), norm(b)
    if not a or not b:
        return False
    return a == b or (len(a) > 8 and a in b) or SequenceMatcher(None, a, b).ratio() >= 0.8


def align(gold_texts: list[str], found_texts: list[str], window: int = 8) -> list[int | None]:
    """For each gold item in order, the index of the program row that stands for it: the next one
    (within `window` rows after the last match) whose text is the gold text."""
    out, j = [], 0
    for g in gold_texts:
        hit = next((k for k in range(j, min(j + window, len(found_texts))) if similar(g, found_texts[k])), None)
        out.append(hit)
        if hit is not None:
            j = hit + 1
    return out


def read_output(out: Path) -> dict[str, pd.DataFrame]:
    tables = {}
    for name in ("documents", "touchpoints", "roadmap", "procedure_items"):
        tables[name] = pd.read_parquet(out / name)
    return tables


def _codes(value) -> set[str]:
    return {str(v) for v in value} if value is not None and len(value) else set()


def touch_records(gold: list[dict], rows: pd.DataFrame) -> list[dict]:
    rows = rows.sort_values("row_id")
    found = rows.to_dict("records")
    idx = align([g["touchpoint"] for g in gold], [r["touchpoint_raw"] for r in found])
    # the program's rows per gold row, so that summing over a group gives rows written / expected
    share = len(found) / len(gold) if gold else 0.0
    recs = []
    for g, k in zip(gold, idx):
        r = found[k] if k is not None else None
        got = _codes(r["needs"]) if r is not None else set()
        want = set(g["needs"])
        pt = None if r is None or pd.isna(r["point_type"]) else r["point_type"]
        rec = {"found": r is not None, "written": share,
               "channel": r is not None and r["channel"] == g["channel"],
               "direction": r is not None and r["direction"] == g["direction"],
               "point_type": r is not None and pt == g["point_type"],
               "needs_exact": r is not None and got == want,
               "tp": len(got & want), "fp": len(got - want), "fn": len(want - got)}
        rec["all"] = rec["channel"] and rec["direction"] and rec["point_type"] and rec["needs_exact"]
        recs.append(rec)
    return recs


def roadmap_records(gold: list[dict], rows: pd.DataFrame) -> list[dict]:
    items = rows[~rows["is_section"].fillna(False).astype(bool)].to_dict("records")
    idx = align([g["activity"] for g in gold], [r["activity"] for r in items])
    share = len(items) / len(gold) if gold else 0.0
    recs = []
    for g, k in zip(gold, idx):
        r = items[k] if k is not None else None
        deadline = None if r is None or pd.isna(r["deadline"]) else str(r["deadline"])[:10]
        names = _codes(r["responsible_names"]) if r is not None else set()
        recs.append({"found": r is not None, "written": share,
                     "milestone": r is not None and r["milestone"] == g["milestone"],
                     "deadline": r is not None and deadline == g["deadline"],
                     "responsible": r is not None and names == set(g["names"])})
    return recs


def procedure_records(gold: list[dict], rows: pd.DataFrame) -> list[dict]:
    """One record per list kind: tp/fp/fn of the (list_kind, code) items."""
    recs = []
    for kind in sorted({g["list_kind"] for g in gold}):
        want = {g["code"] for g in gold if g["list_kind"] == kind}
        got = set(rows.loc[rows["list_kind"] == kind, "code"].dropna().astype(str))
        recs.append({"list_kind": kind, "tp": len(got & want), "fp": len(got - want), "fn": len(want - got)})
    return recs
