"""One column vocabulary (pipeline/analyst/columns_ru.yaml) for the workbook, its
«Сводка» and the report: a column is named one way wherever the analyst meets it."""
from __future__ import annotations

import re
from pathlib import Path

import yaml

ANALYST = Path(__file__).resolve().parent.parent / "pipeline" / "analyst"


class _NoDuplicates(yaml.SafeLoader):
    """safe_load keeps the last of two equal keys silently; a vocabulary must not."""


def _mapping(loader, node, deep=False):
    keys = [loader.construct_object(k, deep=deep) for k, _ in node.value]
    dupes = {k for k in keys if keys.count(k) > 1}
    assert not dupes, f"named twice: {sorted(dupes)}"
    return yaml.SafeLoader.construct_mapping(loader, node, deep)


_NoDuplicates.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def test_every_column_is_named_once_in_russian():
    names = yaml.load((ANALYST / "columns_ru.yaml").read_text(encoding="utf-8"), Loader=_NoDuplicates)
    assert names and all(isinstance(v, str) and v.strip() for v in names.values())
    # Latin letters outside parentheses («(sha256)», «(UTC)») would be the English name leaking through
    bare = {k: re.sub(r"\([^)]*\)", "", v) for k, v in names.items()}
    assert not [k for k, v in bare.items() if re.search("[A-Za-z]", v)]


def test_no_second_header_list_beside_the_shared_one():
    words = yaml.safe_load((ANALYST / "report" / "words_ru.yaml").read_text(encoding="utf-8"))
    export = yaml.safe_load((ANALYST / "export.yaml").read_text(encoding="utf-8"))
    assert "columns" not in words
    assert "headers" not in export and "summary_headers" not in export


def test_report_and_workbook_read_the_same_header():
    from pipeline.analyst.column_names import header
    from pipeline.analyst.export_xlsx import sheet_columns
    import pyarrow as pa

    table = pa.table({"area": ["general"], "milestone": ["other"], "score": [0.5]})
    workbook = [h for h, _ in sheet_columns(table)]
    for column in ("area", "milestone", "score"):
        assert header(column) in workbook
