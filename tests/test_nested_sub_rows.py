"""A process's points in a table nested in its row's cell, every such inner table under the same heading row
(«Канал взаимодействия | Тип точки | Потребности клиента»): the inner rows are the outer row's sub-rows, each a
point of the outer row's process (parsers/formats/nested.py `spread_inner`); an inner table with no shared heading
stays a list in its cell (tests/test_nested_cells.py)."""
from __future__ import annotations

from docx import Document as new_docx

from parsers.document import Cell, Row
from parsers.extract.touchpoints import extract_touchpoints
from parsers.formats import docx as docx_reader
from parsers.formats.nested import spread_inner

INNER_HEAD = ["Канал взаимодействия", "Тип точки", "Потребности клиента"]
PROCESSES = [("1.", "Выдача лицензий", [("Кабинет приёма граждан", "офлайн", "подать заявление"),
                                         ("Официальный сайт", "цифровая", "получить лицензию")]),
             ("2.", "Приём обращений", [("Электронная почта", "цифровая", "направить обращение")])]


def _docx(path):
    d = new_docx()
    d.add_paragraph("Перечень точек взаимодействия")
    t = d.add_table(rows=1 + len(PROCESSES), cols=3)
    for j, h in enumerate(["№", "Наименование процесса", "Точки взаимодействия"]):
        t.cell(0, j).text = h
    for i, (no, process, points) in enumerate(PROCESSES, start=1):
        t.cell(i, 0).text, t.cell(i, 1).text = no, process
        inner = t.cell(i, 2).add_table(rows=1 + len(points), cols=3)
        for j, h in enumerate(INNER_HEAD):
            inner.cell(0, j).text = h
        for k, point in enumerate(points, start=1):
            for j, text in enumerate(point):
                inner.cell(k, j).text = text
    d.save(path)
    return path


def test_inner_rows_are_the_points_of_the_outer_row(tmp_path):
    got = [(r["process"], r["touchpoint_raw"], r["point_type_raw"], r["interaction_raw"])
           for r in extract_touchpoints(docx_reader.read(_docx(tmp_path / "n.docx")))[0]]
    assert got == [("Выдача лицензий", "Кабинет приёма граждан", "офлайн", "подать заявление"),
                   ("Выдача лицензий", "Официальный сайт", "цифровая", "получить лицензию"),
                   ("Приём обращений", "Электронная почта", "цифровая", "направить обращение")]


def _rows(texts):
    return [Row([Cell(t) for t in r]) for r in texts]


def test_spread_inner_keeps_a_table_without_a_shared_heading():
    rows = _rows([["№", "Процесс", "Потребности"], ["1", "А", ""], ["2", "Б", ""]])
    inner = {(1, 2): [["1", "подать заявление"], ["2", "получить ответ"]], (2, 2): [["1", "узнать срок"]]}
    assert spread_inner(rows, inner) is rows
    one = {(1, 2): [INNER_HEAD, ["Сайт", "цифровая", "узнать срок"]]}        # one row: no heading to share
    assert spread_inner(rows, one) is rows


def test_spread_inner_heading_and_sub_rows():
    rows = _rows([["№", "Процесс", "Точки"], ["1", "А", ""], ["2", "Б", ""]])
    inner = {(1, 2): [["Канал", "Тип"], ["Сайт", "цифровая"], ["Приёмная", "офлайн"]],
             (2, 2): [["Канал", "Тип"], ["Почта", "цифровая"]]}
    assert [r.texts for r in spread_inner(rows, inner)] == [
        ["№", "Процесс", "Канал", "Тип"], ["1", "А", "Сайт", "цифровая"], ["1", "А", "Приёмная", "офлайн"],
        ["2", "Б", "Почта", "цифровая"]]
