"""Items of a list stated with a copula verb that hold a colon or a full stop of their own
(parsers/extract/copula.py `colon_in_items`, `_sentences`; inline.last_sentence_end): «телефон
приёмной: +7 …» after items closed by «;» is an item, not a lead-in; «приложение «Госуслуги.
Решаем вместе»» ends no sentence inside its quotes.  Texts composed here; goldens by reading them."""
from __future__ import annotations

from parsers.extract.procedure import extract_procedure
from parsers.formats.text import parse_text

TITLE = "ПОРЯДОК ведения перечня точек взаимодействия министерства с клиентами"


def _items(text: str) -> list[tuple[str, str]]:
    return [(r["list_kind"], r["text_raw"]) for r in extract_procedure(parse_text(f"{TITLE}\n{text}\n"))]


def test_a_colon_inside_a_later_item_is_the_item_s():
    got = _items("2.3. К нецифровым каналам взаимодействия относятся стенд в холле министерства; книга "
                 "регистрации обращений; телефон приёмной: 8 (4722) 32-10-10; почтовая связь; ящик для "
                 "письменных обращений.\n"
                 "2.4. Перечень утверждается приказом министра.")
    assert got == [("channel_offline", "стенд в холле министерства"),
                   ("channel_offline", "книга регистрации обращений"),
                   ("channel_offline", "телефон приёмной: 8 (4722) 32-10-10"), ("channel_offline", "почтовая связь"),
                   ("channel_offline", "ящик для письменных обращений")]


def test_a_colon_right_after_the_verb_is_still_a_lead_in():
    got = _items("2.2. К цифровым каналам относятся: официальный сайт; чат-бот в мессенджере.\n"
                 "2.3. Перечень утверждается приказом министра.")
    assert got == [("channel_digital", "официальный сайт"), ("channel_digital", "чат-бот в мессенджере")]


def test_a_full_stop_inside_quotes_ends_no_sentence():
    got = _items("2.2. К цифровым каналам взаимодействия относятся онлайн-опрос в приложении «Госуслуги. "
                 "Решаем вместе»; официальный сайт министерства; электронная почта. Перечень ведёт отдел.")
    assert got == [("channel_digital", "онлайн-опрос в приложении «Госуслуги. Решаем вместе»"),
                   ("channel_digital", "официальный сайт министерства"), ("channel_digital", "электронная почта")]


def test_an_item_s_own_number_ends_no_sentence():
    # directions numbered as the list's blocks are («Блок 6. Обеспечение доступа …»), one item among others
    got = _items("2.1. Направлениями деятельности министерства являются социальная поддержка; блок 10. Прочее; "
                 "VII. Кадровое обеспечение; опека и попечительство. Перечень утверждается приказом.")
    assert got == [("direction", "социальная поддержка"), ("direction", "блок 10. Прочее"),
                   ("direction", "Кадровое обеспечение"), ("direction", "опека и попечительство")]
    # a sentence that ends with a reference's number still ends there
    got = _items("2.2. Перечень ведётся в соответствии с пунктом 10. К цифровым каналам относятся сайт; почта.")
    assert got == [("channel_digital", "сайт"), ("channel_digital", "почта")]
