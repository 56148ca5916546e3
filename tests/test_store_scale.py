"""Memory and work that stay flat in the dataset's size (issue 20): review counts summed
by Arrow and numpy, a rebuild that derives once at its end, carried rows read from
the row groups that hold them, the documents a rebuild may carry held as Arrow."""
from __future__ import annotations

import random
from collections import Counter
from dataclasses import asdict

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

import pipeline.store.dataset as dataset
import pipeline.store.derived as derived
import pipeline.store.segments as segments
from pipeline.contract import DocResult, DocumentRow, ReviewRow, TouchpointRow
from pipeline.store import Carried, Store, carryable
from pipeline.store.derived import with_totals

PHRASES = [("channel", "окно"), ("channel", "портал"), ("needs", "окно"), ("needs", None), (None, "окно"), (None, None)]


def _doc(i: int, version: int = 0) -> DocResult:
    """A document with touchpoints and unsure phrases; `version` changes its phrases."""
    doc_id = f"{i:016x}"
    doc = asdict(DocumentRow(doc_id=doc_id, source_path=f"raw/{i}.txt", status="ok", kinds=["touchpoints"]))
    tps = [asdict(TouchpointRow(doc_id=doc_id, row_id=r, direction_raw=f"канал {i}-{r}")) for r in range(3)]
    field, text = PHRASES[(i + version) % len(PHRASES)]
    review = [asdict(ReviewRow(doc_id=doc_id, table="touchpoints", field=field, text_raw=text,
                               alternatives=["a", "b"][: i % 3], count=1 + (i + version) % 3))]
    return DocResult(document=doc, touchpoints=tps, review=review)


def _read(out, table: str) -> pd.DataFrame:
    """The table's rows by document (review/ orders ties by segment file: layout, not content)."""
    df = pd.read_parquet(out / table)
    df = df.drop(columns=[c for c in ("ingested_at",) if c in df])
    return df.sort_values(["doc_id"], kind="stable").reset_index(drop=True)


def _by_dict(table: pa.Table) -> list[int]:
    """The counts the per-row Python loop computed before: one dict over (field, text_raw)."""
    keys = list(zip(table.column("field").to_pylist(), table.column("text_raw").to_pylist()))
    totals: Counter = Counter()
    for k, n in zip(keys, table.column("count").to_pylist()):
        totals[k] += n or 0
    return [totals[k] for k in keys]


def test_totals_equal_a_dict_over_the_same_keys_nulls_and_chunks_included():
    rng = random.Random(7)
    rows = [dict(doc_id=str(i), field=rng.choice([None, "a", "b"]), text_raw=rng.choice([None, "x", "y", "z"]),
                 alternatives=[str(i)] if i % 2 else [], count=rng.choice([None, 1, 2, 5])) for i in range(300)]
    schema = pa.schema([("doc_id", pa.string()), ("field", pa.string()), ("text_raw", pa.string()),
                        ("alternatives", pa.list_(pa.string())), ("count", pa.int64())])
    t = pa.Table.from_pylist(rows, schema)
    t = pa.concat_tables([t.slice(0, 100), t.slice(100)])          # two chunks, two dictionaries
    got = with_totals(t)
    assert got.column("count").to_pylist() == _by_dict(t)
    assert got.drop_columns(["count"]).equals(t.drop_columns(["count"]))    # rows and their order kept


def test_review_after_ingests_replacements_and_removals_equals_one_build(tmp_path):
    out = tmp_path / "out"
    store = Store(out)
    for start in range(0, 60, 6):                           # ten ingests, then changes
        store.commit([_doc(i) for i in range(start, start + 6)])
    store.commit([_doc(i, version=1) for i in range(0, 60, 7)])     # new versions: other phrases
    for i in (3, 30, 59):
        store.remove(f"{i:016x}")
    final = [_doc(i, version=1 if i % 7 == 0 else 0) for i in range(60) if i not in (3, 30, 59)]
    one = tmp_path / "one"
    Store(one).commit(final)
    for table in ("review", "documents", "touchpoints"):
        pd.testing.assert_frame_equal(_read(out, table), _read(one, table), obj=table)
    assert not list((out / ".index").glob("order_rows_*"))     # no index of every row is kept


def test_a_rebuild_derives_once_and_lands_as_one_commit_would(tmp_path, monkeypatch):
    monkeypatch.setattr(dataset, "SEGMENT_DOCS", 10)
    calls = Counter()
    real = derived.regroup
    monkeypatch.setattr(derived, "regroup", lambda *a: calls.update(["regroup"]) or real(*a))
    built = Store(tmp_path / "built")
    built.init()
    for i in range(75):
        built.put(_doc(i))
    assert calls["regroup"] == 0 and not (tmp_path / "built" / "review" / "review.parquet").exists()
    built.refresh()
    assert calls["regroup"] <= 2                            # the last segment, then after a fold
    Store(tmp_path / "one").commit([_doc(i) for i in range(75)])
    for table in ("review", "documents", "touchpoints"):
        pd.testing.assert_frame_equal(_read(tmp_path / "built", table), _read(tmp_path / "one", table), obj=table)


def test_carried_rows_come_from_the_row_groups_that_hold_them(tmp_path, monkeypatch):
    monkeypatch.setattr(segments, "ROW_GROUP", 6)           # 3 touchpoints per document: 2 per group
    old = tmp_path / "old"
    Store(old).commit([_doc(i) for i in range(20)])
    path = next((old / "touchpoints").glob("part-*.parquet"))
    assert pq.ParquetFile(path).num_row_groups == 10
    read_groups = []
    real = pq.ParquetFile.read_row_groups
    monkeypatch.setattr(pq.ParquetFile, "read_row_groups", lambda self, g, *a, **k: read_groups.append(list(g))
                        or real(self, g, *a, **k))
    want = [f"{i:016x}" for i in (4, 5, 13)]
    got = segments.read_docs(path, "touchpoints", pa.array(want, pa.string()))
    assert sorted(set(got.column("doc_id").to_pylist())) == want and len(got) == 9
    assert read_groups == [[2, 6]]                          # documents 4-5 and 12-13: two groups of ten
    known = carryable(old)
    assert len(known) == 20 and known.get("nope") is None
    row = known.get(want[0])
    assert row["doc_id"] == want[0] and row["_segment"] == path.stem and row["kinds"] == ["touchpoints"]
    new = Store(tmp_path / "new")
    new.init()
    for r in known.values():
        new.put(Carried(r, old))
    new.refresh()
    for table in ("touchpoints", "documents", "review"):
        pd.testing.assert_frame_equal(_read(tmp_path / "new", table), _read(old, table), obj=table)
