"""Procedure lists in the forms the bed's procedure mutations make of any set's lists (benchmarks/layoutbed/
mutate_procedure.py): a note or a page's number between items, a one-column table's rows in converted text, lists
run into sub-points and lines of their own under a lead-in naming two kinds, a list named after its items, a
lead-in that names its list in «(далее – …)».  Texts composed here (parsers/extract/listread.py, procedure.py,
held_lists.py, leadin.py)."""
from __future__ import annotations

from parsers.extract.leadin import classify
from parsers.extract.procedure import extract_procedure
from parsers.formats.text import parse_text

HEAD = "ПОРЯДОК ведения перечня точек взаимодействия\n1. Общие положения\n1.1. Порядок определяет правила.\n" \
       "2. Формирование перечня\n"


def _items(text: str) -> list[tuple[str, str]]:
    return [(r["list_kind"], r["text_raw"]) for r in extract_procedure(parse_text(HEAD + text))]


def test_a_note_between_points_or_dashes_leaves_the_list_going_on():
    points = ("2.1. Взаимодействие в электронной форме осуществляется посредством:\n2.1.1. онлайн-сервисы;\n"
              "Сведения актуализируются не реже одного раза в год.\n2.1.2. сайт министерства;\n2.1.3. электронная почта.\n")
    assert _items(points) == [("channel_digital", "онлайн-сервисы"), ("channel_digital", "сайт министерства"),
                              ("channel_digital", "электронная почта")]
    dashes = ("2.1. Потребности клиентов:\n– консультирование по телефону;\n"
              "Примечание: порядок указывается в регламенте министерства.\n– получение лицензии.\n")
    assert _items(dashes) == [("need", "консультирование по телефону"), ("need", "получение лицензии")]


def test_a_paragraph_ending_in_a_colon_between_dashes_opens_a_list_of_its_own():
    text = ("2.1. Потребности клиентов:\n– консультирование по телефону;\nК офлайн-каналам относятся:\n"
            "– личный приём;\n– телефон.\n")
    assert _items(text) == [("need", "консультирование по телефону"), ("channel_offline", "личный приём"),
                            ("channel_offline", "телефон")]


def test_a_one_column_table_in_converted_text_is_read_without_its_heading():
    text = ("Цифровые точки взаимодействия подразделяются на:\nНаименование\nТелеграм-канал министерства\n"
            "СЭД\nэлектронная почта\nОчное взаимодействие с клиентами осуществляется через:\nПеречень\n"
            "телефон\nличный приём\nобщественная приёмная\nРежим работы определяется правовым актом министерства.\n")
    assert _items(text) == [("channel_digital", "Телеграм-канал министерства"), ("channel_digital", "СЭД"),
                            ("channel_digital", "электронная почта"), ("channel_offline", "телефон"),
                            ("channel_offline", "личный приём"), ("channel_offline", "общественная приёмная")]


def test_bare_lines_followed_by_prose_stay_no_list_under_a_lead_in_naming_nothing():
    text = "2.1. Министерство ведёт работу так:\nсбор сведений\nих проверка\nСведения утверждаются министром.\n"
    assert _items(text) == []


def test_sub_points_holding_their_lists_inline_are_the_lists():
    text = ("2.1. Перечень точек взаимодействия содержит сведения, в том числе:\n"
            "2.1.1. Классификатор потребностей клиентов: подать декларацию; получить консультацию.\n"
            "2.1.2. К офлайн-точкам взаимодействия относятся: кабинет приёма, МФЦ, а также справочный телефон.\n")
    assert _items(text) == [("need", "подать декларацию"), ("need", "получить консультацию"),
                            ("channel_offline", "кабинет приёма"), ("channel_offline", "МФЦ"),
                            ("channel_offline", "справочный телефон")]


def test_lines_of_each_kind_under_a_lead_in_naming_both():
    text = ("2.2. Каналы взаимодействия с клиентами подразделяются на цифровые и офлайн-каналы:\n"
            "цифровые каналы: официальный сайт, электронная почта и чат-бот.\n"
            "офлайн-каналы: личный приём, телефон горячей линии.\n")
    assert _items(text) == [("channel_digital", "официальный сайт"), ("channel_digital", "электронная почта"),
                            ("channel_digital", "чат-бот"), ("channel_offline", "личный приём"),
                            ("channel_offline", "телефон горячей линии")]


def test_a_list_named_after_its_items_takes_the_kind_of_its_name():
    text = ("2.1. Взаимодействие с клиентами осуществляется по:\n1) рассмотрение обращений;\n2) иные функции;\n"
            "3) ведение бухгалтерского учёта (далее – сферы деятельности).\n"
            "2.2. К офлайн-каналам относятся:\n– общественная приёмная;\n– информационная доска (далее – очные каналы).\n")
    assert _items(text) == [("direction", "рассмотрение обращений"), ("direction", "иные функции"),
                            ("direction", "ведение бухгалтерского учёта"),
                            ("channel_offline", "общественная приёмная"), ("channel_offline", "информационная доска")]


def test_a_lead_in_naming_its_list_in_a_dalee_clause():
    assert classify("Для личного взаимодействия с клиентами используются следующие средства "
                    "(далее – офлайн-каналы взаимодействия):") == "channel_offline"
    assert classify("Поводами для обращения клиентов служат следующие (далее – потребности клиентов):") == "need"
    # a name that is no list's kind says nothing: the lead-in's own words do
    assert classify("Министерство (далее – министерство) использует следующие цифровые каналы:") == "channel_digital"


def test_a_semicolon_list_s_last_item_without_its_and_and_the_list_s_name():
    text = ("2.1. К типовым потребностям клиентов относятся: направить жалобу; узнать результат рассмотрения; "
            "и выдача справок (подпункт 4.9.3 Стандарта) (далее – потребности клиентов).\n")
    assert _items(text) == [("need", "направить жалобу"), ("need", "узнать результат рассмотрения"),
                            ("need", "выдача справок (подпункт 4.9.3 Стандарта)")]


def test_a_closing_name_overrules_a_lead_in_naming_no_content_kind():
    text = ("2.1. Перечень содержит сведения:\n1) рассмотрение обращений;\n2) ведение бухгалтерского учёта "
            "(далее – направления деятельности).\n")
    assert {k for k, _ in _items(text)} == {"direction"}


def test_a_name_the_last_item_is_given_stays_with_it():
    text = ("2.1. К цифровым каналам относятся:\n1) официальный сайт;\n2) автоматизированное рабочее место "
            "государственного служащего (далее – АРМ ГС).\n2.2. Потребности клиентов: подать жалобу; "
            "и получить справку (далее – справка).\n")
    assert _items(text)[1:] == [("channel_digital", "автоматизированное рабочее место государственного служащего "
                                                    "(далее – АРМ ГС)"),
                                ("need", "подать жалобу"), ("need", "получить справку (далее – справка)")]


def test_items_numbered_afresh_in_their_lead_in_s_own_style():
    text = ("3. Перечень ведется по следующим сферам деятельности министерства:\n1. работа с обращениями;\n"
            "2. бухгалтерское обслуживание.\n4. Министерство использует следующие цифровые каналы:\n1. сайт;\n"
            "2. почта.\n5. Перечень актуализируется ежегодно.\n")
    assert _items(text) == [("direction", "работа с обращениями"), ("direction", "бухгалтерское обслуживание"),
                            ("channel_digital", "сайт"), ("channel_digital", "почта")]
    # the lead-in's next sibling is no item of its own list («2.» after a lead-in «1.»)
    sibling = "1. К цифровым каналам относятся:\n2. Перечень актуализируется ежегодно.\n"
    assert _items(sibling) == []
