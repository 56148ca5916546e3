"""Typed results: a document's status and error category, and one record type per
output table.

Status and category travel as enums from the place that knows them (the reader,
the executor, the guard in process.py) to the summary and the exit code; they
are never recovered from an error message.  Both are `str` enums, so they equal
the plain strings the contract stores ("ok", "timeout", ...).

Each table's rows are built as a dataclass record whose fields are checked
against pipeline/schema.py when this module is imported (the two cannot drift)
and again at write time (`check_rows`): a row with an unknown or missing field
raises instead of becoming a silent null column.
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from dataclasses import field as _field
from datetime import date, datetime
from enum import Enum

from .schema import SCHEMAS


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
    INTERNAL_ERROR = "internal_error"          # a bug: recorded, never stops the others

    def __str__(self) -> str:
        return self.value

    @property
    def retry_next_run(self) -> bool:
        """Worth parsing again next run with the same bytes and pipeline version
        (not cached)?  A timeout or memory limit is deterministic enough to cache:
        a rebuild should not pay the limit again for the same bytes."""
        return self in (ErrorCategory.UNREADABLE, ErrorCategory.WORKER_DIED, ErrorCategory.INTERNAL_ERROR,
                        ErrorCategory.OCR_UNAVAILABLE)     # installing tesseract-ocr-rus fixes it


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


RECORDS: dict[str, type] = {
    "documents": DocumentRow, "touchpoints": TouchpointRow, "roadmap": RoadmapRow,
    "procedure_items": ProcedureItemRow, "review": ReviewRow,
}


class RowError(ValueError):
    """A row does not have exactly its table's fields."""


def _names(record: type) -> list[str]:
    return [f.name for f in fields(record)]


def _check_records_match_schema() -> None:
    for table, record in RECORDS.items():
        if _names(record) != SCHEMAS[table].names:
            raise RowError(f"results.{record.__name__} fields differ from schema {table!r}")


_check_records_match_schema()


def check_rows(table: str, rows: list[dict]) -> None:
    """Raise RowError when a row has a field its table lacks, or lacks one it has."""
    expected = set(SCHEMAS[table].names)
    for i, r in enumerate(rows):
        keys = set(r)
        if keys != expected:
            extra, missing = sorted(keys - expected), sorted(expected - keys)
            raise RowError(f"{table} row {i}: " + "; ".join(
                part for part in (extra and f"unknown field(s) {', '.join(extra)}",
                                  missing and f"missing field(s) {', '.join(missing)}") if part))


def as_row(table: str, **values) -> dict:
    """A row of `table` built through its record (unknown keyword = TypeError)."""
    from dataclasses import asdict

    return asdict(RECORDS[table](**values))
