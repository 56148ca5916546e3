"""Roadmap terms given as a start and an end (a table composed for these tests): the end is the
deadline, whether the two are columns of their own or sub-columns under one «Срок» heading."""
from __future__ import annotations

from datetime import date

from normalizers.roadmap_codes import code_roadmap
from parsers.document import Cell, Document, Row, Source, Table
from parsers.extract.roadmap import extract_roadmap


def _row(line, *cells):
    return Row([c if isinstance(c, Cell) else Cell(c) for c in cells], Source(line=line, row=line))


def _items(table: Table) -> dict[str, dict]:
    return {r["item_no"]: r for r in code_roadmap(extract_roadmap(Document([table], "docx")))}


def test_start_and_end_columns_of_their_own():
    got = _items(Table([
        _row(1, "№", "Мероприятие", "Срок начала", "Срок завершения", "Исполнитель"),
        _row(2, "1.", "Утверждение перечня точек взаимодействия", "01.02.2026", "30.04.2026", "Лаптев С.С."),
        _row(3, "2.", "Опрос заявителей", "март 2026 г.", "постоянно", "Лаптев С.С."),
    ]))
    assert got["1"]["deadline"] == date(2026, 4, 30) and got["1"]["deadline_raw"] == "30.04.2026"
    assert got["2"]["deadline"] is None and got["2"]["deadline_raw"] == "постоянно"


def test_start_and_end_under_one_term_heading():
    cov = Cell("", covered=True)
    got = _items(Table([
        _row(1, Cell("№", rowspan=2), Cell("Мероприятие", rowspan=2), Cell("Сроки исполнения", colspan=2), cov,
             Cell("Ответственный", rowspan=2)),
        _row(2, cov, cov, "начало", "окончание", cov),
        _row(3, "1.", "Составление карт клиентского пути", "II квартал 2026 г.", "IV квартал 2026 г.", "Лаптев С.С."),
    ]))
    assert got["1"]["deadline"] == date(2026, 12, 31) and got["1"]["deadline_raw"] == "IV квартал 2026 г."
    assert got["1"]["milestone"] == "journey_maps"
