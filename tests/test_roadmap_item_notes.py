"""Responsible ones given in a note under a plan's table by item numbers, the table having no responsible column:
«по пунктам 1.1–1.3 – …;», «п. 2.1, 2.3 – …», «пп. 3.1 и 3.2: …».  A range holds the measures from its first number
to its last in the table's order, a stage none; a measure's own cell stands; a number the table lacks gives nothing;
a paragraph that is no such line ends the note.  Plans and wordings invented here; expectations read from them."""
from __future__ import annotations

from docx import Document as new_docx

from parsers.extract.roadmap import extract_roadmap
from parsers.extract.roadmap_item_notes import note_line
from parsers.formats import docx as docx_reader
from parsers.formats.text import parse_text

HEAD = ["№", "Мероприятие", "Срок", "Результат"]
ROWS = [["1.", "Организационные меры", "", ""],
        ["1.1.", "Утвердить состав проектного офиса", "до 1 февраля 2026 г.", "Распоряжение"],
        ["1.2.", "Описать маршрут заявителя", "до 1 марта 2026 г.", "Схема"],
        ["1.3.", "Обновить памятки для посетителей", "до 1 апреля 2026 г.", "Памятки"],
        ["2.", "Цифровые сервисы", "", ""],
        ["2.1.", "Запустить чат-бот записи на приём", "до 1 мая 2026 г.", "Чат-бот"],
        ["2.2.", "Настроить обратный звонок", "до 1 июня 2026 г.", "Сервис"],
        ["2.3.", "Подключить оценку качества по QR-коду", "до 1 июля 2026 г.", "QR-коды"]]
NOTE = ["Исполнители по пунктам плана:",
        "по пунктам 1.1–1.2 – начальник отдела кадров Сидорова Е.В.;",
        "п. 1.3, 2.2 – консультант Быков П.А.;",
        "по пункту 2.1 – отдел информатизации;",
        "пп. 2.3 и 4.1: пресс-секретарь Ким Д.С."]
WANT = [("1", None), ("1.1", "начальник отдела кадров Сидорова Е.В."), ("1.2", "начальник отдела кадров Сидорова Е.В."),
        ("1.3", "консультант Быков П.А."), ("2", None), ("2.1", "отдел информатизации"),
        ("2.2", "консультант Быков П.А."), ("2.3", "пресс-секретарь Ким Д.С.")]


def _read(recs):
    return [(r["item_no"], r["responsible_raw"]) for r in recs]


def _text(note, head=HEAD, rows=ROWS):
    table = "\n".join("\t".join(r) for r in [head] + rows)
    return parse_text("План мероприятий («дорожная карта»)\n\n" + table + "\n\n" + "\n\n".join(note) + "\n")


def test_note_line_reads_numbers_ranges_and_value():
    assert note_line("по пунктам 1.1–1.3 – отдел кадров;") == ([("1.1", "1.3")], "отдел кадров")
    assert note_line("п. 2.1, 2.4 – Иванов И.И.") == ([("2.1", "2.1"), ("2.4", "2.4")], "Иванов И.И.")
    assert note_line("Пункты 3.1 - 3.2: юрист отдела.") == ([("3.1", "3.2")], "юрист отдела")
    assert note_line("Срок исполнения – до 1 июля 2026 г.") is None
    assert note_line("по пункту 1.1") is None


def test_text_note_under_the_table_gives_each_item_its_responsible():
    assert _read(extract_roadmap(_text(NOTE))) == WANT


def test_docx_note_under_the_table(tmp_path):
    d = new_docx()
    d.add_paragraph("План мероприятий («дорожная карта»)")
    t = d.add_table(rows=1 + len(ROWS), cols=len(HEAD))
    for r, row in enumerate([HEAD] + ROWS):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    for line in NOTE:
        d.add_paragraph(line)
    d.save(tmp_path / "p.docx")
    assert _read(extract_roadmap(docx_reader.read(tmp_path / "p.docx"))) == WANT


def test_a_paragraph_that_is_no_note_line_ends_the_note():
    note = NOTE[:2] + ["Контроль за исполнением плана оставляю за собой."] + NOTE[2:]
    got = dict(_read(extract_roadmap(_text(note))))
    assert got["1.1"] == "начальник отдела кадров Сидорова Е.В." and got["1.3"] is None and got["2.1"] is None


def test_a_responsible_column_keeps_its_cells():
    head = HEAD[:3] + ["Ответственный"] + HEAD[3:]
    rows = [r[:3] + [("" if r[2] == "" else "Отдел услуг")] + r[3:] for r in ROWS]
    got = _read(extract_roadmap(_text(NOTE, head, rows)))
    assert {who for no, who in got if "." in no} == {"Отдел услуг"}


def test_a_remark_by_item_numbers_is_no_responsible():
    # the value must name who does the work: a remark about the items gives nobody, and ends the note
    assert note_line("по пунктам 1.1–1.3 – отчёт не представляется;") is None
    assert note_line("п. 2.1 – срок исполнения переносится на 2027 год.") is None
    recs = extract_roadmap(_text(["по пунктам 1.1–1.3 – отчёт не представляется;", "по пункту 2.1 – отдел кадров."]))
    assert [(no, who) for no, who in _read(recs) if who] == []
