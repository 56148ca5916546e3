"""A touchpoint record's cells with the lines their author wrote (Document.cell_lines): the
boundaries the needs and channel splitters take as evidence, carried beside the raw text
columns, which stay one line (`interaction_lines`, `touchpoint_lines`: only where a cell had a
boundary; pipeline/run/normalize.py reads them, the dataset never stores them)."""
from __future__ import annotations

from typing import Callable

from textcore.clean import clean_text, strip_note_marks


def with_lines(record: dict, interactions: list[str], touchpoint: str, lines: dict[str, str],
               join: Callable[[list[str]], str]) -> dict:
    """`record` (RawTouchpoint.as_dict) with the lined forms of its needs and channel cells, where
    the cells' texts are known to `lines` and the lined text holds the raw column's words."""
    if not lines:
        return record
    if any(t in lines for t in interactions):
        lined = _cleaned(join([lines.get(t, t) for t in interactions]))
        if lined and " ".join(lined.split()) == record["interaction_raw"]:
            record["interaction_lines"] = lined
    if touchpoint in lines:
        lined = _cleaned(lines[touchpoint])
        if lined and " ".join(lined.split()) == record["touchpoint_raw"]:
            record["touchpoint_lines"] = lined
    return record


def _cleaned(text: str) -> str:
    """Each line cleaned as the raw columns are (markup and note marks gone)."""
    return "\n".join(c for c in (clean_text(strip_note_marks(line)) for line in text.split("\n")) if c)
