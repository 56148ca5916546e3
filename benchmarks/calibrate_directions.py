"""How often navec's nearest direction is right, by cosine and margin: the measure behind
`meaning` (sure_cosine, sure_margin) in normalizers/data/direction.yaml.

    .venv/bin/python benchmarks/calibrate_directions.py

Each entry (term or rule) of the two direction vocabularies (direction.yaml,
direction_process.yaml) is held out in turn, together with every entry that shares a
word family with one of its words (its cognates, in every direction), as if the
vocabulary had never listed them; the held-out entry's content words are then compared
with the remaining directions' centroids, as `normalizers.direction_meaning` compares a
heading or a process no rule reads.  For each (cosine, margin) threshold the table shows
how many held-out entries clear it and the share right among them.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.calibrate_similar import _table  # noqa: E402  (the same table as the needs' calibration)
from normalizers.direction_meaning import _classes, content_words, same_family  # noqa: E402
from normalizers.similar import Classes  # noqa: E402

def held_out() -> list[tuple[float, float, bool]]:
    classes = _classes()._words
    out = []
    for cls, entries in classes.items():
        for entry in entries:
            found = content_words(entry)
            if not found:
                continue
            roots = [lemma for lemma, _ in found]
            rest = {c: [x for x in xs if not any(same_family(w, r) for w in x.split() for r in roots)]
                    for c, xs in classes.items()}
            near = Classes({c: xs for c, xs in rest.items() if xs}).nearest(found)
            if near is not None:
                out.append((near.cosine, near.margin, near.cls == cls))
    return out


def main() -> int:
    _table("direction vocabulary entries", held_out())
    return 0


if __name__ == "__main__":
    sys.exit(main())
