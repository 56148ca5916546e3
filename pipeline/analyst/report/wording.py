"""The report's words: every heading, note, column header, figure title and value
name is data (words_ru.yaml; column headers: ../columns_ru.yaml, shared with the workbook), and codes are shown by their Russian labels
(normalizers/data/labels.yaml through the `labels` table) with the code kept in a
tooltip, so another wording is a file, not an edit of the code.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pandas as pd
import yaml

from pipeline.analyst.column_names import header  # noqa: F401  (html.py reads headers here)
from pipeline.analyst.labels import area_labels, labels_rows, taxonomy_name

_WORDS = Path(__file__).resolve().parent / "words_ru.yaml"
SEP = ", "                   # how data.py joins several codes in one cell


@lru_cache(maxsize=1)
def words() -> dict:
    return yaml.safe_load(_WORDS.read_text(encoding="utf-8"))


def w(path: str, **fields) -> str:
    """The text at a dotted path of words_ru.yaml, `{fields}` filled in."""
    node = words()
    for part in path.split("."):
        node = node[part]
    return node.format(**fields) if fields else node




def label_of(taxonomy: str) -> dict[str, str]:
    """code -> Russian label of a taxonomy of the `labels` table, or of `area` (roadmap areas)."""
    if taxonomy == "area":
        return area_labels()
    return {r["code"]: r["label_ru"] for r in labels_rows() if r["taxonomy"] == taxonomy}


def ru_date(value) -> str:
    """A date as Russians write it (31.12.2024)."""
    return "" if value is None or pd.isna(value) else f"{pd.Timestamp(value):%d.%m.%Y}"


def _named(value, names: dict[str, str]) -> tuple[str, str | None]:
    """(shown, tooltip) of a cell holding a code, or several joined by SEP."""
    if not isinstance(value, str) or not value:
        return value, None
    parts = value.split(SEP)
    shown = [names.get(p, p) for p in parts]
    return ("; ".join(shown), value) if shown != parts else (value, None)


def localize(df: pd.DataFrame, codes: dict[str, str] | None = None,
             by_row: dict[str, str] | None = None) -> tuple[pd.DataFrame, dict[str, list]]:
    """(frame with codes and stored values in words, {column: tooltips}): `codes` maps a
    column to its taxonomy, `by_row` to the column holding each row's taxonomy (a review
    phrase's field); columns named in words_ru.yaml's `values` are named too."""
    out, titles = df.copy(), {}
    for col, tax_col in (by_row or {}).items():
        pairs = [_named(v, label_of(taxonomy_name(t) or "")) for v, t in zip(df[col], df[tax_col])]
        out[col] = [p[0] for p in pairs]
        titles[col] = [p[1] for p in pairs]
    names = {col: label_of(tax) for col, tax in (codes or {}).items() if col in df.columns}
    names.update({col: m for col, m in words()["values"].items() if col in df.columns and col not in names})
    for col, m in names.items():
        if col in titles:                    # already named by row
            continue
        pairs = [_named(v, m) for v in df[col]]
        out[col] = [p[0] for p in pairs]
        titles[col] = [p[1] for p in pairs]
    return out, titles
