"""A touchpoint list headed in three rows where the group only gathers fields: a heading that
itself names a column of its own kind («Характеристика …», a features word) spans «the channel's
name» | «its kind», and the kind spans «цифровой» | «нецифровой», a mark in one of the two
(parsers/tables/header_rows._merged: sub-headings that name fields of their own are mapped alone;
`_typed_twins`: the kind field headed twice, a point type each).  And a sign-off sheet after the
list («Должность | Ф.И.О. | Подпись | Дата»; parsers/tables/signoff.py) is no rows of it.
The wording is this file's own."""
from __future__ import annotations

from pathlib import Path

from docx import Document as new_docx

from parsers.document import Cell, Row, Table
from parsers.extract.touchpoints import extract_touchpoints
from parsers.formats import docx as docx_reader
from parsers.formats.text import read as read_text
from parsers.tables.signoff import is_signoff
from pipeline.run.process import process_path

GROUP, NAME, KIND = "Характеристика точки", "Наименование канала", "Тип точки"
ROWS = [["1", "Согласование проектной документации", "Портал «Госуслуги»", "Х", "", "Подать заявление"],
        ["2", "Согласование проектной документации", "Приёмная управления", "", "Х", "Получить консультацию"],
        ["3", "Учёт обращений граждан", "Почтовое отделение", "", "Х", "Направить письмо"]]
# read from ROWS: the mark in the first kind column is «цифровой», in the second «нецифровой»
WANT = [("Портал «Госуслуги»", "digital"), ("Приёмная управления", "offline"), ("Почтовое отделение", "offline")]
SHEET = [["Должность", "Ф.И.О.", "Подпись", "Дата"],
         ["Заместитель начальника управления", "Орлова Н.В.", "", "02.02.2025"],
         ["Начальник юридического отдела", "Сомов К.Е.", "", "03.02.2025"]]


def _kinds(doc) -> list[tuple[str, str | None]]:
    from textcore.point_type import match_point_type
    return [(r["touchpoint_raw"], match_point_type(r["point_type_raw"] or "")) for r in extract_touchpoints(doc)[0]]


def _docx(path: Path, sheet: bool = False) -> Path:
    d = new_docx()
    d.add_paragraph("Перечень точек взаимодействия с заявителями")
    t = d.add_table(rows=3 + len(ROWS), cols=6)
    for j, text in ((0, "№"), (1, "Процесс"), (2, GROUP), (5, "Потребность заявителя")):
        t.cell(0, j).text = text
    t.cell(0, 2).merge(t.cell(0, 4))
    for j in (0, 1, 5):
        t.cell(0, j).merge(t.cell(2, j))
    t.cell(1, 2).text, t.cell(1, 3).text = NAME, KIND
    t.cell(1, 2).merge(t.cell(2, 2))
    t.cell(1, 3).merge(t.cell(1, 4))
    t.cell(2, 3).text, t.cell(2, 4).text = "цифровой", "нецифровой"
    for i, row in enumerate(ROWS, start=3):
        for j, text in enumerate(row):
            if text:
                t.cell(i, j).text = text
    if sheet:
        d.add_paragraph("Лист визирования")
        s = d.add_table(rows=len(SHEET), cols=4)
        for i, row in enumerate(SHEET):
            for j, text in enumerate(row):
                s.cell(i, j).text = text
    d.save(path)
    return path


def _text(path: Path, sheet: bool = False) -> Path:
    """Converted text: spans lost, a heading printed once and the cells it covered left empty."""
    lines = [f"№\tПроцесс\t{GROUP}\t\t\tПотребность заявителя", f"\t\t{NAME}\t{KIND}\t\t",
             "\t\t\tцифровой\tнецифровой\t", *("\t".join(r) for r in ROWS)]
    text = "Перечень точек взаимодействия с заявителями\n\n" + "\n".join(lines) + "\n"
    if sheet:
        text += "\nЛист визирования\n\n" + "\n".join("\t".join(r) for r in SHEET) + "\n"
    path.write_text(text, encoding="utf-8")
    return path


def test_docx_three_levels_marks_under_the_lowest(tmp_path):
    assert _kinds(docx_reader.read(_docx(tmp_path / "t.docx"))) == WANT


def test_converted_text_three_levels_marks_under_the_lowest(tmp_path):
    assert _kinds(read_text(_text(tmp_path / "t.txt"))) == WANT


def test_a_sign_off_sheet_after_the_list_is_no_rows_of_it(tmp_path):
    for path in (_docx(tmp_path / "s.docx", sheet=True), _text(tmp_path / "s.txt", sheet=True)):
        result = process_path(path)
        assert [t["touchpoint_raw"] for t in result.touchpoints] == [w[0] for w in WANT], path.suffix
        assert result.document["status"] == "ok", result.document["warnings"]


def _table(*rows: list[str]) -> Table:
    return Table([Row([Cell(t) for t in r]) for r in rows])


def test_a_sign_off_sheet_is_known_by_its_header_alone():
    assert is_signoff(_table(*SHEET))
    assert is_signoff(_table(["Наименование должности", "Фамилия, имя, отчество", "Дата согласования"]))
    # a contacts table names a phone: no sign-off sheet; nor a header with no signer's column
    assert not is_signoff(_table(["Должность", "ФИО", "Телефон"]))
    assert not is_signoff(_table(["Должность", "Дата"]))
    assert not is_signoff(_table(["№", "Канал", "Потребность клиента"]))
