"""Needs written as a table inside the needs cell (Word's nested table), printed to PDF, where
the pdfplumber grid is not one table with the inner cells inside the outer cell's box:
an inner grid ending above its cell's bottom is found as a table of its own, and a row that a
page break cut leaves the inner grid's rules running to the outer cell's top, so the outer
cell shrinks to its left margin (pdf_grid_parts.fold_inner_grids, _widen_margins)."""
from __future__ import annotations

import pytest
from docx import Document as new_docx

from parsers.extract.touchpoints import extract_touchpoints
from parsers.formats import pdf as pdf_reader
from parsers.formats.pdf_grid_parts import fold_inner_grids, split_nested
from tests.fixtures import build

HEADER = ["№ п/п", "Процесс", "Точка (канал) взаимодействия", "Вид точки", "Потребности клиента"]
_PROCESS = ("Предоставление в аренду земельных участков, находящихся в государственной собственности "
            "области, без проведения торгов, включая подготовку проекта договора аренды и его подписание")
_NEEDS = ["Получить консультацию специалиста о перечне документов, которые прилагаются к заявлению "
          "о предоставлении участка в аренду", "Подать заявление с приложением комплекта документов",
          "Узнать о ходе рассмотрения заявления и о сроке подготовки проекта договора аренды",
          "Получить подписанный договор аренды земельного участка"]
_CHANNELS = [("Региональный портал государственных услуг", "цифровая"), ("Приёмная министерства", "офлайн"),
             ("Электронная почта министерства", "цифровая"), ("Почтовое отправление", "офлайн"),
             ("Телефон справочной службы", "офлайн"), ("Официальный сайт министерства", "цифровая")]


def _needs(i: int) -> list[str]:
    return _NEEDS[: 2 + i % 3]


def _long_docx(path):
    """Six rows of a list whose needs are an inner «№ | потребность» table; the process cell is
    longer than the needs in some rows (the inner grid ends above its cell's bottom) and the
    rows run over three pages (page breaks cut rows and their inner grids)."""
    d = new_docx()
    d.add_paragraph("Перечень точек взаимодействия с клиентами")
    t = d.add_table(rows=1 + len(_CHANNELS), cols=len(HEADER))
    t.style = "Table Grid"
    for j, h in enumerate(HEADER):
        t.cell(0, j).text = h
    for i, (channel, kind) in enumerate(_CHANNELS, start=1):
        process = _PROCESS if i % 2 else _PROCESS.split(",")[0]
        for j, text in enumerate((str(i), process, channel, kind)):
            t.cell(i, j).text = text
        inner = t.cell(i, 4).add_table(rows=len(_needs(i)), cols=2)
        inner.style = "Table Grid"
        for k, need in enumerate(_needs(i)):
            inner.cell(k, 0).text, inner.cell(k, 1).text = f"{k + 1}.", need
    _widths(t, (1.0, 4.5, 3.5, 2.0, 6.5))
    for i in range(1, len(_CHANNELS) + 1):
        _widths(t.cell(i, 4).tables[0], (1.0, 5.0))
    d.save(path)
    return path


def _widths(table, cm: tuple[float, ...]) -> None:
    """Column widths as an order's author sets them (python-docx's default splits the page evenly)."""
    from docx.shared import Cm

    table.autofit = False
    for col, w in zip(table.columns, cm):
        col.width = Cm(w)                   # w:gridCol, which LibreOffice lays out by
    for row in table.rows:
        for cell, w in zip(row.cells, cm):
            cell.width = Cm(w)


def test_a_grid_inside_another_grid_s_cell_is_its_inner_cells():
    outer = ([[(0, 0, 50, 10), (50, 0, 100, 10)], [(0, 10, 50, 60), (50, 10, 100, 60)]], [0, 10], (0, 0, 100, 60))
    inner = ([[(55, 15, 70, 30), (70, 15, 95, 30)], [(55, 30, 70, 45), (70, 30, 95, 45)]], [15, 30],
             (55, 15, 95, 45))
    apart = ([[(0, 70, 100, 80)]], [70], (0, 70, 100, 80))       # a table below: not inside
    got = fold_inner_grids([outer, inner, apart])
    assert [g[3] for g in got] == [outer[2], apart[2]]
    assert sorted(got[0][2]) == sorted(b for r in inner[0] for b in r) and got[1][2] == []


def test_a_margin_cell_beside_a_cut_inner_grid_is_the_outer_cell():
    # row 1 continues from the page before: its needs cell (50..100) shrank to its margin 50..55,
    # the inner grid's two rows right of it; row 2 is whole
    rows = [[(0, 0, 50, 40), (50, 0, 55, 40), (55, 0, 70, 20), (70, 0, 100, 20)],
            [None, None, (55, 20, 70, 40), (70, 20, 100, 40)],
            [(0, 40, 50, 60), (50, 40, 100, 60), None, None]]
    out, tops, inner = split_nested(rows, [0, 20, 40])
    assert out == [[(0, 0, 50, 40), (50, 0, 100, 40)], [(0, 40, 50, 60), (50, 40, 100, 60)]]
    assert tops == [0, 40] and len(inner) == 4
    # one inner row: the narrow cell is no column, since row 2's cell starts with it and runs on
    one = [[(0, 0, 50, 20), (50, 0, 55, 20), (55, 0, 70, 20), (70, 0, 100, 20)],
           [(0, 20, 50, 40), (50, 20, 100, 40), None, None]]
    assert split_nested(one, [0, 20])[0] == [[(0, 0, 50, 20), (50, 0, 100, 20)], [(0, 20, 50, 40), (50, 20, 100, 40)]]


def test_a_narrow_column_of_the_table_stays_a_column():
    rows = [[(0, 0, 50, 20), (50, 0, 56, 20), (56, 0, 70, 20), (70, 0, 100, 20)],
            [(0, 20, 50, 40), (50, 20, 56, 40), (56, 20, 70, 40), (70, 20, 100, 40)]]
    assert split_nested(rows, [0, 20]) == (rows, [0, 20], [])


def test_nested_needs_over_page_breaks_in_pdf(tmp_path):
    if build.soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed: the PDF cannot be made")
    pdf, = build.to_pdf([_long_docx(tmp_path / "list.docx")], tmp_path)
    doc = pdf_reader.read(pdf)
    assert doc.pages >= 2
    recs = extract_touchpoints(doc)[0]
    assert [(r["touchpoint_raw"], r["point_type_raw"]) for r in recs] == _CHANNELS
    for i, r in enumerate(recs, start=1):
        assert r["interaction_raw"] == "; ".join(_needs(i)), i
