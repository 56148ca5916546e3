"""Scanned orders (image-only PDFs, image files) read by OCR into the same Document as a text PDF.

Fixtures: pages of the seed renders rasterised at 200 dpi, tilted 0.6 degrees,
speckled and blurred (tests/fixtures/scans.py).  Expectations are read off the
seed text: page 2 of seed 000 holds the rows "Телефонная связь" (a digital
point), "Электронная почта mincult-kuzbass@ako.ru" (digital) and "Кабинеты
внутренних клиентов/рабочее место внутренних клиентов" (an offline point).
"""
from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from parsers.detect import detect
from parsers.formats import ocr_capi, ocr_tesseract, raster_pdftoppm, scan, scan_images
from parsers.formats.ocr_cache import OcrCache
from parsers.options import ReaderOptions
from pipeline.run.process import process_path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import _ocr_match  # noqa: E402

POINT_TYPE_WORDS = {"цифровая", "офлайн", "точка", "гибридная"}


@pytest.fixture(scope="module")
def two_pages(scan_files, tesseract, tmp_path_factory):
    root = tmp_path_factory.mktemp("ocrcache")
    return scan_files["000.p2.scan.pdf"], root, scan.read(scan_files["000.p2.scan.pdf"], ReaderOptions(ocr_cache_dir=root))


def test_scan_detected_as_pdf_scan_and_text_pdf_as_pdf(scan_files, seed_files):
    assert detect(scan_files["000.p2.scan.pdf"]) == "pdf_scan"
    assert detect(seed_files["000.pdf"]) == "pdf"
    assert detect(scan_files["000.p2.png"]) == "image"


def test_scanned_table_keeps_columns_and_merged_cells(two_pages):
    _, _, doc = two_pages
    assert doc.ocr and doc.pages == 2
    tables = list(doc.tables())
    assert tables and all(t.n_cols == 7 for t in tables), [t.n_cols for t in tables]
    rows = [r for t in tables for r in t.rows]
    # the group columns are merged down over several rows (real spans, covered positions)
    assert any(c.rowspan > 1 for r in rows for c in r.cells[:3])
    assert any(c.covered for r in rows for c in r.cells[:3])
    # each cell OCR'd on its own: the point-type column holds point-type words only
    for r in rows[1:]:
        words = r.cells[5].text.lower().replace("-", " ").split()
        # (a word may be a piece: the page break cut "Цифров|ая точка")
        assert all(any(w in known for known in POINT_TYPE_WORDS) for w in words), r.texts


def test_scanned_rows_normalised(scan_files, tesseract):
    res = process_path(scan_files["000.p2.scan.pdf"])
    d = res.document
    assert (d["format"], d["pages"], d["ocr"], d["status"]) == ("pdf_scan", 2, True, "ok"), d["error"]
    by_point = {t["touchpoint_raw"]: t for t in res.touchpoints}
    phone = [t for p, t in by_point.items() if p.startswith("Телефонная")]
    mail = [t for p, t in by_point.items() if "kuzbass@ako.ru" in p]
    office = [t for p, t in by_point.items() if p.startswith("Кабинеты внутренних клиентов/рабочее место")]
    assert phone and all((t["channel"], t["point_type"]) == ("phone", "digital") for t in phone)
    assert mail and all((t["channel"], t["point_type"]) == ("email", "digital") for t in mail)
    assert office and all(t["point_type"] == "offline" for t in office)


def test_image_file_read(scan_files, tesseract):
    res = process_path(scan_files["000.p2.png"])
    d = res.document
    assert (d["format"], d["pages"], d["ocr"]) == ("image", 1, True)
    assert any(t["channel"] == "phone" for t in res.touchpoints)


def test_warm_read_does_no_ocr(two_pages, monkeypatch):
    path, root, cold = two_pages
    assert list((Path(root) / "ocr").rglob("*.json")), "pages were not cached"

    def no_ocr(*a, **k):
        raise AssertionError("page rasterised or OCR'd although every page is cached")

    monkeypatch.setattr(ocr_tesseract, "words", no_ocr)
    monkeypatch.setattr(raster_pdftoppm, "render", no_ocr)      # its pages are known by the file's hash
    warm = scan.read(path, ReaderOptions(ocr_cache_dir=root))
    assert [t.rows[i].texts for t in warm.tables() for i in range(len(t.rows))] == \
           [t.rows[i].texts for t in cold.tables() for i in range(len(t.rows))]


def test_cache_entry_of_other_settings_ignored(tmp_path):
    OcrCache(tmp_path, settings="a").put("ab" * 32, {"x": 1})
    assert OcrCache(tmp_path, settings="a").get("ab" * 32) == {"x": 1}
    assert OcrCache(tmp_path, settings="b").get("ab" * 32) is None
    assert OcrCache(None).get("ab" * 32) is None


def test_missing_tesseract_fails_that_document_only(scan_files, seed_path, monkeypatch, tmp_path):
    monkeypatch.setattr(ocr_tesseract, "_exe", lambda: None)
    monkeypatch.setattr(ocr_capi, "library", lambda: None)
    cached = ReaderOptions(ocr_cache_dir=tmp_path)      # an (empty) OCR cache does not stand in for tesseract
    ocr_tesseract.forget()
    try:
        image = process_path(scan_files["000.p2.png"], options=cached)
        pdf = process_path(scan_files["000.p2.scan.pdf"], options=cached)
        other = process_path(seed_path("000"))
    finally:
        ocr_tesseract.forget()
    for res in (image, pdf):
        assert res.document["status"] == "failed"
        assert res.document["error"].startswith("OCR unavailable: install tesseract-ocr-rus")
        assert res.category == "ocr_unavailable"
    assert other.document["status"] == "ok"


def test_low_confidence_warns_and_floor_makes_partial():
    page = {"size": 10.0, "height": 500.0, "tables": [], "angle": 0.0,
            "words": [{"text": "Приказ", "x0": 10, "x1": 60, "top": 10, "bottom": 20, "size": 10.0, "fontname": ""}]}
    unsure = scan._document([dict(page, conf=[70.0 * 5, 5])])
    assert any("low OCR confidence" in w for w in unsure.warnings) and unsure.incomplete is None
    bad = scan._document([dict(page, conf=[30.0 * 5, 5])])
    assert bad.incomplete and "below the floor" in bad.incomplete
    sure = scan._document([dict(page, conf=[95.0 * 5, 5])])
    assert not sure.warnings and sure.incomplete is None


def test_decompression_bomb_refused(tmp_path):
    from PIL import Image
    p = tmp_path / "bomb.png"
    Image.new("1", (12000, 12000)).save(p)          # 144 M pixels in a few KB
    assert p.stat().st_size < 1_000_000
    with pytest.raises(Exception) as e:
        scan_images.pages(p)
    assert "decompression bomb" in str(e.value)
    res = process_path(p)
    assert res.document["status"] == "failed" and "decompression bomb" in res.document["error"]


def test_other_image_formats_not_opened(tmp_path):
    from PIL import Image
    gif = tmp_path / "page.png"                    # a GIF named .png
    buf = io.BytesIO()
    Image.new("L", (50, 50), 255).save(buf, "GIF")
    gif.write_bytes(buf.getvalue())
    res = process_path(gif)
    assert res.document["status"] == "failed"
    with pytest.raises(Exception, match="accepted format"):
        scan_images.pages(gif)


@pytest.mark.ocr_full
def test_full_scan_of_seed_000_touchpoints(scan_files, tesseract, seed_result):
    got = process_path(scan_files["000.scan.pdf"])
    assert got.document["format"] == "pdf_scan" and got.document["pages"] > 10
    right, total = _ocr_match.touchpoints_right(seed_result("000").touchpoints, got.touchpoints)
    assert right / total >= 0.9, (right, total)


@pytest.mark.ocr_full
def test_full_scan_of_seed_001_roadmap_deadlines(scan_files, tesseract, seed_result):
    got = process_path(scan_files["001.scan.pdf"])
    right, total = _ocr_match.deadlines_right(seed_result("001").roadmap, got.roadmap)
    assert right / total >= 0.9, (right, total)


def test_a_six_after_the_letter_a_is_the_letter_b_of_a_lettered_list():
    from parsers.document import Document, Paragraph
    from parsers.formats.scan import _lettered_b
    texts = ["а) онлайн-опрос", "6) телефон", "в) сайт",       # «б)» read as «6)»
             "6) шесть рабочих дней",                          # after «в)»: a number stays
             "1) первое", "6) не буква"]
    doc = Document([Paragraph(t) for t in texts], "pdf")
    _lettered_b(doc)
    assert [p.text for p in doc.paragraphs()] == [
        "а) онлайн-опрос", "б) телефон", "в) сайт", "6) шесть рабочих дней", "1) первое", "6) не буква"]


def test_a_numbering_row_with_one_digit_misread_is_the_numbering_row():
    from parsers.document import Cell
    from parsers.formats.scan import _numbers_row
    row = [Cell(t) for t in ("1", "2", "8", "4")]            # «3» read as «8»
    _numbers_row(row)
    assert [c.text for c in row] == ["1", "2", "3", "4"]
    letters = [Cell(t) for t in ("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "и")]   # «11» read «и»
    _numbers_row(letters)
    assert letters[-1].text == "11"
    data = [Cell(t) for t in ("1", "5", "8", "4")]           # two off: numbers of a row, kept
    _numbers_row(data)
    assert [c.text for c in data] == ["1", "5", "8", "4"]


def test_a_letter_stem_on_a_column_boundary_is_no_rule():
    import numpy as np
    from parsers.formats.scan_grid import _drawn
    from parsers.options import ScanGridSettings
    g = ScanGridSettings()
    mask = np.zeros((40, 40), np.uint8)
    mask[:, 20] = 255                       # a rule down the whole side: drawn
    assert _drawn(mask, 20, 3, 36, True, g)
    mask[:, 20] = 0
    mask[3:6, 20] = mask[10:30, 20] = mask[33:36, 20] = 255    # the rules' ends and a bold stem between
    assert not _drawn(mask, 20, 3, 36, True, g)


def _page_of(rows: list[list[dict]], top: float, bottom: float) -> dict:
    """A cached page (scan_ocr.read_page's form) holding one 3-column table."""
    ys = [top + i * (bottom - top) / len(rows) for i in range(len(rows) + 1)]
    cells = [dict(c, r=r) for r, row in enumerate(rows) for c in row]
    return {"size": 10.0, "height": 842.0, "words": [], "conf": [90.0, 1], "tables": [
        {"bbox": [50, top, 650, bottom], "xs": [50, 250, 450, 650], "ys": ys, "cells": cells}]}


def _cell(c: int, text: str, rs: int = 1, fit=None) -> dict:
    return {"c": c, "rs": rs, "cs": 1, "text": text, "fit": fit}


@pytest.mark.parametrize("fits, rows", [(True, 3), (False, 2)])
def test_a_row_after_the_page_break_is_new_when_its_first_word_fitted_above(fits, rows):
    # the last row above ends short of its cell's edge: "автоматизированное" would have fitted
    # there, so the row on the next page starts anew (without the geometry: lower case joins it)
    last = [[0, 40, "во"], [45, 100, "ВКонтакте"]]
    fit = (lambda first: [last, 190.0, first]) if fits else (lambda first: None)
    page1 = _page_of([[_cell(0, "Процесс"), _cell(1, "Канал"), _cell(2, "Потребность")],
                      [_cell(0, "Выдача листков", rs=2), _cell(1, "моб. приложение"), _cell(2, "консультация")],
                      [_cell(1, "Чат-бот во ВКонтакте", fit=fit([0, 30, "Чат-бот"])),
                       _cell(2, "подача заявки", fit=fit([0, 50, "подача"]))]], 100, 800)
    page2 = _page_of([[_cell(0, ""), _cell(1, "автоматизированное место", fit=fit([0, 80, "автоматизированное"])),
                       _cell(2, "получение ответа", fit=fit([0, 60, "получение"]))]], 60, 120)
    doc = scan._document([page1, page2])
    table = next(doc.tables())
    assert len(table.rows) - 1 == rows


def test_an_unsure_mark_lined_up_with_a_sure_bullet_is_that_bullet():
    from parsers.formats.ocr_tesseract import Word
    from parsers.formats.scan_ocr import _unsure_bullets
    from parsers.options import ScanSettings

    def line(no, mark, conf, left, text_left):
        return [Word(mark, left, no * 30, 8, 8, conf, (1, 1, no)), Word("текст", text_left, no * 30, 60, 20, 96, (1, 1, no))]
    words = (line(1, "*", 89, 199, 219) + line(2, "*", 23, 198, 218)      # a bullet read unsure
             + line(3, ".", 14, 120, 219) + line(4, "‹", 16, 199, 260))   # a speck elsewhere; text not at the indent
    _unsure_bullets(words, ScanSettings())
    assert [(w.text, w.conf) for w in words[::2]] == [("*", 89), ("*", 60.0), (".", 14), ("‹", 16)]


@pytest.mark.parametrize("read, meant", [("I kB. 2026", "I кв. 2026"), ("Пкв. 2025", "II кв. 2025"),
                                         ("Ткв. 2025", "I кв. 2025"),          # a serif «I» read «Т»
                                         ("до Ш кв. 2025 г.", "до III кв. 2025 г."),
                                         ("в течение 2025 г.", "в течение 2025 г."), ("ПК 2025", "ПК 2025")])
def test_a_quarter_misread_by_ocr_is_read_as_the_quarter(read, meant):
    from parsers.formats.scan import _QUARTER, _quarter
    assert _QUARTER.sub(_quarter, read) == meant


def _four_columns(rows: list[list[str]]) -> dict:
    """A cached page holding one table of four columns, one cell per position."""
    ys = [100 + 30 * i for i in range(len(rows) + 1)]
    cells = [{"c": c, "r": r, "rs": 1, "cs": 1, "text": t, "fit": None}
             for r, row in enumerate(rows) for c, t in enumerate(row)]
    return {"size": 10.0, "height": 842.0, "words": [], "conf": [90.0, 1], "tables": [
        {"bbox": [50, 100, 650, ys[-1]], "xs": [50, 200, 350, 500, 650], "ys": ys, "cells": cells}]}


def test_marks_ocr_read_as_letters_are_marks_again():
    # a check mark read «У», a drawn bullet read «®»: a cell holding only that glyph is the mark;
    # a word that merely starts with the letter stays
    page = _four_columns([["Процесс", "Сайт", "Телефон", "Потребность"],
                          ["Выдача справок", "У", "®", "Узнать срок"],
                          ["Приём отчётов", "", "и", "Сдать отчёт и получить ответ"]])
    table = next(scan._document([page]).tables())
    assert table.rows[1].texts == ["Выдача справок", "✓", "●", "Узнать срок"]
    assert table.rows[2].texts == ["Приём отчётов", "", "✓", "Сдать отчёт и получить ответ"]


@pytest.mark.parametrize("read, meant", [
    (["Ткв.", "П кв.", "Ii xs.", "ТУ кв."], ["I кв.", "II кв.", "III кв.", "IV кв."]),   # the third from its place
    (["Ii xs.", "ii кв.", "iii кв.", "|v кв."], ["I кв.", "II кв.", "III кв.", "IV кв."]),  # four, none read well
    (["Срок", "I кв.", "IV кв.", "Итог"], ["Срок", "I кв.", "IV кв.", "Итог"])])             # a start and an end column
def test_quarter_headings_ocr_garbled_are_numbered_in_order(read, meant):
    page = _four_columns([read, ["1", "2", "3", "4"]])
    assert next(scan._document([page]).tables()).rows[0].texts == meant


def test_roman_five_and_class_letter_in_a_column_of_labels_stay_letters():
    # «V» (or «У», the Roman five as OCR reads it) among item numbers «I»…«IV», and «У» among
    # class letters «А», «Б», are labels of their column, not check marks; a matrix column's «У» is
    page = _four_columns([["№", "Раздел", "Класс", "Сайт"],
                          ["I", "Приём заявлений", "А", "У"],
                          ["II", "Выдача справок", "Б", ""],
                          ["III", "Консультации", "У", "У"],
                          ["IV", "Жалобы", "А", ""],
                          ["V", "Отчёты", "Б", "У"]])
    rows = next(scan._document([page]).tables()).rows
    assert [r.texts[0] for r in rows[1:]] == ["I", "II", "III", "IV", "V"]
    assert [r.texts[2] for r in rows[1:]] == ["А", "Б", "У", "А", "Б"]
    assert [r.texts[3] for r in rows[1:]] == ["✓", "", "✓", "", "✓"]


def test_rows_of_column_numbers_make_no_column_one_of_labels():
    # the «1 2 3 4» row under the header, printed again on the next page: no labels of a column
    page = _four_columns([["Процесс", "Сайт", "Телефон", "Потребность"], ["1", "2", "3", "4"],
                          ["Выдача справок", "У", "", "Узнать срок"], ["1", "2", "3", "4"],
                          ["Приём отчётов", "У", "У", "Сдать отчёт"]])
    rows = next(scan._document([page]).tables()).rows
    assert [r.texts[1] for r in rows if r.texts[0] != "1"] == ["Сайт", "✓", "✓"]


@pytest.mark.parametrize("read, meant", [
    (["Срок", "1 кв.", "4 кв.", "Итог"], ["Срок", "I кв.", "IV кв.", "Итог"]),
    (["Срок", "1 кв.", "3 кв.", "Итог"], ["Срок", "I кв.", "III кв.", "Итог"])])
def test_start_and_end_quarters_in_arabic_are_not_renumbered(read, meant):
    # a start and an end quarter side by side in arabic («1 кв.» | «4 кв.») are both read well:
    # the second is no «II кв.» taken from the first's place
    page = _four_columns([read, ["1", "2", "3", "4"]])
    assert next(scan._document([page]).tables()).rows[0].texts == meant


def _grid_page(rows: list[list[str]], top: float = 100) -> dict:
    """A cached page holding one table, one cell per position, columns 150 pt wide."""
    ys = [top + 30 * i for i in range(len(rows) + 1)]
    xs = [50 + 150 * i for i in range(len(rows[0]) + 1)]
    cells = [{"c": c, "r": r, "rs": 1, "cs": 1, "text": t, "fit": None}
             for r, row in enumerate(rows) for c, t in enumerate(row)]
    return {"size": 10.0, "height": 842.0, "words": [], "conf": [90.0, 1], "tables": [
        {"bbox": [xs[0], top, xs[-1], ys[-1]], "xs": xs, "ys": ys, "cells": cells}]}


def test_an_eleven_read_as_a_letter_between_ten_and_twelve_is_eleven():
    # «11» printed in a legend's number column reads «и» (two strokes); between 10 and 12 it is 11,
    # else the legend (a number and a need a row) is no legend and no reference resolves
    page = _grid_page([["№", "Потребность клиента"], ["10", "Получить справку"], ["и", "Узнать статус заявки"],
                       ["12", "Подать жалобу"]])
    table = next(scan._document([page]).tables())
    assert [r.texts[0] for r in table.rows] == ["№", "10", "11", "12"]


def test_a_references_comma_read_as_a_dot_is_a_comma_again():
    # «3, 4» read «3.4» in a column whose cells list the legend's numbers with commas; a column of
    # item numbers («1.1», «1.2») lists none, and keeps its dots
    page = _grid_page([["№", "Точка", "Потребности (номера)"], ["1.1", "Сайт", "1, 2"], ["1.2", "МФЦ", "3.4"],
                       ["1.3", "Телефон", "5"]])
    table = next(scan._document([page]).tables())
    assert [r.texts[2] for r in table.rows[1:]] == ["1, 2", "3, 4", "5"]
    assert [r.texts[0] for r in table.rows[1:]] == ["1.1", "1.2", "1.3"]


def test_a_bold_mark_read_as_two_glyphs_is_the_mark():
    # a heavy «Х» read «xX», a «+» read twice: a cell of nothing but mark glyphs is one mark, so
    # the row keeps its channel; a cell of text or a Roman numeral in a column of labels stays
    page = _four_columns([["№", "Сайт", "Телефон", "Потребность"],
                          ["I", "xX", "++", "Узнать срок"],
                          ["II", "х", "", "Подать заявление"]])
    table = next(scan._document([page]).tables())
    assert table.rows[1].texts == ["I", "x", "+", "Узнать срок"]
    assert table.rows[2].texts == ["II", "х", "", "Подать заявление"]


def test_a_decimal_comma_is_no_references_cell():
    # «1,5» is a decimal (Russian writes a decimal comma): a column of figures with «2.5» beside it
    # lists no needs' references, so the dot stays; «5,6,7» (two commas) or «1, 2» does list them
    page = _grid_page([["№", "Показатель", "Значение"], ["1", "Срок ответа, дней", "1,5"],
                       ["2", "Доля обращений, %", "2.5"]])
    assert [r.texts[2] for r in next(scan._document([page]).tables()).rows[1:]] == ["1,5", "2.5"]
    page = _grid_page([["№", "Точка", "Потребности"], ["1", "Сайт", "5,6,7"], ["2", "МФЦ", "3.4"]])
    assert [r.texts[2] for r in next(scan._document([page]).tables()).rows[1:]] == ["5,6,7", "3, 4"]
