"""Responsible ones written inside the measure's own cell where the plan has no responsible column: a labelled
part after the activity («Исполнитель: …», «Ответственный исполнитель – …», «Отв.: …», on a line of its own or run
into the activity's line as converted text runs a cell's lines together), or a closing bracket naming a person by
surname and initials or by full name.  A bracket naming no person, a lower-case «ответственного:» inside the
activity's words, stay the activity's.  And a measure whose term cell is a bare dash is a measure, not a heading,
though the table says nothing else of it.  Plans and wordings invented here; expectations read from them."""
from __future__ import annotations

from docx import Document as new_docx

from parsers.extract.roadmap import extract_roadmap
from parsers.extract.roadmap_activity_people import activity_people
from parsers.formats import docx as docx_reader
from parsers.formats.text import parse_text


def test_a_label_after_the_activity_names_the_responsible():
    assert activity_people("Описать маршрут заявителя Исполнитель: отдел кадров") == \
        ("Описать маршрут заявителя", "отдел кадров")
    assert activity_people("Запустить чат-бот\nответственный исполнитель – Сидорова Е.В.") == \
        ("Запустить чат-бот", "Сидорова Е.В.")
    assert activity_people("Обновить памятки. Отв.: консультант Быков П.А.;") == \
        ("Обновить памятки.", "консультант Быков П.А.")


def test_a_closing_bracket_names_the_responsible_only_when_it_names_a_person():
    assert activity_people("Настроить обратный звонок (Ким Д.С., пресс-секретарь)") == \
        ("Настроить обратный звонок", "Ким Д.С., пресс-секретарь")
    assert activity_people("Провести семинар (Быкова Ольга Сергеевна)") == \
        ("Провести семинар", "Быкова Ольга Сергеевна")
    assert activity_people("Провести семинар (первый заместитель министра Ольга Сергеевна Быкова)")[1] == \
        "первый заместитель министра Ольга Сергеевна Быкова"
    assert activity_people("Сегментация клиентов (КФХ, ЛПХ, сельхозорганизации)") == \
        ("Сегментация клиентов (КФХ, ЛПХ, сельхозорганизации)", "")
    assert activity_people("Описать процессы (отдел кадров)")[1] == ""


def test_the_activitys_own_words_are_no_label():
    for text in ("Определить ответственного: заместителя министра", "Назначение ответственного исполнителя – "
                 "заместителя министра", "Исполнитель", "Ответственный: "):
        assert activity_people(text)[1] == "", text


HEAD = ["№", "Срок", "Мероприятие"]
ROWS = [["1.1.", "до 1 февраля 2026 г.", "Утвердить состав проектного офиса Ответственный: Сидорова Е.В."],
        ["1.2.", "—", "Описать маршрут заявителя (Быков П.А., консультант)"],
        ["1.3.", "до 1 апреля 2026 г.", "Обновить памятки для посетителей"],
        ["1.4.", "—", "Провести опрос посетителей"]]


def test_text_plan_reads_people_from_the_activity_and_keeps_a_dashed_term_an_item():
    table = "\n".join("\t".join(r) for r in [HEAD] + ROWS)
    recs = extract_roadmap(parse_text("План мероприятий («дорожная карта»)\n\n" + table + "\n"))
    got = [(r["item_no"], r["is_section"], r["activity"], r["responsible_raw"]) for r in recs]
    assert got == [("1.1", False, "Утвердить состав проектного офиса", "Сидорова Е.В."),
                   ("1.2", False, "Описать маршрут заявителя", "Быков П.А., консультант"),
                   ("1.3", False, "Обновить памятки для посетителей", None),
                   ("1.4", False, "Провести опрос посетителей", None)]


def test_docx_second_paragraph_of_the_activity_cell(tmp_path):
    d = new_docx()
    d.add_paragraph("План мероприятий («дорожная карта»)")
    t = d.add_table(rows=3, cols=3)
    for c, text in enumerate(HEAD):
        t.cell(0, c).text = text
    for r, (no, term, act) in enumerate((("1.", "до 1 мая 2026 г.", "Запустить чат-бот записи"),
                                         ("2.", "II квартал 2026 г.", "Подключить оценку по QR-коду")), 1):
        t.cell(r, 0).text, t.cell(r, 1).text, t.cell(r, 2).text = no, term, act
        t.cell(r, 2).add_paragraph("Исполнитель: отдел информатизации")
    d.save(tmp_path / "p.docx")
    recs = extract_roadmap(docx_reader.read(tmp_path / "p.docx"))
    assert [(r["activity"], r["responsible_raw"]) for r in recs] == [
        ("Запустить чат-бот записи", "отдел информатизации"), ("Подключить оценку по QR-коду", "отдел информатизации")]
