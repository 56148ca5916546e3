"""Cost of coding by meaning vs the shared-word matcher, per phrase, on tests/eval phrases.

    .venv/bin/python benchmarks/bench_codes.py

Prints milliseconds per phrase cold (every per-phrase cache cleared; vocabularies, the
morphology and the word embeddings already loaded — loading the embeddings costs about
0.4 s once per process that meets a word outside the need vocabulary) and warm (cached),
and the ratio new / old.  The whole-pipeline figure is `time .venv/bin/python -m pipeline rebuild --no-cache --quiet --out /tmp/x`.
"""
from __future__ import annotations

import csv
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from normalizers import _match_channel, match_channel, match_needs, taxonomy  # noqa: E402
from normalizers import channel_heads, need_context, need_grammar, need_story, needs, phrase, similar  # noqa: E402
from textcore import lemmas  # noqa: E402


def _phrases(kind: str) -> list[str]:
    out = []
    for half in ("dev", "test"):
        with open(ROOT / "tests" / "eval" / f"{kind}_{half}.tsv", encoding="utf-8", newline="") as f:
            out += [row[0] for row in list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))[1:] if row]
    return out


def _clear() -> None:
    for fn in (_match_channel, channel_heads.read_channel, need_grammar.read_needs, need_grammar.phrase_clauses, needs._codes,
               needs.split_needs, needs._starts_new_need, needs._starts_bare_need, need_context.asked_after,
               *(getattr(needs, f) for f in ("clause_actions", "_asked", "_cell_facts") if hasattr(needs, f)),
               need_story.case_question, need_story.asks_advice, need_story._asks_due, need_story._tells_text,
               need_story._told_filing,
               phrase._read, phrase._common_word, similar._unit,
               taxonomy("channel").match, taxonomy("needs").match, lemmas.lemmas, lemmas.lemma):
        fn.cache_clear()


def _time(fn, items) -> float:
    t0 = time.perf_counter()
    for x in items:
        fn(x)
    return (time.perf_counter() - t0) / len(items) * 1000


def main() -> None:
    channels, need_cells = _phrases("channels"), _phrases("needs")
    match_channel("прогрев"), match_needs("прогрев")          # load vocabularies and morphology
    similar.news_embedding()                                           # and the embeddings (once per process)
    taxonomy("channel").match("прогрев"), taxonomy("needs").match("прогрев")
    rows = []
    for name, new, old, items in (
            ("channels", match_channel, taxonomy("channel").match, channels),
            ("needs", match_needs, taxonomy("needs").match, need_cells)):
        _clear()
        cold_new = _time(new, items)
        warm_new = _time(new, items)
        _clear()
        cold_old = _time(old, items)
        rows.append((name, len(items), cold_new, warm_new, cold_old))
    print(f"{'kind':<9}{'n':>5}{'new cold ms':>13}{'new warm ms':>13}{'old cold ms':>13}{'ratio':>8}")
    for name, n, cn, wn, co in rows:
        print(f"{name:<9}{n:>5}{cn:>13.3f}{wn:>13.4f}{co:>13.3f}{cn / co:>8.2f}")


if __name__ == "__main__":
    main()
