"""The Russian header of a column, one vocabulary for the workbook, its «Сводка» and
the report (columns_ru.yaml), so a column is named the same way wherever an analyst
meets it."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

_FILE = Path(__file__).resolve().parent / "columns_ru.yaml"


@lru_cache(maxsize=1)
def headers() -> dict[str, str]:
    return yaml.safe_load(_FILE.read_text(encoding="utf-8"))


def header(column: str) -> str:
    """A column's Russian header; KeyError for a column the vocabulary does not name
    (an English snake_case header is a bug the tests catch, not a fallback)."""
    return headers()[column]
