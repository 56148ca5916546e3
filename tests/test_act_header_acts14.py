"""Headers of published acts (acts14, tune10): an act of a kind no order is (a law, a code) cited
on a line that opens like a title line; an amended act's appendix under its own stamp below an
amending clause; a page titled by the parts of an act it prints — each rule on a phrase composed
for it, in regions and wordings of our own (tune10's files are checked whole in
tests/test_real_orders.py).
"""
import datetime as dt

import pytest

from parsers.extract.header_words import before_other_act, parts_then_kind
from parsers.extract.lines import Line
from parsers.extract.metadata import extract_metadata
from parsers.extract.signed import signed_pair
from parsers.formats.text import parse_text


def _md(text: str) -> tuple:
    md = extract_metadata(parse_text(text))
    return md["authority"], md["order_number"], md["order_date"], md["act_kind"]


# --- a cited law's pair on a line that opens with an act's kind ----------------------------------

def test_a_cited_laws_pair_on_a_line_opening_with_a_kind_is_not_the_acts():
    """A programme's passport row «Решение о разработке … Федеральный закон от … N 131-ФЗ»: the
    pair is the law's; the stamp above dates the act."""
    text = ("Приложение к постановлению от 14.05.2019 г № 77-п Программа\n"
            "Муниципальная программа развития физической культуры на 2020 - 2024 годы паспорт программы\n"
            "Решение о разработке - Градостроительный кодекс Российской Федерации; - Федеральный закон "
            "от 6 октября 2003 года N 131-ФЗ \"Об общих принципах\"\n"
            "Заказчик программы Администрация района")
    assert _md(text)[1:] == ("77-п", dt.date(2019, 5, 14), "постановление")


def test_a_code_cited_before_the_pair_takes_it_too():
    text = ("Приложение N 2 к распоряжению от 03.02.2021 № 15-р\n"
            "Решение о подготовке - Бюджетный кодекс от 31.07.1998 N 145-ФЗ")
    assert _md(text)[1:] == ("15-р", dt.date(2021, 2, 3), "распоряжение")


def test_a_title_line_citing_a_law_after_its_own_pair_keeps_its_own():
    text = ("Решение Думы Курской области от 12.03.2020 № 45 «О реализации Закона Курской области "
            "от 06.10.2019 № 131-ЗКО»\nВ соответствии с Уставом")
    assert _md(text)[1:3] == ("45", dt.date(2020, 3, 12))


@pytest.mark.parametrize("row", [
    "Решение о разработке - Указ Президента Российской Федерации от 9 июня 2010 г. N 690",   # a second order
    "Нормативная база Указ Президента Российской Федерации от 9 июня 2010 г. N 690",   # a listing-like line
])
def test_a_federal_decree_in_a_programmes_row_is_not_the_acts(row):
    """A decree of another issuer and kind, named in a passport's row of a headerless excerpt:
    its pair is not the act's (the act's own is not in the excerpt)."""
    assert _md(f"{row}\nЗаказчик программы Администрация района")[1:] == (None, None, None)


def test_a_federal_title_line_above_a_regional_header_is_not_the_acts():
    """A site's banner naming a federal decree above the regional act's header: the header's pair
    stands."""
    text = ("Указ Президента Российской Федерации от 07.05.2018 N 204\nПРАВИТЕЛЬСТВО КУРСКОЙ ОБЛАСТИ\n"
            "ПОСТАНОВЛЕНИЕ\nот 12.03.2020 № 45\nО мерах по реализации национальных проектов")
    assert _md(text) == ("Правительство Курской области", "45", dt.date(2020, 3, 12), "постановление")


def test_the_text_before_another_kind_of_act():
    assert before_other_act("Решение о разработке - Федеральный закон от 8 января 1998 года N 3-ФЗ") == \
        "Решение о разработке - Федеральный "
    assert before_other_act("Постановление Законодательного Собрания от 1.02.2020 N 5") == \
        "Постановление Законодательного Собрания от 1.02.2020 N 5"        # «законодательный» is no law
    assert before_other_act("Решение о разработке - Указ Президента от 9.06.2010 N 690") == "Решение о разработке - "


# --- an amended act's stamp under an amending clause ---------------------------------------------

_AMENDING = ("В соответствии с Уставом Курской области Администрация Курской области ПОСТАНОВЛЯЕТ:\n"
             "1. Внести в постановление Администрации Курской области от 15.03.2016 № 120-па «Об утверждении "
             "порядка предоставления субсидий» изменение, изложив приложение в новой редакции (прилагается).\n"
             "2. Постановление вступает в силу со дня его подписания.\n"
             "Губернатор Курской области\nИ.И. Иванов\n"
             "Приложение\nк постановлению Администрации\nКурской области\nот {date} № {number}\n"
             "ПОРЯДОК ПРЕДОСТАВЛЕНИЯ СУБСИДИЙ\n1. Общие положения")


def test_the_stamp_of_the_act_the_body_amends_is_not_this_acts():
    """The header is cut: the stamp names act 120-па, the one the enacting point amends, printed
    in its new edition; this act's own number and date are not in the text."""
    text = _AMENDING.format(date="15.03.2016", number="120-па")
    assert _md(text) == ("Администрация Курской области", None, None, "постановление")


def test_a_stamp_naming_another_act_than_the_amended_one_is_this_acts():
    text = _AMENDING.format(date="20.04.2017", number="200-па")
    assert _md(text)[1:3] == ("200-па", dt.date(2017, 4, 20))


def test_a_stamps_date_line_is_no_signed_pair():
    """«Приложение / к постановлению … / от … № …»: lines holding only the date and number close
    the stamp; a law-style signature's pair below it is still read."""
    stamp = ["Приложение", "к постановлению Администрации", "Курской области", "от 15.03.2016 № 120-па"]
    signed = ["Губернатор Курской области", "И.И. Иванов", "г. Курск", "5 июля 2012 года", "N 281-пг"]
    lines = [Line(t, k) for k, t in enumerate(stamp)]
    assert signed_pair(lines) == (None, None)
    assert signed_pair(lines + [Line(t, 4 + k) for k, t in enumerate(signed)]) == ("281-пг", dt.date(2012, 7, 5))


# --- a page titled by the parts of an act ----------------------------------------------------

def test_a_page_titled_by_the_parts_of_an_act_is_that_acts():
    text = "п. 2, 4 Приложения №1, абз. 2 п. 3 Приложения №2 постановления Правительства РС(Я) от 12.05.2011 №210"
    assert _md(text) == ("Правительство Республики Саха (Якутия)", "210", dt.date(2011, 5, 12), "постановление")


def test_parts_with_item_letters_before_an_order():
    text = "пп. а, в п. 5 приложения к приказу Министерства здравоохранения Курской области от 3 марта 2021 г. N 44"
    assert _md(text) == ("Министерство здравоохранения Курской области", "44", dt.date(2021, 3, 3), "приказ")


def test_a_part_cited_in_running_text_names_no_header():
    """A wrapped preamble «В соответствии с / пунктом 3 постановления …» cites an act: only a
    page's first line is its title."""
    text = ("В соответствии с\nпунктом 3 постановления Правительства Курской области от 01.02.2019 № 55-пп\n"
            "приказываю:\n1. Утвердить порядок.")
    assert _md(text)[1:3] == (None, None)


def test_what_a_parts_line_is():
    assert parts_then_kind("п. 1, 6 Приложения №1, пп. б п.4 Приложения №2 постановления Правительства")
    assert not parts_then_kind("п. 1 Порядка предоставления субсидий, утвержденного постановлением")   # a noun first
    assert not parts_then_kind("Пункт 3 постановления Правительства")        # a capital: a sentence citing it
    assert not parts_then_kind("п. 3 Постановление Правительства")           # the kind in the nominative
