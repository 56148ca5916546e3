"""Procedure lists (and any touchpoint/roadmap rows) read from the BODIES of real published orders.

    PYTHONPATH=. .venv/bin/python -m benchmarks.eval_real_bodies --half tune|heldout

The corpus is `tests/data/real_bodies/<half>/`: each `.txt` as the legal database's page gives it,
its `.source.yaml` (address, region, which part of the act the page holds) and a `.golden.yaml`
written by reading the text (kinds, the procedure's list items by kind with their codes, and the
touchpoint/roadmap rows — none so far).  The halves are split by region, the seeds' regions left
out.  Each file goes through the pipeline's own per-file entry (`process_path`).

An item counts as found when an item of the same list kind has the same text (case, spacing,
quote style and edge punctuation aside) and the same code; per kind it prints precision, recall
and F1, and the share of documents whose `kinds` are right.  Rows in tables the golden leaves
empty are counted as invented.  The tune half also prints each document's figures and its misses;
the held-out half prints aggregates only (tune on `tune` alone; run `heldout` for before/after).
"""
from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

import yaml

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "real_bodies"
KINDS = ("direction", "channel_digital", "channel_offline", "need")


def _norm(text: str) -> str:
    text = re.sub(r"[«»“”„]", '"', text or "").lower().replace("ё", "е")
    return re.sub(r"\s+", " ", text).strip(" .;,:-–—")


def _score(got: list[tuple], want: list[tuple]) -> tuple[Counter, list, list]:
    """(true positives per kind, missed gold items, invented items) — a multiset match."""
    left = Counter(want)
    tp, invented = Counter(), []
    for item in got:
        if left[item] > 0:
            left[item] -= 1
            tp[item[0]] += 1
        else:
            invented.append(item)
    return tp, list(left.elements()), invented


def _read(path: Path) -> tuple[list[str], list[tuple], int]:
    from pipeline.run.process import process_path
    res = process_path(path)
    items = [(r["list_kind"], _norm(r["text_raw"]), r["code"]) for r in res.procedure_items]
    return sorted(res.document.get("kinds") or []), items, len(res.touchpoints) + len(res.roadmap)


def evaluate(half: str, show: bool) -> None:
    tp, n_got, n_want, kinds_ok, invented_rows, docs = Counter(), Counter(), Counter(), 0, 0, 0
    for gold_path in sorted((CORPUS / half).glob("*.golden.yaml")):
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        stem = gold_path.name[: -len(".golden.yaml")]
        want = [(i["kind"], _norm(i["text"]), i["code"]) for i in gold["procedure_items"]]
        kinds, got, rows = _read(gold_path.with_name(stem + ".txt"))
        hit, missed, invented = _score(got, want)
        docs += 1
        kinds_ok += kinds == sorted(gold["kinds"])
        invented_rows += rows
        tp.update(hit)
        n_got.update(k for k, *_ in got)
        n_want.update(k for k, *_ in want)
        if show:
            print(f"{stem}: kinds {kinds} (want {sorted(gold['kinds'])}); items {sum(hit.values())}/{len(want)} "
                  f"found, {len(invented)} invented; touchpoint/roadmap rows {rows}")
            for item in missed:
                print("    missed:  ", item)
            for item in invented:
                print("    invented:", item)
    print(f"{half}: {docs} documents, kinds right {kinds_ok}/{docs}, touchpoint/roadmap rows invented {invented_rows}")
    for kind in KINDS + ("column",):
        if not (n_got[kind] or n_want[kind]):
            continue
        p = tp[kind] / n_got[kind] if n_got[kind] else 0.0
        r = tp[kind] / n_want[kind] if n_want[kind] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"  {kind:16s} gold {n_want[kind]:3d} got {n_got[kind]:3d} right {tp[kind]:3d}  "
              f"P {p:.2f} R {r:.2f} F1 {f:.2f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--half", choices=("tune", "heldout"), required=True)
    args = ap.parse_args()
    evaluate(args.half, show=args.half == "tune")


if __name__ == "__main__":
    main()
