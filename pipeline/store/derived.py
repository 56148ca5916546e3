"""What every commit recomputes from the committed files: review/, labels/ and the index."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pyarrow as pa

from pipeline.contract import SCHEMAS, read_file
from pipeline.store.index import FolderIndex
from pipeline.store.labels import labels_table
from pipeline.store.orders import regroup
from pipeline.store.segments import HIDDEN_REVIEW, INDEX, JOURNAL, write_parquet

INDEX_COLUMNS = ["doc_id", "source_path", "pipeline_version", "status"]


def doc_index(out: Path) -> FolderIndex:
    return FolderIndex(out / "documents", out / INDEX / "documents.parquet", SCHEMAS["documents"], INDEX_COLUMNS)


def refresh_review(out: Path) -> None:
    """review/review.parquet: every document's unsure phrases, counted over the dataset."""
    rows = FolderIndex(out / HIDDEN_REVIEW, out / INDEX / "review.parquet", SCHEMAS["review"]).load(save=True)
    if rows.num_rows:
        # each row's count becomes its phrase's count over the dataset (pyarrow, not pandas:
        # a warm rebuild should not pay pandas' import for this)
        keys = list(zip(rows.column("field").to_pylist(), rows.column("text_raw").to_pylist()))
        totals: Counter = Counter()
        for key, n in zip(keys, rows.column("count").to_pylist()):
            totals[key] += n or 0
        rows = rows.set_column(rows.schema.get_field_index("count"), "count",
                               pa.array([totals[k] for k in keys], pa.int64()))
        rows = rows.select(SCHEMAS["review"].names).cast(SCHEMAS["review"])
        rows = rows.sort_by([("count", "descending"), ("field", "ascending"), ("text_raw", "ascending")])
    write_parquet(rows, out / "review" / "review.parquet")


def derive(out: Path) -> None:
    """order grouping, review/, labels/ and the index, from the committed files; then the journal goes."""
    regroup(out, write_parquet)     # duplicate_of depends on every document: here, not in a worker
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
