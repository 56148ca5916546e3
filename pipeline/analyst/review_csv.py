"""The review list as a CSV for people (Excel, LibreOffice) and back.

Written: UTF-8 with a BOM (Excel otherwise shows Cyrillic as mojibake), and
every cell that a spreadsheet would take for a formula (leading `=`, `+`, `-`,
`@`, tab or carriage return: "=HYPERLINK(...)", "=cmd|' /C calc'!A0") is
neutralised with a leading apostrophe — the phrases come from documents, i.e.
from whoever wrote them.

Read back (`review --apply`): the encoding (the readers' one decoder,
parsers/formats/decoding.py: a BOM, UTF-8, UTF-16 — Excel's "Unicode text" — or
cp1251 — Russian-locale Excel's "CSV") and the delimiter (`,` `;` or tab) are
sniffed; the apostrophe added on writing is removed again.  Anything that is
not such a CSV is a `ReviewCsvError` (one line).
"""
from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import TYPE_CHECKING

from parsers.errors import LoadError
from parsers.formats.decoding import decode
from textcore.atomic import atomic_write

if TYPE_CHECKING:
    import pandas as pd   # annotations only: a rebuild never needs pandas (0.3 s to import)

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_REQUIRED = ("field", "text_raw", "code")
MAX_CSV_BYTES = 50 * 1024 * 1024


class ReviewCsvError(ValueError):
    """The CSV given to --apply cannot be read (one line)."""


def neutralise(cell):
    if isinstance(cell, str) and cell.startswith(_FORMULA_START):
        return "'" + cell
    return cell


def _restore(cell: str) -> str:
    if cell.startswith("'") and cell[1:].startswith(_FORMULA_START):
        return cell[1:]
    return cell


def write_csv(df: pd.DataFrame, path: Path, sep: str = ",") -> None:
    out = df.copy()
    for col in out.columns:
        out[col] = out[col].map(lambda v: neutralise(", ".join(map(str, v)) if isinstance(v, (list, tuple))
                                                     else v))
    atomic_write(path, lambda tmp: out.to_csv(tmp, index=False, encoding="utf-8-sig", sep=sep))


def read_csv(path: Path) -> list[dict[str, str]]:
    """The rows of a review CSV (field, text_raw, code ... as strings)."""
    try:
        data = Path(path).read_bytes()
    except OSError as e:
        raise ReviewCsvError(f"{path}: {e.strerror or e}") from None
    if len(data) > MAX_CSV_BYTES:
        raise ReviewCsvError(f"{path}: larger than {MAX_CSV_BYTES // 2**20} MB, not a review CSV")
    try:
        text = decode(data)                 # the readers' one decoder: BOM, UTF-8, UTF-16, cp1251
    except LoadError as e:
        raise ReviewCsvError(f"{path}: {e}") from None
    if "\x00" in text:                      # decoded, so UTF-16's zero bytes are gone
        raise ReviewCsvError(f"{path}: a binary file, not a review CSV")
    first = text.splitlines()[0] if text.strip() else ""
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    delimiter = max(counts, key=counts.get)
    try:
        rows = list(csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as e:
        raise ReviewCsvError(f"{path}: not a readable CSV: {e}") from None
    header = [h.strip() for h in (rows[0].keys() if rows else first.split(delimiter))]
    missing = [c for c in _REQUIRED if c not in header]
    if missing:
        raise ReviewCsvError(f"{path}: missing column(s) {', '.join(missing)} "
                             f"(expected the file written by `review --csv`)")
    out = []
    for r in rows:
        clean = {(k or "").strip(): _restore(v or "") if isinstance(v, str) else "" for k, v in r.items()}
        out.append(clean)
    return out


def filled_rows(path: Path) -> dict[str, dict[str, str]]:
    """Rows whose `code` was filled in -> {field: {text_raw: code}}; a label typed
    instead of its code is taken as the code, a near miss is refused with a suggestion."""
    from pipeline.analyst.code_input import CodeInputError, resolve

    out: dict[str, dict[str, str]] = {}
    for line, r in enumerate(read_csv(path), start=2):
        if r.get("code", "").strip():
            field = r["field"].strip()
            try:
                code = resolve(field, r["code"])
            except CodeInputError as e:
                raise ReviewCsvError(f"{path}: line {line} ({field}): {e}") from None
            out.setdefault(field, {})[r["text_raw"]] = code
    return out
