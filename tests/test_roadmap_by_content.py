"""Roadmaps read by what their cells say where the header does not say it: a term or a responsible column
headed in words no vocabulary knows («Куратор», «Контрольная точка»), a grid of quarters with no heading
over it, a term written in the activity's own cell, a group row's period over measures with no term, the
plan's year in its title for terms written without one — and tables that are no plan (a schedule of
payments, a table of indicators, a staff list) left alone.  Each form is written here, in text and in
Word; each expectation is what the plan says."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from docx import Document as new_docx

from pipeline.run.process import process_path

ORDER = """МИНИСТЕРСТВО ТРУДА И СОЦИАЛЬНОЙ ЗАЩИТЫ ОБЛАСТИ
ПРИКАЗ
от 14.02.2025 № 77
Об утверждении плана мероприятий по внедрению клиентоцентричного подхода

Утвердить прилагаемый план мероприятий («дорожную карту») по внедрению клиентоцентричности.

Министр  А.А. Орлов

Приложение к приказу от 14.02.2025 № 77
"""
TITLE = "План мероприятий («дорожная карта») по внедрению клиентоцентричности"
SURVEY = "Провести анкетирование посетителей приёмной"
LEAFLET = "Обновить памятку для заявителей о порядке приёма"
TRAINING = "Обучить специалистов клиентской службы стандартам общения"


def _write(path: Path, title: str, rows: list[list[str]], fmt: str) -> Path:
    """The order with the plan's title and its table, as converted text (a row a line, cells by tabs)
    or as a Word file (the order's lines as paragraphs, then the table)."""
    if fmt == "txt":
        path = path.with_suffix(".txt")
        path.write_text(ORDER + "\n" + title + "\n\n" + "\n".join("\t".join(r) for r in rows) + "\n", encoding="utf-8")
        return path
    path = path.with_suffix(".docx")
    d = new_docx()
    for line in (ORDER + title).split("\n"):
        if line.strip():
            d.add_paragraph(line)
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    for r, cells in enumerate(rows):
        for k, text in enumerate(cells):
            t.cell(r, k).text = text
    d.save(path)
    return path


def _plan(tmp_path, rows, fmt, title=TITLE):
    result = process_path(_write(tmp_path / "plan", title, rows, fmt))
    return result, [(r["item_no"], r["deadline"], r["responsible_raw"]) for r in result.roadmap]


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_responsible_column_headed_in_unknown_words(tmp_path, fmt):
    """«Куратор» is no heading the vocabulary knows; its cells name people and posts: the responsible one."""
    rows = [["№ п/п", "Наименование мероприятия", "Срок исполнения", "Куратор"],
            ["1.", SURVEY, "до 01.04.2025", "Кузнецова Т.В., начальник отдела обращений"],
            ["2.", LEAFLET, "II квартал 2025 г.", "Морозов Д.С."],
            ["3.", TRAINING, "сентябрь 2025 г.", "заместитель министра Егорова Н.П."]]
    result, got = _plan(tmp_path, rows, fmt)
    assert got == [("1", date(2025, 4, 1), "Кузнецова Т.В., начальник отдела обращений"),
                   ("2", date(2025, 6, 30), "Морозов Д.С."),
                   ("3", date(2025, 9, 30), "заместитель министра Егорова Н.П.")]
    assert [r["responsible_names"] for r in result.roadmap] == [["Кузнецова Т.В."], ["Морозов Д.С."], ["Егорова Н.П."]]


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_term_column_headed_in_unknown_words(tmp_path, fmt):
    """«Контрольная точка» over dates is the term, whatever its heading says; a status column beside it is
    nobody's term or responsible one, and shifts nothing."""
    rows = [["№", "Мероприятие", "Контрольная точка", "Ответственный", "Статус"],
            ["1", SURVEY, "01.04.2025", "Отдел обращений граждан", "выполнено"],
            ["2", LEAFLET, "30.06.2025", "Отдел социальных выплат", "в работе"],
            ["3", TRAINING, "15.09.2025", "Отдел кадров", "не начато"]]
    _, got = _plan(tmp_path, rows, fmt)
    assert got == [("1", date(2025, 4, 1), "Отдел обращений граждан"), ("2", date(2025, 6, 30), "Отдел социальных выплат"),
                   ("3", date(2025, 9, 15), "Отдел кадров")]


def test_start_and_end_under_unknown_words(tmp_path):
    """«Старт» | «Финиш» over dates: a period's start, then its end — the item is due at the end."""
    rows = [["№", "Мероприятие", "Старт", "Финиш", "Ответственный"],
            ["1", SURVEY, "01.02.2025", "01.04.2025", "Отдел обращений граждан"],
            ["2", LEAFLET, "01.03.2025", "30.06.2025", "Отдел социальных выплат"],
            ["3", TRAINING, "01.06.2025", "15.09.2025", "Отдел кадров"]]
    _, got = _plan(tmp_path, rows, "txt")
    assert got == [("1", date(2025, 4, 1), "Отдел обращений граждан"), ("2", date(2025, 6, 30), "Отдел социальных выплат"),
                   ("3", date(2025, 9, 15), "Отдел кадров")]


def test_notes_naming_dates_are_no_term(tmp_path):
    """A plan with no term column and a notes column («Примечание») whose notes name dates: the notes are
    no term (a note says when something was done, not when it is due)."""
    rows = [["№", "Мероприятие", "Ответственный", "Примечание"],
            ["1", SURVEY, "Отдел обращений граждан", "исполнено 12.03.2025"],
            ["2", LEAFLET, "Отдел социальных выплат", "перенесено на 01.07.2025"],
            ["3", TRAINING, "Отдел кадров", "письмо от 20.01.2025"]]
    _, got = _plan(tmp_path, rows, "txt")
    assert [d for _, d, _ in got] == [None, None, None]
    assert [r for _, _, r in got] == ["Отдел обращений граждан", "Отдел социальных выплат", "Отдел кадров"]


def test_documents_bodies_issue_are_no_responsible(tmp_path):
    """A results column under a heading no vocabulary knows («Итог») names documents and the bodies issuing
    them («Приказ министерства», «Отчёт в Правительство области»): no responsible one."""
    rows = [["№", "Мероприятие", "Срок", "Итог"],
            ["1", SURVEY, "01.04.2025", "Отчёт в Правительство области"],
            ["2", LEAFLET, "30.06.2025", "Приказ министерства"],
            ["3", TRAINING, "15.09.2025", "Распоряжение министерства"]]
    _, got = _plan(tmp_path, rows, "txt")
    assert got == [("1", date(2025, 4, 1), None), ("2", date(2025, 6, 30), None), ("3", date(2025, 9, 15), None)]


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_term_written_in_the_activity(tmp_path, fmt):
    """No term column: the activity's own words state the term («до …», «в срок до …», a bracket closing
    it); a year the activity is about («отчёт за 2024 год») is no term."""
    rows = [["№ п/п", "Мероприятие", "Ответственный исполнитель"],
            ["1.", SURVEY + " до 01.04.2025", "Отдел обращений граждан"],
            ["2.", LEAFLET + " в срок до 30 июня 2025 года", "Отдел социальных выплат"],
            ["3.", TRAINING + " (III квартал 2025 г.)", "Отдел кадров"],
            ["4.", "Подготовить отчёт о работе с обращениями за 2024 год", "Отдел обращений граждан"]]
    result, got = _plan(tmp_path, rows, fmt)
    assert [d for _, d, _ in got] == [date(2025, 4, 1), date(2025, 6, 30), date(2025, 9, 30), None]
    assert result.roadmap[0]["deadline_raw"] == "до 01.04.2025"
    assert result.roadmap[0]["activity"] == SURVEY + " до 01.04.2025"      # the activity as written


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_group_rows_give_their_period_to_measures_without_a_term(tmp_path, fmt):
    """«I полугодие 2025 года» across the rows heads the measures below: a measure stating no term is due
    when its group's period ends; one stating its own keeps it, «постоянно» stays open-ended."""
    rows = [["№", "Мероприятие", "Срок", "Ответственный"],
            ["", "I полугодие 2025 года", "", ""],
            ["1.", SURVEY, "", "Отдел обращений граждан"],
            ["2.", LEAFLET, "до 15 мая", "Отдел социальных выплат"],
            ["", "II полугодие 2025 года", "", ""],
            ["3.", TRAINING, "", "Отдел кадров"],
            ["4.", "Проводить мониторинг отзывов заявителей", "постоянно", "Отдел обращений граждан"]]
    result, got = _plan(tmp_path, rows, fmt)
    assert [d for _, d, _ in got] == [date(2025, 6, 30), date(2025, 5, 15), date(2025, 12, 31), None]
    assert result.roadmap[3]["deadline_raw"] == "постоянно"


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_quarter_grid_with_no_heading_over_it_and_the_year_in_the_title(tmp_path, fmt):
    """A column per quarter, marked where the measure runs, no «Срок» over them; the year only in the
    plan's title: due when the last marked quarter of that year ends."""
    rows = [["№", "Мероприятие", "Ответственный", "I кв.", "II кв.", "III кв.", "IV кв."],
            ["1.", SURVEY, "Отдел обращений граждан", "+", "", "", ""],
            ["2.", LEAFLET, "Отдел социальных выплат", "", "+", "+", ""],
            ["3.", TRAINING, "Отдел кадров", "", "", "", "+"]]
    _, got = _plan(tmp_path, rows, fmt, TITLE + " на 2025 год")
    assert got == [("1", date(2025, 3, 31), "Отдел обращений граждан"), ("2", date(2025, 9, 30), "Отдел социальных выплат"),
                   ("3", date(2025, 12, 31), "Отдел кадров")]


def test_quarter_grid_under_a_numbers_row_and_a_header_printed_again(tmp_path):
    """The same grid with the «1 2 3 …» row under its header and the header printed again at a page break:
    neither is a cell of the quarter columns, which hold marks only."""
    head = ["№", "Мероприятие", "Ответственный", "I кв.", "II кв.", "III кв.", "IV кв."]
    rows = [head, ["1", "2", "3", "4", "5", "6", "7"], ["1.", SURVEY, "Отдел обращений граждан", "+", "", "", ""], head,
            ["2.", LEAFLET, "Отдел социальных выплат", "", "+", "+", ""], ["3.", TRAINING, "Отдел кадров", "", "", "", "+"]]
    _, got = _plan(tmp_path, rows, "txt", TITLE + " на 2025 год")
    assert [d for _, d, _ in got] == [date(2025, 3, 31), date(2025, 9, 30), date(2025, 12, 31)]


def test_title_year_reads_terms_written_without_one(tmp_path):
    """«План … на 2026 год»: «март», «II квартал», «до 1 октября» are that year's."""
    rows = [["№", "Мероприятие", "Срок", "Ответственный"],
            ["1.", SURVEY, "март", "Отдел обращений граждан"],
            ["2.", LEAFLET, "II квартал", "Отдел социальных выплат"],
            ["3.", TRAINING, "до 1 октября", "Отдел кадров"]]
    _, got = _plan(tmp_path, rows, "txt", TITLE + " на 2026 год")
    assert [d for _, d, _ in got] == [date(2026, 3, 31), date(2026, 6, 30), date(2026, 10, 1)]
    _, about = _plan(tmp_path, rows, "txt", TITLE + " по итогам анализа обращений за 2024 год")
    assert [d for _, d, _ in about] == [None, None, None]         # a year the title is about is no plan's year


def test_headerless_plan_of_three_rows_under_unknown_labels(tmp_path):
    """«№ | Содержание работы | Период | Исполнители»: no heading the vocabulary knows whole; three measures
    (the number sign over the numbers counts for no cell of the column)."""
    rows = [["№", "Содержание работы", "Период", "Исполнители"],
            ["1.", SURVEY, "март 2025 г.", "Отдел обращений граждан"],
            ["2.", LEAFLET, "апрель – июнь 2025 г.", "Отдел социальных выплат"],
            ["3.", TRAINING, "2025 год", "Отдел кадров"]]
    _, got = _plan(tmp_path, rows, "txt")
    assert got == [("1", date(2025, 3, 31), "Отдел обращений граждан"), ("2", date(2025, 6, 30), "Отдел социальных выплат"),
                   ("3", date(2025, 12, 31), "Отдел кадров")]


NOT_PLANS = {
    "payments": [["№", "Наименование платежа", "Дата", "Сумма, руб."],
                 ["1.", "Оплата услуг связи за январь", "25.01.2025", "12 500,00"],
                 ["2.", "Оплата аренды помещения за первый квартал", "31.03.2025", "150 000,00"],
                 ["3.", "Оплата коммунальных услуг за февраль", "25.02.2025", "34 200,00"]],
    "indicators": [["№", "Наименование показателя", "Единица измерения", "2025 год", "2026 год", "Ответственный"],
                   ["1.", "Доля граждан, удовлетворённых качеством услуг", "процент", "85", "90", "Отдел обращений граждан"],
                   ["2.", "Среднее время ожидания в очереди", "минута", "15", "10", "Отдел социальных выплат"],
                   ["3.", "Количество обращений через портал", "единица", "1200", "1500", "Отдел кадров"]],
    "staff": [["№", "Фамилия, имя, отчество", "Должность", "Подразделение"],
              ["1.", "Кузнецова Татьяна Викторовна", "начальник отдела", "Отдел обращений граждан"],
              ["2.", "Морозов Дмитрий Сергеевич", "главный специалист", "Отдел социальных выплат"],
              ["3.", "Егорова Наталья Петровна", "консультант", "Отдел кадров"]],
}


@pytest.mark.parametrize("fmt", ["txt", "docx"])
@pytest.mark.parametrize("name", sorted(NOT_PLANS))
def test_tables_that_are_no_plan(tmp_path, name, fmt):
    """A schedule of payments (dates beside amounts), a table of indicators (target values, a responsible
    one, no term) and a staff list, under an order that does approve a plan: none of them is its plan."""
    result, got = _plan(tmp_path, NOT_PLANS[name], fmt, "Приложение 2")
    assert got == []


PARTED = [["1.", SURVEY, "I", "2025", "Отдел обращений граждан"],
          ["2.", LEAFLET, "III", "2025", "Отдел социальных выплат"],
          ["3.", TRAINING, "II", "2026", "Отдел кадров"]]
WANT_PARTED = [("1", date(2025, 3, 31), "Отдел обращений граждан"), ("2", date(2025, 9, 30), "Отдел социальных выплат"),
               ("3", date(2026, 6, 30), "Отдел кадров")]


def test_term_written_in_parts_text(tmp_path):
    """«Срок исполнения» over «квартал» | «год»: «III» and «2025» are the third quarter of 2025, not the year."""
    rows = [["№", "Мероприятие", "Срок исполнения", "", "Ответственный"], ["", "", "квартал", "год", ""], *PARTED]
    assert _plan(tmp_path, rows, "txt")[1] == WANT_PARTED


def test_term_written_in_parts_word(tmp_path):
    """The same in Word, the term's heading spanning its two sub-columns, the others merged down."""
    d = new_docx()
    for line in (ORDER + TITLE).split("\n"):
        if line.strip():
            d.add_paragraph(line)
    t = d.add_table(rows=2 + len(PARTED), cols=5)
    for k, text in ((0, "№"), (1, "Мероприятие"), (4, "Ответственный")):
        t.cell(0, k).merge(t.cell(1, k)).text = text
    t.cell(0, 2).merge(t.cell(0, 3)).text = "Срок исполнения"
    t.cell(1, 2).text, t.cell(1, 3).text = "квартал", "год"
    for r, cells in enumerate(PARTED, 2):
        for k, text in enumerate(cells):
            t.cell(r, k).text = text
    d.save(tmp_path / "parted.docx")
    result = process_path(tmp_path / "parted.docx")
    assert [(r["item_no"], r["deadline"], r["responsible_raw"]) for r in result.roadmap] == WANT_PARTED


def test_a_table_per_quarter_under_its_line(tmp_path):
    """A table per quarter, each under a plain line naming the quarter (the third one continuing without
    its header): its measures, stating no term, are due when their quarter ends."""
    head = ["№", "Мероприятие", "Ответственный"]
    parts = [("I квартал 2025 года", [head, ["1.", SURVEY, "Отдел обращений граждан"], ["2.", LEAFLET, "Отдел социальных выплат"]]),
             ("II квартал 2025 года", [head, ["3.", TRAINING, "Отдел кадров"]]),
             ("III квартал 2025 года", [["4.", "Проверить работу электронной очереди", "Отдел информатизации"]])]
    text = ORDER + "\n" + TITLE + "\n\n" + "\n".join(line + "\n\n" + "\n".join("\t".join(r) for r in rows) + "\n"
                                               for line, rows in parts)
    (tmp_path / "quarters.txt").write_text(text, encoding="utf-8")
    got = [(r["item_no"], r["deadline"]) for r in process_path(tmp_path / "quarters.txt").roadmap]
    assert got == [("1", date(2025, 3, 31)), ("2", date(2025, 3, 31)), ("3", date(2025, 6, 30)), ("4", date(2025, 9, 30))]


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_an_unnumbered_plan_is_read_in_its_order(tmp_path, fmt):
    """«Мероприятие | Срок | Ответственный» and no numbers anywhere: each measure is an item, numbered by its
    place; the rows «2025 год», «2026 год» (the activity's cell alone, no capital) head the measures below
    and give their terms written without a year their year."""
    rows = [["Мероприятие", "Срок", "Ответственный"], ["2025 год", "", ""],
            [SURVEY, "март", "Отдел обращений граждан"], [LEAFLET, "до 1 июня", "Отдел социальных выплат"],
            ["2026 год", "", ""], [TRAINING, "II квартал", "Отдел кадров"]]
    _, got = _plan(tmp_path, rows, fmt)
    assert got == [("1", date(2025, 3, 31), "Отдел обращений граждан"), ("2", date(2025, 6, 1), "Отдел социальных выплат"),
                   ("3", date(2026, 6, 30), "Отдел кадров")]


def test_a_year_row_in_the_activity_column_of_a_numbered_plan(tmp_path):
    """«2025 год» written in the activity's column of a numbered plan heads the measures under it."""
    rows = [["№", "Мероприятие", "Срок", "Ответственный"], ["", "2025 год", "", ""],
            ["1.", SURVEY, "март", "Отдел обращений граждан"], ["", "2026 год", "", ""], ["2.", LEAFLET, "май", "Отдел кадров"]]
    _, got = _plan(tmp_path, rows, "txt")
    assert [d for _, d, _ in got] == [date(2025, 3, 31), date(2026, 5, 31)]


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_terms_written_in_the_responsible_column(tmp_path, fmt):
    """No term column; «Исполнитель» holds the body and the term together: the term is read out of it and
    the responsible one is the rest."""
    rows = [["№", "Мероприятие", "Исполнитель"],
            ["1.", SURVEY, "Отдел обращений граждан, до 01.04.2025"],
            ["2.", LEAFLET, "Отдел социальных выплат – II квартал 2025 г."],
            ["3.", TRAINING, "Морозов Д.С., начальник отдела кадров, май 2025 г."]]
    result, got = _plan(tmp_path, rows, fmt)
    assert [d for _, d, _ in got] == [date(2025, 4, 1), date(2025, 6, 30), date(2025, 5, 31)]
    assert got[0][2] == "Отдел обращений граждан" and result.roadmap[2]["responsible_names"] == ["Морозов Д.С."]


@pytest.mark.parametrize("fmt", ["txt", "docx"])
@pytest.mark.parametrize("heading, cells", [
    ("Основание", ["приказ от 01.02.2024 № 5", "постановление от 15.03.2024 № 12", "распоряжение от 20.05.2024 № 7"]),
    ("Итог", ["Отчёт за 2024 год", "Справка за I квартал 2025 г.", "Доклад за 2024 год"])])
def test_dated_documents_are_no_term_column(tmp_path, fmt, heading, cells):
    """A column of acts a measure rests on, or of the documents it ends in, names dates — the documents'
    own: no term of the plan, which states none here."""
    rows = [["№", "Мероприятие", "Ответственный", heading],
            ["1", SURVEY, "Отдел обращений граждан", cells[0]],
            ["2", LEAFLET, "Отдел социальных выплат", cells[1]],
            ["3", TRAINING, "Отдел кадров", cells[2]]]
    _, got = _plan(tmp_path, rows, fmt)
    assert got == [("1", None, "Отдел обращений граждан"), ("2", None, "Отдел социальных выплат"),
                   ("3", None, "Отдел кадров")]


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_unknown_header_with_terms_inside_the_activities(tmp_path, fmt):
    """A header in words no vocabulary knows («Пп» | «Что сделать» | «Итог работы»), no term or responsible column:
    under a plan's title, activities that state their own terms, beside a column of results, are the plan — read by
    content, not failed; each term is the activity's own."""
    rows = [["Пп", "Что сделать", "Итог работы"],
            ["1", SURVEY + " (срок – II кв. 2025)", "Аналитическая справка"],
            ["2", LEAFLET + ". Срок исполнения – до 01.09.2025.", "Памятка"],
            ["3", TRAINING + " (срок: не позднее ноября 2025 г.)", "Протокол обучения"]]
    result, got = _plan(tmp_path, rows, fmt)
    assert result.document["status"] != "failed"
    assert [(no, d) for no, d, _ in got] == [("1", date(2025, 6, 30)), ("2", date(2025, 9, 1)), ("3", date(2025, 11, 30))]
