"""Roadmaps written as numbered paragraphs, not a table (parsers/extract/roadmap_paras.py): each
measure «1. …», its term and responsible on labelled lines under it («Срок исполнения: …»,
«Ответственный исполнитель: …», «Ожидаемый результат: …») or in its own paragraph («… Срок: …;
Исполнитель: …»).  Plans composed here, as txt and as Word files written with python-docx."""
from __future__ import annotations

from datetime import date

import docx

from normalizers.roadmap_codes import code_roadmap
from parsers.extract.roadmap import extract_roadmap
from parsers.formats.docx import read as read_docx
from parsers.formats.text import parse_text

ORDER = ["МИНИСТЕРСТВО СОЦИАЛЬНОЙ ЗАЩИТЫ НАСЕЛЕНИЯ",
         "ПРИКАЗ",
         "Об утверждении плана мероприятий по повышению клиентоцентричности",
         "1. Утвердить прилагаемый план мероприятий по повышению клиентоцентричности министерства.",
         "2. Контроль за исполнением приказа возложить на заместителя министра Петрова И.И.",
         "Министр А.А. Сидоров"]
PLAN = ["ПЛАН МЕРОПРИЯТИЙ («дорожная карта») по повышению клиентоцентричности министерства",
        "I. Организационные мероприятия",
        "1. Назначение ответственных за внедрение клиентоцентричности в министерстве",
        "Срок исполнения: до 1 марта 2025 г.",
        "Ответственный исполнитель: начальник отдела кадров Смирнова О.П.",
        "Ожидаемый результат: приказ министерства",
        "2. Утверждение перечня точек взаимодействия с клиентами",
        "Сроки реализации: IV квартал 2025 года",
        "Ответственные: отдел организационной работы",
        "II. Обратная связь",
        "3. Проведение опроса удовлетворённости получателей услуг. Срок: декабрь 2026 г.; "
        "Исполнитель: отдел социальных выплат",
        "Результат: аналитическая справка"]


def _txt(lines: list[str]) -> list[dict]:
    return code_roadmap(extract_roadmap(parse_text("\n\n".join(lines) + "\n")))


def _docx(tmp_path, lines: list[str]) -> list[dict]:
    d = docx.Document()
    for text in lines:
        d.add_paragraph(text)
    d.save(tmp_path / "plan.docx")
    return code_roadmap(extract_roadmap(read_docx(tmp_path / "plan.docx")))


def _check(rows: list[dict]) -> None:
    # the order's own points («1. Утвердить …») are no measures: only the plan's three
    assert [(r["item_no"], r["activity"]) for r in rows] == [
        ("1", "Назначение ответственных за внедрение клиентоцентричности в министерстве"),
        ("2", "Утверждение перечня точек взаимодействия с клиентами"),
        ("3", "Проведение опроса удовлетворённости получателей услуг.")]
    assert [r["deadline"] for r in rows] == [date(2025, 3, 1), date(2025, 12, 31), date(2026, 12, 31)]
    assert [r["responsible_raw"] for r in rows] == [
        "начальник отдела кадров Смирнова О.П.", "отдел организационной работы", "отдел социальных выплат"]
    assert [r["deliverable"] for r in rows] == ["приказ министерства", None, "аналитическая справка"]
    assert not any(r["is_section"] for r in rows)


def test_labelled_paragraphs_in_text(tmp_path):
    _check(_txt(ORDER + PLAN))


def test_labelled_paragraphs_in_word(tmp_path):
    _check(_docx(tmp_path, ORDER + PLAN))


def test_numbered_section_over_labelled_measures():
    rows = _txt(["План-график мероприятий по внедрению стандарта клиентоцентричности",
                 "1. Кадровое обеспечение",
                 "1.1. Обучение сотрудников стандарту клиентоцентричности",
                 "Срок: II квартал 2025 г.",
                 "Исполнитель: отдел кадров",
                 "1.2. Назначение наставников",
                 "Срок: III квартал 2025 г.",
                 "Исполнитель: отдел кадров"])
    assert [(r["item_no"], r["parent_no"], r["is_section"]) for r in rows] == [
        ("1", None, True), ("1.1", "1", False), ("1.2", "1", False)]
    assert [r["deadline"] for r in rows[1:]] == [date(2025, 6, 30), date(2025, 9, 30)]


def test_one_labelled_paragraph_is_no_plan():
    # a single measure with a term: below `min_roadmap_items`, no plan read
    assert _txt(["План мероприятий по повышению клиентоцентричности",
                 "1. Обучение сотрудников", "Срок: 2025 год",
                 "2. Анкетирование клиентов"]) == []


def test_numbered_paragraphs_outside_a_plan_are_not_read():
    # an order's points with labels, no plan titled or approved: a procedure's text, no roadmap
    assert _txt(["Порядок ведения перечня точек взаимодействия",
                 "1. Перечень ведёт отдел цифрового развития.", "Срок: ежегодно",
                 "2. Изменения вносятся приказом.", "Исполнитель: отдел цифрового развития"]) == []


def test_measure_wording_cut_into_two_paragraphs():
    # a typed text breaks the measure's line: the lower-case rest goes on with it, the labels follow
    rows = _txt(["План мероприятий («дорожная карта») по повышению клиентоцентричности",
                 "1. Разработка и утверждение стандарта обслуживания",
                 "заявителей в территориальных отделах",
                 "Срок исполнения: до 30 июня 2025 г.",
                 "Ответственный исполнитель: заместитель министра",
                 "2. Актуализация информации на официальном сайте",
                 "Срок исполнения: ежеквартально, до 31 декабря 2025 г.",
                 "Ответственный исполнитель: пресс-служба",
                 "Министр А.А. Сидоров"])
    assert [r["activity"] for r in rows] == [
        "Разработка и утверждение стандарта обслуживания заявителей в территориальных отделах",
        "Актуализация информации на официальном сайте"]
    assert [r["responsible_raw"] for r in rows] == ["заместитель министра", "пресс-служба"]
    assert rows[0]["deadline"] == date(2025, 6, 30)


QUARTERS = ["ПЛАН МЕРОПРИЯТИЙ («дорожная карта») по повышению клиентоцентричности министерства",
            "1 квартал 2025 года",
            "1. Назначение ответственных за внедрение клиентоцентричности",
            "Срок исполнения: до 1 марта",
            "Ответственный исполнитель: отдел кадров",
            "II квартал 2025 года",
            "2. Утверждение перечня точек взаимодействия",
            "Срок исполнения: июнь",
            "Ответственный исполнитель: отдел организационной работы"]


def test_a_quarter_heading_is_a_group_not_a_measure(tmp_path):
    # «1 квартал 2025 года» opens with a period: its «1» is the quarter's ordinal, and the line gives the
    # year-less terms under it their year (as a row across a roadmap table does)
    for rows in (_txt(QUARTERS), _docx(tmp_path, QUARTERS)):
        assert [(r["item_no"], r["deadline"]) for r in rows] == [("1", date(2025, 3, 1)), ("2", date(2025, 6, 30))]
        assert [r["activity"] for r in rows] == ["Назначение ответственных за внедрение клиентоцентричности",
                                                 "Утверждение перечня точек взаимодействия"]


APART = ["ПЛАН МЕРОПРИЯТИЙ («дорожная карта») по повышению клиентоцентричности министерства",
         "I. Кадровый блок",
         "1. Обучение сотрудников",
         "1.1. Проведение семинаров по клиентоцентричности",
         "Срок исполнения: до 1 марта 2025 г.",
         "Ответственный исполнитель: отдел кадров",
         "II. Обратная связь",
         "1. Проведение опроса заявителей о качестве услуг",
         "Срок исполнения: июнь 2025 г.",
         "Ответственный исполнитель: отдел организационной работы"]


def test_parts_numbered_apart_keep_their_own_sections():
    # part II starts again at «1.»: measure 1.1 of part I sits under part I's «1. Обучение сотрудников»
    recs = extract_roadmap(parse_text("\n\n".join(APART) + "\n"))
    assert [(r["item_no"], r["is_section"], r["headings"]) for r in recs] == [
        ("1", True, [["Кадровый блок", False]]),
        ("1.1", False, [["Кадровый блок", False], ["Обучение сотрудников", False]]),
        ("1", False, [["Обратная связь", False]])]


def test_an_order_approving_a_plan_it_does_not_hold_has_no_measures():
    # the plan is an appendix in another file: the order's own points with terms are no measures of it
    assert _txt(["МИНИСТЕРСТВО СОЦИАЛЬНОЙ ЗАЩИТЫ НАСЕЛЕНИЯ", "ПРИКАЗ",
                 "Об утверждении дорожной карты по повышению клиентоцентричности",
                 "1. Утвердить дорожную карту по повышению клиентоцентричности (приложение).",
                 "2. Отделу кадров организовать обучение сотрудников основам клиентоцентричности.",
                 "Срок: до 1 июля 2025 г.",
                 "3. Отделу информатизации разместить дорожную карту на официальном сайте.",
                 "Срок: в течение 10 рабочих дней.",
                 "Исполнитель: отдел информатизации",
                 "4. Контроль за исполнением приказа оставляю за собой.", "Министр А.А. Сидоров"]) == []


def test_a_file_with_no_plan_is_not_read_line_by_line(monkeypatch):
    # the reader is asked of every file without a roadmap table: one with no plan title costs no line pass
    import parsers.extract.roadmap_paras as paras

    def no_lines(doc):
        raise AssertionError("lines read")
    monkeypatch.setattr(paras, "lines_of", no_lines)
    assert _txt(["Порядок ведения перечня точек взаимодействия", "1. Перечень ведёт отдел.", "Срок: ежегодно"]) == []
