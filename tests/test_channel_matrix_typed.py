"""A channel matrix headed in three rows: «Точки взаимодействия» over the point types
(«цифровые» | «офлайн») over a column per channel, a mark («Х», «✓») where a process uses
the channel; each marked channel is a touchpoint of the type it stands under
(parsers/tables/header_rows._middle_row).  The wording is this file's own."""
from __future__ import annotations

from docx import Document as new_docx

from parsers.extract.touchpoints import extract_touchpoints
from parsers.formats import docx as docx_reader
from parsers.formats.text import read as read_text

DIGITAL = ["Интернет-приёмная на сайте", "Чат-бот в мессенджере"]
OFFLINE = ["Приёмная по адресу: 690000, г. Приморск, ул. Ленина, д. 12, каб. 5", "Справочный телефон", "Почта"]
ROWS = [["1.", "Выдача разрешения на добычу охотничьих ресурсов", "Х", "", "Х", "", "", "Подать заявление"],
        ["2.", "Рассмотрение жалоб", "", "✓", "", "✓", "✓", "Направить жалобу; узнать результат"]]
WANT = [("Выдача разрешения на добычу охотничьих ресурсов", DIGITAL[0], "цифровые"),
        ("Выдача разрешения на добычу охотничьих ресурсов", OFFLINE[0], "офлайн"),
        ("Рассмотрение жалоб", DIGITAL[1], "цифровые"),
        ("Рассмотрение жалоб", OFFLINE[1], "офлайн"),
        ("Рассмотрение жалоб", OFFLINE[2], "офлайн")]


def _records(doc):
    return [(r["process"], r["touchpoint_raw"], r["point_type_raw"]) for r in extract_touchpoints(doc)[0]]


def _docx(path):
    d = new_docx()
    d.add_paragraph("Перечень точек взаимодействия с клиентами")
    t = d.add_table(rows=3 + len(ROWS), cols=8)
    t.style = "Table Grid"
    for j, text in ((0, "№ п/п"), (1, "Наименование процесса"), (2, "Точки взаимодействия"), (7, "Потребности клиента")):
        t.cell(0, j).text = text
    t.cell(0, 2).merge(t.cell(0, 6))
    for j in (0, 1, 7):
        t.cell(0, j).merge(t.cell(2, j))
    t.cell(1, 2).text, t.cell(1, 4).text = "цифровые", "офлайн"
    t.cell(1, 2).merge(t.cell(1, 3))
    t.cell(1, 4).merge(t.cell(1, 6))
    for j, channel in enumerate(DIGITAL + OFFLINE, start=2):
        t.cell(2, j).text = channel
    for i, row in enumerate(ROWS, start=3):
        for j, text in enumerate(row):
            if text:
                t.cell(i, j).text = text
    d.save(path)
    return path


def test_docx_matrix_under_point_type_groups(tmp_path):
    assert _records(docx_reader.read(_docx(tmp_path / "m.docx"))) == WANT


def test_converted_text_matrix_under_point_type_groups(tmp_path):
    """Converted text keeps no spans: each group runs to the next heading of its row."""
    lines = ["№ п/п\tНаименование процесса\tТочки взаимодействия\t\t\t\t\tПотребности клиента",
             "\t\tцифровые\t\tофлайн\t\t\t",
             "\t\t" + "\t".join(DIGITAL + OFFLINE) + "\t",
             *("\t".join(r) for r in ROWS)]
    (tmp_path / "m.txt").write_text("Перечень точек взаимодействия\n\n" + "\n".join(lines) + "\n", encoding="utf-8")
    assert _records(read_text(tmp_path / "m.txt")) == WANT


def test_a_data_row_under_two_header_rows_stays_data(tmp_path):
    """A row filling its process cell is data, not a third row of headings: the two-row header
    (text sub-columns by type) reads it as data: a point per typed sub-column, each of its heading's kind."""
    lines = ["№\tПроцесс\tТочки взаимодействия\t\tПотребность клиента",
             "\t\tцифровые\tофлайн\t",
             "1.\tВыдача справки\tПортал госуслуг\tМФЦ\tПолучить справку"]
    (tmp_path / "s.txt").write_text("Перечень точек взаимодействия\n\n" + "\n".join(lines) + "\n", encoding="utf-8")
    got = _records(read_text(tmp_path / "s.txt"))
    assert [(r[0], r[1]) for r in got] == [("Выдача справки", "Портал госуслуг"), ("Выдача справки", "МФЦ")]


def _matrix_lines(channels: list[str], rows: list[list[str]]) -> list[str]:
    """One matrix in converted text, every channel under «офлайн»."""
    return ["№ п/п\tНаименование процесса\tТочки взаимодействия" + "\t" * len(channels) + "Потребности клиента",
            "\t\tофлайн" + "\t" * len(channels), "\t\t" + "\t".join(channels) + "\t", *("\t".join(r) for r in rows)]


def test_a_channel_heading_that_looks_like_a_field_stays_a_channel(tmp_path):
    """A channel heading with a phone number («т. 8-800…» reads like a type heading) is still one
    of the group's channels under a sub-group row, not a column of its own field."""
    channels = ["Приёмная министерства", "Справочный телефон, т. 8-800-100-00-00", "Почта"]
    lines = _matrix_lines(channels, [["1.", "Аттестация служащих", "+", "+", "", "Записаться на аттестацию"]])
    (tmp_path / "o.txt").write_text("Перечень точек взаимодействия\n\n" + "\n".join(lines) + "\n", encoding="utf-8")
    got = _records(read_text(tmp_path / "o.txt"))
    assert got == [("Аттестация служащих", channels[0], "офлайн"), ("Аттестация служащих", channels[1], "офлайн")]


def test_matrices_naming_other_channels_are_tables_of_their_own(tmp_path):
    """Two matrices one after another (an appendix a direction) with as many columns but other
    channels: the second is a new table, not the first one continued under a repeated header."""
    first = _matrix_lines(["Приёмная", "Почта"], [["1.", "Выдача справок", "+", "", "Получить справку"]])
    second = _matrix_lines(["Стенд", "Телефон"], [["1.", "Приём жалоб", "", "+", "Подать жалобу"]])
    text = "Перечень точек взаимодействия\n\n" + "\n".join(first) + "\n\nПриложение № 2\n\n" + "\n".join(second) + "\n"
    (tmp_path / "two.txt").write_text(text, encoding="utf-8")
    got = _records(read_text(tmp_path / "two.txt"))
    assert got == [("Выдача справок", "Приёмная", "офлайн"), ("Приём жалоб", "Телефон", "офлайн")]


def test_one_channel_under_each_type_is_read_when_the_rows_mark_them(tmp_path):
    """One channel under «цифровые», one under «офлайн»: the third row is headings because the
    rows under it hold marks (a row of values would hold text)."""
    lines = ["№ п/п\tНаименование процесса\tТочки взаимодействия\t\tПотребности клиента",
             "\t\tцифровые\tофлайн\t", "\t\tПортал госуслуг\tМФЦ\t",
             "1.\tВыдача справки\t✓\t✓\tПолучить справку"]
    (tmp_path / "one.txt").write_text("Перечень точек взаимодействия\n\n" + "\n".join(lines) + "\n", encoding="utf-8")
    got = _records(read_text(tmp_path / "one.txt"))
    assert got == [("Выдача справки", "Портал госуслуг", "цифровые"), ("Выдача справки", "МФЦ", "офлайн")]
