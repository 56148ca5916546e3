"""Headers in forms tune12 showed the reader had not met (acts17): another subject's body left in a
header by a site's template, a register card naming the issuer and «Дата документа», a page of one
part of an act whose first line prefixes the part's heading to the act's title line, and a title
line in a republic's second language.  Each rule on a header written for it, in regions and
wordings of our own (tune12's files are checked whole in tests/test_real_orders.py).
"""
import datetime as dt

import pytest

from parsers.extract.metadata import extract_metadata
from parsers.extract.second_language_titles import in_russian_order
from parsers.formats.text import parse_text
from parsers.site_chrome import strip_site_chrome


def _md(text: str) -> dict:
    return extract_metadata(parse_text(text))


def test_another_subjects_body_left_above_the_header_is_not_the_issuer():
    text = ("Текущая редакция документа\n\nГУБЕРНАТОР ТОМСКОЙ ОБЛАСТИ\n\nПРАВИТЕЛЬСТВО КУРСКОЙ ОБЛАСТИ\n\n"
            "ПОСТАНОВЛЕНИЕ\n\nот 14 марта 2019 г. № 201-пп\n\n"
            "О порядке предоставления субсидий в Курской области\n\n"
            "Правительство Курской области постановляет:\n")
    md = _md(text)
    assert (md["authority"], md["region"]) == ("Правительство Курской области", "Курская область")
    assert (md["order_number"], md["order_date"]) == ("201-пп", dt.date(2019, 3, 14))


@pytest.mark.parametrize("stray", ["ГЛАВА РЕСПУБЛИКИ ХАКАСИЯ", "ГУБЕРНАТОР ТОМСКОЙ ОБЛАСТИ\n"
                                   "Утратил силу - Приказ Государственной жилищной инспекции Омской области"])
def test_a_stray_line_over_a_body_whose_name_opens_with_adjectives(stray):
    """The body's head noun after its adjectives opens a body's lines too; a note wrapped under the stray
    line naming the act's own subject does not make the stray line the act's."""
    text = (f"{stray}\nГОСУДАРСТВЕННАЯ ЖИЛИЩНАЯ ИНСПЕКЦИЯ ОМСКОЙ ОБЛАСТИ\nПРИКАЗ\nот 12.10.2022 № 41-п\n"
            "О порядке проверок на территории Омской области\n")
    md = _md(text)
    assert (md["authority"], md["region"]) == ("Государственная жилищная инспекция Омской области", "Омская область")


def test_a_stray_line_over_a_district_administration_under_its_citys_government():
    text = ("Субъект РФ: | Санкт-Петербург |\n\nГУБЕРНАТОР ОМСКОЙ ОБЛАСТИ\nПРАВИТЕЛЬСТВО САНКТ-ПЕТЕРБУРГА\n"
            "АДМИНИСТРАЦИЯ КАЛИНИНСКОГО РАЙОНА\nСАНКТ-ПЕТЕРБУРГА\nРАСПОРЯЖЕНИЕ\nот 02.02.2021 № 77-р\n"
            "О комиссии по делам несовершеннолетних\n")
    md = _md(text)
    assert (md["authority"], md["region"]) == ("Администрация Калининского района Санкт-Петербурга",
                                               "Санкт-Петербург")


def test_a_joint_act_of_two_subjects_named_again_below_keeps_its_first_body():
    """Both subjects are named in the title: a joint act, not a template's line."""
    text = ("ПРАВИТЕЛЬСТВО МОСКВЫ\nПРАВИТЕЛЬСТВО МОСКОВСКОЙ ОБЛАСТИ\nПОСТАНОВЛЕНИЕ\nот 5 июня 2018 г. № 512-ПП/353\n"
            "О согласованных мерах в Москве и Московской области\n")
    assert _md(text)["authority"] == "Правительство Москвы"


def test_a_register_card_names_the_issuer_and_the_documents_date():
    """The register's own date and number (its registration) are not the act's."""
    text = ("Вид документа: Приказ\n"
            "Наименование правотворческого органа: Территориальный фонд обязательного медицинского страхования "
            "Тверской области\nДата документа: 03.04.2019\nНомер документа: 58\n"
            "Дата государственной регистрации: 20.04.2019\nРегистрационный номер: 1204\n"
            "Заголовок документа: Об утверждении порядка проверок\n")
    md = _md(text)
    assert md["authority"] == "Территориальный фонд обязательного медицинского страхования Тверской области"
    assert (md["order_number"], md["order_date"], md["act_kind"]) == ("58", dt.date(2019, 4, 3), "приказ")


def test_the_headers_own_issuer_wins_over_the_cards():
    text = ("Принявший орган: Правительство Курской области\n\nКОМИТЕТ ПО ТАРИФАМ КУРСКОЙ ОБЛАСТИ\n\nПРИКАЗ\n\n"
            "от 1 июля 2020 г. № 12\n\nОб установлении тарифов\n")
    assert _md(text)["authority"] == "Комитет по тарифам Курской области"


@pytest.mark.parametrize("first", [
    'Глава 2. Закон Псковской области "Об охоте" от 12.05.2018 N 1850-ОЗ',
    'Статья 7. Закон Псковской области от 12.05.2018 N 1850-ОЗ "Об охоте"',
    'Раздел IV. Закон Псковской области "Об охоте" от 12.05.2018 N 1850-ОЗ',
])
def test_a_page_of_one_part_of_an_act_titled_by_the_part_and_the_act(first):
    text = f"{first}\nГлава 2. Охотничьи угодья\nСтатья 7. Границы угодий\n"
    md = _md(text)
    assert (md["order_number"], md["order_date"], md["act_kind"], md["region"]) == (
        "1850-ОЗ", dt.date(2018, 5, 12), "закон", "Псковская область")


def test_a_parts_own_words_citing_an_act_are_not_its_header():
    text = ("Статья 2. Признать утратившим силу Закон Псковской области от 12.05.2018 N 1850-ОЗ\n"
            "Статья 3. Настоящий Закон вступает в силу со дня его официального опубликования.\n")
    assert _md(text)["order_number"] is None


def test_a_title_line_in_a_republics_second_language():
    """Tatar: the issuer in the genitive, the quoted title (citing the amended act's pair), then «<year>
    елның <day> <month>(ablative) <number> номерлы <kind>»."""
    text = ('Татарстан Республикасы Мәдәният министрлыгының "Татарстан Республикасы Мәдәният министрлыгының '
            '12.03.2015 ел, № 88 боерыгына үзгәрешләр кертү турында" 2021 елның 7 апрельдән 145-од номерлы боерыгы\n'
            "Сайттагы барлык материаллар\n")
    md = _md(text)
    assert (md["order_number"], md["order_date"], md["act_kind"], md["region"]) == (
        "145-од", dt.date(2021, 4, 7), "приказ", "Республика Татарстан")


def test_a_second_language_line_citing_an_act_in_another_case_is_not_its_header():
    """«… 94 номерлы карарына үзгәрешләр кертү хакында»: a title amending the act it names (dative)."""
    text = ("Татарстан Республикасы Арча муниципаль районы Советының 2019 елның 3 мартындагы 12 номерлы "
            "карарына үзгәрешләр кертү хакында\n")
    md = _md(text)
    assert (md["order_number"], md["order_date"]) == (None, None)


@pytest.mark.parametrize("words, russian", [
    ("2018 елның 30 ноябреннән 21-52-245/1 номерлы", "от 30.11.2018 № 21-52-245/1"),
    ("2020 йылдың 5 ғинуарындағы 7 һанлы", "от 05.01.2020 № 7"),
    ("2017 елның 31 июлендәге 94 номерлы", "от 31.07.2017 № 94"),
])
def test_second_language_date_and_number_words_in_russian_order(words, russian):
    assert in_russian_order(words) == russian


def test_a_registration_stamp_of_several_lines_above_the_header_is_not_the_acts():
    """The ministry of justice's stamp, its date and number on lines of their own above the header; the
    act's own pair printed after the signature."""
    text = ("Зарегистрировано\nв Министерстве юстиции\nРеспублики Марий Эл\n15 апреля 2020 г.\n"
            "Регистрационный № 1234\n\nМИНИСТЕРСТВО ЗДРАВООХРАНЕНИЯ РЕСПУБЛИКИ МАРИЙ ЭЛ\n\nПРИКАЗ\n\n"
            "Об утверждении порядка\n\nВ соответствии с законом приказываю:\n1. Утвердить порядок.\n\n"
            "Министр И.И. Иванов\n2 апреля 2020 г.\n№ 310\n")
    md = _md(text)
    assert md["authority"] == "Министерство здравоохранения Республики Марий Эл"
    assert (md["order_number"], md["order_date"]) == ("310", dt.date(2020, 4, 2))


def test_a_registration_stamp_above_a_header_dated_above_its_kind():
    text = ("Зарегистрировано в Управлении Минюста России\nпо Тамбовской области\n15 апреля 2020 г. № 1234\n\n"
            "МИНИСТЕРСТВО ЗДРАВООХРАНЕНИЯ ТАМБОВСКОЙ ОБЛАСТИ\n02.04.2020 № 310\nПРИКАЗ\nОб утверждении порядка\n")
    md = _md(text)
    assert md["authority"] == "Министерство здравоохранения Тамбовской области"
    assert (md["order_number"], md["order_date"]) == ("310", dt.date(2020, 4, 2))


@pytest.mark.parametrize("last", ["г. Тамбов, 4 июня 2021 года, № 612-З", "город Тамбов 4 июня 2021 г. N 612-З",
                                  "4 июня 2021 года г. Тамбов № 612-З", "Тамбов, 4 июня 2021 года, № 612-З"])
def test_a_laws_place_date_and_number_on_its_last_line(last):
    """The legislature's adoption date under the title is not the law's; its last line is."""
    text = ("ЗАКОН\nТАМБОВСКОЙ ОБЛАСТИ\n\nО мерах поддержки семей\n\n"
            "Принят Тамбовской областной Думой 28 мая 2021 года\n\n"
            "Статья 1. Настоящий Закон устанавливает меры поддержки.\n\n"
            f"Глава Тамбовской области И.И. Иванов\n{last}\n")
    md = _md(text)
    assert (md["order_number"], md["order_date"], md["act_kind"]) == ("612-З", dt.date(2021, 6, 4), "закон")


def test_a_listing_row_above_a_law_gives_its_number_typed_in_latin_letters():
    """«27-IHC | О …»: the row of a site's list whose title is the act's; a row of another act is not."""
    row = "27-IHC | О государственной службе (действующая редакция по состоянию на 01.02.2020 г.)\n"
    text = ("12-IНС | О языках\n" + row + "\n"
            "ДОНЕЦКАЯ НАРОДНАЯ РЕСПУБЛИКА\n\nЗАКОН\n\nО ГОСУДАРСТВЕННОЙ СЛУЖБЕ\n\n"
            "Принят Постановлением Народного Совета 3 апреля 2015 года\n\nСтатья 1\n")
    md = _md(text)
    assert (md["order_number"], md["order_date"]) == ("27-IHC", None)     # the edition's date is not the law's
    other = text.replace(row, "")
    assert _md(other)["order_number"] is None


@pytest.mark.parametrize("line", ["Дата публикации 17:01 25.06.2015", "Опубликовано: 25.06.2015 17:01"])
def test_a_pages_publication_date_with_its_time_is_chrome(line):
    assert strip_site_chrome([line, "ЗАКОН"]) == ["ЗАКОН"]


def test_a_words_comma_before_a_date_is_no_place():
    """Only a place's name (by the dictionary) before the comma makes a date line of a sentence's start."""
    from parsers.extract.signed import date_alone
    assert date_alone("Тверь, 12 марта 2020 года, № 95-ЗО") is not None
    assert date_alone("Утвердить, 12 марта 2020 года") is None
