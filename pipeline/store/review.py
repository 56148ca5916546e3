"""review/review.parquet: every document's unsure phrases, each row's `count` the
phrase's (field, text_raw) total over the dataset, sorted by count (descending),
field, text_raw, then doc_id — a document's rows in their own order.  That order
depends on the rows alone, not on which segment file holds them, so a commit can
update the table instead of recomputing it.

The rows come from the cached index of .review/ (index.py), which also says which
documents' rows changed since the last load.  review.parquet keeps in its metadata
the .review/ listing it was computed from; when that is the listing the index last
saw, only the phrases of the changed documents (their old rows and their new
ones) are recounted and re-sorted — all their rows, every document's — and merged
into the kept rows by binary search over the kept phrases; where most rows hold the
commit's phrases (their counts all change), or the commit has more phrases than a
merge places cheaply one by one (a fold: MERGE_RATIO), the table is recomputed whole
without reading the old one, and written in its sorted order a row group at a time.  Any other case (no
table, another listing: a crash between the two) recomputes it whole.  A commit
into a big dataset therefore sorts and counts its own phrases, not the dataset's.
"""
from __future__ import annotations

import json
from bisect import bisect_left
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from textcore.atomic import atomic_write

from pipeline.contract import SCHEMAS
from pipeline.store.index import FolderIndex
from pipeline.store.segments import HIDDEN_REVIEW, INDEX, ROW_GROUP, read_group

ORDER = [("count", "descending"), ("field", "ascending"), ("text_raw", "ascending"), ("doc_id", "ascending")]
# a merge places each touched phrase by a binary search in Python (~0.2 ms a phrase), a whole
# recompute sorts in Arrow (~2 us a row): past one touched phrase in MERGE_RATIO rows (and
# MERGE_MIN phrases, where either costs little) the merge costs more — a fold of 40 % of
# 200,000 rows: 23 s merging against 0.8 s whole
MERGE_RATIO, MERGE_MIN = 64, 1000
# what a merge reads of the old table whole: the columns that say which rows a commit
# touched and where its phrases go (the rest is streamed from its row groups)
SLIM = ["doc_id", "field", "text_raw", "count"]
# held dictionary-encoded (the hidden rows' index, the old table's SLIM columns): a phrase
# repeats over the documents that hold it, a doc_id over its rows — an int32 a row each
WORDS = ("doc_id", "table", "field", "text_raw", "best_code")


def refresh_review(out: Path) -> None:
    """Bring review/review.parquet up to date with .review/ (incrementally when it can)."""
    index = FolderIndex(out / HIDDEN_REVIEW, out / INDEX / "review.parquet", SCHEMAS["review"],
                        dictionary=(*WORDS, "_file"), memo=False)
    rows = index.load(save=True)
    path = out / "review" / "review.parquet"
    current = _current(path, index.before)
    if current and not len(index.touched):
        return                                  # no document's rows changed: neither did the table
    # the old table is read only where a merge may pay: not when most rows share the
    # commit's phrases (every such row's count changes) — a whole recompute then; and of
    # it only the columns that place phrases (SLIM), its kept rows streamed a row group at a time
    codes = _phrase_codes(rows) if current else None          # the hidden rows' phrases, coded once
    old = _previous(path) if current and not _mostly_touched(rows, index.touched, codes) else None
    split = _split(old, rows, index.touched, codes) if old is not None else None
    if split is not None:
        try:
            _write_stream(_merge(*split, old, _kept_from(path, split[0], old)), path=path,
                          listing=index.listing)
            return
        except (OSError, pa.ArrowInvalid):
            pass                    # the old table no longer reads as it did: recompute it whole
    del old
    _write(*_sorted(rows), path=path, listing=index.listing)


def _mostly_touched(rows: pa.Table, touched: pa.Array, codes=None) -> bool:
    """Do more than half of the hidden rows hold a phrase of the touched documents' rows
    now, or do those hold more phrases than a merge places cheaply?  (A guess of the
    merge's worth: either way the table comes out the same.)"""
    if not len(rows):
        return False
    key, _ = codes or _phrase_codes(rows)
    mine = pc.is_in(rows.column("doc_id"), touched).to_numpy(zero_copy_only=False)
    theirs = np.unique(key[mine])
    return len(theirs) > _merge_bound(len(rows)) or int(np.isin(key, theirs).sum()) > len(rows) // 2


def _merge_bound(n_rows: int) -> int:
    """The most touched phrases a merge into a table of `n_rows` rows may place."""
    return max(MERGE_MIN, n_rows // MERGE_RATIO)


def whole(rows: pa.Table) -> pa.Table:
    """The review table of these hidden rows, recomputed from all of them."""
    if not rows.num_rows:
        return SCHEMAS["review"].empty_table()
    return _in_order(rows).cast(SCHEMAS["review"])


def _in_order(rows: pa.Table) -> pa.Table:
    """whole()'s rows as they came (dictionary-encoded from the index): a merge writes its
    touched phrases' rows cast a part at a time (_write_stream)."""
    rows, order = _sorted(rows)
    return rows if order is None else rows.take(order)


def _sorted(rows: pa.Table) -> tuple[pa.Table, pa.Array]:
    """(the rows with their totals, the order whole() puts them in): written in that
    order a row group at a time, the table is never copied whole.  The rows stay as
    they came (the index's strings dictionary-encoded: cast to the schema's plain
    strings a row group at a time, by the writer); the order is sorted on integers —
    each string column's rank among its distinct values —, not on a string per row."""
    schema = SCHEMAS["review"]
    if not rows.num_rows:
        return schema.empty_table(), None
    rows = with_totals(rows).select(schema.names)
    return rows, _order(rows)


def _order(rows: pa.Table) -> pa.Array:
    """The positions of `rows` in ORDER (count descending, then field, text_raw, doc_id
    ascending, nulls last, as Arrow's sort_indices puts them), a stable sort: a
    document's rows keep their order."""
    keys = [-pc.fill_null(rows.column("count"), 0).to_numpy().astype(np.int64)]
    keys += [_ranks(rows.column(c)) for c, _ in ORDER[1:]]
    return pa.array(np.lexsort(keys[::-1]), pa.int64())     # lexsort: the last key first, stable


def _ranks(col: pa.ChunkedArray | pa.Array) -> np.ndarray:
    """Each row's rank among the column's distinct values (byte order, null last): equal
    values equal ranks, whatever codes a dictionary gave them."""
    codes, values = _encoded(col)                   # a null is the last value, ranked last
    rank = pc.rank(values, sort_keys="ascending", tiebreaker="dense")      # nulls last: the default
    return rank.to_numpy().astype(np.int64)[np.asarray(codes.to_numpy(zero_copy_only=False), dtype=np.int64)]


def updated(old: pa.Table, rows: pa.Table, touched: pa.Array) -> pa.Table:
    """`old` (the table as whole() gave it before) with the documents `touched`
    recomputed from `rows` (every hidden row now): the phrases those documents had or
    have are recounted over all their rows, sorted, and merged in."""
    if not len(touched):
        return old
    split = _split(old, rows, touched)
    if split is None:
        return whole(rows)
    parts = [p.cast(SCHEMAS["review"]) for p in _merge(*split, old, iter([old.take(pa.array(split[0], pa.int64()))]))]
    return pa.concat_tables(parts) if parts else old.schema.empty_table()


def _split(old: pa.Table, rows: pa.Table, touched: pa.Array,
           codes=None) -> tuple[np.ndarray, pa.Table, np.ndarray] | None:
    """(the positions in `old` of the rows no touched phrase holds, the touched phrases
    recomputed from `rows`, sorted; where the kept phrases start among the kept rows, from
    the codes made here); `old` needs only the SLIM columns.  None
    where a whole recompute costs less (most rows touched: a fold moved them, or most
    documents share the commit's phrases; or too many phrases to place one by one:
    _merge_bound)."""
    rows = rows.select(SCHEMAS["review"].names)
    hit_old = pc.is_in(old.column("doc_id"), touched)
    mine = rows.filter(pc.is_in(rows.column("doc_id"), touched)).cast(SCHEMAS["review"])
    # which old rows hold a touched phrase: by dictionary codes, not a string per row
    # (the dataset's size), so that the decision costs little when it is "whole"
    key, encoded = _phrase_codes(old)
    hit = hit_old.to_numpy(zero_copy_only=False) if len(old) else np.zeros(0, bool)
    in_old = [pc.index_in(mine.column(c), value_set=values, skip_nulls=False)
              for c, values in zip(("field", "text_raw"), encoded)]
    known = pc.and_(pc.is_valid(in_old[0]), pc.is_valid(in_old[1])).to_numpy(zero_copy_only=False)
    theirs = _code_key(*(pc.fill_null(a, 0) for a in in_old), len(encoded[1]))[known]
    drop = hit | np.isin(key, np.r_[key[hit], theirs])
    kept_key = key[~drop]
    del encoded, key
    if len(old) - int(drop.sum()) < len(old) // 2:
        return None
    phrases = pc.unique(pa.chunked_array([*_phrase(old.filter(hit_old)).chunks, *_phrase(mine).chunks], pa.string()))
    if len(phrases) > _merge_bound(len(old)):
        return None
    fresh = rows.filter(pa.array(_holding(codes or _phrase_codes(rows), old.filter(hit_old), mine)))   # a touched phrase's rows, every document's
    return np.flatnonzero(~drop), _in_order(fresh), _boundaries(kept_key)


def _holding(codes: tuple[np.ndarray, list[pa.Array]], *tables: pa.Table) -> np.ndarray:
    """Which rows hold a phrase of the rows of `tables` (a few): by the rows' own codes
    (`codes`: _phrase_codes of them), as _split finds the old rows a commit touches — a
    string per row (every hidden row's phrase joined: ~40 MB at 120,000 rows) is never made."""
    key, values = codes
    theirs = [pa.chunked_array([ch for t in tables for ch in t.column(c).cast(pa.string()).chunks], pa.string())
              for c in ("field", "text_raw")]
    at = [pc.index_in(col.combine_chunks(), value_set=v, skip_nulls=False) for col, v in zip(theirs, values)]
    known = pc.and_(pc.is_valid(at[0]), pc.is_valid(at[1])).to_numpy(zero_copy_only=False)
    return np.isin(key, _code_key(*(pc.fill_null(a, 0) for a in at), len(values[1]))[known])


def _phrase_codes(t: pa.Table) -> tuple[np.ndarray, list[pa.Array]]:
    """One int64 per row, equal for the rows of one phrase (field, text_raw; a null is a
    value of its own, apart from ""), and each column's values by code."""
    codes, values = zip(*(_encoded(t.column(c)) for c in ("field", "text_raw")))
    return _code_key(*codes, len(values[1])), list(values)


def _encoded(col: pa.ChunkedArray | pa.Array) -> tuple[pa.Array, pa.Array]:
    """(a code per row, the values by code), a null a value of its own: a
    dictionary-encoded column's own codes (its null one past its values)."""
    col = col.combine_chunks() if isinstance(col, pa.ChunkedArray) else col
    if not pa.types.is_dictionary(col.type):
        enc = pc.dictionary_encode(col, null_encoding="encode")
        return enc.indices, enc.dictionary
    return pc.fill_null(col.indices, len(col.dictionary)), pa.concat_arrays([col.dictionary,
                                                                            pa.nulls(1, col.dictionary.type)])


def _code_key(field: pa.Array, text: pa.Array, n_texts: int) -> np.ndarray:
    """One int64 per (field code, text code) pair."""
    as_np = [np.asarray(a.to_numpy(zero_copy_only=False), dtype=np.int64) for a in (field, text)]
    return as_np[0] * (n_texts + 1) + as_np[1]


def _phrase(t: pa.Table) -> pa.ChunkedArray:
    """(field, text_raw) as one string per row, a null apart from "" (a length prefix
    keeps the field's end unambiguous)."""
    field, text = t.column("field").cast(pa.string()), t.column("text_raw").cast(pa.string())
    size = pc.fill_null(pc.cast(pc.utf8_length(field), pa.string()), "null")
    is_text = pc.if_else(pc.is_null(text), "null", "text")
    return pc.binary_join_element_wise(size, pc.fill_null(field, ""), is_text, pc.fill_null(text, ""), "\x1f")


class _Heads:
    """The sort key of each phrase's first row in a sorted table, by position:
    (-count, field, text_raw) with nulls last, as Arrow sorts them."""

    def __init__(self, t: pa.Table, starts: np.ndarray):
        self.t, self.starts = t, starts

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, i: int) -> tuple:
        return _key(self.t, int(self.starts[i]))


def _key(t: pa.Table, i: int) -> tuple:
    count, field, text = (t.column(c)[i].as_py() for c in ("count", "field", "text_raw"))
    return -count, field is None, field or "", text is None, text or ""


def _starts(t: pa.Table) -> np.ndarray:
    """The positions where a phrase's rows begin in a sorted table (by dictionary
    codes: no string per row)."""
    return _boundaries(_phrase_codes(t)[0] if len(t) else np.zeros(0, np.int64))


def _boundaries(codes: np.ndarray) -> np.ndarray:
    """The positions where a run of equal codes begins."""
    return np.flatnonzero(np.r_[True, codes[1:] != codes[:-1]]) if len(codes) else np.zeros(0, np.int64)


def _merge(kept_pos: np.ndarray, fresh: pa.Table, kept_starts: np.ndarray, old: pa.Table, kept):
    """Two sorted tables holding no phrase in common, as one, in pieces: each fresh
    phrase's rows go before the first kept phrase that sorts after it (Python str order
    is UTF-8 byte order, Arrow's).  The kept rows are `old`'s rows at `kept_pos` (their
    phrases start at `kept_starts`; `old` read for the heads' keys alone), and come, in
    order and every column, from `kept`: tables of consecutive kept rows."""
    heads, at = _Heads(old, kept_pos[kept_starts]), 0
    stream = _Taker(kept)
    fresh_starts = _starts(fresh)
    for j, start in enumerate(fresh_starts.tolist()):
        h = bisect_left(heads, _key(fresh, start))
        row = int(kept_starts[h]) if h < len(heads) else len(kept_pos)
        end = int(fresh_starts[j + 1]) if j + 1 < len(fresh_starts) else len(fresh)
        yield from stream.take(row - at)
        yield fresh.slice(start, end - start)
        at = row
    yield from stream.take(len(kept_pos) - at)


class _Taker:
    """`n` rows at a time from a stream of tables (slices: no copy)."""

    def __init__(self, tables):
        self.tables, self.head = tables, None

    def take(self, n: int):
        while n > 0:
            if self.head is None or not len(self.head):
                self.head = next(self.tables)
                continue
            part = self.head.slice(0, n)
            self.head = self.head.slice(len(part))
            n -= len(part)
            yield part


def _kept_from(path: Path, kept_pos: np.ndarray, old: pa.Table):
    """The rows of the table at `path` at `kept_pos`, every column, one row group at a
    time: the SLIM columns taken from `old` (they are read whole already), the others
    read, only from the row groups that hold a kept row."""
    keep = np.zeros(len(old), dtype=bool)
    keep[kept_pos] = True
    names = SCHEMAS["review"].names
    rest = [c for c in names if c not in SLIM]
    start = 0
    pf = pq.ParquetFile(path)
    if pf.metadata.num_rows != len(old):
        raise pa.ArrowInvalid("the review table changed under the merge")
    for g in range(pf.num_row_groups):
        n = pf.metadata.row_group(g).num_rows
        mine = keep[start:start + n]
        if mine.any():
            mine = pa.array(mine)
            read = read_group(pf, g, rest).filter(mine)
            slim = old.slice(start, n).filter(mine)
            yield pa.table([(slim if c in SLIM else read).column(c) for c in names], names=names)
        start += n


def _current(path: Path, before: dict) -> bool:
    """Was the table as last written computed from the listing `before` (its metadata
    alone is read)?"""
    try:
        schema = pq.read_schema(path)
        listing = json.loads((schema.metadata or {}).get(b"listing", b"null"))
    except (OSError, pa.ArrowInvalid, ValueError):
        return False
    return listing == before and schema.remove_metadata().equals(SCHEMAS["review"])


def _previous(path: Path) -> pa.Table | None:
    """The SLIM columns of the table as last written, its strings dictionary-encoded (None: unreadable)."""
    try:
        return pq.ParquetFile(path, read_dictionary=[c for c in SLIM if c in WORDS]).read(
            columns=SLIM, use_threads=False).replace_schema_metadata(None)
    except (OSError, pa.ArrowInvalid):
        return None


def _write(table: pa.Table, order: pa.Array | None = None, *, path: Path, listing: dict) -> None:
    """The table, with the listing it was computed from; with `order`, its rows taken
    in that order one row group at a time."""
    schema = SCHEMAS["review"].with_metadata({"listing": json.dumps(listing)})
    path.parent.mkdir(parents=True, exist_ok=True)
    if order is None:
        table = table.cast(schema)
        atomic_write(path, lambda tmp: pq.write_table(table, tmp, compression="zstd", row_group_size=ROW_GROUP))
        return

    def write(tmp):
        with pq.ParquetWriter(tmp, schema, compression="zstd") as w:
            for at in range(0, len(order), ROW_GROUP):
                w.write_table(table.take(order.slice(at, ROW_GROUP)).cast(schema), row_group_size=ROW_GROUP)
    atomic_write(path, write)


def _write_stream(parts, *, path: Path, listing: dict) -> None:
    """The table given in pieces, in order, written in row groups of ROW_GROUP rows."""
    schema = SCHEMAS["review"].with_metadata({"listing": json.dumps(listing)})

    def write(tmp):
        with pq.ParquetWriter(tmp, schema, compression="zstd") as w:
            held, n, wrote = [], 0, False
            for part in parts:
                held.append(part.cast(SCHEMAS["review"]))
                n += len(part)
                if n >= ROW_GROUP:          # whole row groups out, the rest held for the next
                    both = pa.concat_tables(held)
                    w.write_table(both.slice(0, n - n % ROW_GROUP), row_group_size=ROW_GROUP)
                    held, n, wrote = [both.slice(n - n % ROW_GROUP)], n % ROW_GROUP, True
            if n or not wrote:
                w.write_table(pa.concat_tables(held) if held else SCHEMAS["review"].empty_table(),
                              row_group_size=ROW_GROUP)
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, write)


def with_totals(rows: pa.Table) -> pa.Table:
    """Each row's `count` replaced by its phrase's (field, text_raw) count over all rows,
    the rows in their order.  Vectorised with dictionary codes and numpy's bincount
    (Arrow's group_by and join would import pyarrow.dataset and pandas at every commit)."""
    key, _ = _phrase_codes(rows)        # a null is a value of its own, as in a dict key
    _, group = np.unique(key, return_inverse=True)
    counts = pc.fill_null(rows.column("count"), 0).to_numpy().astype(np.int64)
    totals = np.bincount(group, weights=counts).astype(np.int64)
    return rows.set_column(rows.schema.get_field_index("count"), "count", pa.array(totals[group], pa.int64()))
