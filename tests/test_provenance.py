"""Provenance (CONTRACT §3.1): every row says where it was read, and that place holds
the row's text — checked against the file itself (the text's lines, the .docx's
tables with python-docx, the PDF's words inside the box with pdfplumber)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from parsers.document import Source
from parsers.provenance import locate

ROOT = Path(__file__).resolve().parent.parent
PDF = ROOT / "tests" / "data" / "pdf" / "narrow_columns.pdf"


def _squash(text: str) -> str:
    """Letters and digits only: line breaks, hyphens and spaces differ between a cell and its page."""
    return re.sub(r"[\W_]+", "", text or "").lower()


def test_locate_unions_rows_on_the_first_page_and_names_them():
    rows = [Source(page=2, table=0, row=40, bbox=(50, 100, 500, 120), page_row=4),
            Source(page=2, table=0, row=41, bbox=(50, 120, 500, 160), page_row=5),
            Source(page=3, table=0, row=42, bbox=(50, 40, 500, 60), page_row=0)]   # continued on the next page
    got = locate(rows)
    assert got == {"source_page": 2, "source_bbox": [50.0, 100.0, 500.0, 160.0],
                   "source_locator": "page 2, table 1, rows 5–6"}
    assert locate([Source(table=1, row=13)])["source_locator"] == "table 2, row 14"
    assert locate([Source(line=120, row=120), Source(line=123, row=123)]) == {
        "source_page": None, "source_bbox": None, "source_locator": "lines 120–123"}
    assert locate([Source()], paragraph=37)["source_locator"] == "paragraph 37"
    assert locate([])["source_locator"] is None


def test_text_rows_point_at_lines_holding_their_cells(seed_result, seed_path):
    lines = seed_path("000").read_text(encoding="utf-8").split("\n")
    rows = seed_result("000").touchpoints
    assert rows
    for r in rows:
        m = re.fullmatch(r"lines? (\d+)(?:–(\d+))?", r["source_locator"])
        assert m, r["source_locator"]
        a, b = int(m.group(1)), int(m.group(2) or m.group(1))
        assert r["source_page"] is None and r["source_bbox"] is None
        held = _squash(" ".join(lines[a - 1:b]))
        assert _squash(r["touchpoint_raw"])[:40] in held, (r["source_locator"], r["touchpoint_raw"])


def test_roadmap_and_procedure_rows_point_at_their_lines(seed_result, seed_path):
    for key, table, column in (("001", "roadmap", "activity"), ("002", "procedure_items", "text_raw")):
        lines = seed_path(key).read_text(encoding="utf-8").split("\n")
        rows = getattr(seed_result(key), table)
        assert rows
        for r in rows:
            a = int(re.match(r"lines? (\d+)", r["source_locator"]).group(1))
            words = _squash(r[column])[:20]
            assert words in _squash(" ".join(lines[a - 1:a + 2])), (key, r["source_locator"], r[column])


def test_word_rows_point_at_their_table_row(seed_docx):
    import docx

    from pipeline.run.process import process_path

    path = seed_docx["000"]
    tables = docx.Document(str(path)).tables
    rows = process_path(path, path.parent).touchpoints
    assert rows
    for r in rows:
        m = re.fullmatch(r"table (\d+), rows? (\d+)(?:–(\d+))?", r["source_locator"])
        assert m and r["source_page"] is None, r["source_locator"]
        row = tables[int(m.group(1)) - 1].rows[int(m.group(2)) - 1]
        assert _squash(r["touchpoint_raw"])[:30] in _squash(" ".join(c.text for c in row.cells))


def test_pdf_boxes_are_the_rows_holding_their_cells():
    """pdfplumber's own table rows, read cell by cell: the row holding the record's
    text is the one its box covers."""
    import pdfplumber

    from pipeline.run.process import process_path

    result = process_path(PDF, PDF.parent)
    rows = result.touchpoints + result.roadmap
    assert len(rows) >= 4
    with pdfplumber.open(PDF) as pdf:
        for r in rows:
            assert r["source_locator"].startswith(f"page {r['source_page']}, table 1, row ")
            page = pdf.pages[r["source_page"] - 1]
            x0, top, x1, bottom = r["source_bbox"]
            assert 0 <= x0 < x1 <= page.width and 0 <= top < bottom <= page.height
            text = _squash(r.get("touchpoint_raw") or r["activity"])
            holding = [row.bbox for row in page.find_tables()[0].rows
                       if text in "".join(_squash(page.crop(c).extract_text()) for c in row.cells if c)]
            assert len(holding) == 1, text
            assert abs(holding[0][1] - top) < 1 and abs(holding[0][3] - bottom) < 1, (holding, r["source_bbox"])
            assert x0 <= holding[0][0] + 1 and holding[0][2] - 1 <= x1


def test_a_long_pdf_tables_rows_are_named_by_page(seed_files):
    """Seed 000 printed to PDF (a table over many pages): each row's page, row number
    on that page and box are the pdfplumber row holding its touchpoint cell."""
    import pdfplumber

    from pipeline.run.process import process_path

    path = seed_files["000.pdf"]
    rows = process_path(path, path.parent).touchpoints
    assert len({r["source_page"] for r in rows}) > 3
    with pdfplumber.open(path) as pdf:
        for r in rows:
            page = pdf.pages[r["source_page"] - 1]
            n = int(re.search(r"rows? (\d+)", r["source_locator"]).group(1))
            top = r["source_bbox"][1]
            table = next(t for t in page.find_tables() if t.bbox[1] - 1 <= top <= t.bbox[3])
            row = table.rows[n - 1]
            assert abs(row.bbox[1] - top) < 1, (r["source_locator"], row.bbox, r["source_bbox"])
            cells = "".join(_squash(page.crop(c).extract_text()) for c in row.cells if c)
            # the cell starts in this row (a page break may carry its end to the next page)
            assert _squash(r["touchpoint_raw"])[:8] in cells, (r["source_locator"], r["touchpoint_raw"])


def test_pdf_paragraphs_have_boxes(seed_files):
    from pipeline.run.process import process_path

    path = seed_files["001.pdf"]
    result = process_path(path, path.parent)
    assert result.roadmap and all(r["source_bbox"] for r in result.roadmap)


@pytest.mark.parametrize("table", ["touchpoints", "roadmap", "procedure_items"])
def test_provenance_columns_are_in_the_contract_schema(table):
    from pipeline.contract import SCHEMAS

    names = SCHEMAS[table].names
    assert {"source_page", "source_bbox", "source_locator"} <= set(names)
