"""Touchpoint lists written as paragraphs (parsers/extract/records.py): records, hierarchy,
provenance, and no records in a procedure that only names the list's fields.

Goldens were written by reading the fixtures in tests/data/paragraph_lists/ (README there)."""
from __future__ import annotations

from pathlib import Path

from parsers.document import Document, Paragraph, Source
from parsers.extract.record_lines import label_field, read_line, split_point, split_type
from parsers.extract.records import paragraph_records
from parsers.extract.touchpoints import extract_touchpoints
from parsers.formats.text import read as read_text

DATA = Path(__file__).parent / "data" / "paragraph_lists"


def _records(name: str) -> list[dict]:
    recs, _ = extract_touchpoints(read_text(DATA / name))
    return recs


def _row(r: dict) -> tuple:
    return (r["group_no"], r["direction_raw"], r["process"], r["touchpoint_raw"], r["point_type_raw"],
            r["interaction_raw"])


def test_labels_are_read_by_the_table_headers_vocabulary():
    assert label_field("Точка взаимодействия") == "touchpoint"
    assert label_field("Потребности клиента") == "interaction"
    assert label_field("Тип точки взаимодействия") == "point_type"
    assert label_field("Наименование процесса") == "process"
    assert label_field("Направление деятельности") == "direction"
    assert label_field("Канал коммуникации") == "touchpoint"
    assert label_field("Перечень содержит следующие сведения") is None
    assert label_field("Контроль за исполнением") is None
    line = read_line("1.1.1. Официальный сайт – цифровая точка взаимодействия; потребности: узнать порядок")
    assert line.number.label == "1.1.1" and line.depth == 3
    assert line.lead == "Официальный сайт – цифровая точка взаимодействия"
    assert line.fields == [("interaction", "потребности", "узнать порядок")]
    # a PDF paragraph joins two lines: the second label starts with a capital inside it
    joined = read_line("Точка взаимодействия: МФЦ (офлайн) Потребности клиента: подача заявления")
    assert [(f, v) for f, _, v in joined.fields] == [("touchpoint", "МФЦ (офлайн)"), ("interaction", "подача заявления")]
    # a spaced dash closes a label at a segment's start, never inside a value
    dashed = read_line("Точка взаимодействия – МФЦ – офлайн точка; Потребности клиента – подача заявления")
    assert [(f, v) for f, _, v in dashed.fields] == [("touchpoint", "МФЦ – офлайн точка"),
                                                    ("interaction", "подача заявления")]


def test_a_label_whose_noun_reads_first_as_a_verb_is_still_a_label():
    """«Суть взаимодействия»: «суть» parses first as a form of «быть», yet is a noun a third of the time — a
    label; a clause opening with a verb that only rarely is a noun («Подать заявление: …») is none."""
    assert label_field("Суть взаимодействия") == "interaction"
    assert label_field("Подать заявление") is None
    line = read_line("Точка взаимодействия: Портал госуслуг; Суть взаимодействия: подача заявления")
    assert [(f, v) for f, _, v in line.fields] == [("touchpoint", "Портал госуслуг"), ("interaction", "подача заявления")]


def test_a_point_and_the_type_written_after_it():
    assert split_type("Единый портал государственных услуг (цифровая)") == ("Единый портал государственных услуг",
                                                                          "цифровая")
    assert split_type("Приемная министерства – офлайн точка") == ("Приемная министерства", "офлайн точка")
    assert split_type("Прием в комитете, кабинет 12") == ("Прием в комитете, кабинет 12", None)
    assert split_type("Отдел – приемная (3 этаж)") == ("Отдел – приемная (3 этаж)", None)
    # the needs may follow the type; a type word inside a name is no type
    assert split_point("Региональный портал (цифровая точка): подать заявление, узнать статус") == (
        "Региональный портал", "цифровая точка", "подать заявление, узнать статус")
    assert split_point("Приемная – офлайн – записаться на прием") == ("Приемная", "офлайн", "записаться на прием")
    assert split_point("Портал (цифровая платформа) Госуслуги")[1] is None
    # a dash inside the name stays as written; a field's word in a name before a dash is no label
    assert split_point("Сообщество «Рыбаки — официально» – цифровая точка") == (
        "Сообщество «Рыбаки — официально»", "цифровая точка", "")
    assert read_line("2.1. Личное взаимодействие – офлайн точка; потребности: подать жалобу").lead == \
        "Личное взаимодействие – офлайн точка"


def test_labelled_records_under_numbered_directions_and_processes():
    recs = _records("labelled.txt")
    assert [_row(r) for r in recs] == [
        ("1", "Социальная поддержка", "Назначение ежемесячной выплаты на ребенка", "Единый портал государственных услуг",
         "цифровая", "получение информации; подача заявления; получение результата."),
        ("1", "Социальная поддержка", "Назначение ежемесячной выплаты на ребенка", "МФЦ", "офлайн",
         "подача заявления; получение консультации."),
        ("1", "Социальная поддержка", "Выдача удостоверения многодетной семьи", "Приемная министерства",
         "офлайн точка", "подача документов, получение удостоверения."),
        ("2", "Контрольно-надзорная деятельность", "Проведение проверок", "Официальный сайт министерства", "цифровая",
         "получение информации о плане проверок. обжалование решения"),
    ]
    # provenance: the lines of each record, the needs' dashed items included
    assert [r["source_locator"] for r in recs] == ["lines 10–11", "lines 12–13", "lines 15–16", "lines 19–23"]


def test_unlabelled_hierarchy_typed_points_and_lists_under_empty_labels():
    recs = _records("typed.txt")
    assert [_row(r)[:5] for r in recs] == [
        ("I", "Государственные услуги", "Выдача разрешений на добычу охотничьих ресурсов",
         "Официальный сайт министерства", "цифровая точка взаимодействия"),
        ("I", "Государственные услуги", "Выдача разрешений на добычу охотничьих ресурсов",
         "Единый портал государственных услуг", "цифровая точка взаимодействия"),
        ("I", "Государственные услуги", "Выдача разрешений на добычу охотничьих ресурсов", "Отдел приема граждан",
         "офлайн точка взаимодействия"),
        ("I", "Государственные услуги", "Ведение государственного охотхозяйственного реестра", "Телефон горячей линии",
         "цифровая"),
        ("II", "Контроль и надзор", "Федеральный государственный охотничий надзор",
         "личный кабинет на портале госуслуг", "цифровая"),
        ("II", "Контроль и надзор", "Федеральный государственный охотничий надзор", "выездная проверка", "офлайн"),
    ]
    assert recs[0]["interaction_raw"] == "узнать порядок получения разрешения; скачать бланк заявления."
    # both points of the last process share the needs listed under «Потребности клиента:»
    assert recs[4]["interaction_raw"] == recs[5]["interaction_raw"] == \
        "ознакомиться с результатами проверки. обжаловать предписание"


def test_blocks_of_field_lines_with_the_direction_in_each():
    recs = _records("blocks.txt")
    assert [(r["direction_raw"], r["touchpoint_raw"], r["point_type_raw"]) for r in recs] == [
        ("Молодежная политика", "Личный кабинет на платформе «Росмолодежь.Гранты»", "цифровая"),
        ("Молодежная политика", "Телефон отдела грантовой поддержки", "цифровая"),
        ("Патриотическое воспитание", "Прием в комитете, кабинет 12", "офлайн"),
    ]
    assert recs[0]["process"] == recs[1]["process"] == "Предоставление грантов молодежным инициативам"
    assert recs[0]["features_raw"] == "прием заявок в сроки конкурса" and recs[1]["features_raw"] is None
    assert recs[2]["interaction_raw"] == "Записаться на сборы, получить памятку участника."


def test_a_procedure_naming_the_lists_fields_holds_no_list():
    assert _records("procedure_fields.txt") == []


def test_a_lead_in_s_items_are_not_points():
    doc = Document([Paragraph(t, source=Source(line=i)) for i, t in enumerate([
        "1. Общие положения",
        "1.1. Точки взаимодействия подразделяются на:",
        "– официальный сайт (цифровая);",
        "– личный прием (офлайн);",
        "– горячая линия (цифровая).",
    ], 1)], "txt")
    assert paragraph_records(doc) == []


def test_word_paragraphs_are_addressed_by_their_number():
    texts = ["ПЕРЕЧЕНЬ точек взаимодействия", "1. Процесс: Выдача справок",
             "Точка взаимодействия: Сайт (цифровая)", "Потребности клиента: заказать справку",
             "Точка взаимодействия: Приемная (офлайн)", "Потребности клиента: получить справку"]
    recs, _ = extract_touchpoints(Document([Paragraph(t) for t in texts], "docx"))
    assert [(r["process"], r["touchpoint_raw"], r["source_locator"]) for r in recs] == [
        ("Выдача справок", "Сайт", "paragraphs 3–4"), ("Выдача справок", "Приемная", "paragraphs 5–6")]


def _word_list(path: Path) -> Path:
    """labelled.txt's shape as Word writes it: the numbers are Word's own (w:numPr), the needs bullets."""
    from docx import Document as new_docx

    from tests.test_docx_numbering import _list, _para

    d = new_docx()
    _list(d, 11, [("decimal", "%1."), ("decimal", "%1.%2.")])
    _list(d, 12, [("bullet", "\uf0b7")])
    _para(d, "ПЕРЕЧЕНЬ точек взаимодействия с клиентом")
    for text, num, lvl in [("Направление: Социальная поддержка", 11, 0),
                           ("Процесс: Назначение ежемесячной выплаты на ребенка", 11, 1),
                           ("Точка взаимодействия: Единый портал государственных услуг (цифровая)", None, 0),
                           ("Потребности клиента:", None, 0), ("получение информации;", 12, 0),
                           ("подача заявления.", 12, 0),
                           ("Точка взаимодействия: МФЦ (офлайн)", None, 0),
                           ("Потребности клиента: получение консультации.", None, 0),
                           ("Направление: Контрольно-надзорная деятельность", 11, 0),
                           ("Процесс: Проведение проверок", 11, 1),
                           ("Точка взаимодействия: Официальный сайт министерства (цифровая)", None, 0),
                           ("Потребности клиента: получение информации о плане проверок.", None, 0)]:
        _para(d, text, num, lvl)
    d.save(path)
    return path


_WORD_GOLD = [
    ("1", "Социальная поддержка", "Назначение ежемесячной выплаты на ребенка", "Единый портал государственных услуг",
     "цифровая", "получение информации. подача заявления"),
    ("1", "Социальная поддержка", "Назначение ежемесячной выплаты на ребенка", "МФЦ", "офлайн",
     "получение консультации."),
    ("2", "Контрольно-надзорная деятельность", "Проведение проверок", "Официальный сайт министерства", "цифровая",
     "получение информации о плане проверок."),
]


def test_a_word_list_numbered_by_word_itself(tmp_path):
    from parsers.formats import docx

    recs, _ = extract_touchpoints(docx.read(_word_list(tmp_path / "list.docx")))
    assert [_row(r) for r in recs] == _WORD_GOLD
    assert recs[0]["source_locator"] == "paragraphs 4–7"      # the point, its needs' label and two bullets


def test_the_same_list_printed_to_pdf(tmp_path):
    import pytest

    from parsers.formats import pdf
    from tests.fixtures.build import soffice, to_pdf

    if soffice() is None:
        pytest.skip("LibreOffice is not installed: no PDF of the Word list")
    out = to_pdf([_word_list(tmp_path / "list.docx")], tmp_path / "pdf")[0]
    recs, _ = extract_touchpoints(pdf.read(out))
    assert [_row(r)[:5] for r in recs] == [g[:5] for g in _WORD_GOLD]
    assert all(r["source_page"] == 1 and r["source_bbox"] for r in recs)


def test_needs_stated_under_a_process_before_its_points_go_with_each():
    doc = Document([Paragraph(t, source=Source(line=i)) for i, t in enumerate([
        "1. Выдача архивных справок",
        "Потребности клиента: заказать справку; получить готовую справку.",
        "Каналы взаимодействия:",
        "• региональный портал госуслуг (цифровая);",
        "• читальный зал архива (офлайн).",
        "2. Консультирование по вопросам архивного дела",
        "– телефон справочной службы (цифровая);",
        "– приемная директора (офлайн).",
    ], 1)], "txt")
    recs = paragraph_records(doc)
    assert [(r.process, r.touchpoint, r.point_type, r.interactions) for r in recs] == [
        ("Выдача архивных справок", "региональный портал госуслуг", "цифровая",
         ["заказать справку; получить готовую справку."]),
        ("Выдача архивных справок", "читальный зал архива", "офлайн", ["заказать справку; получить готовую справку."]),
        # a new process: the needs above are not its own
        ("Консультирование по вопросам архивного дела", "телефон справочной службы", "цифровая", []),
        ("Консультирование по вопросам архивного дела", "приемная директора", "офлайн", []),
    ]


def test_published_acts_in_converted_text_hold_no_paragraph_list():
    """The real acts of tests/data/real (orders, roadmaps, procedures; their lists are tables)
    give no records: the reader fires on a list's shape, not on order text."""
    acts = sorted((Path(__file__).parent / "data" / "real").rglob("*.txt"))
    assert len(acts) > 50
    fired = [p.name for p in acts if paragraph_records(read_text(p))]
    assert fired == []


def test_numbered_points_with_their_needs_after_the_type():
    doc = Document([Paragraph(t, source=Source(line=i)) for i, t in enumerate([
        "1. Лесные отношения",
        "1.1. Заключение договора купли-продажи лесных насаждений",
        "1.1.1. Региональный портал (цифровая точка): подать заявление, узнать статус",
        "1.1.2. Лесничество – офлайн – получить договор",
    ], 1)], "txt")
    assert [(r.group_no, r.direction, r.process, r.touchpoint, r.point_type, r.interactions)
            for r in paragraph_records(doc)] == [
        ("1", "Лесные отношения", "Заключение договора купли-продажи лесных насаждений", "Региональный портал",
         "цифровая точка", ["подать заявление, узнать статус"]),
        ("1", "Лесные отношения", "Заключение договора купли-продажи лесных насаждений", "Лесничество", "офлайн",
         ["получить договор"])]


def test_a_value_wrapped_onto_the_next_line_continues():
    doc = Document([Paragraph(t, source=Source(line=i)) for i, t in enumerate([
        "1. Процесс: Предоставление субсидии на возмещение затрат",
        "Точка взаимодействия: Государственная информационная система",
        "поддержки агропромышленного комплекса (цифровая)",
        "Потребности клиента: получение информации о порядке предоставления",
        "субсидии; подача заявки.",
        "Точка взаимодействия: Отдел государственной поддержки (офлайн)",
        "Потребности клиента: консультация.",
    ], 1)], "txt")
    recs = paragraph_records(doc)
    assert [(r.touchpoint, r.point_type, r.interactions) for r in recs] == [
        ("Государственная информационная система поддержки агропромышленного комплекса", "цифровая",
         ["получение информации о порядке предоставления субсидии; подача заявки."]),
        ("Отдел государственной поддержки", "офлайн", ["консультация."])]


def test_a_field_and_value_table_per_point(tmp_path):
    """Each point a small two-column table («Поле | значение») under a numbered process paragraph."""
    from docx import Document as new_docx

    from parsers.formats import docx

    d = new_docx()
    d.add_paragraph("1. Выдача охотничьих билетов")
    for rows in ([("Точка взаимодействия", "Единый портал государственных услуг"), ("Тип точки", "цифровая"),
                  ("Потребности клиента", "подать заявление; получить билет")],
                 [("Точка взаимодействия", "Отдел охотничьего надзора"), ("Тип точки", "офлайн"),
                  ("Потребности клиента", "получить консультацию")]):
        table = d.add_table(rows=len(rows), cols=2)
        for r, (label, value) in enumerate(rows):
            table.cell(r, 0).text, table.cell(r, 1).text = label, value
        d.add_paragraph("")
    d.add_paragraph("2. Выдача разрешений на добычу")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Точка взаимодействия", "Личный кабинет (цифровая)"
    table.cell(1, 0).text, table.cell(1, 1).text = "Потребности клиента", "отследить статус"
    d.save(tmp_path / "kv.docx")
    recs, _ = extract_touchpoints(docx.read(tmp_path / "kv.docx"))
    assert [(r["process"], r["touchpoint_raw"], r["point_type_raw"], r["interaction_raw"], r["source_locator"])
            for r in recs] == [
        ("Выдача охотничьих билетов", "Единый портал государственных услуг", "цифровая",
         "подать заявление; получить билет", "table 1, rows 1–3"),
        ("Выдача охотничьих билетов", "Отдел охотничьего надзора", "офлайн", "получить консультацию",
         "table 2, rows 1–3"),
        ("Выдача разрешений на добычу", "Личный кабинет", "цифровая", "отследить статус", "table 3, rows 1–2")]


def test_heading_levels_nest_directions_and_processes():
    doc = Document([Paragraph("Дорожное хозяйство", level=1), Paragraph("Выдача спецразрешений", level=2),
                    Paragraph("Точка взаимодействия: Портал госуслуг (цифровая)"),
                    Paragraph("Потребности клиента: подать заявление"),
                    Paragraph("Согласование примыканий", level=2),
                    Paragraph("Точка взаимодействия: Приемная (офлайн)"),
                    Paragraph("Потребности клиента: получить согласие")], "md")
    assert [(r.direction, r.process, r.touchpoint) for r in paragraph_records(doc)] == [
        ("Дорожное хозяйство", "Выдача спецразрешений", "Портал госуслуг"),
        ("Дорожное хозяйство", "Согласование примыканий", "Приемная")]


def test_a_plural_label_lists_points_a_singular_one_names_one():
    doc = Document([Paragraph(t, source=Source(line=i)) for i, t in enumerate([
        "1. Процесс: Выдача путевок",
        "Точки взаимодействия: Региональный портал (цифровая); Приемная (офлайн)",
        "Потребности клиента: подать заявление",
        "2. Процесс: Консультирование",
        "Точка взаимодействия: МФЦ, адрес: ул. Ленина, 1; режим: ежедневно (офлайн)",
        "Потребности клиента: получить консультацию",
    ], 1)], "txt")
    assert [(r.process, r.touchpoint, r.point_type) for r in paragraph_records(doc)] == [
        ("Выдача путевок", "Региональный портал", "цифровая"), ("Выдача путевок", "Приемная", "офлайн"),
        ("Консультирование", "МФЦ, адрес: ул. Ленина, 1; режим: ежедневно", "офлайн")]


def test_a_gloss_in_parentheses_does_not_hide_a_label(tmp_path):
    """«Процесс (услуга, функция)»: the words in parentheses clarify the label's word, they do
    not dilute it below a label's score; a card a point with no header row, its process labelled,
    under a bold «Точка взаимодействия № n» that keeps the direction above it."""
    assert label_field("Процесс (услуга, функция)") == "process"
    assert label_field("Наименование услуги (функции)") == label_field("Наименование услуги")
    from docx import Document as new_docx

    from parsers.formats import docx

    d = new_docx()
    d.add_paragraph().add_run("Перечень точек взаимодействия по направлению деятельности «Охота и рыболовство»").bold = True
    for n, (process, point, kind) in enumerate((("Выдача охотничьих билетов", "Отдел охотнадзора", "офлайн"),
                                                ("Учёт заявлений на рыбалку", "Портал услуг края", "цифровая")), 1):
        d.add_paragraph().add_run(f"Точка взаимодействия № {n}").bold = True   # a point's number, no level
        table = d.add_table(rows=4, cols=2)
        for r, (label, value) in enumerate((("Процесс (услуга, функция)", process), ("Канал (точка)", point),
                                            ("Вид точки взаимодействия", kind), ("Потребности клиента", "подать заявление"))):
            table.cell(r, 0).text, table.cell(r, 1).text = label, value
    d.save(tmp_path / "cards.docx")
    recs, _ = extract_touchpoints(docx.read(tmp_path / "cards.docx"))
    assert [(r["process"], r["touchpoint_raw"], r["point_type_raw"]) for r in recs] == [
        ("Выдача охотничьих билетов", "Отдел охотнадзора", "офлайн"),
        ("Учёт заявлений на рыбалку", "Портал услуг края", "цифровая")]
    assert {r["direction_raw"] for r in recs} == {"Перечень точек взаимодействия по направлению деятельности "
                                                  "«Охота и рыболовство»"}


def test_a_wrapped_line_opening_with_a_stamp_word_continues():
    # «приложения к нему» / «утвержденного приказом …» cut from the field above open in lower
    # case: a hard wrap, not an appendix's stamp («Приложение 2 к приказу», «УТВЕРЖДЕН …»)
    doc = Document([Paragraph(t, source=Source(line=i)) for i, t in enumerate([
        "1. Процесс: Предоставление субсидии на возмещение затрат",
        "Точка взаимодействия: Отдел государственной поддержки (офлайн)",
        "Потребности клиента: подача заявления и",
        "приложения к нему; получение перечня документов,",
        "утвержденного приказом министерства.",
        "Точка взаимодействия: Государственная информационная система (цифровая)",
        "Потребности клиента: консультация.",
    ], 1)], "txt")
    recs = paragraph_records(doc)
    assert [(r.touchpoint, r.interactions) for r in recs] == [
        ("Отдел государственной поддержки", ["подача заявления и приложения к нему; получение перечня "
                                             "документов, утвержденного приказом министерства."]),
        ("Государственная информационная система", ["консультация."])]


def test_a_line_opening_no_stamp_is_not_lemmatized_whole():
    # the paragraph-list reader asks every line whether it opens a stamp: one whose first word is no
    # stamp word is answered from that word, and fills no entry of the header reader's words cache
    from parsers.extract.header_words import opens_stamp
    from textcore.regions import _cached_words
    assert opens_stamp("Приложение 2 к приказу министерства")
    before = _cached_words.cache_info().currsize
    assert not opens_stamp("Консультирование граждан по вопросам предоставления субсидии 17")
    assert _cached_words.cache_info().currsize == before


def test_a_record_naming_its_process_after_its_point_keeps_its_needs():
    """One paragraph a point, its labels in the list's column order, the process after the point: the
    process heads the point, and the needs after it are that point's (not a next point's, shared)."""
    from parsers.formats.text import parse_text
    text = "\n\n".join([
        "Перечень точек взаимодействия с клиентами",
        "1. Ответственный: Приёмная. Канал взаимодействия: Портал госуслуг. Наименование процесса: Выдача "
        "охотничьего билета. Потребности клиента: подача заявления; получение билета.",
        "2. Ответственный: Отдел кадров. Канал взаимодействия: Приёмная министерства. Наименование процесса: "
        "Приём отчётов. Потребности клиента: консультирование."]) + "\n"
    recs, _ = extract_touchpoints(parse_text(text))
    assert [(r["process"].rstrip("."), r["touchpoint_raw"], r["interaction_raw"].rstrip(".")) for r in recs] == [
        ("Выдача охотничьего билета", "Портал госуслуг", "подача заявления; получение билета"),
        ("Приём отчётов", "Приёмная министерства", "консультирование")]


def test_what_a_record_states_before_its_point_label_is_the_point_s():
    """«1. Тип точки: …. Потребности клиента: …. Канал взаимодействия: …»: the type and the needs written
    before the point's own label in its paragraph are that point's."""
    from parsers.formats.text import parse_text
    text = "\n\n".join([
        "Перечень точек взаимодействия с клиентами",
        "1. Тип точки: цифровая. Потребности клиента: подача заявления. Канал взаимодействия: Портал госуслуг.",
        "2. Тип точки: офлайн. Потребности клиента: консультирование. Канал взаимодействия: Приёмная."]) + "\n"
    recs, _ = extract_touchpoints(parse_text(text))
    assert [(r["touchpoint_raw"], r["point_type_raw"].rstrip("."), r["interaction_raw"].rstrip(".")) for r in recs] \
        == [("Портал госуслуг", "цифровая", "подача заявления"), ("Приёмная", "офлайн", "консультирование")]


def test_a_point_labelled_value_that_is_only_a_kind_is_the_point_s_kind():
    """«Точка контакта: …» and «Форма контакта: офлайн» in one record: both labels are the point's by the
    vocabulary, but a value that is only a kind is the point's kind, not a second point."""
    from parsers.formats.text import parse_text
    text = "\n\n".join([
        "Перечень точек взаимодействия с клиентами",
        "1. Процесс: Выдача охотничьего билета", "Точка контакта: Портал госуслуг", "Форма контакта: цифровая",
        "Потребности клиента: подача заявления",
        "2. Процесс: Приём отчётов", "Точка контакта: Приёмная министерства", "Форма контакта: офлайн",
        "Потребности клиента: консультирование"]) + "\n"
    recs, _ = extract_touchpoints(parse_text(text))
    assert [(r["touchpoint_raw"], r["point_type_raw"]) for r in recs] == [
        ("Портал госуслуг", "цифровая"), ("Приёмная министерства", "офлайн")]


def test_a_point_labelled_channel_whose_name_opens_with_a_kind_s_word_stays_the_point():
    """«Канал взаимодействия: Электронная почта» (or «Интернет-приёмная», «Очный приём») is the point, its name
    opening with a kind's word; only a value saying the kind alone («в электронной форме») is the point's kind."""
    from parsers.formats.text import parse_text
    text = "\n\n".join([
        "Перечень точек взаимодействия с клиентами",
        "1. Процесс: Выдача охотничьего билета", "Канал взаимодействия: Электронная почта", "Тип точки: цифровая",
        "Потребности клиента: подача заявления",
        "2. Процесс: Приём отчётов", "Канал взаимодействия: Интернет-приёмная", "Тип точки: цифровая",
        "Потребности клиента: консультирование",
        "3. Процесс: Приём отчётов", "Канал взаимодействия: Очный приём", "Форма контакта: при личном обращении",
        "Потребности клиента: подача отчёта",
        "4. Процесс: Приём отчётов", "Точка контакта: Портал госуслуг", "Форма контакта: в электронной форме",
        "Потребности клиента: направление отчёта"]) + "\n"
    recs, _ = extract_touchpoints(parse_text(text))
    assert [(r["touchpoint_raw"], r["point_type_raw"], r["interaction_raw"]) for r in recs] == [
        ("Электронная почта", "цифровая", "подача заявления"), ("Интернет-приёмная", "цифровая", "консультирование"),
        ("Очный приём", "при личном обращении", "подача отчёта"),
        ("Портал госуслуг", "в электронной форме", "направление отчёта")]
