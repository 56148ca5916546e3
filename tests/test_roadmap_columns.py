"""Roadmaps in the column sets and term wordings of other regions' plans («дорожная карта по
повышению клиентоцентричности»): a stage column and an indicator with planned values by year,
a co-executors' column beside the responsible one, yearly, quarterly and periodic terms, and
sections numbered in Roman («I. …») over items numbered apart.  Tables composed here, as txt
(tab-separated) and as Word files written with python-docx."""
from __future__ import annotations

from datetime import date

import docx
import pytest

from normalizers.roadmap_codes import code_roadmap
from parsers.extract.roadmap import extract_roadmap
from parsers.formats.docx import read as read_docx
from parsers.formats.text import parse_text


def _txt(*lines: str) -> list[dict]:
    return code_roadmap(extract_roadmap(parse_text("\n".join(lines) + "\n")))


def _docx(tmp_path, rows: list[list[str]], title: str = "План мероприятий («дорожная карта»)") -> list[dict]:
    d = docx.Document()
    d.add_paragraph(title)
    table = d.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    d.save(tmp_path / "plan.docx")
    return code_roadmap(extract_roadmap(read_docx(tmp_path / "plan.docx")))


STAGED = [["№ п/п", "Этап", "Наименование мероприятия", "Срок реализации", "Ответственный исполнитель",
           "Показатель", "Плановое значение"],
          ["1.", "Подготовительный", "Утвердить перечень точек взаимодействия с клиентами", "IV квартал 2025 г.",
           "Орлова А.В., заместитель министра", "Доля точек, включённых в перечень, %", "90 (2025 г.), 100 (2026 г.)"],
          ["2.", "Основной", "Провести опрос удовлетворённости клиентов", "в течение 2025–2026 годов",
           "Козлов Д.Н., начальник отдела", "Число опросов", "2 (2025 г.), 4 (2026 г.)"]]


def _check_staged(rows):
    assert [(r["item_no"], r["activity"]) for r in rows] == [
        ("1", "Утвердить перечень точек взаимодействия с клиентами"), ("2", "Провести опрос удовлетворённости клиентов")]
    assert [r["deadline"] for r in rows] == [date(2025, 12, 31), date(2026, 12, 31)]
    assert [r["responsible_names"] for r in rows] == [["Орлова А.В."], ["Козлов Д.Н."]]
    # the stage, the indicator and its values by year are none of the contract's fields
    for r in rows:
        kept = " ".join(str(r[k]) for k in ("activity", "deadline_raw", "responsible_raw", "deliverable"))
        assert not any(w in kept for w in ("Подготовительный", "Основной", "Доля", "Число", "(2025 г.)"))


def test_stage_and_indicator_columns_are_not_taken_for_activity_term_or_responsible(tmp_path):
    _check_staged(_txt(*("\t".join(r) for r in STAGED)))
    _check_staged(_docx(tmp_path, STAGED))


CO = [["№ п/п", "Наименование мероприятия", "Ответственный исполнитель", "Соисполнители", "Срок исполнения"],
      ["1.", "Утвердить перечень точек взаимодействия", "Орлова А.В., заместитель министра",
       "ГКУ «Центр информационных технологий»", "в течение 2025 года"],
      ["2.", "Провести обучение служащих", "Козлов Д.Н., начальник отдела кадров",
       "Зуева Е.П., консультант отдела", "до конца 2025 года"]]


def test_co_executors_are_never_the_responsible(tmp_path):
    for rows in (_txt(*("\t".join(r) for r in CO)), _docx(tmp_path, CO)):
        assert [r["responsible_raw"] for r in rows] == ["Орлова А.В., заместитель министра",
                                                         "Козлов Д.Н., начальник отдела кадров"]
        assert [r["responsible_names"] for r in rows] == [["Орлова А.В."], ["Козлов Д.Н."]]
        assert [r["deadline"] for r in rows] == [date(2025, 12, 31), date(2025, 12, 31)]


def test_a_co_executors_column_without_a_responsible_one_names_no_responsible():
    # «Соисполнители» is spelled near «исполнитель»: read as the responsible column when no
    # other column named them, it made bodies and co-executors the responsible
    rows = _txt("№ п/п\tМероприятие\tСрок исполнения\tСоисполнители",
                "1.\tУтвердить перечень точек взаимодействия\t2025 год\tГКУ «Центр информационных технологий»",
                "2.\tПровести опрос клиентов\t2026 год\tЗуева Е.П., консультант отдела")
    assert [r["activity"] for r in rows] == ["Утвердить перечень точек взаимодействия", "Провести опрос клиентов"]
    assert [r["responsible_raw"] for r in rows] == [None, None]
    assert [r["responsible_names"] for r in rows] == [[], []]


@pytest.mark.parametrize("term, expected", [
    ("в течение 2025 года", date(2025, 12, 31)),
    ("2025 год", date(2025, 12, 31)),
    ("до конца 2025 года", date(2025, 12, 31)),
    ("в течение 2025–2026 годов", date(2026, 12, 31)),
    ("IV квартал 2025 г.", date(2025, 12, 31)),
    ("ежеквартально", None),
    ("ежемесячно", None),
    ("постоянно", None),
    ("по мере необходимости", None),
    ("ежеквартально, до 10 числа месяца, следующего за отчётным кварталом", None),
])
def test_terms_of_a_year_a_quarter_and_periodic_ones(term, expected):
    rows = _txt("№ п/п\tМероприятие\tСрок\tОтветственный исполнитель",
                f"1.\tАктуализировать перечень точек взаимодействия\t{term}\tОрлова А.В.")
    assert [(r["deadline"], r["deadline_raw"]) for r in rows] == [(expected, term)]


ROMAN = [["№ п/п", "Наименование мероприятия", "Срок исполнения", "Ответственный исполнитель"],
         ["I.", "Предоставление государственных услуг", "", ""],
         ["1.", "Утвердить перечень точек взаимодействия", "2025 год", "Орлова А.В."],
         ["2.", "Провести опрос заявителей", "IV квартал 2025 г.", "Козлов Д.Н."],
         ["II.", "Государственный контроль (надзор)", "", ""],
         ["3.", "Разместить памятку для подконтрольных лиц", "2026 год", "Зуева Е.П."]]


def _check_roman(rows):
    assert [(r["item_no"], r["is_section"], r["activity"]) for r in rows] == [
        ("I", True, "Предоставление государственных услуг"),
        ("1", False, "Утвердить перечень точек взаимодействия"),
        ("2", False, "Провести опрос заявителей"),
        ("II", True, "Государственный контроль (надзор)"),
        ("3", False, "Разместить памятку для подконтрольных лиц")]
    # each section heads the items numbered apart under it
    assert [r["area"] for r in rows] == ["public_services"] * 3 + ["control"] * 2
    assert [r["deadline"] for r in rows] == [None, date(2025, 12, 31), date(2025, 12, 31), None, date(2026, 12, 31)]


def test_roman_section_rows_in_the_number_column(tmp_path):
    _check_roman(_docx(tmp_path, ROMAN))
    _check_roman(_txt(*("\t".join(r) for r in ROMAN)))


def test_roman_numeral_without_its_dot_in_the_number_column():
    rows = [[c.rstrip(".") if c in ("I.", "II.") else c for c in r] for r in ROMAN]
    _check_roman(_txt(*("\t".join(r) for r in rows)))


@pytest.mark.parametrize("word", ["", "Раздел "])
def test_roman_section_lines_between_parts_of_a_converted_table(word):
    # converted text: the heading is a line of its own between two parts of the table
    rows = _txt(*(f"{word}{r[0]} {r[1]}" if r[0] in ("I.", "II.") else "\t".join(r) for r in ROMAN))
    _check_roman(rows)


@pytest.mark.parametrize("numbers", [("1.1.", "2.1."), ("1.", "2.")])
def test_a_labelled_section_line_in_plain_text_heads_the_items_under_it(numbers):
    # «Раздел 2. …» on a line of its own between parts of a converted table: neither bold nor a
    # row of the table, its label says heading
    rows = _txt("№ п/п\tНаименование мероприятия\tСрок исполнения\tОтветственный исполнитель",
                "Раздел 1. Предоставление государственных услуг",
                f"{numbers[0]}\tУтвердить перечень точек взаимодействия\t2025 год\tОрлова А.В.",
                "Раздел 2. Государственный контроль (надзор)",
                f"{numbers[1]}\tРазместить памятку для подконтрольных лиц\t2026 год\tЗуева Е.П.")
    assert [(r["item_no"], r["activity"], r["area"]) for r in rows] == [
        (numbers[0].rstrip("."), "Утвердить перечень точек взаимодействия", "public_services"),
        (numbers[1].rstrip("."), "Разместить памятку для подконтрольных лиц", "control")]


def test_an_undated_item_with_a_responsible_and_a_result_is_no_section_though_items_follow():
    rows = _txt("№\tМероприятие\tСрок\tОтветственный исполнитель\tОжидаемый результат",
                "1.\tКартирование клиентских путей\t—\tГусева Е.Н., главный специалист\tОтчёт",
                "1.1.\tПроведение глубинных интервью\t2025 год\tБаранова Т.Г.\tПротокол",
                "2.\tОбщие мероприятия\t\t\t",
                "2.1.\tНазначить ответственных\tI квартал 2025 г.\tОрлова А.В.\tПриказ")
    assert [(r["item_no"], r["is_section"]) for r in rows] == [("1", False), ("1.1", False), ("2", True), ("2.1", False)]
    assert rows[0]["responsible_names"] == ["Гусева Е.Н."] and rows[0]["deadline"] is None


@pytest.mark.parametrize("second", ["1", "2"])
def test_roman_sections_head_their_numbered_sections_and_scope_their_numbers(second):
    # items under each Roman section may be numbered anew («1.», «1.1.» in I and again in II):
    # each «1.» heads only the items of its own section, and the Roman title stays the outermost
    # heading though an arabic-numbered section comes between it and the items
    rows = _txt("№ п/п\tНаименование мероприятия\tСрок исполнения\tОтветственный исполнитель",
                "I.\tПредоставление государственных услуг\t\t",
                "1.\tОрганизационные меры\t\t",
                "1.1.\tУтвердить перечень точек взаимодействия\t2025 год\tОрлова А.В.",
                "II.\tГосударственный контроль (надзор)\t\t",
                f"{second}.\tОрганизационные меры\t\t",
                f"{second}.1.\tРазместить памятку для подконтрольных лиц\t2026 год\tЗуева Е.П.")
    assert [(r["item_no"], r["is_section"]) for r in rows] == [
        ("I", True), ("1", True), ("1.1", False), ("II", True), (second, True), (f"{second}.1", False)]
    # «Организационные меры» names no area: the Roman section's is passed on
    assert [r["area"] for r in rows] == ["public_services"] * 3 + ["control"] * 3


def test_a_plan_of_thousands_of_rows_is_not_compared_row_with_row(monkeypatch):
    # which rows head others was found by comparing every number with every other one:
    # 5000 rows took seconds; each number's ancestors are looked up once instead
    import parsers.extract.roadmap as rm
    from parsers.provenance import Source
    calls = []
    real = rm.parent_of
    monkeypatch.setattr(rm, "parent_of", lambda no: calls.append(no) or real(no))
    items = []
    for i in range(1, 401):
        items.append(rm._Item(str(i), {"activity": ["Раздел"], "deadline": [""], "responsible": [""],
                                       "deliverable": [""]}, [], Source(row=i)))
        items += [rm._Item(f"{i}.{k}", {"activity": ["Провести опрос"], "deadline": ["2025 год"],
                                        "responsible": ["Орлова А.В."], "deliverable": [""]}, [], Source(row=i))
                  for k in range(1, 5)]
    records = rm._records(items, {})
    assert [r["is_section"] for r in records[:5]] == [True, False, False, False, False]
    assert records[-1]["headings"] == [["Раздел", False]] and records[-1]["parent_no"] == "400"
    assert len(calls) <= 10 * len(items)
