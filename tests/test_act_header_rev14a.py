"""Review of acts14's header rules (rev14a): inputs its rules did not meet — a federal word in an
act's own title, a title line whose pair wraps under a title citing an act, a quoted title citing
an act before the own pair, a sentence citing an act's parts, an amended act sharing the own act's
number, a note «Приложение:» over a law-style signature.  Phrases composed for each rule.
"""
import datetime as dt

from parsers.extract.header_words import names_federal, parts_then_kind
from parsers.extract.lines import Line
from parsers.extract.metadata import extract_metadata
from parsers.extract.signed import signed_pair
from parsers.formats.text import parse_text
from textcore.quoted import outside_quotes


def _md(text: str) -> tuple:
    md = extract_metadata(parse_text(text))
    return md["authority"], md["order_number"], md["order_date"], md["act_kind"]


# --- a federal word is the issuer's only before the act's pair and title ------------------------

def test_a_federal_word_in_the_own_title_keeps_the_title_line():
    text = ("Приказ Министерства культуры Тамбовской области от 12.03.2020 № 45 «О праздновании Дня России»\n"
            "В соответствии с Положением о министерстве")
    assert _md(text) == ("Министерство культуры Тамбовской области", "45", dt.date(2020, 3, 12), "приказ")


def test_what_names_a_federal_act():
    assert names_federal("Указ Президента Российской Федерации от 07.05.2018 N 204")
    assert names_federal("Приказ Минтруда России № 12 от 01.02.2021")
    assert not names_federal("Приказ управления ЗАГС Тамбовской области от 01.02.2021 № 12 «О Дне России»")
    assert not names_federal("Приказ управления ЗАГС Тамбовской области Об исполнении указа Президента РФ")


# --- a title citing another act: the own pair still read -----------------------------------------

def test_a_title_citing_an_act_without_its_pair_takes_the_pair_under_it():
    text = ("Постановление Правительства Тамбовской области О внесении изменений в постановление "
            "Правительства Тамбовской области\nот 12.03.2020 № 45\nВ соответствии с Уставом")
    assert _md(text)[1:] == ("45", dt.date(2020, 3, 12), "постановление")


def test_a_quoted_title_citing_an_act_before_the_own_pair():
    """The line's first act is the own one: its pair after the quoted title wins over the cited one's."""
    text = ("Постановление Правительства Тамбовской области «О внесении изменений в постановление "
            "Правительства Тамбовской области от 01.02.2019 № 55» от 12.03.2020 № 45\nВ соответствии с Уставом")
    assert _md(text) == ("Правительство Тамбовской области", "45", dt.date(2020, 3, 12), "постановление")


def test_a_quoted_title_after_the_own_pair_is_unchanged():
    text = ("Постановление Правительства Тамбовской области от 12.03.2020 № 45 «О внесении изменений в "
            "постановление Правительства Тамбовской области от 01.02.2019 № 55»\nВ соответствии с Уставом")
    assert _md(text)[1:] == ("45", dt.date(2020, 3, 12), "постановление")


def test_what_quotes_hold_is_blanked_only_when_closed():
    assert outside_quotes("Приказ «О «Доме» № 5» от 1.02.2020") == "Приказ «" + " " * 12 + "» от 1.02.2020"
    assert outside_quotes('N 5 "Об отделе" от') == 'N 5 "         " от'
    assert outside_quotes("Приказ «О порядке от 1.02.2020 № 5") == "Приказ «О порядке от 1.02.2020 № 5"


# --- a sentence citing an act's parts is no title ---------------------------------------------

def test_a_first_line_citing_parts_in_a_sentence_names_no_header():
    for first in ("пунктом 3 постановления Правительства Тамбовской области от 01.02.2019 № 55-пп "
                  "установлено, что субсидии предоставляются ежегодно.",
                  "пункт 3 постановления Правительства Тамбовской области от 01.02.2019 № 55-пп дополнить "
                  "словами «и организаций»."):
        assert _md(first + "\nПорядок предоставления субсидий")[1:] == (None, None, None)


def test_what_a_parts_title_is_and_a_sentence_is_not():
    assert parts_then_kind("пп. 2, 3 приложения к приказу министерства от 3 марта 2021 г. N 44")
    assert parts_then_kind("п. 4 постановления Правительства от 12.05.2011 №210 об утверждении порядка")
    assert parts_then_kind("п. 4 постановления Правительства от 12.05.2011 №210 (ред. от 01.02.2015) г. Якутск")
    assert not parts_then_kind("пунктом 4 постановления Правительства от 12.05.2011 №210")   # instrumental
    assert not parts_then_kind("п. 4 постановления Правительства от 12.05.2011 №210 признан утратившим силу")


# --- an amended act sharing the own act's number -------------------------------------------

_AMENDING = ("В соответствии с Уставом Тамбовской области администрация области постановляет:\n"
             "1. Внести в постановление администрации области от 15.03.2016 № 45 «О порядке» изменение, "
             "изложив приложение в новой редакции (прилагается).\n"
             "Глава администрации области\nИ.И. Иванов\n"
             "Приложение\nк постановлению администрации\nТамбовской области\nот {date} № 45\n"
             "ПОРЯДОК\n1. Общие положения")


def test_a_stamp_sharing_the_amended_acts_number_but_not_its_date_is_this_acts():
    assert _md(_AMENDING.format(date="20.04.2017"))[1:3] == ("45", dt.date(2017, 4, 20))
    assert _md(_AMENDING.format(date="15.03.2016"))[1:3] == (None, None)      # the amended act's own stamp


# --- a note «Приложение:» over a law-style signature ----------------------------------------

def test_an_attachments_note_over_the_signature_keeps_the_signed_pair():
    text = ["Приложение: на 3 л. в 1 экз.", "Губернатор Тамбовской области", "И.И. Иванов", "г. Тамбов",
            "5 июля 2012 года", "N 281-пг"]
    assert signed_pair([Line(t, k) for k, t in enumerate(text)]) == ("281-пг", dt.date(2012, 7, 5))



def test_a_wrapped_sentence_citing_an_act_over_the_signature_opens_no_stamp():
    """A converted page breaks a sentence before «постановлением …»: no stamp whose word was cut."""
    text = ["3. Контроль за исполнением указа возложить на заместителя, назначенного",
            "постановлением Правительства Тамбовской области.", "Губернатор Тамбовской области", "И.И. Иванов",
            "г. Тамбов", "5 июля 2012 года", "N 281-пг"]
    assert signed_pair([Line(t, k) for k, t in enumerate(text)]) == ("281-пг", dt.date(2012, 7, 5))
    cut = ["к постановлению администрации", "от 15.03.2016 № 120-па"]           # a page's first line: a cut stamp
    assert signed_pair([Line(t, k) for k, t in enumerate(cut)]) == (None, None)


# --- hostile inputs (timed in benchmarks/bench_hostile_inputs.py, never here) ------------------

def test_quotes_left_open_by_the_thousand_blank_only_what_closes():
    unclosed = "«" * 5000 + "а»"                  # the outermost never closes: nothing is blanked
    assert outside_quotes(unclosed) == unclosed
    assert outside_quotes('"аб" ' * 2500 + '"') == '"  " ' * 2500 + '"'      # the last one left open


def test_a_parts_line_of_thousands_of_parts_going_on_as_a_sentence_is_none():
    text = "п. " + "1, " * 2000 + "постановления Правительства от 12.05.2011 №210 " + "слово " * 2000
    assert not parts_then_kind(text)
    assert parts_then_kind(text[:text.index("слово")])


def test_thousands_of_stamps_without_a_date_hold_no_signed_pair():
    lines = [Line(t, i) for i, t in enumerate(["Приложение", "к постановлению", "Губернатор"] * 1000)]
    assert signed_pair(lines) == (None, None)
