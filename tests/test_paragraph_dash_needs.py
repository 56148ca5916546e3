"""A touchpoint list written as numbered paragraphs, each point on one line with its type in
parentheses and its needs after a dash: «1.1.1. МФЦ (офлайн) – подать заявление; получить
результат.» (no label anywhere).  The dash leads needs only where the document lists points —
the order approves a touchpoint list, or a title names one; a roadmap's «Обучение (очно) –
2 квартал» is no point."""
from __future__ import annotations

from parsers.document import Document, Paragraph, Source
from parsers.extract.record_lines import read_point
from parsers.extract.records import paragraph_records
from parsers.extract.touchpoints import extract_touchpoints

_LIST = [
    "1. Лесные отношения",
    "1.1. Заключение договора аренды лесного участка",
    "1.1.1. Региональный портал государственных услуг (цифровая) – подать заявку на аукцион; узнать итоги.",
    "1.1.2. Отдел лесопользования министерства (офлайн) – получить консультацию по расчёту арендной платы.",
    "2. Охрана животного мира",
    "2.1. Выдача разрешений на добычу охотничьих ресурсов",
    "2.1.1. Телефон «горячей линии» (нецифровая точка) – узнать о сроках охоты.",
]


def _doc(lines: list[str]) -> Document:
    return Document([Paragraph(t, source=Source(line=i)) for i, t in enumerate(lines, 1)], "txt")


def test_a_dash_after_a_type_in_parentheses_is_marked_as_such():
    assert read_point("ЕПГУ (цифровая) – подать заявление; узнать статус.") == (
        "ЕПГУ", "цифровая", "подать заявление; узнать статус", "–")
    assert read_point("МФЦ (офлайн): подать заявление")[3] == ":"
    assert read_point("Приемная – офлайн – записаться на прием")[3] == ""      # needs as before
    assert read_point("Обучение (очно). Срок: март")[2:] == ("", "")


def test_a_titled_list_reads_the_needs_after_the_dash():
    recs = paragraph_records(_doc(["ПЕРЕЧЕНЬ точек взаимодействия с клиентами", *_LIST]))
    assert [(r.group_no, r.direction, r.process, r.touchpoint, r.point_type, r.interactions) for r in recs] == [
        ("1", "Лесные отношения", "Заключение договора аренды лесного участка",
         "Региональный портал государственных услуг", "цифровая", ["подать заявку на аукцион; узнать итоги"]),
        ("1", "Лесные отношения", "Заключение договора аренды лесного участка", "Отдел лесопользования министерства",
         "офлайн", ["получить консультацию по расчёту арендной платы"]),
        ("2", "Охрана животного мира", "Выдача разрешений на добычу охотничьих ресурсов", "Телефон «горячей линии»",
         "нецифровая точка", ["узнать о сроках охоты"])]


def test_an_order_approving_the_list_is_evidence_too():
    lines = ["ПРИКАЗЫВАЮ:", "1. Утвердить прилагаемый перечень точек взаимодействия с клиентами.",
             "Приложение к приказу", *_LIST]
    recs = paragraph_records(_doc(lines))
    assert [r.touchpoint for r in recs][-1] == "Телефон «горячей линии»"
    assert recs[1].interactions == ["получить консультацию по расчёту арендной платы"]


def test_without_a_list_named_the_dash_leads_nothing():
    # a plan of measures in the same shape: «(очно) – 2 квартал» is a format and a term, no point
    plan = ["План мероприятий по повышению квалификации", "1. Обучение сотрудников",
            "1.1. Семинар по клиентоцентричности (очно) – 2 квартал 2025 г.",
            "1.2. Вебинар для специалистов отделов (онлайн) – 3 квартал 2025 г.",
            "1.3. Курс по стандартам обслуживания (очно) – 4 квартал 2025 г."]
    assert paragraph_records(_doc(plan)) == []


def test_the_list_in_word_paragraphs(tmp_path):
    from docx import Document as new_docx

    from parsers.formats import docx

    d = new_docx()
    d.add_paragraph().add_run("Перечень точек взаимодействия министерства с клиентами").bold = True
    for text in _LIST:
        p = d.add_paragraph()
        p.add_run(text).bold = text.count(".") == 1 and text[0].isdigit() and text[2] == " "
    d.save(tmp_path / "list.docx")
    recs, _ = extract_touchpoints(docx.read(tmp_path / "list.docx"))
    assert [(r["direction_raw"], r["touchpoint_raw"], r["point_type_raw"], r["interaction_raw"]) for r in recs] == [
        ("Лесные отношения", "Региональный портал государственных услуг", "цифровая",
         "подать заявку на аукцион; узнать итоги"),
        ("Лесные отношения", "Отдел лесопользования министерства", "офлайн",
         "получить консультацию по расчёту арендной платы"),
        ("Охрана животного мира", "Телефон «горячей линии»", "нецифровая точка", "узнать о сроках охоты")]


def test_a_type_with_parentheses_of_its_own_and_a_long_line_of_needs():
    # «(нецифровая (офлайн) точка)» is one type; a point with many needs runs past a body
    # paragraph's length and is still a point, not the end of the list
    needs = "; ".join(f"получить консультацию по вопросу номер {k} о порядке предоставления субсидии"
                      for k in range(1, 6))
    lines = ["Перечень точек взаимодействия", "1. Поддержка сельского хозяйства",
             "1.1. Предоставление субсидий", f"1.1.1. Приемная министерства (нецифровая (офлайн) точка) – {needs}.",
             "1.1.2. Портал (цифровая платформа) Госуслуги (цифровая точка) – подать заявку."]
    assert len(lines[3]) > 300
    recs = paragraph_records(_doc(lines))
    assert [(r.touchpoint, r.point_type, r.interactions) for r in recs] == [
        ("Приемная министерства", "нецифровая (офлайн) точка", [needs]),
        ("Портал (цифровая платформа) Госуслуги", "цифровая точка", ["подать заявку"])]
