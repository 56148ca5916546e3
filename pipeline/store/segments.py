"""Segments: the files a commit writes, read and replaces.

A segment is a set of documents whose rows share one file name in every table
(`documents/part-ab12.parquet`, `touchpoints/part-ab12.parquet`, ...); a table
where the segment has no rows has no file (no zero-row files, except one
`empty.parquet` in a table with no row at all, so readers see its columns).
"""
from __future__ import annotations

import os
from itertools import chain
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from textcore.atomic import atomic_write, write_temp

from pipeline.contract import SCHEMAS, conform, read_file, to_table
from pipeline.store.outdir import is_dataset

DOC_TABLES = ("documents", "touchpoints", "roadmap", "procedure_items")
ROW_TABLES = ("touchpoints", "roadmap", "procedure_items", "review")      # a document's rows beside its own
# (folder, schema) of every file of a segment; `documents` last: its file commits a document
SEGMENT_FILES = (("touchpoints", "touchpoints"), ("roadmap", "roadmap"), ("procedure_items", "procedure_items"),
                 (".review", "review"), ("documents", "documents"))
HIDDEN_REVIEW = ".review"
INDEX = ".index"
EMPTY = "empty.parquet"
JOURNAL = ".commit"
# rows per row group: a reader that wants a few documents of a big segment (a rebuild's
# carried rows) decodes the groups holding them, not the whole file
ROW_GROUP = 32_768


class StoreError(OSError):
    """The dataset could not be written (disk full, read-only, ...).  One line
    for the user (an OSError: the CLI prints it and exits 2); the dataset is as
    it was after its last complete commit."""


def store_error(what: str, e: OSError) -> StoreError:
    where = f" ({e.filename})" if getattr(e, "filename", None) else ""
    return StoreError(f"cannot {what}: {e.strerror or e}{where}; its last complete commit is intact")


def write_parquet(table: pa.Table, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, lambda tmp: pq.write_table(table, tmp, compression="zstd", row_group_size=ROW_GROUP))


def write_parquet_temp(table, path: Path) -> Path | None:
    """The file under a temporary name, for a commit to rename later (under its journal).
    `table`: a table, or its parts in order (tables of one schema), written as they come
    in row groups of ROW_GROUP rows — a segment rewritten for a removed document holds
    one row group of it at a time, not the file (2 million rows: GBs); None where the
    parts hold no row (nothing written)."""
    if isinstance(table, pa.Table):
        return write_temp(path, lambda tmp: pq.write_table(table, tmp, compression="zstd", row_group_size=ROW_GROUP))
    parts = iter(table)
    first = next((t for t in parts if len(t)), None)
    if first is None:
        return None

    def write(tmp):
        with pq.ParquetWriter(tmp, first.schema, compression="zstd") as w:
            held, n = [], 0
            for part in chain([first], parts):
                held.append(part.cast(first.schema))
                n += len(part)
                if n >= ROW_GROUP:            # whole row groups out, the rest held for the next
                    both, cut = pa.concat_tables(held), n - n % ROW_GROUP
                    w.write_table(both.slice(0, cut), row_group_size=ROW_GROUP)
                    held, n = [both.slice(cut)], n % ROW_GROUP
            if n:
                w.write_table(pa.concat_tables(held), row_group_size=ROW_GROUP)
    return write_temp(path, write)


def parquet_names(folder: Path) -> set[str]:
    """The names a reader's `*.parquet` sees in a folder (one scandir)."""
    try:
        return {e.name for e in os.scandir(folder) if e.name.endswith(".parquet") and not e.name.startswith(".")}
    except FileNotFoundError:
        return set()


def segment_of(name: str) -> str:
    return name[:-len(".parquet")]


def read(path: Path, schema_name: str) -> pa.Table:
    return conform(read_file(path), SCHEMAS[schema_name])   # older files may lack newer columns


def read_docs(path: Path, schema_name: str, doc_ids: pa.Array) -> pa.Table:
    """The rows of `doc_ids` in one file: its doc_id column is read first, then only
    the row groups holding those documents (a document's rows are contiguous)."""
    pf = pq.ParquetFile(path)
    hit = pc.is_in(pf.read(columns=["doc_id"], use_threads=False).column("doc_id"), doc_ids)
    groups, start = [], 0
    for g in range(pf.num_row_groups):
        n = pf.metadata.row_group(g).num_rows
        if n and pc.any(hit.slice(start, n)).as_py():
            groups.append(g)
        start += n
    t = conform(pf.read_row_groups(groups, use_threads=False), SCHEMAS[schema_name]) if groups else SCHEMAS[schema_name].empty_table()
    return t.filter(pc.is_in(t.column("doc_id"), doc_ids))


def read_all(folder: Path, schema_name: str) -> pa.Table:
    names = sorted(parquet_names(folder) - {EMPTY})
    tables = [read(folder / n, schema_name) for n in names]
    return pa.concat_tables(tables) if tables else SCHEMAS[schema_name].empty_table()


def read_group(pf: pq.ParquetFile, g: int, columns: list[str] | None = None) -> pa.Table:
    """Row group `g`, decoded on this thread.  Decoded on Arrow's pool threads, its
    buffers come from those threads' mimalloc heaps, which keep the pages freed here
    until they allocate again: idle after a fold, ~20 MB of the parent's stayed at
    each (issue 20; the readers of one row group at a time gain little from them)."""
    return pf.read_row_group(g, columns=columns, use_threads=False)


def row_groups_of(folder: Path, schema_name: str, columns: list[str], name: str, ids):
    """`columns` of the rows of the documents `ids` in one segment file, yielded a row
    group at a time (only those columns decoded): a reader hashing a 16,000-document
    segment holds one group's rows, not the file's."""
    schema = pa.schema([SCHEMAS[schema_name].field(c) for c in columns])
    try:
        pf = pq.ParquetFile(folder / name)
    except FileNotFoundError:
        return                            # the segment has no row in this table
    present = [c for c in columns if c in pf.schema_arrow.names]   # an older file: conform() adds the rest
    # an Arrow array as it is: a segment's doc_ids as Python strings are what this avoids
    wanted = ids if isinstance(ids, pa.Array) else pa.array(sorted(ids), pa.string())
    for i in range(pf.num_row_groups):
        t = conform(read_group(pf, i, present), schema)
        yield t.filter(pc.is_in(t.column("doc_id"), wanted))


def row_groups_without(path: Path, schema_name: str, doc_ids: set[str]):
    """The rows of one file but those of `doc_ids`, a row group at a time."""
    pf = pq.ParquetFile(path)
    for g in range(pf.num_row_groups):
        yield without(conform(read_group(pf, g), SCHEMAS[schema_name]), doc_ids)


def without(table: pa.Table, doc_ids: set[str]) -> pa.Table:
    if not doc_ids or not len(table):
        return table
    return table.filter(pc.invert(pc.is_in(table.column("doc_id"), pa.array(sorted(doc_ids), pa.string()))))


def only(table: pa.Table, doc_ids) -> pa.Table:
    return table.filter(pc.is_in(table.column("doc_id"), pa.array(sorted(doc_ids), pa.string())))


def arrow_rows(schema_name: str, rows: list[dict]) -> pa.Table:
    """Rows (dicts) -> the table's exact columns; as contract.to_table, but the
    dicts are converted in C++ (a struct array), 3x faster on a segment's rows."""
    schema = SCHEMAS[schema_name]
    return pa.Table.from_struct_array(pa.array(rows, type=pa.struct(schema))).cast(schema)


def ensure_readable(out: Path) -> None:
    """A table with no row at all keeps one zero-row file, so readers see its
    columns; any other table has none."""
    for t in DOC_TABLES:
        folder = out / t
        names = parquet_names(folder)
        if names - {EMPTY}:
            if EMPTY in names:
                (folder / EMPTY).unlink(missing_ok=True)
        elif EMPTY not in names:
            write_parquet(to_table(t, []), folder / EMPTY)


class Carried:
    """A document unchanged since the dataset a rebuild replaces (same bytes, same
    path, same pipeline version): its rows are copied from there Arrow to Arrow,
    not decoded from the cache and converted again.  Quacks like a DocResult."""
    touchpoints = roadmap = procedure_items = review = ()
    category = None                 # only documents that parsed cleanly are carried

    def __init__(self, document: dict, source: Path):
        document = dict(document)
        self.segment = document.pop("_segment", None)       # its file in the old dataset, when known
        self.document, self.source = document, Path(source)

    def rows(self, table: str) -> list:
        return [self.document] if table == "documents" else []


class Packed:
    """A parsed document held for its segment with its rows as Arrow, not dicts: as
    Python objects a document's rows cost ~120 KB (a segment's 1,000 documents:
    120 MB, which the allocator keeps after they are written); as Arrow a few KB."""
    category = None

    def __init__(self, result):
        self.document = result.document
        self.category = result.category
        self.tables = {t: arrow_rows(t, rows) for t in ROW_TABLES if (rows := result.rows(t))}
        self.n_rows = 1 + sum(len(t) for t in self.tables.values())


class CarryIndex:
    """doc_id -> documents row (with `_segment`) of the documents a rebuild may carry,
    held as Arrow tables and turned into a dict only when asked: a dict per document
    of the old dataset cost the parent ~7 KB each (700 MB at 100,000 documents)."""

    def __init__(self, tables: list[tuple[str, pa.Table]]):
        self._tables = tables
        self._at = {d: (i, j) for i, (_, t) in enumerate(tables)
                    for j, d in enumerate(t.column("doc_id").to_pylist())}

    def __len__(self) -> int:
        return len(self._at)

    def get(self, doc_id: str, default=None) -> dict | None:
        where = self._at.get(doc_id)
        if where is None:
            return default
        segment, table = self._tables[where[0]]
        return dict(table.slice(where[1], 1).to_pylist()[0], _segment=segment)

    def values(self):
        for d in self._at:
            yield self.get(d)


def carryable(out: Path) -> CarryIndex:
    """The documents of the dataset at `out` whose rows a rebuild may carry over:
    those that parsed cleanly (status ok, no error).  The others go through the
    parse cache, which knows their error category and whether it is worth another
    try.  Each row names its segment (`_segment`), so its rows are copied from that
    file alone."""
    tables: list[tuple[str, pa.Table]] = []
    try:
        if not is_dataset(out):
            return CarryIndex([])
        folder = Path(out) / "documents"
        for name in sorted(parquet_names(folder) - {EMPTY}):
            t = read(folder / name, "documents")
            clean = pc.fill_null(pc.equal(t.column("error"), ""), True)      # no error: null or ""
            t = t.filter(pc.and_(pc.fill_null(pc.equal(t.column("status"), "ok"), False), clean))
            tables.append((segment_of(name), t))
    except (OSError, pa.ArrowInvalid):
        return CarryIndex([])
    return CarryIndex(tables)
