"""review/ updated by each commit for the documents it touched (pipeline/store/review.py)
equals the table recomputed whole from every hidden row — rows, counts and order,
ties included — over a series of ingests, replacements, removals and folds."""
from __future__ import annotations

import random
from dataclasses import asdict

import pyarrow as pa
import pytest
import pyarrow.parquet as pq

import pipeline.store.review as review
from pipeline.contract import SCHEMAS, DocResult, DocumentRow, ReviewRow
from pipeline.store import Store, compact

FIELDS = ["channel", "needs", None, ""]
TEXTS = ["окно", "портал", "окно\x1fпортал", None, "", "Окно", "ёлка"]


def _doc(i: int, rng: random.Random) -> DocResult:
    """A document with 0-4 unsure phrases drawn from a small pool (so phrases repeat
    across documents and within one: ties of count, field and text_raw)."""
    doc_id = f"{i:016x}"
    doc = asdict(DocumentRow(doc_id=doc_id, source_path=f"raw/{i}.txt", status="ok", kinds=["touchpoints"]))
    rows = [asdict(ReviewRow(doc_id=doc_id, table=rng.choice(["touchpoints", "roadmap"]), field=rng.choice(FIELDS),
                             text_raw=rng.choice(TEXTS), best_code=rng.choice([None, "website"]),
                             score=rng.choice([None, 0.5]), count=rng.choice([1, 1, 2, 3])))
            for _ in range(rng.randrange(5))]
    return DocResult(document=doc, review=rows)


def _recomputed(out) -> pa.Table:
    """The table whole() gives from every hidden row (files in any order: it sorts)."""
    files = sorted((out / ".review").glob("*.parquet"), reverse=True)
    rows = [pq.read_table(f).select(SCHEMAS["review"].names) for f in files]
    return review.whole(pa.concat_tables(rows) if rows else SCHEMAS["review"].empty_table())


def _written(out) -> pa.Table:
    return pq.read_table(out / "review" / "review.parquet").replace_schema_metadata(None)


def test_incremental_review_equals_the_whole_recompute_after_every_commit(tmp_path, monkeypatch):
    rng = random.Random(5)
    merged = []
    real = review._merge
    monkeypatch.setattr(review, "_merge", lambda *a: merged.append(len(a[0])) or real(*a))
    out = tmp_path / "out"
    store = Store(out)
    alive: set[int] = set()
    for step in range(14):
        batch = [rng.randrange(60) for _ in range(rng.randrange(1, 6))]
        gone = [i for i in rng.sample(sorted(alive), min(len(alive), rng.randrange(3)))] if step % 3 == 2 else []
        store.commit([_doc(i, rng) for i in batch], [f"{i:016x}" for i in gone])
        alive = (alive | set(batch)) - (set(gone) - set(batch))
        got, want = _written(out), _recomputed(out)
        assert got.equals(want), f"step {step}"
        assert set(got.column("doc_id").to_pylist()) <= {f"{i:016x}" for i in alive}
    assert merged and any(merged)            # the update path ran, with kept rows to merge into
    compact(out)                             # every row moves to one file: the same table
    assert _written(out).equals(_recomputed(out))


def test_ties_are_ordered_by_doc_id_then_the_documents_own_order():
    schema = SCHEMAS["review"]
    rows = [dict(doc_id=d, table="touchpoints", field="channel", text_raw="окно", best_code=code, count=1)
            for d, code in (("b", "x"), ("a", "y"), ("b", "w"), ("a", "z"))]
    got = review.whole(pa.Table.from_pylist(rows, schema))
    assert got.column("doc_id").to_pylist() == ["a", "a", "b", "b"]
    assert got.column("best_code").to_pylist() == ["y", "z", "x", "w"]      # each document's rows in its order
    assert got.column("count").to_pylist() == [4, 4, 4, 4]


def test_a_table_from_another_listing_is_recomputed_whole(tmp_path):
    rng = random.Random(2)
    out = tmp_path / "out"
    Store(out).commit([_doc(i, rng) for i in range(8)])
    path = out / "review" / "review.parquet"
    stale = _written(out).slice(0, 2)                 # a table no listing stands behind (no metadata)
    pq.write_table(stale, path)
    Store(out).commit([_doc(20, rng)])
    assert _written(out).equals(_recomputed(out))


def _own(i: int, rng: random.Random) -> DocResult:
    """A document with phrases of its own (most rows keep their count when others
    change: the merge path) and now and then a phrase many share, a null or an empty text."""
    doc_id = f"{i:016x}"
    doc = asdict(DocumentRow(doc_id=doc_id, source_path=f"raw/{i}.txt", status="ok", kinds=["touchpoints"]))
    phrases = [("channel", f"фраза {i} {rng.randrange(3)}"), (rng.choice(FIELDS), f"своя {i}")]
    if rng.random() < 0.3:
        phrases.append((rng.choice(["needs", None, ""]), rng.choice(["окно", None, ""])))
    rows = [asdict(ReviewRow(doc_id=doc_id, table="touchpoints", field=f, text_raw=t, count=rng.choice([1, 2])))
            for f, t in phrases]
    return DocResult(document=doc, review=rows)


@pytest.mark.parametrize("seed", [3, 17])
def test_commits_into_documents_with_their_own_phrases_merge_and_equal_the_recompute(tmp_path, monkeypatch, seed):
    rng = random.Random(seed)
    merged = []
    real = review._merge
    monkeypatch.setattr(review, "_merge", lambda *a: merged.append(len(a[0])) or real(*a))
    out = tmp_path / "out"
    store = Store(out)
    store.commit([_own(i, rng) for i in range(40)])
    for step in range(8):
        batch = [_own(100 + 2 * step + k, rng) for k in range(2)] + [_own(rng.randrange(40), rng)]  # new, replaced
        store.commit(batch, [f"{rng.randrange(40):016x}"] if step % 2 else [])
        assert _written(out).equals(_recomputed(out)), f"step {step}"
    # a replacement or removal rewrites its segment's file (all its documents touched), and
    # folds move rows: those recompute whole; new documents' commits merge
    assert len(merged) >= 2 and min(merged) > 40


def test_a_phrase_every_document_holds_recomputes_the_table_whole(tmp_path, monkeypatch):
    def shared(i):
        doc_id = f"{i:016x}"
        doc = asdict(DocumentRow(doc_id=doc_id, source_path=f"raw/{i}.txt", status="ok", kinds=["touchpoints"]))
        return DocResult(document=doc, review=[asdict(ReviewRow(doc_id=doc_id, table="touchpoints", field="channel",
                                                                text_raw="окно", count=1))])
    out = tmp_path / "out"
    Store(out).commit([shared(i) for i in range(10)])
    monkeypatch.setattr(review, "_merge", lambda *a: pytest.fail("every row's count changed: no merge"))
    Store(out).commit([shared(10)])
    assert _written(out).equals(_recomputed(out))
    assert set(_written(out).column("count").to_pylist()) == {11}


def _unique_rows(docs: range, per_doc: int = 2) -> list[dict]:
    return [asdict(ReviewRow(doc_id=f"{d:016x}", table="touchpoints", field="channel", text_raw=f"фраза {d} {k}",
                             count=1)) for d in docs for k in range(per_doc)]


def test_many_touched_phrases_recompute_whole_not_one_binary_search_each(monkeypatch):
    """A fold moves 40 % of the documents (each with phrases of its own): most rows keep
    their counts, but placing thousands of phrases one by one in Python costs far more than
    one sort (seconds against a fraction at 20,000 documents) — the table is recomputed."""
    schema = SCHEMAS["review"]
    rows = pa.Table.from_pylist(_unique_rows(range(3000)), schema)
    old = review.whole(rows)
    touched = pa.array([f"{d:016x}" for d in range(1800, 3000)], pa.string())     # 2,400 phrases, 40 % of rows
    monkeypatch.setattr(review, "_merge", lambda *a: pytest.fail("a merge of 2,400 phrases"))
    assert review.updated(old, rows, touched).equals(old)
    assert review._mostly_touched(rows, touched)        # refresh_review does not even read the old table


def test_a_few_touched_phrases_still_merge(monkeypatch):
    schema = SCHEMAS["review"]
    rows = pa.Table.from_pylist(_unique_rows(range(3000)), schema)
    merged = []
    real = review._merge
    monkeypatch.setattr(review, "_merge", lambda *a: merged.append(len(a[1])) or real(*a))
    touched = pa.array([f"{d:016x}" for d in range(2990, 3000)], pa.string())
    assert review.updated(review.whole(rows), rows, touched).equals(review.whole(rows))
    assert merged == [20] and not review._mostly_touched(rows, touched)


def test_a_merge_encodes_each_dataset_sized_table_once(tmp_path, monkeypatch):
    """The kept rows' phrase boundaries come from the codes the split made of the old
    table: a commit into N rows dictionary-encodes N rows twice (the hidden rows, the old
    table), not a third time for the kept ones."""
    rng = random.Random(4)
    out = tmp_path / "out"
    Store(out).commit([_own(i, rng) for i in range(200)])
    sizes = []
    real = review._phrase_codes
    monkeypatch.setattr(review, "_phrase_codes", lambda t: sizes.append(len(t)) or real(t))
    merged = []
    real_merge = review._merge
    monkeypatch.setattr(review, "_merge", lambda *a: merged.append(len(a[0])) or real_merge(*a))
    Store(out).commit([_own(300, rng)])
    assert merged and merged[0] > 300                        # the merge path ran
    assert len([n for n in sizes if n > 300]) == 2, sizes
    assert _written(out).equals(_recomputed(out))


def test_a_merge_streams_the_kept_rows_by_row_groups(tmp_path, monkeypatch):
    """Row groups of 7 rows: the merge reads of the old table whole only the columns that
    place phrases, takes its kept rows a row group at a time, and writes full row groups
    (the kept rows cut across them) — the table still equals the recompute."""
    monkeypatch.setattr(review, "ROW_GROUP", 7)
    read = []
    real_read = review._previous
    monkeypatch.setattr(review, "_previous", lambda p: read.append(real_read(p)) or read[-1])
    merged = []
    real = review._merge
    monkeypatch.setattr(review, "_merge", lambda *a: merged.append(len(a[0])) or real(*a))
    rng = random.Random(11)
    out = tmp_path / "out"
    store = Store(out)
    store.commit([_own(i, rng) for i in range(40)])
    for step in range(6):
        store.commit([_own(100 + 2 * step + k, rng) for k in range(2)])
        assert _written(out).equals(_recomputed(out)), f"step {step}"
        groups = pq.ParquetFile(out / "review" / "review.parquet").metadata
        sizes = [groups.row_group(g).num_rows for g in range(groups.num_row_groups)]
        assert all(n == 7 for n in sizes[:-1]) and 0 < sizes[-1] <= 7, sizes
    assert merged and min(merged) > 7 and read and all(t.column_names == review.SLIM for t in read)
    # its phrases and doc_ids held dictionary-encoded: an int32 a row, each value once
    assert all(pa.types.is_dictionary(t.schema.field(c).type) for t in read for c in ("doc_id", "field", "text_raw"))


def test_a_merge_reads_the_slim_columns_once(tmp_path, monkeypatch):
    """The SLIM columns of the old table are read whole to place phrases; the kept rows'
    other columns come from its row groups, not those four again — the table still
    equals the recompute."""
    monkeypatch.setattr(review, "ROW_GROUP", 7)
    asked = []

    class Spy(pq.ParquetFile):          # records the row groups read of review/review.parquet
        def __init__(self, source, *a, **kw):
            super().__init__(source, *a, **kw)
            self.mine = str(source).endswith("review/review.parquet")

        def read_row_group(self, g, columns=None, **kw):
            if self.mine:
                asked.append(columns)
            return super().read_row_group(g, columns, **kw)

    monkeypatch.setattr(pq, "ParquetFile", Spy)
    rng = random.Random(11)
    out = tmp_path / "out"
    store = Store(out)
    store.commit([_own(i, rng) for i in range(40)])
    asked.clear()
    for step in range(4):
        store.commit([_own(100 + 2 * step + k, rng) for k in range(2)])
        assert _written(out).equals(_recomputed(out)), f"step {step}"
    assert asked and all(c is not None and not set(c) & set(review.SLIM) for c in asked), asked


def test_the_hidden_rows_index_is_held_dictionary_encoded(tmp_path):
    """The review's index of .review/ holds its strings (and each row's file) as
    dictionaries, in memory and in its cache, and decodes to the hidden rows; a cache
    written with plain strings (before) is read again from the files, not trusted."""
    from pipeline.store.index import _LAST, FolderIndex

    rng = random.Random(3)
    out = tmp_path / "out"
    store = Store(out)
    store.commit([_own(i, rng) for i in range(30)])
    store.commit([_own(100 + k, rng) for k in range(3)])
    cache = out / ".index" / "review.parquet"

    def index():
        return FolderIndex(out / ".review", cache, SCHEMAS["review"], dictionary=(*review.WORDS, "_file"))

    _LAST.clear()
    rows = index().load(with_file=True)
    assert all(pa.types.is_dictionary(rows.schema.field(c).type) for c in (*review.WORDS, "_file"))
    assert pa.types.is_dictionary(pq.read_schema(cache).field("text_raw").type)
    files = sorted((out / ".review").glob("*.parquet"))
    want = pa.concat_tables([pq.read_table(f).select(SCHEMAS["review"].names) for f in files])
    got = rows.select(SCHEMAS["review"].names).cast(SCHEMAS["review"])
    assert sorted(map(str, got.to_pylist())) == sorted(map(str, want.to_pylist()))
    plain = FolderIndex(out / ".review", cache, SCHEMAS["review"])
    _LAST.clear()
    plain.load(save=True)                                   # the cache as it was written before
    assert not pa.types.is_dictionary(pq.read_schema(cache).field("text_raw").type)
    _LAST.clear()
    again = index().load()
    assert again.cast(SCHEMAS["review"]).equals(plain.load().cast(SCHEMAS["review"]))
    store.commit([_own(200, rng)])
    assert _written(out).equals(_recomputed(out))


@pytest.mark.parametrize("seed", range(30))
def test_the_whole_table_is_sorted_on_codes_as_arrow_sorts_its_strings(seed):
    """whole() sorts on each string column's rank among its distinct values, its rows kept
    dictionary-encoded until written (a whole recompute held every row as plain strings:
    ~25 MB at 120,000 rows): the order is Arrow's sort of the plain strings — byte order,
    nulls last, ties stable —, dictionaries with repeated or unused values included."""
    import pyarrow.compute as pc

    rng = random.Random(seed)
    schema = SCHEMAS["review"]
    chunks = []
    for _ in range(rng.randrange(1, 4)):       # each chunk its own dictionaries: values repeat across them
        rows = [dict(doc_id=rng.choice("abcdef"), table="touchpoints", field=rng.choice(FIELDS + ["Нужды"]),
                     text_raw=rng.choice(TEXTS + ["a", "B", "é"]), best_code=str(i), count=rng.choice([None, 1, 2]))
                for i in range(rng.randrange(0, 15))]
        t = pa.Table.from_pylist(rows, schema)
        chunks.append(pa.table({n: pc.dictionary_encode(t[n]) if n in review.WORDS else t[n] for n in schema.names}))
    rows = pa.concat_tables(chunks)
    plain = review.with_totals(rows).select(schema.names).cast(schema)
    assert review.whole(rows).equals(plain.take(pc.sort_indices(plain, review.ORDER)))
    held, _ = review._sorted(rows)
    assert not len(rows) or pa.types.is_dictionary(held.schema.field("text_raw").type)


def test_the_review_index_is_not_held_between_commits(tmp_path):
    """The hidden rows' index is loaded once a commit and let go: none of this process's
    memo of it (index._LAST) stays for the next commit's order grouping."""
    from pipeline.store.index import _LAST

    rng = random.Random(4)
    out = tmp_path / "out"
    store = Store(out)
    store.commit([_own(i, rng) for i in range(10)])
    store.commit([_own(100 + k, rng) for k in range(2)])
    assert out / ".index" / "review.parquet" not in _LAST
    assert out / ".index" / "documents.parquet" in _LAST     # the documents index: loaded 4 times a commit
    assert _written(out).equals(_recomputed(out))


def test_a_merge_finds_the_touched_phrases_rows_by_codes_not_a_string_per_row(tmp_path, monkeypatch):
    """The rows of the commit's phrases, every document's, are found by the hidden rows'
    dictionary codes: no phrase string is made per hidden row sharing a text (a phrase
    many documents hold: ~40 MB of joined strings at 120,000 rows), only per touched row."""
    rng = random.Random(6)
    out = tmp_path / "out"
    docs = [_own(i, rng) for i in range(200)]
    for d in docs[::4]:                          # a phrase a quarter of the documents share
        d.review.append(dict(d.review[0], field="needs", text_raw="общая фраза"))
    Store(out).commit(docs)
    joined, merged = [], []
    real, real_merge = review._phrase, review._merge
    monkeypatch.setattr(review, "_phrase", lambda t: joined.append(len(t)) or real(t))
    monkeypatch.setattr(review, "_merge", lambda *a: merged.append(len(a[0])) or real_merge(*a))
    new = _own(300, rng)
    new.review.append(dict(new.review[0], field="needs", text_raw="общая фраза"))
    Store(out).commit([new])
    assert merged and merged[0] > 300                        # the merge path ran
    assert max(joined) < 10, joined                          # the touched document's rows alone
    assert _written(out).equals(_recomputed(out))
