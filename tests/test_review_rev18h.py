"""rev18h: the review of acts21 — each test fails on acts21's code and passes with the mend."""
import datetime as dt

from parsers.extract.metadata import read_metadata
from parsers.formats.text import parse_text


def _md(*lines: str) -> dict:
    return read_metadata(parse_text("\n".join(lines) + "\n"))[0]


def test_a_regional_act_whose_header_was_lost_takes_no_number_from_the_federal_act_it_cites():
    md = _md("Постановление Правительства Российской Федерации от 16.05.2011 N 373", "",
             "В целях реализации указанного постановления Министерство труда и социального развития "
             "Омской области приказывает:", "1. Утвердить перечень точек взаимодействия.")
    assert (md["order_number"], md["order_date"]) == (None, None)
    assert md["region_code"] == "RU-OMS"
    # the federal act's own page, no subject under its title line, is still read as that act's
    md = _md("Постановление Правительства Российской Федерации от 16.05.2011 N 373", "",
             "Правительство Российской Федерации постановляет:", "1. Утвердить порядок.")
    assert (md["order_number"], md["order_date"]) == ("373", dt.date(2011, 5, 16))


def test_an_order_by_a_body_in_the_dative_after_po_is_that_bodys():
    # «ПРИКАЗ по Министерству …»: the old form of a body's own order; «по» makes the dative no addressee
    body = ["", "Об утверждении перечня точек взаимодействия", "", "приказываю:", "1. Утвердить перечень."]
    md = _md("ПО МИНИСТЕРСТВУ ЗДРАВООХРАНЕНИЯ ОМСКОЙ ОБЛАСТИ", "", "ПРИКАЗ", "от 02.02.2022 № 17", *body)
    assert md["authority"] == "Министерство здравоохранения Омской области"
    md = _md("Приказ по Министерству здравоохранения Омской области от 02.02.2022 № 17", *body)
    assert md["authority"] == "Министерство здравоохранения Омской области"
    from parsers.extract.issuer import authority_in
    assert authority_in("Свести сведения по Министерству здравоохранения Омской области") is None


def test_no_head_inside_an_addressees_name_is_the_issuer():
    from parsers.extract.issuer import authority_in
    assert authority_in("Управлению делами Губернатора Омской области подготовить проект", header=True) is None
    assert authority_in("Управлению делами Губернатора Омской области подготовить проект") is None
    # a body named after the addressee's name is still read
    assert authority_in("Министерству культуры Омской области поручить. Губернатор Омской области") == \
        "Губернатор Омской области"


def test_a_news_items_ground_of_another_act_names_neither_kind_nor_issuer():
    news = ["Новости", "", "03.03.2021", "", "Согласно постановлению правительства Омской области, министерство "
            "здравоохранения Омской области издало приказ о приёме граждан."]
    md = _md(*news)
    assert md["authority"] != "Правительство Омской области" and md["act_kind"] == "приказ"
    from parsers.extract.basis_act import basis_issuer, basis_kind
    assert (basis_kind(news), basis_issuer(news)) == (None, None)
    # the ground opening a sentence of its own is still read
    assert basis_kind([*news[:4], "Согласно постановлению правительства Омской области, отделы объединят."]) == \
        "постановление"


def test_an_item_reporting_an_act_of_another_kind_takes_no_issuer_from_a_ground():
    from parsers.extract.news_item import approving_place
    news = ["Новости", "", "03.03.2021", "", "Подписан приказ о приёме граждан.",
            "Согласно постановлению правительства Омской области, приём ведётся круглый год."]
    assert approving_place(news) is None
    assert approving_place([*news[:4], news[5]]) == "Правительство Омской области"


def test_a_name_quoted_low_then_right_double_is_closed_already():
    from parsers.extract.issuer_tidy import tidy_name
    # «„…”» is a common typing of Russian quotes: closed, nothing added
    assert tidy_name("Комитет „Центр занятости населения”") == "Комитет „Центр занятости населения”"
    assert tidy_name("ГБУ «Центр» и „Дом”") == "ГБУ «Центр» и „Дом”"
    assert tidy_name("Комитет „Центр занятости") == "Комитет „Центр занятости“"
    assert tidy_name("Комитет “Центр занятости") == "Комитет “Центр занятости”"
