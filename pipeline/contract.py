"""The dataset's contract in code: one record type per output table, the Arrow
schemas derived from those records, and a document's status and error category.

One source of truth: a table's columns are its record's fields, in order, and
their Arrow types follow from the annotations (`str | None` -> string, `list[str]`
-> list<string>, ...), so adding a column is one line in its record.  Rows are
built only through the records (`as_row`): a field a record lacks is a TypeError
where the row is made, never a silent null column; the write boundary checks
again (`check_rows`).  Every Parquet file of a table is written with its schema,
so files of different documents agree (DuckDB takes the first file's schema).
The tables and columns are described for analysts in docs/dataset.md.

Status and category travel as enums from the place that knows them (the reader,
the executor, the per-document guard) to the summary and the exit code; they
are never recovered from an error message.  Both are `str` enums, so they equal
the plain strings the dataset stores ("ok", "timeout", ...).
"""
from __future__ import annotations

import types
import typing
from dataclasses import dataclass, fields
from dataclasses import field as _field
from datetime import date, datetime
from enum import Enum

import pyarrow as pa

class Status(str, Enum):
    OK = "ok"
    PARTIAL = "partial"
    FAILED = "failed"

    def __str__(self) -> str:          # f-strings and click.echo show the value
        return self.value


class ErrorCategory(str, Enum):
    LOAD_ERROR = "load_error"                  # the file is not what it claims / damaged
    UNSUPPORTED_FORMAT = "unsupported_format"  # no reader for it (yet)
    NO_CONTENT = "no_content"                  # read, but no list/roadmap/procedure in it
    UNREAD_TABLES = "unread_tables"            # partial: some tables had no recognisable header
    UNREAD_CONTENT = "unread_content"          # partial: a stated list, number or date not read
    TOO_LARGE = "too_large"                    # over --max-input-mb or a decompressed-stream cap
    TIMEOUT = "timeout"                        # over --timeout
    MEMORY_LIMIT = "memory_limit"              # over --max-memory-mb (RLIMIT_AS)
    UNREADABLE = "unreadable"                  # cannot be opened/hashed (permission, vanished)
    WORKER_DIED = "worker_died"                # the worker process ended without an answer
    OCR_UNAVAILABLE = "ocr_unavailable"
    TOOL_UNAVAILABLE = "tool_unavailable"      # LibreOffice / pdftoppm not installed (parsers.tools)
    INTERNAL_ERROR = "internal_error"          # a bug: recorded, never stops the others

    def __str__(self) -> str:
        return self.value

    @property
    def retry_next_run(self) -> bool:
        """Worth parsing again next run with the same bytes and pipeline version
        (not cached)?  A timeout or memory limit is deterministic enough to cache:
        a rebuild should not pay the limit again for the same bytes."""
        return self in (ErrorCategory.UNREADABLE, ErrorCategory.WORKER_DIED, ErrorCategory.INTERNAL_ERROR,
                        ErrorCategory.OCR_UNAVAILABLE,     # installing tesseract-ocr-rus fixes it
                        ErrorCategory.TOOL_UNAVAILABLE)    # ... or LibreOffice / poppler-utils


# -- one record per output table ----------------------------------------------

@dataclass
class DocumentRow:
    doc_id: str
    source_path: str
    format: str | None = None
    kinds: list[str] = _field(default_factory=list)
    region: str | None = None
    region_code: str | None = None
    authority: str | None = None
    order_number: str | None = None
    order_date: date | None = None
    title: str | None = None
    pages: int | None = None
    ocr: bool = False
    status: str = Status.FAILED.value
    error: str | None = None
    warnings: list[str] = _field(default_factory=list)
    n_touchpoints: int = 0
    n_roadmap_items: int = 0
    n_procedure_items: int = 0
    pipeline_version: str = ""
    ingested_at: datetime | None = None
    order_key: str | None = None       # set where the dataset is committed (store/orders.py)
    duplicate_of: str | None = None    # ditto: it depends on the other documents


@dataclass
class TouchpointRow:
    doc_id: str
    row_id: int
    group_no: str | None = None
    direction_raw: str | None = None
    direction: str | None = None
    process: str | None = None
    touchpoint_raw: str | None = None
    channel: str | None = None
    channel_score: float | None = None
    channel_detail: str | None = None
    point_type_raw: str | None = None
    point_type: str | None = None
    point_type_expected: str | None = None
    interaction_raw: str | None = None
    needs: list[str] = _field(default_factory=list)
    features_raw: str | None = None
    client: str | None = None
    source_page: int | None = None
    source_row: int | None = None
    source_bbox: list[float] | None = None
    source_locator: str | None = None


@dataclass
class RoadmapRow:
    doc_id: str
    item_no: str | None = None
    parent_no: str | None = None
    is_section: bool = False
    activity: str | None = None
    area: str | None = None
    milestone: str | None = None
    deadline: date | None = None
    deadline_raw: str | None = None
    not_applicable: bool = False
    responsible_raw: str | None = None
    responsible_names: list[str] = _field(default_factory=list)
    responsible_positions: list[str] = _field(default_factory=list)
    deliverable: str | None = None
    footnotes: list[str] = _field(default_factory=list)
    source_page: int | None = None
    source_bbox: list[float] | None = None
    source_locator: str | None = None


@dataclass
class ProcedureItemRow:
    doc_id: str
    list_kind: str | None = None
    ordinal: str | None = None
    text_raw: str | None = None
    code: str | None = None
    score: float | None = None
    source_page: int | None = None
    source_bbox: list[float] | None = None
    source_locator: str | None = None


@dataclass
class ReviewRow:
    doc_id: str
    table: str | None = None
    field: str | None = None
    text_raw: str | None = None
    best_code: str | None = None
    score: float | None = None
    alternatives: list[str] = _field(default_factory=list)
    count: int = 1


@dataclass(frozen=True)
class DocResult:
    """One document's rows in every table (plain data, picklable: it crosses processes)."""
    document: dict
    touchpoints: list[dict] = _field(default_factory=list)
    roadmap: list[dict] = _field(default_factory=list)
    procedure_items: list[dict] = _field(default_factory=list)
    review: list[dict] = _field(default_factory=list)
    category: ErrorCategory | None = None      # why it failed / is partial (not a contract column)

    def rows(self, table: str) -> list[dict]:
        return [self.document] if table == "documents" else getattr(self, table)


@dataclass
class LabelRow:
    """Every taxonomy code with its Russian label: one dataset-wide table, not written
    per document (so kept out of TABLES)."""
    taxonomy: str | None = None
    code: str | None = None
    label_ru: str | None = None
    point_type_expected: str | None = None


RECORDS: dict[str, type] = {
    "documents": DocumentRow, "touchpoints": TouchpointRow, "roadmap": RoadmapRow,
    "procedure_items": ProcedureItemRow, "review": ReviewRow,
}
TABLES = tuple(RECORDS)                  # the per-document tables (labels is dataset-wide)

# What extractors hand over besides a table's columns, on purpose: a roadmap row's
# index in its source table; the act's kind (приказ, постановление…), read by the header
# reader for its evaluation but not a column of the contract.  `record_values` drops
# exactly these; any other unknown key raises.
NOT_COLUMNS: dict[str, frozenset[str]] = {"roadmap": frozenset({"source_row"}),
                                          "documents": frozenset({"act_kind"})}

_ARROW = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_(),
          date: pa.date32(), datetime: pa.timestamp("us", tz="UTC"), list[str]: pa.list_(pa.string()),
          list[float]: pa.list_(pa.float64())}        # source_bbox: x0, top, x1, bottom (§3.1)


def _arrow_type(hint) -> pa.DataType:
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    if typing.get_origin(hint) in (typing.Union, types.UnionType) and len(args) == 1:
        hint = args[0]                   # `X | None`: nullable X (every Arrow column is nullable)
    return _ARROW[hint]


def schema_of(record: type) -> pa.Schema:
    """The Arrow schema of a record: its fields, in order, with their annotated types."""
    hints = typing.get_type_hints(record)
    return pa.schema([(f.name, _arrow_type(hints[f.name])) for f in fields(record)])


_RECORD_OF: dict[str, type] = {**RECORDS, "labels": LabelRow}
SCHEMAS: dict[str, pa.Schema] = {t: schema_of(r) for t, r in _RECORD_OF.items()}
_NAMES = {t: tuple(s.names) for t, s in SCHEMAS.items()}


class RowError(ValueError):
    """A row does not have exactly its table's fields."""


def check_rows(table: str, rows: list[dict]) -> None:
    """Raise RowError when a row has a field its table lacks, or lacks one it has."""
    expected = set(_NAMES[table])
    for i, r in enumerate(rows):
        keys = set(r)
        if keys != expected:
            extra, missing = sorted(keys - expected), sorted(expected - keys)
            raise RowError(f"{table} row {i}: " + "; ".join(
                part for part in (extra and f"unknown field(s) {', '.join(extra)}",
                                  missing and f"missing field(s) {', '.join(missing)}") if part))


def as_row(table: str, /, **values) -> dict:
    """A row of `table` built through its record (unknown keyword = TypeError; `table` is
    positional-only: the review table has a column of that name)."""
    return dict(vars(_RECORD_OF[table](**values)))


def record_values(table: str, values: dict) -> dict:
    """`values` without the keys NOT_COLUMNS lists for `table`; any other key that is
    not a column raises RowError (a misspelt key must not become a silent null)."""
    dropped = NOT_COLUMNS.get(table, frozenset())
    unknown = set(values) - set(_NAMES[table]) - dropped
    if unknown:
        raise RowError(f"{table}: unknown field(s) {', '.join(sorted(unknown))}")
    return {k: v for k, v in values.items() if k not in dropped}


def to_table(name: str, rows: list[dict]) -> pa.Table:
    """Rows (dicts) -> Arrow table of exactly the table's columns, in order; a row
    with an unknown or missing field raises RowError."""
    check_rows(name, rows)
    schema = SCHEMAS[name]
    cols = {f.name: [r.get(f.name) for r in rows] for f in schema}
    return pa.Table.from_pydict(cols, schema=schema)   # (pa.table() probes for pandas: imports it)


# The warning that marks a document about client-centricity holding none of the three
# kinds: such a file is an order (it counts as a body); a file with no kind and no such
# warning is not (store/orders.py, the report).
ABOUT_TOPIC_WARNING = "about client-centricity, but holds no touchpoint list, roadmap or procedure"


def conform(table: pa.Table, schema: pa.Schema) -> pa.Table:
    """`table` with exactly `schema`'s columns: a column a file written before it
    existed (e.g. documents.order_key) lacks is added as nulls."""
    for f in schema:
        if f.name not in table.column_names:
            table = table.append_column(f.name, pa.nulls(len(table), f.type))
    return table.select(schema.names).cast(schema)


def read_file(path, columns: list[str] | None = None, threads: bool = True) -> pa.Table:
    """One Parquet file, read without pyarrow's dataset layer (`pq.read_table` imports
    pyarrow.dataset, which imports pandas: 0.1-0.2 s a warm re-run would pay for nothing).
    threads=False: decoded on this thread — a commit's reads (pipeline/store/): decoded
    on Arrow's pool, row groups in parallel, the 100,000-document index or order state
    cost twice its own size at its peak, and the threads' heaps kept pages of it after."""
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(path)
    if columns is not None:        # a file older than a column lacks it: conform() adds it
        columns = [c for c in columns if c in pf.schema_arrow.names]
    return pf.read(columns=columns, use_threads=threads)
