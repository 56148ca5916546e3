"""Folding segments together: fewer files per table, cheaper for every reader.

Size-tiered, as in log-structured stores: a segment of n documents is in tier
floor(log_FANOUT(n)); whenever FANOUT segments share a tier they are folded into
one, which lands at least one tier higher.  A row is therefore rewritten at most
once per tier, O(log N) times over any series of ingests or a whole rebuild,
and the dataset holds fewer than FANOUT segments per tier (a few dozen files at
a million documents).  Folding all but the largest segment at every commit, as
before, rewrote the same rows at every fold: quadratic past a handful of folds.
A fold streams one row group at a time into the merged file, so its memory
is one row group's rows, not a segment's or the group's.
"""
from __future__ import annotations

import math
import os
import uuid
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from textcore.atomic import write_temp

from pipeline.contract import SCHEMAS, conform
from pipeline.store.derived import doc_index
from pipeline.store.journal import finish_compaction, write_journal
from pipeline.store.prepare import discard
from pipeline.store.segments import ROW_GROUP, SEGMENT_FILES, parquet_names, read_group, segment_of

FANOUT = 4                # this many segments of one tier are folded into one ...
MAX_FOLD_DOCS = 16_000    # ... unless the fold would hold more documents than this


def tier(docs: int) -> int:
    """The tier of a segment of `docs` documents: floor(log_FANOUT(docs))."""
    return int(math.log(max(docs, 1), FANOUT) + 1e-9)


def plan_fold(sizes: dict[str, int], force: bool) -> list[str]:
    """The segments to fold next: all of them with force, else those of the
    lowest tier holding FANOUT or more whose fold stays within MAX_FOLD_DOCS.
    The cap bounds every file (what a reader or a rebuild's carry holds at once):
    past it the dataset grows by files of 4,000-16,000 documents, N/16,000 of them."""
    if force:
        return sorted(sizes) if len(sizes) > 1 else []
    tiers: dict[int, list[str]] = {}
    for seg, n in sizes.items():
        tiers.setdefault(tier(n), []).append(seg)
    for t in sorted(tiers):
        if len(tiers[t]) >= FANOUT and sum(sizes[s] for s in tiers[t]) <= MAX_FOLD_DOCS:
            return sorted(tiers[t])
    return []


def compact_segments(out: Path, force: bool) -> int:
    """Fold segments together (all of them with force, else tier by tier until
    no tier holds FANOUT segments); returns how many segments were folded."""
    folded = 0
    while True:
        idx = doc_index(out).load(with_file=True)
        counts = pc.value_counts(idx.column("_file"))       # documents per segment, counted by Arrow
        sizes = {segment_of(f): n for f, n in zip(counts.field("values").to_pylist(),
                                                 counts.field("counts").to_pylist())}
        group = plan_fold(sizes, force)
        if not group:
            return folded
        _fold(out, group, idx.column("doc_id").combine_chunks())
        folded += len(group)
        if force:
            return folded


def _fold(out: Path, group: list[str], live: pa.Array) -> None:
    """One fold under a journal: the merged file of every table renamed in
    (`documents` last), then the folded segments unlinked (finish_compaction)."""
    merged = f"part-{uuid.uuid4().hex[:16]}"
    ops: list = []
    try:
        for folder, schema in SEGMENT_FILES:
            names = parquet_names(out / folder)
            parts = [out / folder / f"{s}.parquet" for s in group if f"{s}.parquet" in names]
            path = out / folder / f"{merged}.parquet"
            tmp = fold_files(parts, schema, live, path) if parts else None
            if tmp is not None:
                ops.append(("replace", path, tmp))
    except OSError:
        discard(ops)
        raise
    entry = {"phase": "compacting", "into": merged, "from": group}
    write_journal(out, entry)
    for _, path, tmp in ops:
        os.replace(tmp, path)
    finish_compaction(out, entry)


def fold_files(parts: list[Path], schema: str, live: pa.Array, path: Path) -> Path | None:
    """The rows of `parts` whose document is live (orphans of a crash go), streamed
    into a temporary file beside `path`; None when no row is left."""
    written = 0

    def write(tmp: Path) -> None:
        nonlocal written
        with pq.ParquetWriter(tmp, SCHEMAS[schema], compression="zstd") as w:
            for p in parts:
                pf = pq.ParquetFile(p)
                for g in range(pf.num_row_groups):     # a row group at a time: a 4,000-document
                    t = conform(read_group(pf, g), SCHEMAS[schema])     # segment is ~350 MB whole
                    t = t.filter(pc.is_in(t.column("doc_id"), live))
                    if len(t):
                        w.write_table(t, row_group_size=ROW_GROUP)
                        written += len(t)

    tmp = write_temp(path, write)
    if not written:
        tmp.unlink(missing_ok=True)
        return None
    return tmp
