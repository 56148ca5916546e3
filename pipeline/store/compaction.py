"""Folding segments together: fewer files per table, cheaper for every reader."""
from __future__ import annotations

import os
import uuid
from collections import Counter
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from pipeline.store.derived import doc_index
from pipeline.store.journal import finish_compaction, write_journal
from pipeline.store.prepare import discard
from pipeline.store.segments import SEGMENT_FILES, parquet_names, read, segment_of, write_parquet_temp

MAX_SEGMENTS = 16          # more segments than this: the small ones are folded together


def compact_segments(out: Path, force: bool) -> int:
    """Fold segments together (all of them with force, else all but the largest when
    there are more than MAX_SEGMENTS); returns how many segments were folded."""
    idx = doc_index(out).load(with_file=True)
    sizes = Counter(idx.column("_file").to_pylist())
    segments = [segment_of(f) for f, _ in sorted(sizes.items(), key=lambda kv: (-kv[1], kv[0]))]
    if force:
        group = segments if len(segments) > 1 else []
    else:
        group = segments[1:] if len(segments) > MAX_SEGMENTS else []
    if not group:
        return 0
    live = pa.array(sorted(idx.column("doc_id").to_pylist()), pa.string())
    merged = f"part-{uuid.uuid4().hex[:16]}"
    ops: list = []
    try:
        for folder, schema in SEGMENT_FILES:
            names = parquet_names(out / folder)
            parts = [read(out / folder / f"{s}.parquet", schema) for s in group if f"{s}.parquet" in names]
            table = pa.concat_tables(parts) if parts else None
            if table is not None:
                table = table.filter(pc.is_in(table.column("doc_id"), live))   # orphans of a crash go
            if table is not None and len(table):
                path = out / folder / f"{merged}.parquet"
                ops.append(("replace", path, write_parquet_temp(table, path)))
    except OSError:
        discard(ops)
        raise
    entry = {"phase": "compacting", "into": merged, "from": group}
    write_journal(out, entry)
    for _, path, tmp in ops:                  # 1: the merged files in, `documents` last
        os.replace(tmp, path)
    finish_compaction(out, entry)
    return len(group)
