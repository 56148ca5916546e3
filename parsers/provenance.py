"""Where a record came from (CONTRACT §3.1): a record's sources -> `source_page`,
`source_bbox` and `source_locator`.

A record may be read from several sources (a touchpoint continued on the rows
below it, a roadmap item wrapped over rows): the page is the first source's,
the box the union of the boxes on that page, the locator names every row or line.

    PDF and scans    "page 3, table 1, row 5"   (rows counted on that page's part of the table)
    Word and HTML    "table 2, row 14"          (rows counted in the table)
    converted text   "lines 120–123"
    Word and HTML paragraphs   "paragraphs 4–7"  (a list written as text)
"""
from __future__ import annotations

from .document import Source


def _span(what: str, numbers: list[int]) -> str:
    lo, hi = min(numbers), max(numbers)
    return f"{what} {lo}" if lo == hi else f"{what}s {lo}–{hi}"


def locate(sources: list[Source], paragraph: int | list[int] | None = None) -> dict:
    """{"source_page", "source_bbox", "source_locator"} of a record (first source first);
    `paragraph` (1-based, one or the record's several) names Word/HTML paragraphs, which have
    no other address."""
    sources = [s for s in sources if s is not None]
    if not sources:
        return {"source_page": None, "source_bbox": None, "source_locator": None}
    first = sources[0]
    page = first.page
    here = [s for s in sources if s.page == page] if page is not None else sources
    boxes = [s.bbox for s in here if s.bbox]
    bbox = [min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes),
            max(b[3] for b in boxes)] if boxes else None
    rows = [(s.page_row if page is not None else s.row) for s in here if s.table == first.table]
    rows = [r + 1 for r in rows if r is not None]
    if page is not None:
        parts = [f"page {page}"]
        if first.table is not None:
            parts.append(f"table {first.table + 1}")
            parts += [_span("row", rows)] if rows else []
        locator = ", ".join(parts)
    elif first.line is not None:
        locator = _span("line", [s.line for s in here if s.line is not None])
    elif first.table is not None:
        locator = f"table {first.table + 1}" + (f", {_span('row', rows)}" if rows else "")
    else:
        numbers = [paragraph] if isinstance(paragraph, int) else list(paragraph or [])
        locator = _span("paragraph", numbers) if numbers else None
    return {"source_page": page, "source_bbox": [float(v) for v in bbox] if bbox else None,
            "source_locator": locator}


def address_span(locator: str | None) -> tuple[str, int, int] | None:
    """The rows, lines or paragraphs a locator names, as (where, first, last): "page 3, table 1, rows 5–7"
    -> ("page 3, table 1, row", 5, 7), "line 17" -> ("line", 17, 17); None for none.  A needs legend's rows
    after «;» are the legend's, not the record's."""
    if not locator:
        return None
    head, _, last = locator.split(";")[0].strip().rpartition(", ")
    what, _, numbers = last.partition(" ")
    lo, _, hi = numbers.partition("–")
    if not lo.isdigit() or hi and not hi.isdigit():
        return None
    unit = f"{head}, {what.rstrip('s')}" if head else what.rstrip("s")
    return unit, int(lo), int(hi or lo)
