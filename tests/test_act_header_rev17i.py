"""Review mends of acts19 (rev17i): an amending act whose text opens with the act it amends in the
instrumental («Приказом министерства от … № 45 утверждён …», then «ПРИКАЗЫВАЮ: 1. Внести …») is no news
item — that pair is the cited act's; a number whose own letter is a capital «О» before «от» («№ 12О от …»)
keeps it.  Headers, names and numbers are our own.
"""
import datetime as dt

from parsers.extract.header_mend import lone_item
from parsers.extract.lines import Line
from parsers.extract.metadata import read_metadata
from parsers.extract.news_item import lead_act, named_head, reported_kind, reported_pair
from parsers.extract.unglue import unglue
from parsers.formats.text import parse_text


def _md(text: str) -> dict:
    return read_metadata(parse_text(text))[0]


_AMENDING = ("Приказом министерства здравоохранения Тверской области от 12.03.2021 № 45 утверждён порядок "
             "работы с обращениями граждан.\n"
             "В связи с изменением структуры министерства приказываю:\n"
             "1. Внести в указанный приказ следующие изменения:\n"
             "1.1. Пункт 2 изложить в новой редакции.\n"
             "Министр И.И. Иванов\n")


def test_an_amending_acts_opening_cites_the_act_it_amends():
    md = _md(_AMENDING)
    assert (md["order_number"], md["order_date"]) == (None, None)
    assert md["act_kind"] == "приказ"                 # its own enacting verb «приказываю» still names it


def test_an_amending_clause_on_the_leads_own_line_stops_it_too():
    text = "Постановлением Правительства Тверской области от 12.03.2021 № 45-пп утвержден Порядок. Внести в Порядок изменения."
    assert lead_act([text]) is None


def test_a_news_items_lead_with_no_act_clause_below_is_still_read():
    got = lead_act(["Указом Губернатора Курской области № 34 от 23 февраля 2020 года учреждена награда.",
                    "Награду вручат в марте."])
    assert (got["act_kind"], got["order_number"], got["order_date"]) == ("указ", "34", dt.date(2020, 2, 23))


def test_a_numbers_own_capital_o_before_its_date_stays_on_it():
    assert unglue("ПРИКАЗ № 12О от 12.03.2021") == "ПРИКАЗ № 12О от 12.03.2021"
    assert unglue("№ 2253Об утверждении порядка") == "№ 2253 Об утверждении порядка"
    md = _md("МИНИСТЕРСТВО ЗДРАВООХРАНЕНИЯ ТВЕРСКОЙ ОБЛАСТИ\nПРИКАЗ № 12О от 12.03.2021\n"
             "Об утверждении перечня точек касания\n")
    assert (md["order_number"], md["order_date"]) == ("12О", dt.date(2021, 3, 12))


def test_an_act_a_participle_cites_is_no_reported_kind():
    # «подписанного указа»: an attributive participle names an act cited; a headerless act keeps no kind
    assert reported_kind(["Во исполнение подписанного указа Губернатора утвердить перечень точек касания."]) is None
    assert reported_kind(["Соответствующий указ подписан губернатором."]) == "указ"      # a short one reports


def test_a_head_named_in_the_dative_is_an_addressee_no_issuer():
    assert named_head(["Направить перечень главе администрации Ивану Петрову для исполнения."]) is None
    assert _md("Направить перечень главе администрации Ивану Петрову для исполнения.\n")["authority"] is None
    assert named_head(["Об этом сообщил губернатор региона Иван Петров."]) == "Губернатор"


def test_a_lone_item_doing_something_to_the_act_it_names_is_no_title_line():
    repeal = [Line("1. приказ министерства образования Тверской области от 12.03.2021 № 45 признать утратившим силу.", 1)]
    assert lone_item(repeal) == repeal
    md = _md(repeal[0].text + "\n")
    assert (md["act_kind"], md["order_number"], md["order_date"]) == (None, None, None)
    # a list of one whose quoted title amends is still that act's title line
    listed = lone_item([Line("2. приказ министерства от 12.03.2021 № 45 «О внесении изменений в порядок»", 1)])
    assert listed[0].text.startswith("Приказ министерства от 12.03.2021 № 45")


def test_a_decree_an_acts_preamble_reports_signed_is_cited_no_pair_of_the_act():
    text = ("В связи с тем, что Губернатор Тверской области подписал указ № 5 от 01.02.2022 о выходном дне, "
            "приказываю:\n1. Перенести приём граждан.\nМинистр И.И. Иванов\n")
    md = _md(text)
    assert (md["act_kind"], md["order_number"], md["order_date"]) == ("приказ", None, None)
    assert reported_pair(["Губернатор Курской области подписал указ № 145-пг от 10 мая 2024 года о штабе."]) \
        is not None                     # a news item with no act's clause still gives it


def test_a_publication_line_that_is_the_acts_only_carrier_gives_its_act():
    text = ("Опубликован приказ министерства здравоохранения Тверской области от 12.03.2021 № 45\n"
            "Перечень точек касания\n1. Приём граждан\n")
    md = _md(text)
    assert (md["act_kind"], md["order_number"], md["order_date"]) == ("приказ", "45", dt.date(2021, 3, 12))
    assert md["authority"] == "Министерство здравоохранения Тверской области"


def test_a_publication_line_over_a_header_of_its_own_is_still_read_past():
    text = ("Опубликован приказ министерства здравоохранения Тверской области от 12.03.2021 № 45\n"
            "МИНИСТЕРСТВО ЗДРАВООХРАНЕНИЯ ТВЕРСКОЙ ОБЛАСТИ\nПРИКАЗ\nот 14.03.2021 № 46\nОб утверждении перечня\n")
    assert (_md(text)["order_number"], _md(text)["order_date"]) == ("46", dt.date(2021, 3, 14))
