"""Mixed orientation: a touchpoint list that starts in a portrait section and goes on in a
landscape one (Word's section break with `w:orient="landscape"`), its header row repeated
on every page; and the PDF made from it, with landscape pages as a wider media box (as
LibreOffice and Word write them) or as a portrait box turned by /Rotate 90 (as some
printers to PDF do), or printed sideways onto portrait paper with no /Rotate at all (the
text runs up or down the page).  Every row is read once, with every field."""
from __future__ import annotations

import re

import pdfplumber
import pytest
from docx import Document as new_docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml import OxmlElement

from parsers.extract.touchpoints import extract_touchpoints
from parsers.formats import docx as docx_reader
from parsers.formats import pdf as pdf_reader
from tests.fixtures import build

HEADER = ["№", "Процесс", "Канал взаимодействия", "Потребность клиента", "Тип точки"]
N = 24          # rows per part: each part runs over a page


def _part(d, start: int):
    t = d.add_table(rows=1 + N, cols=len(HEADER))
    t.style = "Table Grid"
    for j, h in enumerate(HEADER):
        t.cell(0, j).text = h
    t.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))    # repeated on each page
    for i in range(N):
        no = start + i
        for j, text in enumerate((str(no), f"Выдача разрешения {no}", "Личный прием в министерстве",
                                  "Получение консультации; подача заявления", "офлайн")):
            t.cell(1 + i, j).text = text


def _mixed_docx(path):
    d = new_docx()
    d.add_paragraph("Перечень точек взаимодействия")
    _part(d, 1)
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    d.add_paragraph("Продолжение перечня")
    _part(d, N + 1)
    d.save(path)
    return path


def _check(doc):
    recs = extract_touchpoints(doc)[0]
    numbers = [int(re.search(r"\d+$", r["process"]).group()) for r in recs]
    assert numbers == list(range(1, 2 * N + 1))
    assert all(r["touchpoint_raw"] == "Личный прием в министерстве" and r["point_type_raw"] == "офлайн"
               and r["interaction_raw"] == "Получение консультации; подача заявления" for r in recs)


def _rotated(pdf, out, flag: bool = True, left: bool = True):
    """The PDF with each landscape page rewritten as a portrait media box, its content drawn
    turned a quarter (`left`: reading bottom to top), and /Rotate set to show it upright
    (`flag`) or not (a landscape page printed sideways onto portrait paper)."""
    pdfium = pytest.importorskip("pypdfium2")
    doc = pdfium.PdfDocument(pdf)
    turned = 0
    for i in range(len(doc)):
        page = doc[i]
        w, h = page.get_size()
        if w <= h:
            continue
        turn = pdfium.PdfMatrix(0, 1, -1, 0, h, 0) if left else pdfium.PdfMatrix(0, -1, 1, 0, 0, w)
        for obj in list(page.get_objects()):
            obj.transform(turn)
        page.gen_content()
        page.set_mediabox(0, 0, h, w)
        page.set_cropbox(0, 0, h, w)
        if flag:
            page.set_rotation(90 if left else 270)
        turned += 1
    doc.save(out)
    return out, turned


def test_docx_portrait_then_landscape(tmp_path):
    _check(docx_reader.read(_mixed_docx(tmp_path / "m.docx")))


@pytest.fixture(scope="module")
def mixed_pdf(tmp_path_factory):
    """The mixed document printed by LibreOffice (landscape pages as a wider media box)."""
    if build.soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed: the PDF cannot be made")
    out = tmp_path_factory.mktemp("orientation")
    return build.to_pdf([_mixed_docx(out / "m.docx")], out)[0]


def test_pdf_portrait_then_landscape_wide_box_and_rotate(tmp_path, mixed_pdf):
    pdf = mixed_pdf
    with pdfplumber.open(pdf) as opened:
        wide = [p.width > p.height for p in opened.pages]
    assert wide[0] is False and wide[-1] is True          # the landscape section printed landscape
    _check(pdf_reader.read(pdf))
    rotated, turned = _rotated(pdf, tmp_path / "rotated.pdf")
    assert turned >= 1
    _check(pdf_reader.read(rotated))


@pytest.mark.parametrize("left", [True, False])
def test_pdf_landscape_printed_sideways_without_rotate(tmp_path, mixed_pdf, left):
    sideways, turned = _rotated(mixed_pdf, tmp_path / "sideways.pdf", flag=False, left=left)
    with pdfplumber.open(sideways) as opened:
        assert all(p.width < p.height and p.rotation == 0 for p in opened.pages) and turned >= 1
    _check(pdf_reader.read(sideways))


@pytest.mark.parametrize("left", [True, False])
def test_sideways_rows_boxed_on_the_page_as_the_file_draws_it(tmp_path, mixed_pdf, left):
    """A row read from a page turned by the reader is boxed on the page as the file draws it
    (as the workbench renders it): the characters inside its box are its own number, printed
    twice (its «№» cell and its process), and no other row's."""
    sideways, _ = _rotated(mixed_pdf, tmp_path / "sideways.pdf", flag=False, left=left)
    recs = extract_touchpoints(pdf_reader.read(sideways))[0]
    with pdfplumber.open(sideways) as opened:
        chars = {p.page_number: [c for c in p.chars if c["text"].isdigit()] for p in opened.pages}
        landscape = {p.page_number for p in opened.pages
                     if sum(not c["upright"] for c in p.chars) > len(p.chars) / 2}
    checked = 0
    for r in recs:
        if r["source_page"] not in landscape:
            continue
        x0, top, x1, bottom = r["source_bbox"]
        inside = [c["text"] for c in chars[r["source_page"]]
                  if x0 <= (c["x0"] + c["x1"]) / 2 <= x1 and top <= (c["top"] + c["bottom"]) / 2 <= bottom]
        no = re.search(r"\d+$", r["process"]).group()
        assert sorted(inside) == sorted(no * 2), (r["source_locator"], r["source_bbox"])
        checked += 1
    assert checked >= N // 2


def _stamped_pdf(path, stamp: str, body: str = "Page 2"):
    """A portrait page with a short upright line and a stamp running up its left margin."""
    from tests.fixtures.bad import tiny_pdf
    path.write_bytes(tiny_pdf(ops=f"BT /F1 12 Tf 1 0 0 1 72 720 Tm ({body}) Tj ET "
                                  f"BT /F1 9 Tf 0 1 -1 0 30 100 Tm ({stamp}) Tj ET"))
    return path


def test_a_margin_stamp_alone_turns_no_page(tmp_path):
    """A few sideways characters (a stamp up the margin of a nearly empty page) are most of
    its text, but too few to say the page is printed sideways: the page is read as it is."""
    from parsers.formats.pdf_pass import parse_page
    pdf = _stamped_pdf(tmp_path / "stamp.pdf", "Signed electronically 06.12.2026 N 12345")
    with pdfplumber.open(pdf) as opened:
        page = opened.pages[0]
        sideways = sum(not c["upright"] for c in page.chars)
        assert sideways > 3 * sum(c["upright"] for c in page.chars if c["text"].strip())
        parsed = parse_page(page, 1)
    assert parsed.width < parsed.height
    assert any(w["text"] == "Page" and w["upright"] for w in parsed.words)


def test_a_sideways_page_is_read_once(tmp_path, mixed_pdf, monkeypatch):
    """A page printed sideways is turned before its words are taken: each page's words once."""
    from parsers.formats import pdf_pass
    calls = []
    words = pdf_pass.page_words
    monkeypatch.setattr(pdf_pass, "page_words", lambda page, s=pdf_pass.SETTINGS: calls.append(1) or words(page, s))
    sideways, turned = _rotated(mixed_pdf, tmp_path / "sideways.pdf", flag=False)
    with pdfplumber.open(sideways) as opened:
        n = len(opened.pages)
    _check(pdf_reader.read(sideways))
    assert turned >= 1 and len(calls) == n
