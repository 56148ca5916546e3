"""pipeline.contract: the records are the one source of the tables' columns."""
from __future__ import annotations

from dataclasses import dataclass, fields

import pyarrow as pa
import pytest

from pipeline.contract import (RECORDS, SCHEMAS, RowError, as_row, record_values, schema_of)


def test_every_schema_is_its_record():
    for table, record in RECORDS.items():
        assert SCHEMAS[table].names == [f.name for f in fields(record)]


def test_a_new_field_is_a_new_column_of_the_right_type():
    @dataclass
    class Row:
        doc_id: str
        source_bbox: list[str] = None
        source_locator: str | None = None
        when: int | None = None

    s = schema_of(Row)
    assert s.names == ["doc_id", "source_bbox", "source_locator", "when"]
    assert s.field("source_bbox").type == pa.list_(pa.string()) and s.field("when").type == pa.int64()


def test_a_misspelt_field_fails_where_the_row_is_made():
    with pytest.raises(TypeError):
        as_row("documents", doc_id="x", source_path="a.txt", ordr_number="1")
    with pytest.raises(RowError, match="ordr_number"):
        record_values("documents", {"authority": "Министерство", "ordr_number": "1"})


def test_only_the_listed_provenance_is_dropped():
    # source_page is a roadmap column (CONTRACT §3.1); the extractor's source_row is not
    kept = record_values("roadmap", {"item_no": "1.1", "source_page": 2, "source_row": 7})
    assert kept == {"item_no": "1.1", "source_page": 2}
    with pytest.raises(RowError):
        record_values("touchpoints", {"headings": ["Раздел"]})


def test_review_rows_have_a_table_column():
    row = as_row("review", doc_id="d", table="touchpoints", field="channel")
    assert row["table"] == "touchpoints" and set(row) == set(SCHEMAS["review"].names)
