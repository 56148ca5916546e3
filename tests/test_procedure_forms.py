"""Procedure lists in the forms the seeds do not use (parsers/extract/listread.py, procedure.py):
lettered, Latin-lettered, Roman, clause-numbered, dashes, unnumbered lines closed by ";",
inline after a colon with semicolons, after lead-ins worded in many ways.  Texts composed here."""
from __future__ import annotations

import pytest

from parsers.document import Document, Paragraph
from parsers.extract.listread import marker
from parsers.extract.procedure import classify, extract_procedure, holds_procedure
from parsers.formats.text import parse_text

DIRECTIONS = ["предоставление государственных услуг", "предоставление мер социальной поддержки",
              "осуществление регионального государственного контроля (надзора)",
              "рассмотрение обращений граждан", "организация кадровой работы"]


def _items(text):
    return [(r["list_kind"], r["ordinal"], r["text_raw"]) for r in extract_procedure(parse_text(text))]


@pytest.mark.parametrize("numbers", [
    ["а)", "б)", "в)", "г)", "д)"],
    ["a.", "b.", "c.", "d.", "e."],            # Latin letters with a dot
    ["1)", "2)", "3)", "4)", "5)"],
    ["I.", "II.", "III.", "IV.", "V."],
    ["2.1.1.", "2.1.2.", "2.1.3.", "2.1.4.", "2.1.5."],
])
def test_a_numbered_list_of_directions_in_every_numbering(numbers):
    lead = "2.1. Перечень ведется по каждому направлению деятельности Министерства:"
    lines = [lead] + [f"{n} {d};" for n, d in zip(numbers, DIRECTIONS)] + ["2.2. Перечень актуализируется ежегодно."]
    got = _items("\n".join(lines))
    assert got == [("direction", n.rstrip(".)"), d) for n, d in zip(numbers, DIRECTIONS)]


def test_dashes_and_unnumbered_lines_closed_by_semicolons():
    dashes = "К дистанционным каналам взаимодействия относятся:\n– официальный сайт;\n– чат-бот;\n— электронная почта."
    assert [t for _, _, t in _items(dashes)] == ["официальный сайт", "чат-бот", "электронная почта"]
    assert {k for k, _, _ in _items(dashes)} == {"channel_digital"}
    plain = ("Цели обращения клиента:\nполучение информации о ходе рассмотрения заявления;\n"
             "подача жалобы;\nзапись на прием.\nПеречень утверждается приказом.")
    assert _items(plain) == [("need", None, "получение информации о ходе рассмотрения заявления"),
                             ("need", None, "подача жалобы"), ("need", None, "запись на прием")]


def test_inline_list_after_a_colon_keeps_commas_inside_semicolon_items():
    text = ("3. Основными направлениями деятельности Министерства являются: предоставление мер социальной "
            "поддержки, в том числе ежемесячных выплат; осуществление контроля (надзора); рассмотрение "
            "обращений граждан. Перечень утверждается министром.")
    assert _items(text) == [
        ("direction", None, "предоставление мер социальной поддержки, в том числе ежемесячных выплат"),
        ("direction", None, "осуществление контроля (надзора)"),
        ("direction", None, "рассмотрение обращений граждан")]


def test_inline_list_after_a_long_lead_in_and_inline_letters():
    text = ("С учетом осуществляемых функций перечень формируется по следующим направлениям деятельности: "
            "а) предоставление государственных услуг; б) государственный контроль; в) кадровые вопросы.")
    assert _items(text) == [("direction", None, "предоставление государственных услуг"),
                            ("direction", None, "государственный контроль"), ("direction", None, "кадровые вопросы")]


def test_a_heading_ends_a_list_of_unnumbered_lines():
    doc = Document([Paragraph("Очные каналы взаимодействия:"), Paragraph("телефон горячей линии;"),
                    Paragraph("личный прием;"), Paragraph("Порядок актуализации перечня", bold=True),
                    Paragraph("Перечень пересматривается ежегодно.")], format="docx")
    assert [(r["list_kind"], r["text_raw"]) for r in extract_procedure(doc)] == [
        ("channel_offline", "телефон горячей линии"), ("channel_offline", "личный прием")]


@pytest.mark.parametrize("lead_in, kind", [
    ("Перечень ведется по каждому направлению деятельности:", "direction"),
    ("Основными направлениями деятельности Министерства являются:", "direction"),
    ("Министерство осуществляет деятельность по направлениям:", "direction"),
    ("Перечень формируется по следующим видам деятельности:", "direction"),
    ("К цифровым каналам взаимодействия относятся:", "channel_digital"),
    ("Каналы дистанционного взаимодействия:", "channel_digital"),
    ("Традиционные каналы взаимодействия:", "channel_offline"),
    ("Точки очного взаимодействия:", "channel_offline"),
    ("Клиент обращается в министерство с целью:", "need"),
    ("Цели обращения клиента:", "need"),
    ("В рамках каждого направления деятельности указываются:", "column"),
    ("Общие требования к цифровым каналам:", None),
    ("Направление обращения осуществляется следующими способами:", None),
])
def test_lead_ins_worded_in_many_ways(lead_in, kind):
    assert classify(lead_in) == kind


def test_marker_styles_and_what_is_no_item_number():
    assert (marker("IV. Кадры").style, marker("IV. Кадры").ordinal) == ("roman", "IV")
    assert (marker("b. чат-бот").style, marker("b. чат-бот").ordinal) == ("letter", "b")
    assert (marker("2.1) сайт").style, marker("2.1) сайт").ordinal) == ("clause", "2.1")
    assert marker("А. С. Пушкин") is None          # an initial
    assert marker("IT-обеспечение") is None


def test_a_touchpoint_list_is_no_procedure():
    head = "№\tПроцесс\tТочка взаимодействия\tПотребности клиента\tТип точки"
    text = "\n".join(["Перечень точек взаимодействия", head,
                      "1\tВыдача лицензий\tЕПГУ\tПотребности клиента: получение информации, подача заявления\tЦифровая"])
    doc = parse_text(text + "\n")
    assert extract_procedure(doc) == []               # a cell of a data table is no lead-in
    item = {"list_kind": "need", "ordinal": None, "text_raw": "получение информации", "source_row": 1}
    assert not holds_procedure(doc, [item], other_kinds=True)
    assert holds_procedure(doc, [item], other_kinds=False)


def test_the_pipeline_gives_a_touchpoint_list_no_procedure_kind(tmp_path):
    from pipeline.run.process import process_path
    head = "№\tНаправление деятельности\tПроцесс\tТочка взаимодействия\tПотребности клиента\tТип точки"
    path = tmp_path / "list.txt"
    path.write_text("\n".join(["Перечень точек взаимодействия", head,
                               "1\tУслуги\tВыдача лицензий\tЕПГУ\tПолучение информации\tЦифровая",
                               "Цифровые точки: официальный сайт, портал госуслуг."]) + "\n", encoding="utf-8")
    res = process_path(path)
    assert res.document["kinds"] == ["touchpoint_list"]
    assert res.procedure_items == []


def test_lead_ins_that_name_the_list_generically_and_items_in_any_wording():
    text = ("2.3. Потребности клиентов классифицируются следующим образом: узнать остаток отпускных дней; "
            "получить ответ на отзыв; бланки заявлений.\n"
            "2.4. Взаимодействие в электронной форме осуществляется посредством:\n– электронная почта;\n"
            "– онлайн-сервисы.\n2.5. К нецифровым каналам взаимодействия относятся: справочный телефон; "
            "на бумажном носителе.")
    assert _items(text) == [
        ("need", None, "узнать остаток отпускных дней"), ("need", None, "получить ответ на отзыв"),
        ("need", None, "бланки заявлений"),
        ("channel_digital", None, "электронная почта"), ("channel_digital", None, "онлайн-сервисы"),
        ("channel_offline", None, "справочный телефон"), ("channel_offline", None, "на бумажном носителе")]
    assert classify("Суть взаимодействия определяется потребностями из следующего списка:") == "need"
    assert classify("Актуализация потребностей проводится по следующему алгоритму:") is None


def test_a_lead_in_ending_a_imenno_and_labelled_direction_items():
    from pipeline.run.normalize import code_procedure_items
    text = ("Сведения в перечень вносятся отдельно по каждой группе процессов, а именно: раздел «Бухгалтерский "
            "учёт»; внутренние клиенты: хозяйственные вопросы; группа процессов: техническая поддержка пользователей.")
    items = extract_procedure(parse_text(text))
    assert [(r["list_kind"], r["text_raw"]) for r in items] == [
        ("direction", "раздел «Бухгалтерский учёт»"), ("direction", "внутренние клиенты: хозяйственные вопросы"),
        ("direction", "группа процессов: техническая поддержка пользователей")]
    assert [r["code"] for r in code_procedure_items(items)] == ["internal_accounting", "internal_admin", "internal_it"]


@pytest.mark.parametrize("lead_in, kind", [
    ("Министерство осуществляет следующие функции:", "direction"),
    ("Перечень состоит из следующих разделов:", "direction"),
    ("Заявление должно содержать следующие разделы:", None),
    ("Поводы для обращения клиентов:", "need"),
    ("Взаимодействие без личного присутствия осуществляется через:", "channel_digital"),
    ("Взаимодействие при личном присутствии клиента:", "channel_offline"),
    ("Электронные сервисы министерства:", "channel_digital"),
])
def test_more_lead_in_wordings(lead_in, kind):
    assert classify(lead_in) == kind


def test_a_bullet_item_starting_with_a_letter_stays_one_item_of_the_bulleted_list():
    text = ("Потребности заявителя:\n\n• Получение справки\n\n• а) получение бланков; б) подача заявки\n\n"
            "• Информирование о ходе рассмотрения\n\nСведения вносятся ежегодно.\n")
    assert _items(text) == [("need", None, "Получение справки"), ("need", None, "а) получение бланков; б) подача заявки"),
                            ("need", None, "Информирование о ходе рассмотрения")]
    # ... and so is a first item, when the next line is a bare bullet
    text = "Потребности заявителя:\n• а) получение бланков; б) подача заявки\n• Получение справки\n"
    assert _items(text) == [("need", None, "а) получение бланков; б) подача заявки"),
                            ("need", None, "Получение справки")]
    # "- 1) …", "- 2) …": the numbers are the items'
    assert _items("Потребности заявителя:\n- 1) получение справки;\n- 2) подача заявки.\n") == [
        ("need", "1", "получение справки"), ("need", "2", "подача заявки")]


@pytest.mark.parametrize("lead_end", ["Перечень включает следующие позиции: 1) официальный сайт;",
                                      "К ним относятся: а) официальный сайт;"])
def test_an_inline_numbered_list_broken_by_a_page_goes_on_with_its_next_number(lead_end):
    """A PDF breaks the paragraph «2.3. …: 1) a;» | «2) b; 3) c.»: the rest is the same list."""
    letters = lead_end.startswith("К ним")
    n2, n3 = ("б)", "в)") if letters else ("2)", "3)")
    text = ("2.3. Взаимодействие осуществляется в электронной форме. " + lead_end + "\n"
            f"{n2} чат-бот в мессенджере; {n3} электронная почта.\n"
            "2.4. Перечень актуализируется ежегодно.")
    assert [(k, t) for k, _, t in _items(text)] == [
        ("channel_digital", "официальный сайт"), ("channel_digital", "чат-бот в мессенджере"),
        ("channel_digital", "электронная почта")]


def test_items_continued_on_the_next_line_keep_that_lines_source():
    """«…: 1) a; 2) b;» | «3) c; 4) d.»: the items after the break come from the second line."""
    text = ("Порядок ведения перечня точек взаимодействия\n\n"
            "3.2. Потребности клиентов включают: 1) получение выписки; 2) запись на приём;\n"
            "3) подача жалобы; 4) получение разъяснений.\n")
    rows = [(r["text_raw"], r["source_row"]) for r in extract_procedure(parse_text(text))]
    assert rows == [("получение выписки", 3), ("запись на приём", 3), ("подача жалобы", 4),
                    ("получение разъяснений", 4)]


def test_lines_that_are_items_themselves_are_not_joined():
    """«1) a;» | «2) b;»: each line is an item of its own (only a number inside a line goes on)."""
    text = "К цифровым точкам относятся:\n1) официальный сайт;\n2) чат-бот;\n3) электронная почта."
    assert [(o, t) for _, o, t in _items(text)] == [("1", "официальный сайт"), ("2", "чат-бот"),
                                                    ("3", "электронная почта")]
    skipped = "2.3. К цифровым точкам относятся: 1) официальный сайт;\n3) чат-бот."     # not the next number
    assert [t for _, _, t in _items(skipped)] == []


def test_points_of_the_section_numbered_on_under_bold_sub_headings():
    """No lead-in, no colon: a bold sub-heading names each list, its items are points of the
    section numbered on across the lists (2.1.–2.2., 2.3.–2.4.)."""
    text = ("**2. Состав перечня**\n\n**Цифровые точки взаимодействия**\n\n2.1. официальный сайт;\n\n"
            "2.2. чат-бот в мессенджере.\n\n**Потребности клиентов**\n\n2.3. получить консультацию;\n\n"
            "2.4. подать заявление.\n\n**3. Заключительные положения**\n\n3.1. Перечень актуализируется ежегодно.")
    assert [(k, o, t) for k, o, t in _items(text)] == [
        ("channel_digital", "2.1", "официальный сайт"), ("channel_digital", "2.2", "чат-бот в мессенджере"),
        ("need", "2.3", "получить консультацию"), ("need", "2.4", "подать заявление")]


def test_a_table_row_lead_in_whose_first_item_holds_a_colon():
    """«lead-in» | «1) почтовое отправление по адресу: …; 2) …»: the colon the numbered items follow
    ends the lead-in, not the last colon of the first item (which kept only «603000, …»)."""
    text = ("ПОРЯДОК ведения перечня точек взаимодействия\n\nНаправление\tПеречень\n"
            "К неэлектронным каналам взаимодействия с внутренними и внешними клиентами министерства относятся\t"
            "1) почтовое отправление по адресу: 603000, г. Новоречинск; 2) личный приём; 3) стенд.\n")
    assert [(k, t) for k, _, t in _items(text)] == [
        ("channel_offline", "почтовое отправление по адресу: 603000, г. Новоречинск"),
        ("channel_offline", "личный приём"), ("channel_offline", "стенд")]


def test_the_last_inline_item_is_not_cut_at_a_labels_number():
    text = ("ПОРЯДОК ведения перечня точек взаимодействия\n\n"
            "2.1. Перечень формируется по следующим направлениям деятельности: 1) Блок 5. Меры поддержки; "
            "2) Блок 6. Обеспечение доступа к информации о деятельности министерства. Перечень утверждается ежегодно.\n")
    assert [t for _, _, t in _items(text)] == ["Блок 5. Меры поддержки",
                                               "Блок 6. Обеспечение доступа к информации о деятельности министерства"]


def test_a_list_under_an_unnumbered_lead_in_ends_at_a_new_lead_in_or_section():
    """Points numbered on under an unnumbered lead-in end where a point opens a list of its own
    («2.8. …:») or the next section's points begin (3.1.): neither is an item of the list."""
    text = ("ПОРЯДОК ведения перечня точек взаимодействия\n\n2.5. Перечень включает точки двух видов.\n\n"
            "Электронные точки взаимодействия:\n\n2.6. страница министерства в социальной сети;\n\n"
            "2.7. региональный портал услуг.\n\n2.8. Неэлектронные точки взаимодействия:\n\n"
            "2.9. приёмная министерства;\n\n2.10. телефон горячей линии.\n\n")
    digital = [(o, t) for k, o, t in _items(text) if k == "channel_digital"]
    assert digital == [("2.6", "страница министерства в социальной сети"), ("2.7", "региональный портал услуг")]
    # the point «2.8. …:» opens the next list, whose items are its siblings numbered on
    offline = [(o, t) for k, o, t in _items(text) if k == "channel_offline"]
    assert offline == [("2.9", "приёмная министерства"), ("2.10", "телефон горячей линии")]
    section = ("ПОРЯДОК ведения перечня точек взаимодействия\n\nПотребности заявителей:\n\n"
               "4.2. узнать срок рассмотрения обращения;\n\n4.3. записаться на приём.\n\n"
               "5.1. Перечень пересматривается ежегодно.\n\n5.2. Изменения вносятся приказом.\n")
    assert [o for _, o, _ in _items(section)] == ["4.2", "4.3"]


def test_sentences_numbered_on_after_a_point_lead_in_are_not_its_items():
    text = ("ПОРЯДОК ведения перечня точек взаимодействия\n\n"
            "2.4. Потребности клиентов указываются в перечне по форме:\n\n"
            "2.5. Перечень утверждается приказом министра.\n\n2.6. Перечень размещается на сайте.\n")
    assert _items(text) == []
