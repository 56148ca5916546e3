"""News items of acts and headers a copy ran together (acts19): the kind beside a verb of the act's signing
or coming into force, the act an item's lead opens with in the instrumental, an issuer named by its
head's post and a person's name, a signer's initials run into the post, a register's number run into its
title's first word (parsers/extract/news_item.py, unglue.py, header_mend.pair_apart).  Headers, names and
numbers are our own.
"""
import datetime as dt

from parsers.extract.header_mend import lone_item, pair_apart
from parsers.extract.lines import Line
from parsers.extract.metadata import read_metadata
from parsers.extract.news_item import lead_act, named_head, reported_kind, reported_pair
from parsers.extract.unglue import unglue
from parsers.formats.text import parse_text


def _md(text: str) -> dict:
    return read_metadata(parse_text(text))[0]


def test_a_news_item_gives_the_kind_its_head_signed():
    text = ("Новости региона\n14 мая 2023 15:02\n"
            "Губернатор Тамбовской области Иван Петров подписал распоряжение о создании штаба по работе "
            "с обращениями граждан. Штаб начнёт работу в июне.\n")
    md = _md(text)
    assert (md["act_kind"], md["order_number"], md["order_date"]) == ("распоряжение", None, None)
    assert md["region"] == "Тамбовская область"


def test_the_kind_before_its_verb_and_the_kind_that_comes_into_force():
    assert reported_kind(["Соответствующее постановление подписал глава региона."]) == "постановление"
    assert reported_kind(["Об этом сообщили в пресс-службе.", "Распоряжение вступает в силу с 1 июля."]) == \
        "распоряжение"
    assert reported_kind(["Распоряжением постановил перенести выходной день."]) == "распоряжение"


def test_a_kind_a_sentence_end_parts_from_the_verb_is_none():
    assert reported_kind(["Документ подписал. Указ опубликуют позже"]) is None
    assert reported_kind(["Глава региона подписал соглашение о сотрудничестве."]) is None


def test_an_item_on_a_body_of_the_act_named_as_data():
    """«данный приказ» names the act itself as «настоящий приказ» does."""
    text = "Порядок приёма граждан в министерстве.\nДанный приказ вступает в силу со дня подписания.\n"
    assert _md(text)["act_kind"] == "приказ"


def test_a_lead_opening_with_the_act_in_the_instrumental_gives_its_pair_and_issuer():
    text = ("05.04.2019\nПостановлением Правительства Курской области № 212-па от 4 апреля 2019 года "
            "утверждён порядок оценки качества услуг.\nДокумент опубликован на портале.\n")
    md = _md(text)
    assert (md["act_kind"], md["order_number"], md["order_date"]) == ("постановление", "212-па",
                                                                       dt.date(2019, 4, 4))
    assert md["authority"] == "Правительство Курской области"


def test_a_lead_stating_no_number_gives_no_pair():
    got = lead_act(["Указом Губернатора Курской области от 4 апреля 2019 года учреждена награда."])
    assert (got["act_kind"], got["order_number"], got["order_date"]) == ("указ", None, None)


def test_an_instrumental_kind_inside_the_text_opens_no_lead():
    assert lead_act(["В соответствии с постановлением Правительства № 5 от 01.02.2019 утверждён порядок."]) is None
    assert lead_act(["Министерство сообщает о новых правилах приёма.", "Приказом № 5 от 01.02.2019 утверждён порядок."]) \
        is None


def test_an_issuer_named_by_its_heads_post_and_name():
    text = ("В Курской области 1 июня объявлен выходным днём\n"
            "Об этом сообщил губернатор региона Иван Петров в своём канале.\n"
            "Соответствующий указ подписан.\n")
    md = _md(text)
    assert (md["authority"], md["act_kind"]) == ("Губернатор Курской области", "указ")


def test_a_post_with_no_persons_name_names_no_issuer():
    assert named_head(["губернатор области поручил проверить"]) is None
    assert named_head(["Губернатор Иван Петров поручил"]) == "Губернатор"


def test_a_signers_initials_run_into_the_post_are_parted():
    assert unglue("Губернатор Курской областиИ.П.ПЕТРОВ") == "Губернатор Курской области И.П.ПЕТРОВ"
    text = ("1. Настоящий Закон вступает в силу через десять дней.\nГубернатор Курской областиИ.П.ПЕТРОВ\n"
            "г. Курск\n3 марта 2016 года\nN 14-ЗКО\n")
    md = _md(text)
    assert (md["region"], md["order_number"], md["order_date"], md["act_kind"]) == (
        "Курская область", "14-ЗКО", dt.date(2016, 3, 3), "закон")


def test_a_registers_number_run_into_its_title_is_parted_and_set_out():
    assert unglue("от 01.02.2012 № 118Об утверждении порядка") == "от 01.02.2012 № 118 Об утверждении порядка"
    assert unglue("№ 120о от 01.02.2012") == "№ 120о от 01.02.2012"      # a number's own small letter
    text = "Министерство культуры Курской области\nот 01.02.2012 № 118Об утверждении порядка приёма граждан\n"
    md = _md(text)
    assert (md["order_number"], md["order_date"], md["authority"]) == (
        "118", dt.date(2012, 2, 1), "Министерство культуры Курской области")


def test_pair_apart_leaves_a_pair_in_a_sentence_alone():
    line = Line("от 01.02.2012 № 118 Об утверждении порядка", 1)
    assert [ln.text for ln in pair_apart([line])] == ["от 01.02.2012 № 118", "Об утверждении порядка"]
    kept = Line("Приказом от 01.02.2012 № 118 О порядке утверждён перечень", 1)
    assert pair_apart([kept]) == [kept]


def test_a_page_of_one_list_item_is_that_acts_title_line():
    md = _md("3. распоряжение комитета по культуре Курской области от 12.09.2018 г. № 77-р\n")
    assert (md["act_kind"], md["order_number"], md["order_date"]) == ("распоряжение", "77-р", dt.date(2018, 9, 12))
    assert md["authority"] == "Комитет по культуре Курской области"


def test_a_list_of_several_items_gives_none_of_their_pairs():
    md = _md("1. распоряжение комитета по культуре Курской области от 12.09.2018 г. № 77-р\n"
             "2. распоряжение комитета по культуре Курской области от 14.10.2018 г. № 81-р\n")
    assert (md["act_kind"], md["order_number"], md["order_date"]) == (None, None, None)


def test_lone_item_keeps_an_item_that_names_no_act():
    lines = [Line("2. порядок приёма граждан от 12.09.2018", 1)]
    assert lone_item(lines) == lines


def test_a_title_line_with_a_misspelt_issuer_gives_its_kind_and_date():
    md = _md("Распоряжение администрацыи района от 11.05.2016\n\nО порядке приёма граждан\n")
    assert (md["act_kind"], md["order_date"]) == ("распоряжение", dt.date(2016, 5, 11))


def test_a_kind_opening_a_sentence_far_from_its_date_is_no_title_line():
    md = _md("Распоряжение регулирует порядок работы с обращениями граждан в течение года от 11.05.2016\n")
    assert md["order_date"] is None


def test_a_note_on_an_act_opening_the_text_is_no_lead():
    assert lead_act(["Распоряжением Главы Курской области от 02.03.2015 № 8 настоящее распоряжение признано "
                     "утратившим силу."]) is None
    assert lead_act(["Постановлением Правительства Курской области от 02.03.2015 № 8 внесены изменения."]) is None


def test_a_post_in_capitals_over_capital_words_is_no_persons_name():
    assert named_head(["2. АППАРАТУ ГЛАВЫ ИВАНОВСКОЙ ОБЛАСТИ РАЗРАБОТАТЬ ПОРЯДОК"]) is None
    assert named_head(["Глава Иван ПЕТРОВ"]) is None


def test_a_pair_stated_right_after_the_signed_kind_is_the_acts():
    text = ("Новости области\n12.05.2024\nГубернатор Курской области Иван Петров подписал указ № 145-пг от 10 мая "
            "2024 года о создании штаба. Штаб начнёт работу в июне.\n")
    md = _md(text)
    assert (md["act_kind"], md["order_number"], md["order_date"]) == ("указ", "145-пг", dt.date(2024, 5, 10))
    got = reported_pair(["Председатель комитета подписал распоряжение от 03.04.2022 г. № 12-р «О порядке»."])
    assert (got["order_number"], got["order_date"]) == ("12-р", dt.date(2022, 4, 3))


def test_no_pair_where_the_kind_is_not_signed_in_the_past_or_the_date_follows_the_title():
    assert reported_pair(["Губернатору подписать распоряжение № 5 от 01.02.2023 в течение недели."]) is None
    assert reported_pair(["Губернатор подписал указ о празднике, № 5 которого действует с 01.02.2023."]) is None
    assert reported_pair(["Губернатор подписал указ о выходном дне от 01.02.2023 № 5."]) is None


def test_a_modifier_between_the_verb_and_the_kind():
    assert reported_kind(["Губернатор подписал соответствующее распоряжение о переносе выходных."]) == "распоряжение"
    assert reported_kind(["Губернатор подписал важное соглашение."]) is None
