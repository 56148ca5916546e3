"""Size-tiered folding (pipeline/store/compaction.py): each row rewritten O(log N)
times over a series of ingests, few files, and the same rows as a one-shot build."""
from __future__ import annotations

import math
from dataclasses import asdict

import pandas as pd

import pipeline.store.compaction as compaction
from pipeline.contract import DocResult, DocumentRow, TouchpointRow
from pipeline.store import Store


def _doc(i: int) -> DocResult:
    doc_id = f"{i:016x}"
    doc = asdict(DocumentRow(doc_id=doc_id, source_path=f"raw/{i}.txt", status="ok"))
    tps = [asdict(TouchpointRow(doc_id=doc_id, row_id=r, direction_raw=f"канал {i}-{r}")) for r in range(3)]
    return DocResult(document=doc, touchpoints=tps)


def _table(out, name) -> pd.DataFrame:
    df = pd.read_parquet(out / name)
    return df.sort_values(list(df.columns[:2])).reset_index(drop=True)


def _count_fold_writes(monkeypatch) -> dict:
    """Rows written by folds, per table (the wrapped fold_files counts them)."""
    written = {"documents": 0, "touchpoints": 0}
    real = compaction.fold_files

    def counting(parts, schema, live, path):
        tmp = real(parts, schema, live, path)
        if tmp is not None and schema in written:
            import pyarrow.parquet as pq
            written[schema] += pq.ParquetFile(tmp).metadata.num_rows
        return tmp

    monkeypatch.setattr(compaction, "fold_files", counting)
    return written


def test_tiers_and_plan():
    assert [compaction.tier(n) for n in (0, 1, 3, 4, 15, 16, 64, 1000)] == [0, 0, 0, 1, 1, 2, 3, 4]
    assert compaction.plan_fold({"a": 10, "b": 10, "c": 10}, force=False) == []
    assert compaction.plan_fold({"a": 10, "b": 12, "c": 9, "d": 11, "e": 100}, force=False) == ["a", "b", "c", "d"]
    assert compaction.plan_fold({"a": 10, "b": 100}, force=True) == ["a", "b"]
    # a fold past MAX_FOLD_DOCS is left alone, a lower tier still folds
    big = {s: compaction.MAX_FOLD_DOCS // 2 for s in "abcd"}
    assert compaction.plan_fold(big, force=False) == []
    assert compaction.plan_fold({**big, "w": 1, "x": 2, "y": 3, "z": 1}, force=False) == ["w", "x", "y", "z"]


def test_ingests_rewrite_each_row_log_times_and_match_one_build(tmp_path, monkeypatch):
    written = _count_fold_writes(monkeypatch)
    n, batch = 640, 10
    out = tmp_path / "out"
    store = Store(out)
    for start in range(0, n, batch):                   # 64 ingests of 10 documents
        store.commit([_doc(i) for i in range(start, start + batch)])
    # every row: written once, then at most once per tier it climbs (10 -> 40 -> 160 -> 640)
    bound = 1 + math.log2(n / batch)
    for table, rows in (("documents", n), ("touchpoints", 3 * n)):
        per_row = 1 + written[table] / rows
        assert per_row <= 1 + math.log(n / batch, compaction.FANOUT) + 1e-9 <= bound, (table, per_row)
    segments = len(list((out / "documents").glob("*.parquet")))
    assert segments < compaction.FANOUT * (compaction.tier(n) + 1)
    one = tmp_path / "one"
    Store(one).commit([_doc(i) for i in range(n)])
    for table in ("documents", "touchpoints"):
        pd.testing.assert_frame_equal(_table(out, table), _table(one, table), obj=table)


def test_the_old_rule_would_have_rewritten_more(tmp_path, monkeypatch):
    """Single-document ingests: the rows of early documents climb tier by tier,
    so the total rewritten stays within N * log_FANOUT(N), far below N^2 / 2."""
    written = _count_fold_writes(monkeypatch)
    n = 200
    store = Store(tmp_path / "out")
    for i in range(n):
        store.commit([_doc(i)])
    assert written["documents"] <= n * math.log(n, compaction.FANOUT)
    assert len(pd.read_parquet(tmp_path / "out" / "documents")) == n


def test_row_groups_read_a_group_at_a_time_are_decoded_on_the_calling_thread(tmp_path, monkeypatch):
    # decoded on Arrow's pool threads, a fold's buffers came from those threads' mimalloc
    # heaps, which kept the freed pages while the threads sat idle (segments.read_group)
    import pyarrow.parquet as pq

    calls = []
    real = pq.ParquetFile.read_row_group

    def recording(self, i, columns=None, use_threads=True, **kw):
        calls.append(use_threads)
        return real(self, i, columns=columns, use_threads=use_threads, **kw)

    monkeypatch.setattr(pq.ParquetFile, "read_row_group", recording)
    written = _count_fold_writes(monkeypatch)
    out = tmp_path / "out"
    store = Store(out)
    for start in range(0, 40, 10):                      # four segments of one tier: a fold
        store.commit([_doc(i) for i in range(start, start + 10)])
    store.commit([_doc(3)], {_doc(5).document["doc_id"]})      # a document dropped from its segment
    assert written["touchpoints"] == 120 and calls and not any(calls), calls
