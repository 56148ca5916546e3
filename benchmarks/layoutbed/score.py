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
    # a short name («МФЦ») followed by the cell's details (address, hours on lines of their own)
    # is that name: the program keeps the whole cell in `*_raw`, as the contract says
    return (a == b or (len(a) > 8 and a in b) or b.startswith(a + " ")
            or SequenceMatcher(None, a, b).ratio() >= 0.8)


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
    """One record per list kind: tp/fp/fn of the list's items.

    The contract gives a procedure item one row and one code, so an item whose phrase holds
    several needs («подача заявки, отслеживание статуса») is right when its row has any one of
    them: gold items (their code sets) are matched one to one with the program's rows of that
    kind by code (a maximum matching); unmatched items are missed, unmatched rows are wrong
    or repeated.  With one code per item this is the count of (list kind, code) pairs."""
    recs = []
    for kind in sorted({g["list_kind"] for g in gold}):
        items: dict[str, set[str]] = {}
        for g in gold:
            if g["list_kind"] == kind:
                items.setdefault(g.get("text", g["code"]), set()).add(g["code"])
        got = list(rows.loc[rows["list_kind"] == kind, "code"].dropna().astype(str))
        tp = _max_matching(list(items.values()), got)
        recs.append({"list_kind": kind, "tp": tp, "fp": len(got) - tp, "fn": len(items) - tp})
    return recs


def _max_matching(items: list[set[str]], codes: list[str]) -> int:
    """The most items that distinct rows can stand for (Kuhn's augmenting paths)."""
    owner: dict[int, int] = {}                      # row -> item

    def place(i: int, seen: set[int]) -> bool:
        for r, code in enumerate(codes):
            if code in items[i] and r not in seen:
                seen.add(r)
                if r not in owner or place(owner[r], seen):
                    owner[r] = i
                    return True
        return False
    return sum(place(i, set()) for i in range(len(items)))
