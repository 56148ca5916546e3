"""A code review's findings on list numbering (parsers/formats/docx_numbering.py, html.py):
bad number attributes, huge counters, a list item's mark before a nested paragraph, w:lvlRestart,
and counters kept per abstract list.  Goldens were written by reading Word's numbering rules
(ECMA-376 §17.9) and the documents each test builds."""
from __future__ import annotations

from docx import Document as new_docx
from docx.oxml.ns import qn

from parsers.formats import html
from parsers.formats.docx_numbering import format_number, parse_count
from tests.test_docx_numbering import _el, _list, _para, _texts


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


def _restart(d, num_id: int, ilvl: int, after: int) -> None:
    """w:lvlRestart on level `ilvl` of list `num_id` (built by _list): it restarts after level `after` (1-based)."""
    root = d.part.numbering_part.element
    abstract = next(a for a in root.iterchildren() if a.get(qn("w:abstractNumId")) == str(100 + num_id))
    lvl = next(x for x in abstract.iterchildren() if x.get(qn("w:ilvl")) == str(ilvl))
    lvl.insert(2, _el("w:lvlRestart", val=after))      # after start and numFmt, as the schema orders them


def test_lvl_restart_names_the_level_after_which_a_level_starts_again(tmp_path):
    d = new_docx()
    _list(d, 6, [("decimal", "%1."), ("decimal", "%1.%2."), ("decimal", "%1.%2.%3.")])
    _restart(d, 6, 2, 1)             # level 3 starts again after level 1 only: «1.2.» continues its count
    for text, lvl in [("А", 0), ("Б", 1), ("В", 2), ("Г", 2), ("Д", 1), ("Е", 2), ("Ж", 0), ("З", 1), ("И", 2)]:
        _para(d, text, 6, lvl)
    assert _texts(d, tmp_path) == ["1. А", "1.1. Б", "1.1.1. В", "1.1.2. Г", "1.2. Д", "1.2.3. Е", "2. Ж",
                                   "2.1. З", "2.1.1. И"]
    d = new_docx()
    _list(d, 8, [("decimal", "%1."), ("decimal", "%1.%2.")])
    _restart(d, 8, 1, 0)             # 0: never starts again
    for text, lvl in [("А", 0), ("Б", 1), ("В", 0), ("Г", 1)]:
        _para(d, text, 8, lvl)
    assert _texts(d, tmp_path) == ["1. А", "1.1. Б", "2. В", "2.2. Г"]


def _num(d, num_id: int, abstract_id: int, start_over: dict[int, int] | None = None) -> None:
    """A list `num_id` of abstract list `abstract_id`, with w:startOverride per level."""
    num = _el("w:num", numId=num_id)
    num.append(_el("w:abstractNumId", val=abstract_id))
    for ilvl, start in (start_over or {}).items():
        over = _el("w:lvlOverride", ilvl=ilvl)
        over.append(_el("w:startOverride", val=start))
        num.append(over)
    d.part.numbering_part.element.append(num)


def test_lists_of_one_abstract_list_continue_one_count(tmp_path):
    d = new_docx()
    _list(d, 21, [("decimal", "%1."), ("russianLower", "%2)")])       # abstract list 121
    _num(d, 22, 121)                                                  # continues list 21
    _num(d, 23, 121, {0: 1})                                          # «начать заново»
    for text, num, lvl in [("А", 21, 0), ("Б", 21, 0), ("В", 22, 0), ("Г", 22, 1), ("Д", 23, 0), ("Е", 23, 0),
                           ("Ж", 21, 0)]:
        _para(d, text, num, lvl)
    # the override starts level 1 again once, where list 23 first numbers it; after that all count on
    assert _texts(d, tmp_path) == ["1. А", "2. Б", "3. В", "а) Г", "1. Д", "2. Е", "3. Ж"]


def test_a_numbering_style_link_counts_in_the_list_its_style_names(tmp_path):
    d = new_docx()
    _list(d, 31, [("upperRoman", "%1."), ("decimal", "%1.%2.")])      # abstract list 131: the style's own
    style = _el("w:style", type="numbering", styleId="СписокПриказа")
    ppr = _el("w:pPr")
    num_pr = _el("w:numPr")
    num_pr.append(_el("w:numId", val=31))
    ppr.append(num_pr)
    style.append(ppr)
    d.styles.element.append(style)
    linked = _el("w:abstractNum", abstractNumId=132)                  # no levels: a link to the style
    linked.append(_el("w:numStyleLink", val="СписокПриказа"))
    d.part.numbering_part.element.insert(0, linked)
    _num(d, 32, 132)
    for text, num, lvl in [("Раздел", 31, 0), ("Пункт", 32, 1), ("Раздел", 32, 0)]:
        _para(d, text, num, lvl)
    assert _texts(d, tmp_path) == ["I. Раздел", "I.1. Пункт", "II. Раздел"]
