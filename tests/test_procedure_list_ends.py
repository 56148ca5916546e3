"""Where a list read past a note, a one-column table's rows or points numbered afresh still ends (review of the
session-17 procedure readers, parsers/extract/listread.py, leadin.py).  Texts composed here; each expectation read
off the text: which lines are the list's items, and of which kind."""
from parsers.extract.leadin import classify
from parsers.extract.procedure import extract_procedure
from parsers.formats.text import parse_text


def _items(text):
    return [(r["list_kind"], r["text_raw"]) for r in extract_procedure(parse_text(text))]


def test_an_unclosed_kind_line_between_dashes_heads_the_next_dashes_not_a_note():
    text = ("Цифровые каналы взаимодействия:\n– официальный сайт;\n– электронная почта;\n"
            "Офлайн-каналы взаимодействия\n– общественная приёмная;\n– личный приём.\n")
    assert _items(text) == [("channel_digital", "официальный сайт"), ("channel_digital", "электронная почта"),
                            ("channel_offline", "общественная приёмная"), ("channel_offline", "личный приём")]


def test_a_named_lead_in_over_a_text_cut_at_a_fixed_width_reads_no_rows():
    # a paragraph's lines going on in lower case are no one-column table's rows
    text = ("Цифровые каналы взаимодействия:\nофициальный сайт министерства в сети\n"
            "Интернет и электронная почта министерства\nи телефон горячей линии министерства по вопросам\n"
            "предоставления услуг, а также чат-бот в мессенджерах,\nкоторые указаны в приложении к Порядку.\n")
    assert not any(t == "официальный сайт министерства в сети" for _, t in _items(text))


def test_rows_of_a_named_list_then_a_paragraph_are_still_its_items():
    text = ("Цифровые каналы взаимодействия:\nофициальный сайт\nэлектронная почта\nтелефон\n"
            "Министерство ежегодно пересматривает перечень каналов и публикует его на официальном сайте, а также "
            "информирует клиентов о внесённых изменениях в установленном порядке.\n")
    assert [t for _, t in _items(text)] == ["официальный сайт", "электронная почта", "телефон"]


def test_points_numbered_afresh_end_at_the_lead_ins_next_point():
    text = ("4. Министерство взаимодействует с клиентами по следующим сферам:\n1. образование;\n2. здравоохранение;\n"
            "3. культура;\n4. спорт\n5. Контроль за исполнением настоящего приказа оставляю за собой.\n")
    assert [t for _, t in _items(text)] == ["образование", "здравоохранение", "культура", "спорт"]
    # written as the items are and closed as they are, a fifth point is the list's fifth item
    text = text.replace("4. спорт\n5. Контроль за исполнением настоящего приказа оставляю за собой.",
                        "4. спорт;\n5. туризм.")
    assert [t for _, t in _items(text)][-2:] == ["спорт", "туризм"]


def test_a_name_given_mid_lead_in_names_a_term_not_the_list():
    assert classify("Для удовлетворения потребностей клиентов (далее – потребности) используются следующие "
                    "офлайн-каналы:") == "channel_offline"
    assert classify("Для удовлетворения запросов граждан (далее – потребности клиентов) используются следующие "
                    "цифровые каналы:") == "channel_digital"
    # at the lead-in's end the name is the list's
    assert classify("Министерство использует следующие средства (далее – офлайн-каналы):") == "channel_offline"


def test_a_singular_name_after_the_last_item_names_that_item_not_the_list():
    text = ("Клиенты обращаются в министерство по вопросам:\n1) получение справки;\n2) подача заявления через "
            "государственную систему «Обращения» (далее – информационная система).\n")
    assert _items(text)[-1][1].endswith("(далее – информационная система)")
    assert "channel_digital" not in {k for k, _ in _items(text)}
    # a plural name closing the list is the list's
    text = text.replace("(далее – информационная система)", "(далее – потребности клиентов)")
    assert _items(text)[-1] == ("need", "подача заявления через государственную систему «Обращения»")


def test_an_appendix_s_title_after_a_named_list_s_rows_is_no_row():
    text = ("Цифровые каналы взаимодействия:\nофициальный сайт\nэлектронная почта\nтелефон\nПриложение 2\n"
            "к Порядку ведения перечня\nФОРМА ПЕРЕЧНЯ\n"
            "Перечень ведётся в электронном виде, обновляется министерством ежегодно и публикуется.\n")
    assert [t for _, t in _items(text)] == ["официальный сайт", "электронная почта", "телефон"]
