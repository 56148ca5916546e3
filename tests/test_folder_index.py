"""The cached index of a folder (pipeline/store/index.py) equals the folder's files after
additions, replacements and removals, in this process (its memo: rows kept uncopied when
files were only added) and in a fresh one (the cache file), and says which documents
changed."""
from __future__ import annotations

import random

import pyarrow as pa
import pyarrow.compute as pc

import pipeline.store.index as index
from pipeline.contract import read_file
from pipeline.store import Store
from pipeline.store.index import INDEX_COLUMNS, doc_index
from tests.test_review_incremental import _doc


def _files(out) -> set[tuple]:
    files = [f for f in (out / "documents").glob("*.parquet") if f.name != "empty.parquet"]
    t = pa.concat_tables([read_file(f, INDEX_COLUMNS) for f in files])
    return set(zip(*(t.column(c).to_pylist() for c in INDEX_COLUMNS)))


def _listing(out) -> dict:
    """What the index tells files apart by: (inode, mtime, size) per name."""
    return {f.name: (st.st_ino, st.st_mtime_ns, st.st_size)
            for f in (out / "documents").glob("*.parquet") for st in [f.stat()]}


def _indexed(out, fresh_process: bool) -> tuple[set[tuple], set[str]]:
    if fresh_process:
        index._LAST.clear(), index._ON_DISK.clear()
    ix = doc_index(out)
    t = ix.load()
    return set(zip(*(t.column(c).to_pylist() for c in INDEX_COLUMNS))), set(ix.touched.to_pylist())


def test_the_index_follows_additions_replacements_and_removals(tmp_path):
    rng = random.Random(3)
    out = tmp_path / "out"
    store = Store(out)
    store.commit([_doc(i, rng) for i in range(6)])
    assert _indexed(out, False)[0] == _files(out)
    store.commit([_doc(6, rng), _doc(7, rng)])                # a new segment: the old file unchanged
    rows, touched = _indexed(out, False)
    assert rows == _files(out) and touched == set()           # derive loaded it already: nothing new since
    for step, (new, gone) in enumerate([([8], []), ([2], []), ([], ["0000000000000007"]), ([9], ["0000000000000001"])]):
        if step % 2:
            index._LAST.clear()    # this process's memo of the last load: the next load diffs the cache file
        listing = _listing(out)
        store.commit([_doc(i, rng) for i in new], gone)
        assert _listing(out) != listing, step                # a file added, rewritten or gone
        assert _indexed(out, False)[0] == _files(out), step
        assert _indexed(out, True)[0] == _files(out), step


def test_only_added_files_leave_the_cached_rows_as_they_were(tmp_path, monkeypatch):
    rng = random.Random(4)
    out = tmp_path / "out"
    Store(out).commit([_doc(i, rng) for i in range(4)])
    doc_index(out).load()
    cached = index._LAST[out / ".index" / "documents.parquet"][1]
    Store(out).commit([_doc(10, rng)])                        # a file added, none changed
    ix = doc_index(out)
    t = ix.load(with_file=True)
    assert t.slice(0, len(cached)).equals(cached)             # the old rows first, as they were
    assert pc.unique(t.column("doc_id")).to_pylist()[-1] == f"{10:016x}"
