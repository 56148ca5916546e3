"""What every commit recomputes from the committed files: review/, labels/ and the index."""
from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from pipeline.contract import SCHEMAS, read_file
from pipeline.store.index import FolderIndex, doc_index  # noqa: F401  (doc_index: re-exported)
from pipeline.store.labels import labels_table
from pipeline.store.order_groups import regroup
from pipeline.store.segments import HIDDEN_REVIEW, INDEX, JOURNAL, write_parquet

def refresh_review(out: Path) -> None:
    """review/review.parquet: every document's unsure phrases, counted over the dataset.
    The rows come from the cached index of .review/ (a commit re-reads only the segment
    files it changed); the counts are summed by Arrow, not row by row in Python."""
    rows = FolderIndex(out / HIDDEN_REVIEW, out / INDEX / "review.parquet", SCHEMAS["review"]).load(save=True)
    if rows.num_rows:
        rows = with_totals(rows).select(SCHEMAS["review"].names).cast(SCHEMAS["review"])
        rows = rows.sort_by([("count", "descending"), ("field", "ascending"), ("text_raw", "ascending")])
    write_parquet(rows, out / "review" / "review.parquet")


def with_totals(rows: pa.Table) -> pa.Table:
    """Each row's `count` replaced by its phrase's (field, text_raw) count over all rows,
    the rows in their order.  Vectorised with dictionary codes and numpy's bincount
    (Arrow's group_by and join would import pyarrow.dataset and pandas at every commit)."""
    import numpy as np                   # already loaded by pyarrow

    key = np.zeros(rows.num_rows, np.int64)
    for col in ("field", "text_raw"):    # a null is a value of its own, as in a dict key
        codes = pc.dictionary_encode(rows.column(col).combine_chunks(), null_encoding="encode")
        key = key * (len(codes.dictionary) + 1) + codes.indices.to_numpy(zero_copy_only=False)
    _, group = np.unique(key, return_inverse=True)
    counts = pc.fill_null(rows.column("count"), 0).to_numpy().astype(np.int64)
    totals = np.bincount(group, weights=counts).astype(np.int64)
    return rows.set_column(rows.schema.get_field_index("count"), "count", pa.array(totals[group], pa.int64()))


def _touched(out: Path) -> list[str] | None:
    """The documents the commit being derived wrote or dropped (its journal names them):
    a document written again under the same doc_id, version and path (a re-parse) has
    new rows that its signature does not show.  None: unknown (regroup everything)."""
    try:
        entry = json.loads((out / JOURNAL).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, ValueError):
        return None
    return entry.get("docs", []) if entry.get("phase") == "derive" else None


def derive(out: Path) -> None:
    """order grouping, review/, labels/ and the index, from the committed files; then the journal goes."""
    regroup(out, write_parquet, _touched(out))   # duplicate_of depends on other documents: not in a worker
    # Arrow's allocator keeps what the regroup freed (every document's columns after a
    # rebuild): give it back before the review's rows are read, so the two peaks do not add
    pa.default_memory_pool().release_unused()
    refresh_review(out)
    labels = labels_table()        # from the taxonomy files: storage writes it at every commit
    path = out / "labels" / "labels.parquet"
    try:
        same = read_file(path).equals(labels)
    except (OSError, pa.ArrowInvalid):
        same = False
    if not same:
        write_parquet(labels, path)
    doc_index(out).load(save=True)
    (out / JOURNAL).unlink(missing_ok=True)
