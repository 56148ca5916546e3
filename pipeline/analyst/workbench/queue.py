"""The review queue grouped by phrase: the same raw phrase is decided once for the
whole dataset, and near-identical phrases are clustered by a fingerprint key
(OpenRefine's key collision: case, punctuation and word order folded), so one
decision settles "Телефон горячей линии" and "горячей линии телефон" alike."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from pathlib import Path

from .edits import PHRASE_FIELDS

_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)


def fingerprint(text: str) -> str:
    """Lower case, ё as е, accents and punctuation dropped, unique words sorted."""
    t = unicodedata.normalize("NFKD", (text or "").casefold().replace("ё", "е"))
    t = "".join(c for c in t if not unicodedata.combining(c) or c == "\u0306")   # keep й
    t = unicodedata.normalize("NFC", t)
    return " ".join(sorted(set(_PUNCT.sub(" ", t).split())))


def clusters(out: Path) -> list[dict]:
    """Review phrases of the code fields grouped into clusters, largest first:
    {field, key, phrases: [{text, count, best_code, score}], count, best_code,
    alternatives, documents}.  `count` is the rows one decision changes."""
    from pipeline.analyst.review import review_table

    df = review_table(out)
    groups: dict[tuple[str, str], dict] = {}
    for r in df.itertuples():
        if r.field not in PHRASE_FIELDS:
            continue                          # deadlines have no code to choose
        key = (r.field, fingerprint(r.text_raw))
        g = groups.setdefault(key, {"field": r.field, "key": key[1], "phrases": [], "count": 0,
                                    "alternatives": [], "documents": set(), "_best": Counter()})
        g["phrases"].append({"text": r.text_raw, "count": int(r.count), "best_code": r.best_code,
                             "score": float(r.score)})
        g["count"] += int(r.count)
        g["_best"][r.best_code] += int(r.count)
        g["alternatives"] += [a for a in [r.best_code, *r.alternatives] if a and a not in g["alternatives"]]
        g["documents"].update(r.documents)
    out_groups = []
    for g in groups.values():
        g["best_code"] = g.pop("_best").most_common(1)[0][0]
        g["documents"] = sorted(g["documents"])
        g["phrases"].sort(key=lambda p: -p["count"])
        out_groups.append(g)
    return sorted(out_groups, key=lambda g: (-g["count"], g["field"], g["key"]))
