"""A roadmap column giving the term and the responsible one in one cell (parsers/extract/
roadmap_term.py finds the column by its heading; normalizers/term_cell.py splits the cell).

Cells composed in the forms plans print them: «Срок исполнения, ответственный исполнитель» over
«до 01.04.2025, отдел …», a term and a name on two lines of the cell, a term after the body, an
open-ended or a relative term, «х».  Goldens written by reading the cells."""
from __future__ import annotations

from datetime import date

import pytest
from docx import Document as WordDocument

from normalizers.roadmap_codes import code_roadmap
from normalizers.term_cell import split_term
from parsers.document import Cell, Document, Row, Source, Table
from parsers.extract.roadmap import extract_roadmap
from parsers.formats import read_document
from parsers.formats.text import parse_text


@pytest.mark.parametrize("cell, term, rest", [
    ("до 01.04.2025, отдел кадров", "до 01.04.2025", "отдел кадров"),
    ("31.12.25 г. Министр — Иванов И.И.", "31.12.25 г.", "Министр — Иванов И.И."),
    ("I квартал 2026 года\nПетрова А.А., консультант", "I квартал 2026 года", "Петрова А.А., консультант"),
    ("2025–2026 годы, Сидоров П.П. – референт", "2025–2026 годы", "Сидоров П.П. – референт"),
    ("с 01.02.2025 по 30.06.2025; проектный офис", "с 01.02.2025 по 30.06.2025", "проектный офис"),
    # the term after the body; a name's dot stays with the name
    ("Отдел кадров, не позднее 01.07.2025", "не позднее 01.07.2025", "Отдел кадров"),
    ("Иванов И.И., до конца 2025 года", "до конца 2025 года", "Иванов И.И."),
    ("постоянно, Первый заместитель министра Кравцов Д.Е.", "постоянно", "Первый заместитель министра Кравцов Д.Е."),
    ("ежегодно Отдел государственной службы", "ежегодно", "Отдел государственной службы"),
    ("х Проектный офис", "х", "Проектный офис"),
    ("—, Уполномоченный по клиентоцентричности", "—", "Уполномоченный по клиентоцентричности"),
    # a relative term: its clause qualifying the month goes with it, the body after it does not
    ("до 15 числа месяца, следующего за отчётным кварталом, Министр — Иванов И.И.",
     "до 15 числа месяца, следующего за отчётным кварталом", "Министр — Иванов И.И."),
    ("в течение 10 рабочих дней, структурные подразделения", "в течение 10 рабочих дней", "структурные подразделения"),
    # ... and ends where a name or a body begins, though nothing separates them
    ("не позднее 5 дней со дня поступления предложений Петрова А.А. (консультант)",
     "не позднее 5 дней со дня поступления предложений", "Петрова А.А. (консультант)"),
    # a range of periods whole, with the words that open it
    ("III–IV кварталы 2025 г., отдел кадров", "III–IV кварталы 2025 г.", "отдел кадров"),
    ("сентябрь–октябрь 2025 года, Иванов И.И.", "сентябрь–октябрь 2025 года", "Иванов И.И."),
    ("декабрь 2025 г. – январь 2026 г., отдел", "декабрь 2025 г. – январь 2026 г.", "отдел"),
    ("по итогам 2025 года, отдел", "по итогам 2025 года", "отдел"),
    ("Министр до 01.04.2025", "до 01.04.2025", "Министр"),
    # an open-ended term with a start, or with its further parts
    ("1 раз в квартал, начиная с I квартала 2025 г., отдел", "1 раз в квартал, начиная с I квартала 2025 г.", "отдел"),
    ("ежеквартально, до 10 числа месяца, следующего за отчётным, Иванов И.И.",
     "ежеквартально, до 10 числа месяца, следующего за отчётным", "Иванов И.И."),
    ("по мере необходимости, но не реже 1 раза в год, отдел", "по мере необходимости, но не реже 1 раза в год", "отдел"),
    ("после утверждения перечня, отдел кадров", "после утверждения перечня", "отдел кадров"),
    # a term in stages, each with its remark: the whole term (its latest end is the deadline)
    ("до 31 мая 2025 года (первый этап), до 30 ноября 2025 года (второй этап), отдел",
     "до 31 мая 2025 года (первый этап), до 30 ноября 2025 года (второй этап)", "отдел"),
    # a part after the date that goes on with the term; an open-ended term with a start after the body
    ("до 01.07.2025, далее – ежегодно, отдел кадров", "до 01.07.2025, далее – ежегодно", "отдел кадров"),
    ("Иванов И.И., постоянно, начиная с 01.03.2026", "постоянно, начиная с 01.03.2026", "Иванов И.И."),
    # an act's date the body quotes is no term: before the act's number, after «от», inside a number
    ("Комиссия (приказ от 01.02.2024 № 5), до 01.04.2025", "до 01.04.2025", "Комиссия (приказ от 01.02.2024 № 5)"),
    ("ежегодно, отдел кадров (приказ от 01.02.2024 № 5)", "ежегодно", "отдел кадров (приказ от 01.02.2024 № 5)"),
    ("Рабочая группа, созданная приказом от 01.02.2025, до 31.12.2025", "до 31.12.2025",
     "Рабочая группа, созданная приказом от 01.02.2025"),
    ("Комиссия (распоряжение 01.02.2024 г. № 12-р) IV квартал 2025 г.", "IV квартал 2025 г.",
     "Комиссия (распоряжение 01.02.2024 г. № 12-р)"),
    ("Комиссия по приказу № 01.12.25-п, до 01.04.2026", "до 01.04.2026", "Комиссия по приказу № 01.12.25-п"),
    # ... but «от … до …» is a range of the term
    ("от 01.01.2025 до 31.12.2025, отдел", "от 01.01.2025 до 31.12.2025", "отдел"),
    # a term with no date after the body («Ответственный, срок»): open-ended, «х», relative, with its further parts
    ("Отдел кадров, постоянно", "постоянно", "Отдел кадров"),
    ("Иванов И.И. – начальник отдела\nежегодно", "ежегодно", "Иванов И.И. – начальник отдела"),
    ("Комиссия (тел. 8 (3452) 20-20-20); х", "х", "Комиссия (тел. 8 (3452) 20-20-20)"),
    ("Министерство, ГКУ «Центр», по мере необходимости, но не реже 1 раза в год",
     "по мере необходимости, но не реже 1 раза в год", "Министерство, ГКУ «Центр»"),
    ("Отдел кадров, в течение 10 рабочих дней", "в течение 10 рабочих дней", "Отдел кадров"),
    # no term at all: the cell is the responsible one's
    ("Проектный офис, отдел кадров", None, "Проектный офис, отдел кадров"),
    ("Иванов И.И., в том числе сектор учёта", None, "Иванов И.И., в том числе сектор учёта"),
    # a body's word that holds an open-ended term's letters («постоянной», «регулярного») names no term
    ("Председатель постоянной комиссии", None, "Председатель постоянной комиссии"),
    ("Председатель постоянной комиссии, до 01.07.2025", "до 01.07.2025", "Председатель постоянной комиссии"),
    ("Отдел регулярного мониторинга, IV квартал 2025 г.", "IV квартал 2025 г.", "Отдел регулярного мониторинга"),
    ("Отдел кадров, председатель постоянной комиссии", None, "Отдел кадров, председатель постоянной комиссии"),
])
def test_split_term(cell, term, rest):
    assert split_term(cell) == (term, rest)


@pytest.mark.parametrize("cell, term", [
    # a run of spaces between two periods, after a stage's comma, inside a part before the term,
    # and a long word before it: each read once (benchmarks/bench_hostile_inputs.py gives the time)
    ("до 01.01.2025" + " " * 30000 + "x 01.02.2025, отдел", "до 01.01.2025"),
    ("до 01.01.2025, " + " " * 30000 + "1 01.02.2025, отдел", "до 01.01.2025"),
    ("ежегодно a" + " " * 30000 + "b, ежегодно, начиная с 01.02.2025", None),
    ("Отдел, " + "а" * 30000 + "x до 01.02.2025", "до 01.02.2025"),
])
def test_hostile_cells_are_split_in_linear_time(cell, term):
    got = split_term(cell)[0]
    assert got == term if term else got.startswith("ежегодно a") and got.endswith("начиная с 01.02.2025")


def _row(line, *cells):
    return Row([Cell(c) for c in cells], Source(line=line, row=line))


def _coded(doc) -> dict[str, dict]:
    return {r["item_no"]: r for r in code_roadmap(extract_roadmap(doc))}


@pytest.mark.parametrize("heading", ["Срок исполнения, ответственный исполнитель", "Ответственный исполнитель / срок",
                                     "Срок и ответственные"])
def test_a_column_headed_by_both(heading):
    got = _coded(Document([Table([
        _row(1, "№ п/п", "Наименование мероприятия", heading, "Ожидаемый результат"),
        _row(2, "1.", "Утверждение перечня точек взаимодействия", "до 01.04.25, Иванов И.И. – начальник отдела",
             "Приказ"),
        _row(3, "2.", "Проведение опроса клиентов", "Отдел кадров, IV квартал 2025 г.", "Отчёт"),
    ])], "docx"))
    assert (got["1"]["deadline"], got["1"]["deadline_raw"]) == (date(2025, 4, 1), "до 01.04.25")
    assert (got["1"]["responsible_names"], got["1"]["responsible_positions"]) == (["Иванов И.И."], ["начальник отдела"])
    assert (got["2"]["deadline"], got["2"]["responsible_raw"]) == (date(2025, 12, 31), "Отдел кадров")


def test_columns_of_their_own_are_not_split():
    """A responsible cell quoting a date of its own stays whole where the term has its column."""
    got = _coded(Document([Table([
        _row(1, "№", "Мероприятие", "Срок", "Ответственный"),
        _row(2, "1.", "Проведение опроса клиентов", "IV квартал 2025 г.",
             "Рабочая группа, созданная приказом от 01.02.2025"),
    ])], "docx"))
    assert got["1"]["deadline"] == date(2025, 12, 31)
    assert got["1"]["responsible_raw"] == "Рабочая группа, созданная приказом от 01.02.2025"


def test_converted_text_and_word_cell_of_two_lines(tmp_path):
    text = ("План мероприятий («дорожная карта»)\n"
            "№ п/п\tНаименование мероприятия\tСрок исполнения, ответственный исполнитель\tРезультат\n"
            "1.\tФормирование реестра процессов министерства\t30.06.25 г., Петрова А.А., консультант\tРеестр\n"
            "2.\tОпрос клиентов\tпостоянно, проектный офис министерства\tОтчёт\n")
    got = _coded(parse_text(text))
    assert (got["1"]["deadline"], got["1"]["responsible_names"]) == (date(2025, 6, 30), ["Петрова А.А."])
    assert (got["2"]["deadline_raw"], got["2"]["responsible_raw"]) == ("постоянно", "проектный офис министерства")
    d = WordDocument()
    d.add_paragraph("План мероприятий («дорожная карта»)")
    t = d.add_table(rows=2, cols=4)
    for j, h in enumerate(["№ п/п", "Наименование мероприятия", "Срок, ответственный", "Результат"]):
        t.cell(0, j).text = h
    for j, v in enumerate(["1.", "Формирование реестра процессов министерства", "I квартал 2026 г.", "Реестр"]):
        t.cell(1, j).text = v
    t.cell(1, 2).add_paragraph("Сидоров П.П. – референт")
    d.save(tmp_path / "r.docx")
    got = _coded(read_document(tmp_path / "r.docx", "docx"))
    assert (got["1"]["deadline"], got["1"]["deadline_raw"]) == (date(2026, 3, 31), "I квартал 2026 г.")
    assert (got["1"]["responsible_names"], got["1"]["responsible_positions"]) == (["Сидоров П.П."], ["референт"])
