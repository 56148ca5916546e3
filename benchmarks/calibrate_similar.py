"""How often the embeddings' nearest class is right, by cosine and margin: the measure
behind `similar` in normalizers/data/need_grammar.yaml.

    .venv/bin/python benchmarks/calibrate_similar.py

Each single word of the need grammar's action and object classes (the grammar compares
with single words only) is held out in turn, together
with every entry that shares its first five letters (its cognates: "получение" goes out
with "получить", in every class), as if the vocabulary had never listed it; the nearest
class of the remaining centroids is "right" when it is the word's own class.  For each
(cosine, margin) threshold the table shows how many held-out words clear it and the share
right among them — a guess clearing the chosen threshold may score >= 0.85.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from normalizers.matcher import DATA  # noqa: E402
from normalizers.similar import Classes  # noqa: E402
from textcore.vocab import load_yaml  # noqa: E402

COSINES = (0.0, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55)
MARGINS = (0.0, 0.03, 0.05, 0.08, 0.1, 0.15)


def _held_out(classes: dict[str, list[str]], by: str) -> list[tuple[float, float, bool]]:
    out = []
    for cls, ws in classes.items():
        for w in ws:
            if " " in str(w):
                continue
            root = str(w)[:5]
            rest = {c: [x for x in xs if not any(p[:5] == root for p in str(x).split())] for c, xs in classes.items()}
            near = Classes({c: xs for c, xs in rest.items() if xs}, by).nearest(((str(w),),))
            if near is not None:
                out.append((near.cosine, near.margin, near.cls == cls))
    return out


def _table(name: str, rows: list[tuple[float, float, bool]]) -> None:
    print(f"{name}: {len(rows)} held-out words, nearest class right {sum(ok for *_, ok in rows) / len(rows):.3f}")
    print("  cosine>= | " + " | ".join(f"margin>={m:<4}" for m in MARGINS))
    for c in COSINES:
        cells = []
        for m in MARGINS:
            sure = [ok for cos, mar, ok in rows if cos >= c and mar >= m]
            cells.append(f"{len(sure):>3} {sum(sure) / len(sure):.2f}" if sure else "  0  -  ")
        print(f"  {c:<8} | " + " | ".join(f"{x:<11}" for x in cells))


def main() -> None:
    data = load_yaml(DATA / "need_grammar.yaml", required=("actions", "objects"))
    for part in ("actions", "objects"):
        for by in ("centroid", "word"):
            single = {c: [w for w in ws if " " not in str(w)] for c, ws in data[part].items()}
            _table(f"{part} by {by}", _held_out(single, by))


if __name__ == "__main__":
    main()
