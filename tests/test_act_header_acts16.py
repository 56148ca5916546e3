"""Headers of a subject's law (acts16, tune11): the law's own kind «закон» where it heads the act —
a site's title line «Закон <субъекта> от … № 137-ОЗ», «Областной закон …», a kind line «ЗАКОН», the
text's «настоящий Закон», a card's «Вид документа: Закон» — and a law cited anywhere else (a
federal one, one named after an order's header) still the cited act's.  Each rule on a header
written for it, in regions and wordings of our own (tune11's files are checked whole in
tests/test_real_orders.py).
"""
import datetime as dt

import pytest

from parsers.extract.header_words import act_kind_in, before_other_act, is_doc_type
from parsers.extract.metadata import extract_metadata
from parsers.formats.text import parse_text


def _md(text: str) -> tuple:
    md = extract_metadata(parse_text(text))
    return md["order_number"], md["order_date"], md["act_kind"]


def test_a_laws_title_line_gives_its_number_date_and_kind():
    """The number and date stand only in the site's title line; the blank under it prints the
    kind alone and the legislature's adoption date, which is not the act's."""
    text = ("Поиск документов\n\n"
            "Закон Курганской области от 03.11.2021 № 118-ЗКО\n\n"
            "РОССИЙСКАЯ ФЕДЕРАЦИЯ\nКУРГАНСКАЯ ОБЛАСТЬ\n\nЗАКОН\n\n"
            "«О мерах социальной поддержки\n отдельных категорий граждан»\n\n"
            "Принят Курганской областной Думой\n26 октября 2021 года\n\n"
            "Статья 1. Предмет регулирования\n")
    assert _md(text) == ("118-ЗКО", dt.date(2021, 11, 3), "закон")


@pytest.mark.parametrize("line, number, date", [
    ("Закон Республики Марий Эл от 5 марта 2019 года N 42-З «О культуре»", "42-З", dt.date(2019, 3, 5)),
    ("Областной закон Ленинградской области от 12.10.2020 № 80-оз", "80-оз", dt.date(2020, 10, 12)),
    ("Закон Республики Адыгея от 14.07.2022 N 123-РЗ", "123-РЗ", dt.date(2022, 7, 14)),
])
def test_a_title_line_opening_with_a_law_is_the_acts_own(line, number, date):
    text = f"{line}\n\nСтатья 1. Общие положения\n1. Настоящий Закон регулирует отношения.\n"
    assert _md(text) == (number, date, "закон")


def test_a_kind_line_law_with_its_pair_under_it():
    text = ("ЗАКОН\nТВЕРСКОЙ ОБЛАСТИ\n\nот 17 мая 2023 г. N 31-ЗО\n\n"
            "О внесении изменения в статью 2 закона Тверской области\n\nСтатья 1\n")
    assert _md(text) == ("31-ЗО", dt.date(2023, 5, 17), "закон")
    assert is_doc_type("ЗАКОН") and is_doc_type("Областной закон") and is_doc_type("З А К О Н")


def test_a_law_with_no_header_names_itself():
    """«настоящего Закона» in a text with no header: the kind it gives itself."""
    text = ("О порядке учёта мнения населения\n\n"
            "Статья 1. Действие настоящего Закона распространяется на органы местного самоуправления.\n")
    assert _md(text)[2] == "закон"


def test_a_sites_card_names_a_law():
    text = ("Вид документа: Закон\nНомер документа: 64-ОЗ\nДата принятия: 21.06.2018\n\n"
            "О наградах области\n\nСтатья 1\n")
    assert _md(text) == ("64-ОЗ", dt.date(2018, 6, 21), "закон")


def test_a_federal_laws_title_line_is_never_the_acts():
    """A site's banner naming a federal law above a ministry's order: the order's header stands."""
    text = ("Федеральный закон от 06.10.2003 N 131-ФЗ «Об общих принципах»\n"
            "Закон Российской Федерации от 07.02.1992 N 2300-1 «О защите прав потребителей»\n\n"
            "МИНИСТЕРСТВО ЭКОНОМИКИ ПЕНЗЕНСКОЙ ОБЛАСТИ\nПРИКАЗ\nот 02.04.2024 № 55-од\n"
            "Об утверждении перечня точек взаимодействия\n")
    assert _md(text) == ("55-од", dt.date(2024, 4, 2), "приказ")


def test_a_law_named_under_an_orders_header_is_the_cited_acts():
    """A regional law opening a line of the order's grounds, under a header that states its own
    pair: the order's pair and kind stand."""
    text = ("ДЕПАРТАМЕНТ ЗДРАВООХРАНЕНИЯ ИВАНОВСКОЙ ОБЛАСТИ\nПРИКАЗ\nот 11.09.2024 № 210\n"
            "Об утверждении порядка\n"
            "Закон Ивановской области от 05.05.2015 № 44-ОЗ «О здравоохранении» предусматривает:\n")
    assert _md(text) == ("210", dt.date(2024, 9, 11), "приказ")


def test_before_other_act_keeps_a_law_opening_the_line():
    line = "Закон Курганской области от 03.11.2021 № 118-ЗКО «О мерах, указанных в Законе от 1.02.2020 № 5»"
    assert before_other_act(line) == line
    assert before_other_act("Областной закон Ростовской области от 1.02.2020 № 5-ЗС") == \
        "Областной закон Ростовской области от 1.02.2020 № 5-ЗС"
    # a law after the line's own kind is still a cited act
    assert before_other_act("Постановление от 1.02.2020 № 5 - Закон области от 3.03.2019 № 7-ОЗ") == \
        "Постановление от 1.02.2020 № 5 - "


def test_act_kind_in_reads_a_law():
    assert act_kind_in("ЗАКОН") == "закон"
    assert act_kind_in("Постановление Правительства области в соответствии с законом") == "постановление"


def test_a_sites_menu_of_kinds_in_capitals_is_no_kind_line():
    """A legal site's menu above the header lists kinds in the plural («ЗАКОНЫ», «ПОСТАНОВЛЕНИЯ»):
    the act's own kind line, in the nominative singular, is the header's."""
    assert not is_doc_type("ЗАКОНЫ") and not is_doc_type("ПОСТАНОВЛЕНИЯ") and not is_doc_type("Распоряжения")
    text = ("ЗАКОНОДАТЕЛЬСТВО\nЗАКОНЫ\nПОСТАНОВЛЕНИЯ\nРАСПОРЯЖЕНИЯ\nВСЕ ДОКУМЕНТЫ\n"
            "АДМИНИСТРАЦИЯ ВОЛОГОДСКОЙ ОБЛАСТИ\nПОСТАНОВЛЕНИЕ\nот 14 мая 2010 г. № 77-па\n"
            "О порядке приёма граждан\n")
    assert _md(text) == ("77-па", dt.date(2010, 5, 14), "постановление")


def test_a_laws_adoption_date_under_its_quoted_title_is_not_its_date():
    """No title line: the kind line «ЗАКОН», the title in quotes, the legislature's «Принят …
    26 октября 2021 года», the date and number after the signature — those are the law's."""
    text = ("РОССИЙСКАЯ ФЕДЕРАЦИЯ\nКУРГАНСКАЯ ОБЛАСТЬ\n\nЗАКОН\n\n«О мерах социальной поддержки\n"
            "отдельных категорий граждан»\n\nПринят Курганской областной Думой\n26 октября 2021 года\n\n"
            "Статья 1. Предмет регулирования\nНастоящий Закон устанавливает меры.\n\n"
            "Губернатор Курганской области\nВ.М. Шумков\nг. Курган\n3 ноября 2021 года\nN 118-ЗКО\n")
    assert _md(text) == ("118-ЗКО", dt.date(2021, 11, 3), "закон")
