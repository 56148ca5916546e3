"""What order grouping reads of the documents it regroups: their GROUP_COLUMNS and
their rows' fingerprints, one segment file and one row group at a time.

A rebuild's last commit regroups every document, so whatever is held per document
here is held for the whole dataset at once: as Python lists and dicts of doc_ids
and digests it was ~0.5 KB a document, and the full `warnings` lists (half of
GROUP_COLUMNS' bytes) were read only to learn whether one of them is the
about-the-topic warning.  Here each row group keeps of `warnings` only that one
(orders.is_order needs no other), and the fingerprints are gathered per file
into an Arrow array aligned with the index.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from pipeline.contract import ABOUT_TOPIC_WARNING, SCHEMAS
from pipeline.store import orders as rules
from pipeline.store.segments import row_groups_of


def about_topic(warnings: pa.ChunkedArray | pa.Array) -> np.ndarray:
    """Per document: does its `warnings` list hold the about-the-topic warning?"""
    warnings = warnings.combine_chunks() if isinstance(warnings, pa.ChunkedArray) else warnings
    about = np.zeros(len(warnings), dtype=bool)
    hits = pc.fill_null(pc.equal(pc.list_flatten(warnings), ABOUT_TOPIC_WARNING), False).to_numpy(zero_copy_only=False)
    about[pc.list_parent_indices(warnings).to_numpy()[hits]] = True
    return about


def _slim(t: pa.Table) -> pa.Table:
    """`warnings` cut to the about-the-topic warning (one or none per document)."""
    about = about_topic(t.column("warnings"))
    offsets = pa.array(np.r_[0, np.cumsum(about)].astype(np.int32))
    values = pa.array(np.full(int(about.sum()), ABOUT_TOPIC_WARNING, dtype=object), pa.string())
    slim = pa.ListArray.from_arrays(offsets, values, type=t.schema.field("warnings").type)
    return t.set_column(t.schema.get_field_index("warnings"), "warnings", slim)


def group_rows(out: Path, sub: pa.Table) -> pa.Table:
    """GROUP_COLUMNS of the documents `sub` (doc_id, _file) read from their files, in
    its order (`warnings` slimmed: _slim)."""
    schema = pa.schema([SCHEMAS["documents"].field(c) for c in rules.GROUP_COLUMNS])
    files, ids = sub.column("_file").combine_chunks(), sub.column("doc_id").combine_chunks()
    got = [_slim(part) for name in pc.unique(files).to_pylist()
           for part in row_groups_of(out / "documents", "documents", rules.GROUP_COLUMNS, name,
                                     ids.filter(pc.equal(files, name)))]
    rows = pa.concat_tables(got) if got else schema.empty_table()
    return rows.take(pc.index_in(sub.column("doc_id"), rows.column("doc_id").combine_chunks()))


def fingerprints(out: Path, idx: pa.Table, known: pa.Array | None = None) -> pa.Array:
    """Each indexed document's rows fingerprint ('': fewer rows than the rule needs):
    `known` (aligned with `idx`; null: unknown) where given, hashed from the row
    tables for the others — only the segments holding them are read, one row group at
    a time, and one file's digests are held at a time.  The known ones come from the
    order state (order_state.py): the same bytes read by the same version have the same rows."""
    prints = known if known is not None else pa.nulls(len(idx), pa.string())
    need = pc.is_null(prints).to_numpy(zero_copy_only=False)
    if not need.any():
        return prints
    pos = pa.array(np.flatnonzero(need))
    ids, files = idx.column("doc_id").take(pos).combine_chunks(), idx.column("_file").take(pos).combine_chunks()
    at, got = [], []
    for name in pc.unique(files).to_pylist():
        mine = pc.equal(files, name)
        of_file = ids.filter(mine)
        hasher = rules.RowsHasher()
        for t_name, cols in rules.ROW_COLUMNS.items():
            for part in row_groups_of(out / t_name, t_name, ["doc_id", *cols], name, of_file):
                hasher.add(t_name, part)
        digests = hasher.digests()
        at.append(pos.filter(mine))
        got.append(pa.array([digests.get(d, "") for d in of_file.to_pylist()], pa.string()))
    where, values = pa.chunked_array(at, pa.int64()).combine_chunks(), pa.concat_arrays(got)
    fresh = values.take(pc.sort_indices(where))            # in position order, as `need`'s trues
    return pc.replace_with_mask(prints, pa.array(need), fresh)
