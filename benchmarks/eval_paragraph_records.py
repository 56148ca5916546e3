"""Paragraph-written touchpoint lists: are a tune half's channel and need phrases read back whole?

    PYTHONPATH=. .venv/bin/python -m benchmarks.eval_paragraph_records [--pools pools3,pools4,pools5,pools6,pools7] [--show N]

Each channel phrase of a pool's TUNE half (never a test half), with a need phrase beside it, is
written in three shapes a list in text takes — «Точка взаимодействия: …» / «Потребности клиента:
…» lines; «1.1.1. … – цифровая точка; потребности: …»; list items under labels with no value —
twice under a labelled direction and process, and read by `parsers.extract.records`.  A phrase
counts as read when two records come back, the first naming the channel phrase whole and holding
the need phrase.  It measures the structure (labels, dashes, parentheses inside real wording),
not the codes.
"""
from __future__ import annotations

import argparse
import csv
from pathlib import Path

from parsers.document import Document, Paragraph, Source
from parsers.extract.records import paragraph_records

BED = Path(__file__).parent / "layoutbed"
SHAPES = {
    "labelled": lambda c, n: [f"Точка взаимодействия: {c}", f"Потребности клиента: {n}"],
    "typed": lambda c, n: [f"1.1.1. {c} – цифровая точка; потребности: {n}"],
    "items": lambda c, n: ["Точки взаимодействия:", f"– {c};", "Потребности клиента:", f"– {n}."],
}


def _phrases(pool: str, name: str) -> list[str]:
    with open(BED / pool / "tune" / f"{name}.tsv", encoding="utf-8") as f:
        return [r["phrase"] for r in csv.DictReader(f, delimiter="\t") if not r["phrase"].startswith("#")]


def _read_back(shape, channel: str, need: str) -> bool:
    texts = ["1. Направление: Социальная поддержка", "1.1. Процесс: Выдача справок", *shape(channel, need),
             *shape(channel, need)]
    recs = paragraph_records(Document([Paragraph(t, source=Source(line=i)) for i, t in enumerate(texts, 1)], "txt"))
    return len(recs) == 2 and recs[0].touchpoint.strip(" .;,") == channel.strip(" .;,") and \
        need.strip(" .;,?") in " ".join(recs[0].interactions)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pools", default="pools3,pools4,pools5,pools6,pools7")
    ap.add_argument("--show", type=int, default=0, help="print this many misses per shape (tune halves only)")
    args = ap.parse_args()
    for pool in args.pools.split(","):
        channels, needs = _phrases(pool, "channels"), _phrases(pool, "needs")
        for name, shape in SHAPES.items():
            misses = [c for k, c in enumerate(channels) if not _read_back(shape, c, needs[k % len(needs)])]
            print(f"{pool}/tune {name:9s} {len(channels) - len(misses):4d}/{len(channels)} read whole")
            for c in misses[:args.show]:
                print("    miss:", c)


if __name__ == "__main__":
    main()
