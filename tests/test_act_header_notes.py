"""Headers of published acts (acts7): a legal database's notes, short names of bodies, title lines
of bodies the head list lacks — each rule on a phrase composed for it, in regions and wordings of
our own.

A database prints notes around an act's stamp: its edition ("(в редакции приказа … от … N …)")
and the acts that changed it, each introduced on a line of its own ("{Изменение:", "См. также:")
and named on the next line in a title line's form.  Those are other acts, not this one.
"""
import datetime as dt

import pytest

from parsers.extract.metadata import extract_metadata
from parsers.formats.text import parse_text
from textcore.order_numbers import parse_number


def _md(text: str) -> tuple:
    md = extract_metadata(parse_text(text))
    return md["authority"], md["order_number"], md["order_date"], md["act_kind"]


NOTED = [
    # a stamp printed without its first word, its edition, then the change note naming that edition
    ("приказом\nкомитета по культуре\nТверской области\nот 4 апреля 2016 г. N 77\n"
     "(в редакции приказа комитета\nпо культуре Тверской области\nот 9 ноября 2018 г. N 301)\n"
     "{Изменение:\nПриказ комитета по культуре Тверской области от 9 ноября 2018 г. N 301}\n"
     "ПОРЯДОК ВЕДЕНИЯ ПЕРЕЧНЯ",
     ("Комитет по культуре Тверской области", "77", dt.date(2016, 4, 4), "приказ")),
    # an appendix's stamp, then a «see also» note naming a later act
    ("Приложение N 2\nк приказу министерства\nсоциальной защиты\nТамбовской области\n"
     "от 3 марта 2020 г. N 12\nСм. также:\n"
     "Приказ министерства социальной защиты Тамбовской области от 1 июня 2021 г. N 45\n"
     "Перечень точек взаимодействия",
     ("Министерство социальной защиты Тамбовской области", "12", dt.date(2020, 3, 3), "приказ")),
    # a line ending in a colon that is no note: the title line under it is still the act's
    ("Документы министерства:\nПриказ министерства финансов Омской области от 2 мая 2022 г. N 31\n"
     "\"О перечне точек взаимодействия\"\nВ целях реализации приказываю:",
     ("Министерство финансов Омской области", "31", dt.date(2022, 5, 2), "приказ")),
]


FORMS = [
    # a head's short form ("Деп") joined to a topic's ("здрав"), as regions write their departments
    ("Приказ Депздрава Тюменской области от 3 апреля 2023 г. N 401-н\n"
     "\"О перечне точек взаимодействия\"\nприказываю:",
     ("Департамент здравоохранения Тюменской области", "401-н", dt.date(2023, 4, 3), "приказ")),
    # a title line of a body the head list lacks still dates the act (its issuer is left unread;
    # «Госжилинспекция» is known since acts8, so another short word stands here)
    ("Приказ Гостехнадзора Омской области от 3 апреля 2023 г. N 41-п\n"
     "\"О перечне точек взаимодействия\"\nприказываю:",
     (None, "41-п", dt.date(2023, 4, 3), "приказ")),
    # a joint order's kind line with its qualifier; the first body named is the issuer
    ("СОВМЕСТНЫЙ ПРИКАЗ\nМинистерства культуры Калужской области\n"
     "и Министерства спорта Калужской области\nот 12.05.2023 № 70/31\nОб утверждении перечня",
     ("Министерство культуры Калужской области", "70/31", dt.date(2023, 5, 12), "приказ")),
    # no header: acts repealed, listed in small letters after the note's colon, are not the act
    ("В соответствии с законом Тверской области постановляю:\n1. Утвердить прилагаемое Положение.\n"
     "2. Признать утратившими силу:\n"
     "постановление Губернатора Тверской области от 18.04.2005 N 229 \"О департаменте\";\n"
     "постановление Губернатора Тверской области от 31.05.2005 N 330 \"О внесении изменений\";",
     (None, None, None, "постановление")),
    # a Word header's table flattened: "от" | date | "№" | number, one cell a line
    ("МИНИСТЕРСТВО КУЛЬТУРЫ\nМУРМАНСКОЙ ОБЛАСТИ\nПРИКАЗ\nот\n12.05.2023\n№\n45\n"
     "г. Мурманск\nОб утверждении перечня точек взаимодействия",
     ("Министерство культуры Мурманской области", "45", dt.date(2023, 5, 12), "приказ")),
]


# forms the issue names, held already (guards): a stamp whose body runs over lines of three words
# with a suffix printed apart ("№ 45 -нп"); a database's edition lines above the act's own header
HELD = [
    ("Приложение 3\nУТВЕРЖДЕН\nприказом министерства\nприродных ресурсов и\nэкологии Псковской\n"
     "области\nот 14.02.2023 № 45 -нп\nПеречень точек взаимодействия министерства с гражданами",
     ("Министерство природных ресурсов и экологии Псковской области", "45-нп", dt.date(2023, 2, 14), "приказ")),
    ("С изменениями и дополнениями от:\n3 июня, 14 декабря 2022 г., 18 января 2023 г.\n"
     "МИНИСТЕРСТВО ЗДРАВООХРАНЕНИЯ\nАСТРАХАНСКОЙ\nОБЛАСТИ\nПРИКАЗ\nот 12 мая 2021 г.    № 45-нп\n"
     "г. Астрахань\nО порядке ведения перечня точек взаимодействия",
     ("Министерство здравоохранения Астраханской области", "45-нп", dt.date(2021, 5, 12), "приказ")),
]


IDS = ["change-note", "see-also", "plain-colon", "short-name", "unknown-head", "joint", "repealed-list", "cells",
       "stamp-over-lines", "edition-lines-above"]


@pytest.mark.parametrize("text, expected", NOTED + FORMS + HELD, ids=IDS)
def test_header(text, expected):
    assert _md(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Приказ … от 9 ноября 2018 г. N 301}", "301"),          # a database's note closes on the number
    ("[N 12-п]", "12-п"),
    ("№ 56-п /960/465}", "56-п/960/465"),
])
def test_a_bracket_closes_a_number(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize("appendix", ["Приложение № 3", "Приложение N 3", "ПРИЛОЖЕНИЕ 3"])
def test_an_appendix_line_with_its_number_after_the_stamp_is_no_part_of_the_title(appendix):
    text = ("УТВЕРЖДЕН\nприказом министерства торговли Тверской области\nот 14.03.2024 № 57-п\n"
            f"{appendix}\nПеречень точек взаимодействия министерства торговли\n\n1. Общие положения")
    md = extract_metadata(parse_text(text))
    assert (md["title"], md["order_number"]) == ("Перечень точек взаимодействия министерства торговли", "57-п")


def test_the_number_next_to_its_date_is_read_by_one_rule():
    from parsers.extract.header_words import dated_number
    from parsers.extract.metadata import own_number
    assert dated_number("Приложение N 3 к приказу от 3 апреля 2023 г. N 41-п") == "41-п"
    assert dated_number("N 279-п от 28 декабря 2007 г.") == "279-п"
    assert dated_number("Приложение N 3") is None
    assert own_number("Приложение N 3") == "3"      # no date: the first number, as before
