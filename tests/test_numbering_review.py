"""A code review's findings on list numbering (parsers/formats/docx_numbering.py, html.py):
bad number attributes, huge counters, a list item's mark before a nested paragraph, w:lvlRestart,
and counters kept per abstract list.  Goldens were written by reading Word's numbering rules
(ECMA-376 §17.9) and the documents each test builds."""
from __future__ import annotations

from docx import Document as new_docx

from parsers.formats import html
from parsers.formats.docx_numbering import format_number, parse_count
from tests.test_docx_numbering import _list, _para, _texts


def test_a_bad_number_attribute_is_the_default_not_a_lost_document(tmp_path):
    assert [parse_count(t, 1) for t in ("--1", "²", "1e9", "", None, " 7 ", "-3", "1234567")] == [1, 1, 1, 1, 1, 7, -3, 1]
    d = new_docx()
    _list(d, 5, [("decimal", "%1.")], starts={0: "--1"})
    _para(d, "Первый", 5, 0)
    _para(d, "Второй", 5, 0)
    assert _texts(d, tmp_path) == ["1. Первый", "2. Второй"]
    page = tmp_path / "bad.html"
    page.write_text("<ol start='--1'><li>раз<li value='²'>два<li value='５'>три</ol>", encoding="utf-8")
    assert [p.text for p in html.read(page).paragraphs()] == ["1. раз", "2. два", "3. три"]


def test_a_counter_past_what_its_format_writes_is_decimal():
    assert format_number(2_000_000_000, "lowerLetter") == "2000000000"
    assert format_number(780, "lowerLetter") == "z" * 30 and format_number(781, "russianUpper") == "781"
    assert format_number(3999, "upperRoman") == "MMMCMXCIX" and format_number(4000, "lowerRoman") == "4000"


def test_a_list_items_mark_goes_before_its_first_paragraph(tmp_path):
    page = tmp_path / "p.html"
    page.write_text("<ol><li><p>Первый пункт</p><p>его пояснение</p></li><li><div><b>Второй</b> пункт</div></li>"
                    "<li></li></ol><p>После списка</p><ul><li><p>пункт</p></li></ul>", encoding="utf-8")
    assert [p.text for p in html.read(page).paragraphs()] == [
        "1. Первый пункт", "его пояснение", "2. Второй пункт", "После списка", "• пункт"]
