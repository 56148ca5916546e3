"""A table inside a table's cell (needs or channels listed as an inner table): one item per
inner row, in Word (`w:tbl` in `w:tc`) and in the PDF printed from it, where the inner
grid must not cut the outer row (parsers/formats/nested.py, pdf_grid_parts.py)."""
from __future__ import annotations

import pytest
from docx import Document as new_docx

from normalizers.needs import split_needs
from parsers.extract.touchpoints import extract_touchpoints
from parsers.formats import docx as docx_reader
from parsers.formats import pdf as pdf_reader
from parsers.formats.nested import join_rows
from parsers.formats.pdf_grid_parts import split_nested
from tests.fixtures import build

HEADER = ["№", "Процесс", "Канал взаимодействия", "Потребность клиента", "Тип точки"]
ROWS = [("1", "Выдача лицензии", "Личный прием", "офлайн",
         ["Получение консультации", "Подача заявления", "Получение результата"]),
        ("2", "Рассмотрение обращений", "Электронная почта", "цифровая",
         ["Направление обращения.", "Отслеживание статуса"])]


def _nested_docx(path):
    d = new_docx()
    d.add_paragraph("Перечень точек взаимодействия")
    t = d.add_table(rows=1 + len(ROWS), cols=len(HEADER))
    t.style = "Table Grid"
    for j, h in enumerate(HEADER):
        t.cell(0, j).text = h
    for i, (no, process, channel, kind, needs) in enumerate(ROWS, start=1):
        for j, text in enumerate((no, process, channel, None, kind)):
            if text is not None:
                t.cell(i, j).text = text
        inner = t.cell(i, 3).add_table(rows=len(needs), cols=2)      # «№ | потребность» inside the cell
        inner.style = "Table Grid"
        for k, need in enumerate(needs):
            inner.cell(k, 0).text, inner.cell(k, 1).text = f"{k + 1}.", need
    d.save(path)
    return path


WANT = [("Выдача лицензии", "Личный прием", "Получение консультации; Подача заявления; Получение результата"),
        ("Рассмотрение обращений", "Электронная почта", "Направление обращения. Отслеживание статуса")]


def _records(doc):
    return [(r["process"], r["touchpoint_raw"], r["interaction_raw"]) for r in extract_touchpoints(doc)[0]]


def test_join_rows_items_and_number_cells():
    assert join_rows([["1", "Подача заявления"], ["2)", "Получение ответа"], ["", ""]]) == \
        "Подача заявления; Получение ответа"
    assert join_rows([["а)", "Сайт."], ["б)", "Телефон", "8-800"]]) == "Сайт. Телефон 8-800"
    assert join_rows([["2.1", "Справка"]]) == "Справка"


def test_docx_nested_table_rows_are_items(tmp_path):
    got = _records(docx_reader.read(_nested_docx(tmp_path / "n.docx")))
    assert got == WANT
    assert split_needs(got[0][2]) == ("Получение консультации", "Подача заявления", "Получение результата")


def test_split_nested_keeps_the_outer_grid():
    # a 2-column table; its second data cell holds a 2 x 2 grid that made 2 rows and 1 column more
    rows = [[(0, 0, 50, 10), (50, 0, 100, 10), None],
            [(0, 10, 50, 40), (50, 10, 100, 40), None],
            [None, (55, 12, 70, 25), (70, 12, 95, 25)],
            [None, (55, 25, 70, 38), (70, 25, 95, 38)]]
    out, tops, inner = split_nested(rows, [0, 10, 12, 25])
    assert out == [[(0, 0, 50, 10), (50, 0, 100, 10)], [(0, 10, 50, 40), (50, 10, 100, 40)]]
    assert tops == [0, 10] and len(inner) == 4
    plain = [[(0, 0, 50, 10), (50, 0, 100, 10)], [(0, 10, 100, 20), None]]
    assert split_nested(plain, [0, 10]) == (plain, [0, 10], [])


def test_pdf_grid_parts_grid_does_not_cut_the_outer_row(tmp_path):
    if build.soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed: the PDF cannot be made")
    pdf, = build.to_pdf([_nested_docx(tmp_path / "n.docx")], tmp_path)
    doc = pdf_reader.read(pdf)
    table = next(doc.tables())
    assert (table.n_cols, len(table.rows)) == (len(HEADER), 1 + len(ROWS))
    assert _records(doc) == WANT


def test_split_bands_two_grids_back_to_back():
    from parsers.formats.pdf_grid_parts import split_bands
    first = [(0, 0, 20, 10), (20, 0, 60, 10), (60, 0, 100, 10)]             # columns at 20, 60
    merged_down = [None, (20, 10, 60, 20), (60, 10, 100, 20)]                 # a cell merged from above
    full = [(0, 20, 100, 30), None, None]                                    # a full-width row
    second = [(0, 30, 35, 40), (35, 30, 80, 40), (80, 30, 100, 40)]           # columns at 35, 80
    rows = [first, merged_down, full, second, second]
    assert split_bands(rows, [0, 10, 20, 30, 40], (0, 0, 100, 50)) == [(0, 3), (3, 5)]
    assert split_bands(rows[:3], [0, 10, 20], (0, 0, 100, 30)) == [(0, 3)]


def test_docx_table_framed_by_a_one_cell_table(tmp_path):
    """A box around an appendix (a table of one cell) holding its title and the list's table:
    the list is read as a table of the body, the title as a paragraph."""
    d = new_docx()
    frame = d.add_table(rows=1, cols=1).cell(0, 0)
    frame.paragraphs[0].text = "Перечень точек взаимодействия"
    t = frame.add_table(rows=2, cols=len(HEADER))
    for j, text in enumerate(HEADER):
        t.cell(0, j).text = text
    for j, text in enumerate(("1", "Выдача лицензии", "Личный прием", "Получение консультации", "офлайн")):
        t.cell(1, j).text = text
    d.save(tmp_path / "f.docx")
    doc = docx_reader.read(tmp_path / "f.docx")
    assert [type(b).__name__ for b in doc.blocks] == ["Paragraph", "Table"]
    assert _records(doc) == [("Выдача лицензии", "Личный прием", "Получение консультации")]


def test_docx_one_cell_of_text_stays_a_table(tmp_path):
    d = new_docx()
    d.add_table(rows=1, cols=1).cell(0, 0).text = "получение информации"
    d.save(tmp_path / "one.docx")
    assert [b.rows[0].cells[0].text for b in docx_reader.read(tmp_path / "one.docx").tables()] == ["получение информации"]


def _grid_of(n_rows: int, n_cols: int, w: float = 40.0, h: float = 10.0) -> list[list]:
    return [[(j * w, i * h, (j + 1) * w, (i + 1) * h) for j in range(n_cols)] for i in range(n_rows)]


def test_split_nested_on_a_large_grid_compares_each_box_with_few(monkeypatch):
    """2000 cells: a plain grid compares no pair of boxes; with a grid inside one tall cell each box is
    compared only with the few whose top lies near its own (not with all 2000)."""
    from parsers.formats import pdf_grid_parts
    calls = [0]
    inside = pdf_grid_parts._inside

    def counted(a, b):
        calls[0] += 1
        return inside(a, b)
    monkeypatch.setattr(pdf_grid_parts, "_inside", counted)
    plain = _grid_of(400, 5)
    assert split_nested(plain, [r[0][1] for r in plain]) == (plain, [r[0][1] for r in plain], [])
    assert calls[0] <= 2000
    rows = _grid_of(400, 5)
    rows[200][4] = (160, 2000, 200, 2030)                         # one taller cell, rows 200-202 of column 5
    rows[201][4] = rows[202][4] = None
    inner = [(165, 2002, 180, 2015), (180, 2002, 195, 2015), (165, 2015, 180, 2028), (180, 2015, 195, 2028)]
    rows += [[None] * 4 + [inner[0]], [None] * 4 + [inner[2]]]
    rows[-2].append(inner[1])
    rows[-1].append(inner[3])
    calls[0] = 0
    out, tops, got = split_nested(rows, [r[0][1] for r in rows[:400]] + [2002, 2015])
    assert got == inner and len(out) == 400 and calls[0] <= 20 * 2000
    outer = {k: b for k, b in enumerate(x for r in out for x in r if x)}
    calls[0] = 0
    assert pdf_grid_parts.containers(inner, outer) == dict.fromkeys(inner, 1004)
    assert calls[0] <= 20 * len(inner)


def test_a_number_is_dropped_only_as_an_item_s_marker():
    """An inner row's first cell holding only a number marks the item; a number elsewhere
    («Срок, дней | 30») or alone on its row is the item's content."""
    assert join_rows([["Срок рассмотрения, дней", "30"], ["2)", "Выдача результата"]]) == \
        "Срок рассмотрения, дней 30; Выдача результата"
    assert join_rows([["1.", "Подача заявления", "5"], ["15"]]) == "Подача заявления 5; 15"
