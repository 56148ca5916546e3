"""Arrow schemas of the contract's five tables (CONTRACT §3), one source of truth.

Every Parquet file of a table is written with its schema, so files of
different documents always agree (DuckDB takes the first file's schema).
"""
from __future__ import annotations

import pyarrow as pa

_str, _f, _i, _b = pa.string(), pa.float64(), pa.int64(), pa.bool_()
_list = pa.list_(pa.string())
_box = pa.list_(pa.float64())          # source_bbox: x0, top, x1, bottom (CONTRACT §3.1)
_where = [("source_page", _i), ("source_bbox", _box), ("source_locator", _str)]

SCHEMAS: dict[str, pa.Schema] = {
    "documents": pa.schema([
        ("doc_id", _str), ("source_path", _str), ("format", _str), ("kinds", _list),
        ("region", _str), ("region_code", _str), ("authority", _str), ("order_number", _str),
        ("order_date", pa.date32()), ("title", _str), ("pages", _i), ("ocr", _b),
        ("status", _str), ("error", _str), ("warnings", _list),
        ("n_touchpoints", _i), ("n_roadmap_items", _i), ("n_procedure_items", _i),
        ("pipeline_version", _str), ("ingested_at", pa.timestamp("us", tz="UTC")),
    ]),
    "touchpoints": pa.schema([
        ("doc_id", _str), ("row_id", _i), ("group_no", _str), ("direction_raw", _str), ("direction", _str),
        ("process", _str), ("touchpoint_raw", _str), ("channel", _str), ("channel_score", _f),
        ("channel_detail", _str), ("point_type_raw", _str), ("point_type", _str),
        ("point_type_expected", _str), ("interaction_raw", _str), ("needs", _list),
        ("features_raw", _str), ("client", _str), ("source_page", _i), ("source_row", _i),
        ("source_bbox", _box), ("source_locator", _str),
    ]),
    "roadmap": pa.schema([
        ("doc_id", _str), ("item_no", _str), ("parent_no", _str), ("is_section", _b), ("activity", _str),
        ("area", _str), ("milestone", _str), ("deadline", pa.date32()), ("deadline_raw", _str),
        ("not_applicable", _b), ("responsible_raw", _str), ("responsible_names", _list),
        ("responsible_positions", _list), ("deliverable", _str), ("footnotes", _list), *_where,
    ]),
    "procedure_items": pa.schema([
        ("doc_id", _str), ("list_kind", _str), ("ordinal", _str), ("text_raw", _str),
        ("code", _str), ("score", _f), *_where,
    ]),
    "review": pa.schema([
        ("doc_id", _str), ("table", _str), ("field", _str), ("text_raw", _str), ("best_code", _str),
        ("score", _f), ("alternatives", _list), ("count", _i),
    ]),
}

TABLES = tuple(SCHEMAS)

# labels: every taxonomy code with its Russian label (pipeline/labels.py), one
# dataset-wide table, not written per document; kept out of TABLES on purpose.
SCHEMAS["labels"] = pa.schema([
    ("taxonomy", _str), ("code", _str), ("label_ru", _str), ("point_type_expected", _str),
])


def to_table(name: str, rows: list[dict]) -> pa.Table:
    """Rows (dicts) -> Arrow table of exactly the contract's columns, in order.
    A row with an unknown or missing field raises (results.RowError): the write
    boundary checks every row against its typed record."""
    from .results import check_rows

    check_rows(name, rows)
    schema = SCHEMAS[name]
    cols = {f.name: [r.get(f.name) for r in rows] for f in schema}
    return pa.Table.from_pydict(cols, schema=schema)   # (pa.table() probes for pandas: imports it)


def read_file(path, columns: list[str] | None = None) -> pa.Table:
    """One Parquet file, read without pyarrow's dataset layer (`pq.read_table` imports
    pyarrow.dataset, which imports pandas: 0.1-0.2 s a warm re-run would pay for nothing)."""
    import pyarrow.parquet as pq

    return pq.ParquetFile(path).read(columns=columns)
