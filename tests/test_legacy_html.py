"""Legacy office files (.doc/.rtf/.odt via LibreOffice) and saved web pages give the same records."""
from __future__ import annotations

import pytest

from parsers.formats import html as html_reader
from parsers.formats import legacy
from parsers.formats.text import read as read_text
from pipeline.run.process import process_path
from tests.fixtures.html_pages import ACTUAL, BANNER, write_html

_PLACE = {"doc_id", "source_row", "source_page", "source_bbox", "source_locator"}


def _records(res, table):
    return [{k: v for k, v in r.items() if k not in _PLACE} for r in getattr(res, table)]


@pytest.mark.parametrize("fmt", ["doc", "rtf", "odt"])
@pytest.mark.parametrize("key", ["000", "001"])
def test_legacy_formats_give_the_docx_records(scan_files, seed_files, key, fmt):
    want = process_path(seed_files[f"{key}.docx"])
    got = process_path(scan_files[f"{key}.{fmt}"])
    assert got.document["format"] == fmt and got.document["status"] == want.document["status"] == "ok"
    for table in ("touchpoints", "roadmap", "procedure_items"):
        assert _records(got, table) == _records(want, table), table


def test_missing_libreoffice_is_a_clear_failure(scan_files, monkeypatch):
    monkeypatch.setattr(legacy, "soffice", lambda: None)
    d = process_path(scan_files["000.rtf"]).document
    assert d["status"] == "failed" and "install libreoffice-writer-nogui" in d["error"]


@pytest.mark.parametrize("key", ["000", "001"])
def test_saved_web_page_gives_the_text_records(seed_path, tmp_path, key):
    page = write_html(read_text(seed_path(key)), tmp_path / f"{key}.html")
    want, got = process_path(seed_path(key)), process_path(page)
    assert got.document["format"] == "html" and got.document["status"] == "ok"
    assert _records(got, "touchpoints") == _records(want, "touchpoints")
    # a web page's footnote marks are plain text: compare the roadmap without them
    strip = lambda rs: [{k: v for k, v in r.items() if k != "footnotes"} for r in rs]
    assert strip(_records(got, "roadmap")) == strip(_records(want, "roadmap"))


def test_web_page_chrome_scripts_and_navigation_left_out(seed_path, tmp_path):
    doc = html_reader.read(write_html(read_text(seed_path("000")), tmp_path / "p.html"))
    text = doc.text()
    for junk in (BANNER, ACTUAL, "Приказ в скрипте", "Главная", "Страница 1 из 1", "www.consultant.ru", "p{margin"):
        assert junk not in text
    assert "ПРИКАЗ" in text.upper()                  # cp1251 decoded as declared


def test_web_table_spans_on_the_word_grid(tmp_path):
    p = tmp_path / "t.htm"
    p.write_text("<html><body><table>"
                 "<tr><th>№</th><th colspan=2>Точка</th></tr>"
                 "<tr><td rowspan=2>1</td><td>Сайт<br>ОИВ</td><td>Цифровая</td></tr>"
                 "<tr><td>Телефон<td>Офлайн</tr>"
                 "</table></body></html>", encoding="utf-8")
    (t,) = html_reader.read(p).tables()
    assert [r.texts for r in t.rows] == [["№", "Точка", ""], ["1", "Сайт ОИВ", "Цифровая"], ["", "Телефон", "Офлайн"]]
    assert t.rows[0].cells[1].colspan == 2 and t.rows[0].cells[2].covered and t.rows[0].is_header
    assert t.rows[1].cells[0].rowspan == 2 and t.rows[2].cells[0].covered


def test_declared_charset_honoured(tmp_path):
    p = tmp_path / "cp.html"
    p.write_bytes('<html><head><meta charset="windows-1251"></head><body><p>Приказ министерства</p></body></html>'
                  .encode("cp1251"))
    assert html_reader.read(p).text() == "Приказ министерства"
