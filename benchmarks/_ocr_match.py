"""Matching records read from a scan to the records of the same order read from text (bench_ocr)."""
from __future__ import annotations

from rapidfuzz import fuzz

SIMILAR = 75        # rapidfuzz ratio from which two rows' key texts are the same row


def _aligned(truth: list[dict], got: list[dict], key) -> list[tuple[dict, dict | None]]:
    """Each true record with the read record it corresponds to (or None): the
    order-keeping pairing of most similar key texts (an LCS with fuzzy equality),
    so rows the scan lost or added shift nothing."""
    a, b = [key(r) for r in truth], [key(r) for r in got]
    n, m = len(a), len(b)
    sim = [[fuzz.ratio(x, y) for y in b] for x in a]
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            take = best[i + 1][j + 1] + sim[i][j] / 100 if sim[i][j] >= SIMILAR else -1.0
            best[i][j] = max(take, best[i + 1][j], best[i][j + 1])
    out, i, j = [], 0, 0
    while i < n:
        if j < m and sim[i][j] >= SIMILAR and best[i][j] == best[i + 1][j + 1] + sim[i][j] / 100:
            out.append((truth[i], got[j]))
            i, j = i + 1, j + 1
        elif j < m and best[i][j] == best[i][j + 1]:
            j += 1
        else:
            out.append((truth[i], None))
            i += 1
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


def _texts(r: dict) -> tuple:
    return tuple(" ".join((r[k] or "").split()) for k in ("touchpoint_raw", "process", "interaction_raw"))


def rows_fully_right(truth: list[dict], got: list[dict]) -> tuple[int, int]:
    """(rows with the right codes AND the touchpoint, process and interaction texts
    exactly as in truth, rows in truth)."""
    key = lambda r: f"{r['touchpoint_raw'] or ''} | {r['interaction_raw'] or ''}"
    pairs = _aligned(truth, got, key)
    return sum(1 for t, g in pairs if g is not None and touchpoint_fields(t) == touchpoint_fields(g)
               and _texts(t) == _texts(g)), len(truth)
