"""Matching records read from a scan to the records of the same order read from text (bench_ocr)."""
from __future__ import annotations

from rapidfuzz import fuzz

WINDOW = 8          # rows the scan may have lost or added around a row before it counts as missing


def _aligned(truth: list[dict], got: list[dict], key) -> list[tuple[dict, dict | None]]:
    """Each true record with the read record most like it (by `key` text), in order."""
    out, j = [], 0
    for t in truth:
        best, best_k = 0.0, None
        for k in range(j, min(len(got), j + WINDOW)):
            s = fuzz.ratio(key(t), key(got[k]))
            if s > best:
                best, best_k = s, k
        if best_k is not None and best >= 80:
            out.append((t, got[best_k]))
            j = best_k + 1
        else:
            out.append((t, None))
    return out


def touchpoint_fields(r: dict) -> tuple:
    return r["channel"], r["point_type"], r["direction"], tuple(sorted(r["needs"] or ()))


def touchpoints_right(truth: list[dict], got: list[dict]) -> tuple[int, int]:
    """(rows found with the right channel, point type, direction and needs, rows in truth)."""
    key = lambda r: f"{r['touchpoint_raw'] or ''} | {r['interaction_raw'] or ''}"
    pairs = _aligned(truth, got, key)
    return sum(1 for t, g in pairs if g is not None and touchpoint_fields(t) == touchpoint_fields(g)), len(truth)


def deadlines_right(truth: list[dict], got: list[dict]) -> tuple[int, int]:
    """(roadmap items found with the right deadline, items in truth)."""
    key = lambda r: f"{r['item_no'] or ''} {r['activity'] or ''}"
    pairs = _aligned(truth, got, key)
    return sum(1 for t, g in pairs if g is not None and t["deadline"] == g["deadline"]), len(truth)
