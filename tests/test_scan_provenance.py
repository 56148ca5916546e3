"""Provenance of scanned rows (issue 18): a row's `source_bbox` on `source_page` is
where that row is on the page image, in PDF points.

The scan `000.p2.scan.pdf` is pages 2-3 of seed 000's PDF rasterised at 200 dpi
and tilted by +/-0.6 degrees (tests/fixtures/scans.py), so the geometry of its
pages is the text PDF's: pdfplumber's table rows on the same pages are where
each row really is.  The row holding a record is found by its text (fuzzy: OCR
misreads a letter here and there), never by the box under test.
"""
from __future__ import annotations

import re

from rapidfuzz import fuzz

from pipeline.run.process import process_path

FIRST_PAGE = 2          # the scan starts at page 2 of the PDF
TOL = 6.0               # points: the tilt moves an edge ~4 pt before the deskew; a row is ~30 pt high
SAME_TEXT = 85          # rapidfuzz partial ratio from which a PDF row holds the record's text


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", text or "").lower()


def _pdf_rows(page) -> list[tuple[tuple, str]]:
    """(bbox, squashed text) of each row of each table on a text-PDF page.  A cell
    merged down over the next rows makes pdfplumber's row box tall: the row ends
    where its shortest cell does."""
    out = []
    for table in page.find_tables():
        for row in table.rows:
            cells = [c for c in row.cells if c]
            text = "".join(_squash(page.crop(c).extract_text()) for c in cells)
            out.append(((row.bbox[0], row.bbox[1], row.bbox[2], min(c[3] for c in cells)), text))
    return out


def _score(record: dict, row_text: str) -> float:
    """How well a PDF row's text holds the record's touchpoint cell (its own: the
    process cell is often merged over several rows)."""
    return fuzz.partial_ratio(_squash(record["touchpoint_raw"])[:40], row_text)


def test_scanned_rows_boxes_are_where_their_rows_are(scan_files, seed_files, tesseract):
    import pdfplumber

    rows = process_path(scan_files["000.p2.scan.pdf"]).touchpoints
    assert len(rows) >= 8 and {r["source_page"] for r in rows} == {1, 2}
    with pdfplumber.open(seed_files["000.pdf"]) as pdf:
        truth = {no: _pdf_rows(pdf.pages[FIRST_PAGE + no - 2]) for no in (1, 2)}
        sizes = {no: (pdf.pages[FIRST_PAGE + no - 2].width, pdf.pages[FIRST_PAGE + no - 2].height) for no in (1, 2)}
    for r in rows:
        x0, top, x1, bottom = r["source_bbox"]
        width, height = sizes[r["source_page"]]
        assert 0 <= x0 < x1 <= width and 0 <= top < bottom <= height, r["source_bbox"]
        scored = [(_score(r, text), bbox) for bbox, text in truth[r["source_page"]]]
        best = max(score for score, _ in scored)
        assert best >= SAME_TEXT, (r["touchpoint_raw"], best)
        # the row's box is a PDF row holding its text (one of several where rows repeat a
        # text): same top, same bottom (a row cut by the page break ends at the page's
        # part), and it covers the row's cells (merged cells of rows above may widen it,
        # as in the text PDF's boxes)
        holding = [bbox for score, bbox in scored if score >= best - 1]
        assert any(abs(b[1] - top) <= TOL and abs(b[3] - bottom) <= TOL and x0 <= b[0] + TOL
                   and b[2] - TOL <= x1 for b in holding), (r["touchpoint_raw"], holding, r["source_bbox"])
        assert r["source_locator"].startswith(f"page {r['source_page']}, table ")
