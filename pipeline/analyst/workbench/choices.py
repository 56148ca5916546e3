"""The codes an analyst may choose for a field, with Russian labels and the
matcher's own candidates for the phrase first (what it chose, then its alternatives)."""
from __future__ import annotations

from functools import lru_cache

TAXONOMY = {"channel": "channel", "needs": "needs", "direction": "direction",
            "point_type": "point_type", "milestone": "milestone"}


@lru_cache(maxsize=1)
def _labels() -> dict[str, list[tuple[str, str]]]:
    from pipeline.store.labels import labels_rows

    out: dict[str, list[tuple[str, str]]] = {}
    for r in labels_rows():
        out.setdefault(r["taxonomy"], []).append((r["code"], r["label_ru"]))
    return out


def _candidates(field: str, text: str) -> list[str]:
    from normalizers import match_channel, match_direction

    if not text:
        return []
    if field == "channel":
        m = match_channel(text)
    elif field == "direction":
        m = match_direction(text)
    elif field == "needs":
        from normalizers.needs import match_phrase

        return [c for m in match_phrase(text) for c in (m.code, *m.alternatives)]
    else:
        return []
    return [m.code, *m.alternatives]


def choices_for(field: str, text: str) -> dict:
    """{"codes": [{code, label, suggested}], "phrases": [...]} — for needs, the cell's
    need phrases (an override names one phrase, not a whole cell)."""
    if field not in TAXONOMY:
        return {"codes": [], "phrases": []}
    phrases = [text] if text else []
    if field == "needs" and text:
        from normalizers.needs import split_needs

        phrases = list(split_needs(text)) or [text]
    first = list(dict.fromkeys(c for p in phrases[:1] for c in _candidates(field, p)))
    labels = dict(_labels().get(TAXONOMY[field], []))
    codes = [{"code": c, "label": labels[c], "suggested": True} for c in first if c in labels]
    codes += [{"code": c, "label": lab, "suggested": False} for c, lab in labels.items() if c not in first]
    return {"codes": codes, "phrases": phrases}
