"""Headers of real acts (acts8, tune8): a district's administration under its city's government, a
site's card that gives the number the header lacks, and the capitals of a body's proper name —
each rule on phrases composed for it, in regions and wordings of our own.

A city of federal significance prints its government's name above a district administration's
(«ПРАВИТЕЛЬСТВО САНКТ-ПЕТЕРБУРГА» / «АДМИНИСТРАЦИЯ … РАЙОНА» / «САНКТ-ПЕТЕРБУРГА»): the district's
administration issues the act, its name wrapped or not.  A site's card of the act gives in its
fields what the header leaves unstated: the number above a header that prints only the date
(«Номер документа: 59-мпр»), the kind and the date of adoption where there is no header at all
(«Вид документа: Приказ», «Дата принятия: …»); a register's number (НГР «RU…»), a publication
date and an edition's date are not the act's.  A legislature's
name is «Законодательное Собрание», however a title line cases it.
"""
import datetime as dt

import pytest

from parsers.extract.metadata import extract_metadata
from parsers.formats.text import parse_text


def _md(text: str) -> dict:
    return extract_metadata(parse_text(text))


@pytest.mark.parametrize("header, issuer", [
    ("ПРАВИТЕЛЬСТВО САНКТ-ПЕТЕРБУРГА\nАДМИНИСТРАЦИЯ КАЛИНИНСКОГО РАЙОНА\nСАНКТ-ПЕТЕРБУРГА",
     "Администрация Калининского района Санкт-Петербурга"),
    ("ПРАВИТЕЛЬСТВО САНКТ-ПЕТЕРБУРГА\nАДМИНИСТРАЦИЯ КАЛИНИНСКОГО РАЙОНА САНКТ-ПЕТЕРБУРГА",
     "Администрация Калининского района Санкт-Петербурга"),
    # a department's name wrapped under the government's line
    ("ПРАВИТЕЛЬСТВО МОСКВЫ\nДЕПАРТАМЕНТ КУЛЬТУРЫ\nГОРОДА МОСКВЫ", "Департамент культуры города Москвы"),
    # the government alone, and a government above nothing of its own: the government
    ("ПРАВИТЕЛЬСТВО СЕВАСТОПОЛЯ", "Правительство Севастополя"),
])
def test_the_lowest_body_under_a_governments_line_issues_the_act(header, issuer):
    md = _md(f"{header}\nРАСПОРЯЖЕНИЕ\nот 14.03.2019 г. № 412-р\nО перечне точек взаимодействия\n1. Утвердить.")
    assert (md["authority"], md["order_number"]) == (issuer, "412-р")


CARD = ("Дата опубликования: 21.06.2018\nНомер документа: {value}\nМИНИСТЕРСТВО КУЛЬТУРЫ ТОМСКОЙ ОБЛАСТИ\n"
        "П Р И К А З\nот 14.06.2018 г.\nОб утверждении перечня\n1. Утвердить перечень.")


@pytest.mark.parametrize("value, number", [
    ("17-мк", "17-мк"),
    ("| 17/2 |", "17/2"),
    ("RU70000201800412", None),          # the federal register's number is not the act's
])
def test_a_sites_card_gives_the_number_a_header_lacks(value, number):
    md = _md(CARD.format(value=value))
    assert (md["authority"], md["order_number"], md["order_date"]) == (
        "Министерство культуры Томской области", number, dt.date(2018, 6, 14))


def test_a_number_the_header_states_is_taken_over_the_cards():
    md = _md(CARD.format(value="99").replace("от 14.06.2018 г.", "от 14.06.2018 г. № 17-мк"))
    assert md["order_number"] == "17-мк"


@pytest.mark.parametrize("text, issuer", [
    ('Постановление Законодательного собрания Томской области\nот 26 мая 2011 г. N 402\n"О порядке"\n'
     "1. Утвердить.", "Законодательное Собрание Томской области"),
    ("Постановление Государственного собрания Республики Марий Эл от 12 мая 2011 г. N 40\nО порядке\n"
     "1. Утвердить.", "Государственное Собрание Республики Марий Эл"),
])
def test_a_legislatures_proper_name_keeps_its_capitals(text, issuer):
    assert _md(text)["authority"] == issuer


def test_a_card_alone_gives_the_kind_and_the_date_of_adoption_not_of_the_edition():
    md = _md("Статус документа: Действующий\nВид документа: Постановления, Положения\n"
             "Дата начала действия редакции: 02.03.2021\nДата принятия: 11.12.2019\n")
    assert (md["act_kind"], md["order_date"], md["order_number"]) == (
        "постановление", dt.date(2019, 12, 11), None)


def test_a_registers_card_gives_no_number_and_its_publication_date_is_not_the_acts():
    md = _md("Дата опубликования: | 3 марта 2016г. |\nНомер документа: | RU34000201600211 |\n"
             "Тип документа: | Приказы |\nПринявший орган: | Комитет культуры Волгоградской области |\n")
    assert (md["order_number"], md["order_date"], md["act_kind"]) == (None, None, "приказ")


@pytest.mark.parametrize("text, issuer", [
    # a subject's short or old name is the body's own name as the act gives it («… Кузбасса» is how
    # Кузбасс's ministries are named; «Пермской области» was a subject's name then)
    ("Приказ Министерства культуры и национальной политики Кузбасса от 3 апреля 2023 г. N 41\n"
     "О перечне\n1. Утвердить.", "Министерство культуры и национальной политики Кузбасса"),
    ("Приказ Департамента культуры Пермской области от 3 апреля 2004 г. N 41\nО перечне\n1. Утвердить.",
     "Департамент культуры Пермской области"),
    # the state housing inspection's short word, in any case form
    ("Приказ Госжилинспекции Новгородской области от 3 апреля 2023 г. N 41\nО перечне\n1. Утвердить.",
     "Государственная жилищная инспекция Новгородской области"),
])
def test_a_bodys_short_words_are_written_out(text, issuer):
    assert _md(text)["authority"] == issuer


def test_an_acting_ministers_signature_with_the_signers_name_on_its_line():
    md = _md("О порядке ведения перечня\nВ соответствии с Положением о министерстве спорта Омской области "
             "приказываю:\n1. Утвердить порядок.\nИ.о. министра                     В.В. Сидоров")
    assert (md["authority"], md["region"]) == ("Министерство спорта Омской области", "Омская область")


@pytest.mark.parametrize("header, issuer", [
    # a head in the genitive on its own line continues the name above: the governor's
    # administration issues the act, not the governor
    ("АДМИНИСТРАЦИЯ\nГУБЕРНАТОРА\nХАБАРОВСКОГО КРАЯ", "Администрация губернатора Хабаровского края"),
    ("АДМИНИСТРАЦИЯ\nГУБЕРНАТОРА ХАБАРОВСКОГО КРАЯ", "Администрация губернатора Хабаровского края"),
    ("АДМИНИСТРАЦИЯ\nГЛАВЫ И ПРАВИТЕЛЬСТВА\nРЕСПУБЛИКИ САХА (ЯКУТИЯ)",
     "Администрация главы и Правительства Республики Саха (Якутия)"),
    # a committee's remit wrapped onto its own line ("ПО УПРАВЛЕНИЮ …") is no body of its own
    ("ПРАВИТЕЛЬСТВО ВОЛГОГРАДСКОЙ ОБЛАСТИ\nКОМИТЕТ\nПО УПРАВЛЕНИЮ ГОСУДАРСТВЕННЫМ ИМУЩЕСТВОМ\nВОЛГОГРАДСКОЙ ОБЛАСТИ",
     "Комитет по управлению государственным имуществом Волгоградской области"),
    # a quoted name on a line of its own is the name of the body on the line above
    ("ПРАВИТЕЛЬСТВО ТВЕРСКОЙ ОБЛАСТИ\nГЛАВНОЕ УПРАВЛЕНИЕ\n«ГОСУДАРСТВЕННАЯ ЖИЛИЩНАЯ ИНСПЕКЦИЯ»\nТВЕРСКОЙ ОБЛАСТИ",
     "Главное управление «Государственная жилищная инспекция» Тверской области"),
])
def test_a_head_in_an_oblique_case_continues_the_name_above_it(header, issuer):
    md = _md(f"{header}\nПРИКАЗ\nот 14.03.2019 г. № 412\nО перечне точек взаимодействия\n1. Утвердить.")
    assert md["authority"] == issuer


_SIGNED = ("Об утверждении перечня точек взаимодействия\nВ соответствии с Положением о министерстве культуры "
           "Тверской области приказываю:\n1. Утвердить перечень точек взаимодействия.\nМинистр культуры Тверской "
           "области\nИ.И. Петров\nг. Тверь\n19 мая 2016 года\nN 59-мпр")


@pytest.mark.parametrize("card, number", [
    ("Вид документа: Приказ\nДата принятия: 19.05.2016\n", "59-мпр"),     # the card's date is the pair's
    ("Вид документа: Приказ\nДата принятия: 20.05.2016\n", None),         # another date: not this pair
])
def test_a_cards_date_alone_leaves_the_number_to_the_pair_printed_after_the_signature(card, number):
    md = _md(card + _SIGNED)
    assert (md["order_number"], md["order_date"]) == (number, dt.date(2016, 5, 19) if number else dt.date(2016, 5, 20))


@pytest.mark.parametrize("signature", ["И.О. Министра", "И.О. МИНИСТРА", "И.О. Министра                В.В. Сидоров"])
def test_an_acting_ministers_capital_initials_are_no_signers_name(signature):
    # «И.О.» is «исполняющий обязанности», not the initials of a signer named «Министра»
    md = _md("О порядке ведения перечня\nВ соответствии с Положением о министерстве спорта Омской области "
             f"приказываю:\n1. Утвердить порядок.\n{signature}")
    assert md["authority"] == "Министерство спорта Омской области"
