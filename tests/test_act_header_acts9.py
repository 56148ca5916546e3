"""Headers of published acts (acts9, tune9): the post of a body's head named with its body
("Главы Администрации области"), and a site's listing line that opens with the act's number and
date and closes with its edition's acts in brackets — each rule on a phrase composed for it, in
regions and wordings of our own.
"""
import datetime as dt

import pytest

from parsers.extract.issuer import authority_in
from parsers.extract.metadata import extract_metadata
from parsers.formats.text import parse_text


def _md(text: str) -> tuple:
    md = extract_metadata(parse_text(text))
    return md["authority"], md["order_number"], md["order_date"], md["act_kind"]


def test_the_head_of_a_body_is_one_name_with_the_body():
    """«Главы Администрации области»: the post of the administration's head issued the act; the
    Положение under the stamp names the body it governs, which is not the issuer."""
    text = ("Приложение 2\nк постановлению\nГлавы Администрации области\nот 14 марта 2002 г. N 96\n"
            "Положение\nо комитете по туризму Тульской области\n1. Общие положения")
    assert _md(text) == ("Глава Администрации Тульской области", "96", dt.date(2002, 3, 14), "постановление")


@pytest.mark.parametrize("text, want", [
    ("постановлением Главы Администрации края от 3 мая 1999 г. N 12", "Глава Администрации края"),
    ("постановлением Коллегии Министерства культуры Энской области", "Коллегия Министерства культуры Энской области"),
    # a signature's post in running text is not read as one name with its body
    ("Глава Администрации района И.И. Петров", "Администрация района"),
    # a numbered chapter is a heading, not a post
    ("Глава 3. Администрация района", "Администрация района"),
])
def test_a_post_heads_a_name_only_before_a_body_in_the_genitive(text, want):
    assert authority_in(text) == want


def test_a_listing_line_opens_with_the_number_and_date_and_closes_with_the_editions():
    """A municipal site lists an act as «№ N от DATE (в ред. … от … № …)»: the pair before the
    bracket is the act's; the bracket's acts are its edition's."""
    text = ("№27 от 05.06.2018 (в ред. постановлений Главы МО от 01.02.2019 № 4, от 03.03.2020 №11)\n"
            "Об утверждении порядка ведения перечня точек взаимодействия")
    assert _md(text)[1:3] == ("27", dt.date(2018, 6, 5))


def test_a_date_inside_a_sentence_with_a_bracket_is_still_no_date_line():
    text = ("Об утверждении порядка\nПорядок действует с 05.06.2018 и применяется к заявлениям № 5 "
            "(в ред. от 01.02.2019 № 4)\nГлава района И.И. Петров")
    assert _md(text)[1:3] == (None, None)


def test_a_name_cut_short_is_completed_from_the_documents_fuller_name():
    """A stamp cut inside the issuer's name (the excerpt ends there) names no region: the same
    body's full name, stated in the act's text, completes it."""
    text = ("В соответствии со статьей 12 Закона края приказываю:\n"
            "1. Утвердить прилагаемый Порядок рассмотрения обращений граждан в Министерстве "
            "строительства, архитектуры и жилищной политики Ставропольского края.\n"
            "Министр строительства |\nИ.И. Иванов |\nПорядок рассмотрения обращений граждан\n"
            "(утв. приказом Министерства строительства, архитектуры и")
    assert _md(text)[0] == "Министерство строительства, архитектуры и жилищной политики Ставропольского края"


def test_a_name_is_not_completed_from_another_bodys():
    text = ("приказываю:\n1. Направить копию приказа в Министерство финансов Ставропольского края.\n"
            "Порядок\n(утв. приказом Министерства строительства, архитектуры и")
    assert _md(text)[0] != "Министерство финансов Ставропольского края"


def test_a_note_that_an_appendix_was_changed_is_no_stamp_of_the_act():
    """ГАРАНТ notes a change above an appendix («Приложение 2 изменено с … - Постановление … N 77»):
    that act changed it, it did not approve it; the appendix's own stamp states no act here."""
    text = ("Приложение 2 изменено с 3 марта 2021 г. - Постановление Правительства Тульской области "
            "от 3 марта 2021 г. N 77\nПриложение 2\nк государственной программе\nТульской области\n"
            "\"Развитие культуры\"\nПоказатели программы")
    assert _md(text) == (None, None, None, None)


def test_an_approval_stamp_with_its_edition_note_stays_a_stamp():
    text = ("Приложение N 1\nк приказу министерства культуры Тульской области\nот 5 мая 2020 г. N 12\n"
            "(в ред. приказа от 1 июня 2021 г. N 30)\nПеречень точек взаимодействия")
    assert _md(text) == ("Министерство культуры Тульской области", "12", dt.date(2020, 5, 5), "приказ")


@pytest.mark.parametrize("text, want", [
    # a listing prints the act's number without its sign between the kind and the date
    ("Приказ 45-од от 12.03.2020 (в ред. 7-од от 01.04.2021)\nОб утверждении перечня", ("45-од", dt.date(2020, 3, 12))),
    ("Распоряжение 118 от 3 июня 2019 г.\nО внесении изменений", ("118", dt.date(2019, 6, 3))),
])
def test_a_title_lines_number_without_its_sign(text, want):
    assert _md(text)[1:3] == want


def test_a_bare_number_before_a_date_in_running_text_is_no_acts_number():
    text = "Об утверждении порядка\nВнести изменения в пункт 5 от 12.03.2020 года по тексту"
    assert _md(text)[1] is None


def test_a_whole_name_without_its_region_is_not_completed():
    """A municipality's administration named in full gains no region from a later mention."""
    text = ("АДМИНИСТРАЦИЯ ЛЕСНОГО ГОРОДСКОГО ОКРУГА\nПОСТАНОВЛЕНИЕ\nот 3 мая 2016 г. № 45\n"
            "Об утверждении порядка\nРуководствуясь Уставом, администрация Лесного городского округа "
            "Свердловской области постановляет:")
    assert _md(text)[0] == "Администрация Лесного городского округа"
