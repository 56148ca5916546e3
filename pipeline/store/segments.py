"""Segments: the files a commit writes, read and replaces.

A segment is a set of documents whose rows share one file name in every table
(`documents/part-ab12.parquet`, `touchpoints/part-ab12.parquet`, ...); a table
where the segment has no rows has no file (no zero-row files, except one
`empty.parquet` in a table with no row at all, so readers see its columns).
"""
from __future__ import annotations

import os
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from textcore.atomic import atomic_write, write_temp

from pipeline.contract import SCHEMAS, conform, read_file, to_table
from pipeline.store.outdir import is_dataset

DOC_TABLES = ("documents", "touchpoints", "roadmap", "procedure_items")
# (folder, schema) of every file of a segment; `documents` last: its file commits a document
SEGMENT_FILES = (("touchpoints", "touchpoints"), ("roadmap", "roadmap"), ("procedure_items", "procedure_items"),
                 (".review", "review"), ("documents", "documents"))
HIDDEN_REVIEW = ".review"
INDEX = ".index"
EMPTY = "empty.parquet"
JOURNAL = ".commit"


class StoreError(OSError):
    """The dataset could not be written (disk full, read-only, ...).  One line
    for the user (an OSError: the CLI prints it and exits 2); the dataset is as
    it was after its last complete commit."""


def store_error(what: str, e: OSError) -> StoreError:
    where = f" ({e.filename})" if getattr(e, "filename", None) else ""
    return StoreError(f"cannot {what}: {e.strerror or e}{where}; its last complete commit is intact")


def write_parquet(table: pa.Table, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, lambda tmp: pq.write_table(table, tmp, compression="zstd"))


def write_parquet_temp(table: pa.Table, path: Path) -> Path:
    """The file under a temporary name, for a commit to rename later (under its journal)."""
    return write_temp(path, lambda tmp: pq.write_table(table, tmp, compression="zstd"))


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


def read_all(folder: Path, schema_name: str) -> pa.Table:
    names = sorted(parquet_names(folder) - {EMPTY})
    tables = [read(folder / n, schema_name) for n in names]
    return pa.concat_tables(tables) if tables else SCHEMAS[schema_name].empty_table()


def rows_of(folder: Path, schema_name: str, columns: list[str], files: dict[str, list[str]]) -> pa.Table:
    """`columns` of the rows of some documents, `files` naming the segment file each is
    in (file name -> doc_ids): only those files are read, only those columns decoded."""
    schema = pa.schema([SCHEMAS[schema_name].field(c) for c in columns])
    parts = []
    for name, ids in sorted(files.items()):
        try:
            t = conform(read_file(folder / name, columns=columns), schema)
        except FileNotFoundError:
            continue                      # the segment has no row in this table
        parts.append(only(t, ids))
    return pa.concat_tables(parts) if parts else schema.empty_table()


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


def carryable(out: Path) -> dict[str, dict]:
    """doc_id -> documents row of every document of the dataset at `out` whose
    rows a rebuild may carry over: those that parsed cleanly (status ok, no
    error).  The others go through the parse cache, which knows their error
    category and whether it is worth another try.  Each row names its segment
    (`_segment`), so its rows are copied from that file alone."""
    known: dict[str, dict] = {}
    try:
        if not is_dataset(out):
            return {}
        folder = Path(out) / "documents"
        for name in sorted(parquet_names(folder) - {EMPTY}):
            t = read(folder / name, "documents")
            clean = pc.fill_null(pc.equal(t.column("error"), ""), True)      # no error: null or ""
            t = t.filter(pc.and_(pc.fill_null(pc.equal(t.column("status"), "ok"), False), clean))
            for r in t.to_pylist():
                r["_segment"] = segment_of(name)
                known[r["doc_id"]] = r
    except (OSError, pa.ArrowInvalid):
        return {}
    return known
