"""A code review's findings on the paragraph-list reader (parsers/extract/records.py,
record_lines.py): long and hostile paragraphs, look-alikes of a list that are none, and the
provenance of a record.  Goldens were written by reading the paragraphs each test builds."""
from __future__ import annotations

from parsers.document import Document, Paragraph, Source
from parsers.extract.record_lines import read_line
from parsers.extract.records import paragraph_records


def _doc(texts: list[str]) -> Document:
    return Document([Paragraph(t, source=Source(line=i)) for i, t in enumerate(texts, 1)], "txt")


def test_a_long_paragraph_of_dashes_and_colons_is_read_whole():
    """Every colon and spaced dash looks back a bounded stretch: a 64 KB paragraph reads its labels."""
    needs = "получение справки - " * 3200                        # 64,000 characters of spaced dashes
    line = read_line(f"Точка взаимодействия: МФЦ (офлайн); Потребности клиента: {needs}")
    assert [(f, v[:17]) for f, _, v in line.fields] == [("touchpoint", "МФЦ (офлайн)"),
                                                        ("interaction", "получение справки")]
    assert len(line.fields[1][2]) == len(needs.strip())
    dashes = read_line("Слово - " * 8000)
    assert dashes.fields == [] and len(dashes.lead) == 8000 * 8 - 1
    colons = read_line("Слово:" * 10000)
    assert colons.fields == [] and colons.lead.count(":") == 10000


def test_a_label_is_a_few_words_before_its_colon():
    # the word before the colon runs 200 characters: no label ends a word that long
    assert read_line("Точка" + "и" * 200 + ": МФЦ").fields == []
    # a segment's first word may open in lower case, however far the segment lies into the line
    far = read_line("Сведения " * 30 + "; потребности клиента: подать заявление")
    assert far.fields == [("interaction", "потребности клиента", "подать заявление")]


def test_a_long_body_paragraph_ends_the_list():
    body = "Настоящий порядок определяет правила ведения перечня - " * 1200
    recs = paragraph_records(_doc([
        "1. Процесс: Выдача справок",
        "Точка взаимодействия: Сайт (цифровая)", "Потребности клиента: заказать справку",
        body,
        "Точка взаимодействия: Приемная (офлайн)", "Потребности клиента: получить справку",
        "Точка взаимодействия: Почта (офлайн)", "Потребности клиента: получить ответ"]))
    # the body text closed the process: the points after it have none
    assert [(r.process, r.touchpoint) for r in recs] == [("Выдача справок", "Сайт"), ("", "Приемная"), ("", "Почта")]


def test_a_roadmaps_events_with_a_format_in_brackets_are_no_points():
    """Numbered events with «(очно)», «(онлайн)» beside them, in a document with no label for
    points or needs and no point-type heading: a roadmap, not a list."""
    assert paragraph_records(_doc([
        "1. Обучение специалистов МФЦ (очно) – 2 квартал 2024 г.",
        "2. Обучение специалистов министерства (очно) – 3 квартал 2024 г.",
        "3. Проведение семинара (онлайн). Срок: март 2024 г.",
        "4. Анкетирование заявителей – онлайн – ежеквартально"])) == []


def test_what_follows_a_type_in_brackets_is_needs_only_after_a_colon():
    recs = paragraph_records(_doc([
        "1. Обучение специалистов МФЦ (очно) – 2 квартал 2024 г.",
        "2. Проведение семинара (онлайн). Срок: март 2024 г.",
        "3. Приемная (офлайн): подать заявление",
        "4. Портал – цифровая: узнать статус",
        "Точка взаимодействия: Почта (офлайн)"]))
    assert [(r.touchpoint, r.point_type, r.interactions) for r in recs] == [
        ("Обучение специалистов МФЦ", "очно", []),
        ("Проведение семинара", "онлайн", []),
        ("Приемная", "офлайн", ["подать заявление"]),
        ("Портал", "цифровая", ["узнать статус"]),
        ("Почта", "офлайн", [])]


def test_a_glossary_defining_point_types_names_no_points():
    assert paragraph_records(_doc([
        "1. Термины и определения",
        "1.1. Точка взаимодействия – место контакта заявителя с министерством.",
        "1.2. Цифровая точка взаимодействия – официальный сайт, ЕПГУ (цифровая).",
        "1.3. Офлайн точка взаимодействия – приемная министерства, МФЦ (офлайн).",
        "Точка взаимодействия: Сайт (цифровая)"])) == []


def test_a_record_names_all_its_paragraphs_and_the_needs_it_shares():
    from parsers.extract.touchpoints import extract_touchpoints

    texts = ["ПЕРЕЧЕНЬ точек взаимодействия", "1. Выдача справок", "Потребности клиента: заказать справку",
             "Точки взаимодействия:", "– Сайт (цифровая);", "– Приемная (офлайн).",
             "2. Консультирование", "Точка взаимодействия: Телефон (цифровая)", "Потребности клиента:",
             "получить ответ;", "записаться на прием."]
    doc = Document([Paragraph(t) for t in texts], "docx")
    recs = paragraph_records(doc)
    # both points of process 1 were listed in paragraphs 4–6 and share the needs of paragraph 3
    assert [(r.touchpoint, r.paragraphs) for r in recs] == [
        ("Сайт", [3, 4, 5, 6]), ("Приемная", [3, 4, 5, 6]), ("Телефон", [8, 9, 10, 11])]
    rows, _ = extract_touchpoints(doc)
    assert [r["source_locator"] for r in rows] == ["paragraphs 3–6", "paragraphs 3–6", "paragraphs 8–11"]
    # converted text: the shared needs' line goes with the points' lines
    lined = paragraph_records(_doc(texts))
    assert [sorted(s.line for s in r.sources) for r in lined] == [[3, 4, 5, 6], [3, 4, 5, 6], [8, 9, 10, 11]]


def test_the_workbench_shows_a_records_first_paragraph():
    from pipeline.analyst.workbench.data import where

    assert where({"source_locator": "paragraphs 4–7"}, "docx")["paragraph"] == 4
    assert where({"source_locator": "paragraph 9"}, "docx")["paragraph"] == 9
