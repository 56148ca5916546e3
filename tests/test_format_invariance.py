"""The same content as .txt, .docx and .pdf gives the same records, field by field.

Skipped until the pipeline entry point `pipeline.run.process.process_path` exists.
"""
from __future__ import annotations

import pytest

from tests.fixtures.build import seed

PROVENANCE = {"doc_id", "source_page", "source_row", "source_bbox", "source_locator"}   # CONTRACT §3.1: where, not what


def _records(result, table: str) -> list[dict]:
    return [{k: v for k, v in rec.items() if k not in PROVENANCE} for rec in getattr(result, table)]


@pytest.mark.parametrize("key", ["000", "001"])
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_same_records_in_every_format(key, fmt, seed_files):
    process = pytest.importorskip("pipeline.run.process")
    text = process.process_path(seed(key))
    other = process.process_path(seed_files[f"{key}.{fmt}"])
    for table in ("touchpoints", "roadmap"):
        want, got = _records(text, table), _records(other, table)
        assert len(got) == len(want), f"{table}: {len(got)} rows from {fmt}, {len(want)} from text"
        for i, (w, g) in enumerate(zip(want, got)):
            assert g == w, f"{table} row {i} differs in {fmt}"
