"""List numbers the reader draws: Word's own numbering (w:numPr) and a web page's <ol>/<ul>, written in front of the text the readers see."""
from __future__ import annotations

from docx import Document as new_docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from parsers.formats import docx
from parsers.formats.docx_numbering import format_number


def _el(tag: str, **attrs) -> OxmlElement:
    el = OxmlElement(tag)
    for k, v in attrs.items():
        el.set(qn(f"w:{k}"), str(v))
    return el


def _list(d, num_id: int, levels: list[tuple[str, str]], starts: dict[int, int] | None = None) -> None:
    """A list `num_id` whose level k has (numFmt, lvlText) levels[k]."""
    root = d.part.numbering_part.element
    abstract = _el("w:abstractNum", abstractNumId=100 + num_id)
    for k, (fmt, text) in enumerate(levels):
        lvl = _el("w:lvl", ilvl=k)
        lvl.append(_el("w:start", val=(starts or {}).get(k, 1)))
        lvl.append(_el("w:numFmt", val=fmt))
        lvl.append(_el("w:lvlText", val=text))
        abstract.append(lvl)
    root.insert(0, abstract)
    num = _el("w:num", numId=num_id)
    num.append(_el("w:abstractNumId", val=100 + num_id))
    root.append(num)


def _para(d, text: str, num_id: int | None = None, ilvl: int = 0):
    p = d.add_paragraph(text)
    if num_id is not None:
        ppr = p._p.get_or_add_pPr()
        num_pr = _el("w:numPr")
        num_pr.append(_el("w:ilvl", val=ilvl))
        num_pr.append(_el("w:numId", val=num_id))
        ppr.append(num_pr)
    return p


def _texts(d, tmp_path) -> list[str]:
    path = tmp_path / "n.docx"
    d.save(path)
    return [p.text for p in docx.read(path).paragraphs()]


def test_multilevel_decimal_counts_and_restarts_under_a_new_parent(tmp_path):
    d = new_docx()
    _list(d, 7, [("decimal", "%1."), ("decimal", "%1.%2."), ("decimal", "%1.%2.%3.")])
    for text, lvl in [("Направление А", 0), ("Процесс один", 1), ("Сайт", 2), ("МФЦ", 2),
                      ("Процесс два", 1), ("Направление Б", 0), ("Процесс три", 1)]:
        _para(d, text, 7, lvl)
    assert _texts(d, tmp_path) == ["1. Направление А", "1.1. Процесс один", "1.1.1. Сайт", "1.1.2. МФЦ",
                                   "1.2. Процесс два", "2. Направление Б", "2.1. Процесс три"]


def test_letters_roman_and_bullets_as_word_draws_them(tmp_path):
    d = new_docx()
    _list(d, 8, [("upperRoman", "%1."), ("russianLower", "%2)"), ("bullet", "\uf0b7")], starts={0: 3})
    _list(d, 9, [("lowerLetter", "(%1)")])
    _para(d, "Раздел", 8, 0)
    _para(d, "первое", 8, 1)
    _para(d, "второе", 8, 1)
    _para(d, "пункт", 8, 2)
    _para(d, "Текст без номера")
    _para(d, "first", 9, 0)
    _para(d, "second", 9, 0)
    assert _texts(d, tmp_path) == ["III. Раздел", "а) первое", "б) второе", "• пункт", "Текст без номера",
                                   "(a) first", "(b) second"]


def test_numbered_paragraphs_in_a_cell_keep_their_numbers(tmp_path):
    d = new_docx()
    _list(d, 5, [("decimal", "%1)")])
    cell = d.add_table(rows=1, cols=1).cell(0, 0)
    cell.paragraphs[0].text = "получение информации"
    ppr = cell.paragraphs[0]._p.get_or_add_pPr()
    num_pr = _el("w:numPr")
    num_pr.append(_el("w:ilvl", val=0))
    num_pr.append(_el("w:numId", val=5))
    ppr.append(num_pr)
    path = tmp_path / "c.docx"
    d.save(path)
    assert next(docx.read(path).tables()).rows[0].cells[0].text == "1) получение информации"


def test_a_style_numbered_list_counts_through_the_style(tmp_path):
    d = new_docx()
    d.add_paragraph("Первый", style="List Number")
    d.add_paragraph("Второй", style="List Number")
    assert _texts(d, tmp_path) == ["1. Первый", "2. Второй"]


def test_number_formats():
    assert [format_number(n, "russianLower") for n in (1, 6, 7, 9, 28, 29)] == ["а", "е", "ж", "и", "я", "аа"]
    assert format_number(14, "upperRoman") == "XIV" and format_number(4, "lowerRoman") == "iv"
    assert format_number(3, "decimalZero") == "03" and format_number(2, "upperLetter") == "B"


def test_a_web_page_s_list_numbers_as_a_browser_draws_them(tmp_path):
    from parsers.formats import html

    page = tmp_path / "list.html"
    page.write_text("<html><body><p>Перечень</p><ol><li>Направление: Социальная поддержка"
                    "<ol type='a'><li>Процесс: Выплата</li><li>Процесс: Справка</li></ol></li>"
                    "<li>Второе</li></ol><ul><li>пункт</li></ul>"
                    "<ol start='3' type='I'><li>три<li value='9'>девять</ol></body></html>", encoding="utf-8")
    assert [p.text for p in html.read(page).paragraphs()] == [
        "Перечень", "1. Направление: Социальная поддержка", "a. Процесс: Выплата", "b. Процесс: Справка",
        "2. Второе", "• пункт", "III. три", "IX. девять"]
