"""What every commit recomputes from the committed files: review/, labels/ and the index."""
from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from pipeline.allocator import give_back
from pipeline.contract import read_file
from pipeline.store.index import doc_index  # noqa: F401  (re-exported)
from pipeline.store.labels import labels_table
from pipeline.store.order_update import regroup
from pipeline.store.review import refresh_review, with_totals  # noqa: F401  (re-exported)
from pipeline.store.segments import JOURNAL, write_parquet


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
    give_back()
    refresh_review(out)
    labels = labels_table()        # from the taxonomy files: storage writes it at every commit
    path = out / "labels" / "labels.parquet"
    try:
        same = read_file(path, threads=False).equals(labels)
    except (OSError, pa.ArrowInvalid):
        same = False
    if not same:
        write_parquet(labels, path)
    doc_index(out).load(save=True)
    (out / JOURNAL).unlink(missing_ok=True)
