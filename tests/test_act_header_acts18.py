"""Headers whose act's own date and number stand away from its head (acts18): a registration stamp above
it, the pair only after the signature (past the first lines of a long act too), a site's news item dated
above the act, an amendment history wrapped under the title, an electronic signature's certificate block,
a header read across two columns, a title whose wrapped lines cite the amended act.  A date or number is
the act's by its role; headers, bodies, dates and numbers are our own (parsers/extract/role_lines.py,
header_columns.py, signed.after_signature).
"""
import datetime as dt

import pytest

from parsers.extract.header_columns import apart
from parsers.extract.lines import Line
from parsers.extract.metadata import read_metadata
from parsers.extract.role_lines import other_role_lines, title_span
from parsers.formats.text import parse_text

BODY = "1. Утвердить прилагаемый Порядок приёма граждан.\n2. Контроль за исполнением приказа оставляю за собой.\n"
LONG = "".join(f"{k}. Пункт порядка номер {k} с текстом.\n" for k in range(3, 90))
HEAD = "МИНИСТЕРСТВО ЗДРАВООХРАНЕНИЯ ТВЕРСКОЙ ОБЛАСТИ\nПРИКАЗ\nО порядке приёма граждан\n"


def _pair(text: str):
    md, _ = read_metadata(parse_text(text))
    return md["order_number"], md["order_date"]


def test_a_registration_stamp_above_a_header_with_no_pair_gives_none_of_it():
    """The pair is printed after the signature; the stamp's date and number are the registration's."""
    text = ("Зарегистрировано\nв Управлении Министерства юстиции\nРоссийской Федерации по Тверской области\n"
            "12 марта 2021 г. № 345\n\n" + HEAD + BODY + "Министр И.И. Иванов\n\n01.03.2021\n№ 56-нп\n")
    assert _pair(text) == ("56-нп", dt.date(2021, 3, 1))


def test_a_registration_stamp_alone_leaves_the_pair_unread_and_no_warning():
    text = ("Зарегистрировано в Управлении Министерства юстиции РФ по Тверской области от 12.03.2021 № 345\n"
            + HEAD + BODY)
    md, warnings = read_metadata(parse_text(text))
    assert (md["order_number"], md["order_date"], warnings) == (None, None, [])


@pytest.mark.parametrize("news_date", ["15 марта 2022, 10:41", "15.03.2022"])
def test_a_news_items_date_above_the_act_is_not_the_acts(news_date):
    text = f"Новости\n{news_date}\nОпубликован приказ о порядке приёма граждан\n" + HEAD + BODY + "Министр И.И. Иванов\n"
    assert _pair(text) == (None, None)
    assert _pair(text + "\n10.03.2022\n№ 88\n") == ("88", dt.date(2022, 3, 10))


def test_an_amendment_history_wrapped_under_the_title_is_the_amending_acts():
    text = (HEAD + "(в ред. приказов от 12.05.2021 № 01-11/101,\nот 15.09.2022 № 01-11/230)\n" + BODY
            + "Министр И.И. Иванов\n03.02.2020 № 01-11/45\n")
    assert _pair(text) == ("01-11/45", dt.date(2020, 2, 3))


@pytest.mark.parametrize("block", [
    "Документ подписан электронной подписью\nСертификат № 01A2B3C4D5\nВладелец Иванов Иван Иванович\n"
    "Действителен с 10.01.2023 по 10.04.2024\n",
    "ДОКУМЕНТ ПОДПИСАН\nЭЛЕКТРОННОЙ ПОДПИСЬЮ\nСертификат: 01A2B3C4D5\nВладелец: Иванов Иван Иванович\n"
    "Действителен\nс 10.01.2023\nпо 10.04.2024\n",
    "Документ подписан электронной подписью\nВладелец Иванов Иван Иванович\nДействителен с:\n10.01.2023\nпо:\n"
    "10.04.2024\n",
])
def test_a_signature_certificates_dates_are_never_the_acts(block):
    text = HEAD + BODY + "Министр И.И. Иванов\n" + block
    assert _pair(text) == (None, None)
    assert _pair(text + "\n14.06.2023 № 112\n") == ("112", dt.date(2023, 6, 14))


def test_role_lines_name_the_certificates_values_and_the_news_date():
    texts = ["Новости", "15.03.2022", "Опубликован приказ", "ПРИКАЗ", "от 10.03.2022 № 88",
             "Сертификат: 01A2", "с 10.01.2023", "по 10.04.2024", "14.06.2023 № 112"]
    assert other_role_lines(texts) == {0, 1, 2, 5, 6, 7}


def test_the_pair_under_the_signature_of_a_long_act_past_the_first_lines():
    text = (HEAD + BODY + LONG + "Министр\nИ.И. Иванов\n\nг. Тверь\n14 апреля 2022 г.\n№ 77-о\n\n"
            "Приложение\nТаблица\n31.12.2025\n№ 5\n")
    assert _pair(text) == ("77-о", dt.date(2022, 4, 14))


def test_a_title_whose_wrapped_lines_cite_the_amended_act_is_no_signature_pair():
    text = ("МИНИСТЕРСТВО ФИНАНСОВ КАЛУЖСКОЙ ОБЛАСТИ\nПРИКАЗ\nО внесении изменений в приказ министерства финансов\n"
            "от 07.10.2021\n№ 215\n" + BODY + "Министр И.И. Иванов\n01.12.2021 № 300\n")
    assert _pair(text) == ("300", dt.date(2021, 12, 1))


def test_title_span_only_of_a_subjects_title():
    texts = ["ПРИКАЗ", "О внесении изменений в приказ", "от 07.10.2021", "№ 215", "1. Внести изменения."]
    assert title_span(texts, "О внесении изменений в приказ от 07.10.2021 № 215") == {1, 2, 3}
    assert title_span(texts, "Постановление Администрации от 07.10.2021 № 215") == set()


@pytest.mark.parametrize("head", [
    "МИНИСТЕРСТВО ФИНАНСОВ\nКАЛУЖСКОЙ ОБЛАСТИ от 07.10.2021\nПРИКАЗ № 215\nО порядке приёма граждан\n",
    "МИНИСТЕРСТВО ФИНАНСОВ КАЛУЖСКОЙ ОБЛАСТИ\nПРИКАЗ\nО порядке приёма граждан от 07.10.2021\nв учреждениях № 215\n",
    "МИНИСТЕРСТВО ФИНАНСОВ КАЛУЖСКОЙ ОБЛАСТИ\nПРИКАЗ\nО порядке приёма\nот 07.10.2021\nграждан в учреждениях\n№ 215\n",
])
def test_a_header_read_across_two_columns(head):
    md, _ = read_metadata(parse_text(head + BODY))
    assert (md["order_number"], md["order_date"]) == ("215", dt.date(2021, 10, 7))
    assert md["authority"] == "Министерство финансов Калужской области"


def test_a_pair_standing_together_is_not_set_apart():
    lines = [Line(t, i) for i, t in enumerate(["ПРИКАЗ", "О внесении изменений в приказ от 07.10.2021 № 215",
                                                "в части сроков", "от 01.01.2020", "1. Внести."])]
    assert apart(lines, 25) is lines


@pytest.mark.parametrize("text, pair", [
    ("УКАЗ\nГУБЕРНАТОРА ТУЛЬСКОЙ ОБЛАСТИ\n\nО порядке приёма граждан\n" + BODY
     + "Губернатор Тульской области\nИ.И. Иванов\n\nг. Тула\n11 ноября 2021 года\n№ 140\n", ("140", dt.date(2021, 11, 11))),
    ("ПРАВИТЕЛЬСТВО ЛИПЕЦКОЙ ОБЛАСТИ\nРАСПОРЯЖЕНИЕ\n11.11.2021 № 512-р\nг. Липецк\nО порядке приёма граждан\n" + BODY,
     ("512-р", dt.date(2021, 11, 11))),
])
def test_decrees_of_a_governor_and_a_government(text, pair):
    assert _pair(text) == pair


def test_a_pages_date_above_the_kind_yields_to_the_pair_signed_whole():
    text = ("Об установлении карантина на территории района\n\n14 января 2019 г.\n\nПРИКАЗ\n\nг. Омск\n"
            "В соответствии с Законом Российской Федерации от 14 мая 1993 года № 4979-1 «О ветеринарии» приказываю:\n"
            "1. Установить карантин.\nМинистр\nИ.И. Иванов\n10.01.2019\n№ 3\n")
    assert _pair(text) == ("3", dt.date(2019, 1, 10))


def test_a_repeal_note_wrapped_to_its_number_under_the_kind_is_the_repealing_acts():
    text = ("АДМИНИСТРАЦИЯ КОСТРОМСКОЙ ОБЛАСТИ\nПОСТАНОВЛЕНИЕ\nУтратило силу - Постановление Администрации\n"
            "Костромской области\nот 23.12.2019 г. № 513-а\nО порядке приёма граждан\n" + BODY
            + "Губернатор области И.И. Иванов\n08.04.2014 № 116-а\n")
    assert _pair(text) == ("116-а", dt.date(2014, 4, 8))


def test_a_pages_title_above_the_kind_cites_another_act():
    text = ("О внесении изменений в постановление администрации Костромской области от 12.11.2013 N 477-а\n"
            "АДМИНИСТРАЦИЯ КОСТРОМСКОЙ ОБЛАСТИ\nПОСТАНОВЛЕНИЕ\nО внесении изменений в постановление\n" + BODY)
    assert _pair(text) == (None, None)


def test_an_edition_note_of_changes_under_the_title_is_not_the_acts():
    text = ("ГЛАВА РЕСПУБЛИКИ САХА (ЯКУТИЯ)\nУКАЗ\n(с изменениями на 17 марта 2023 года)\nО знаке отличия\n"
            + BODY + "Глава Республики И.И. Иванов\n05.09.2013 № 2230\n")
    assert _pair(text) == ("2230", dt.date(2013, 9, 5))


def test_a_wrapped_sentences_approved_by_opens_no_stamp_over_the_signed_pair():
    text = (HEAD + "1. Внести в Порядок приёма граждан,\nутвержденный приказом министерства финансов от 2\n"
            "ноября 2017 года N 219, следующие изменения.\nМинистр\nИ.И. Иванов\n07.10.2021\n№ 193\n")
    assert _pair(text) == ("193", dt.date(2021, 10, 7))


def test_a_garant_stamp_in_brackets_is_the_acts_own_not_a_note():
    texts = ["Программа", "(утв. постановлением Правительства области", "от 22 сентября 2009 г. N 360)",
             "(в ред. приказа", "от 12.03.2021 № 5)"]
    assert other_role_lines(texts) == {3, 4}


def test_a_header_run_into_one_line_after_a_publication_date_is_read():
    text = ("Дата опубликования: 09.12.2016 Номер документа: 59-мпр МИНИСТЕРСТВО ЛЕСНОГО КОМПЛЕКСА ИРКУТСКОЙ "
            "ОБЛАСТИ П Р И К А З от 28.11.2016 г. Об установлении коэффициентов\n" + BODY)
    md, _ = read_metadata(parse_text(text))
    assert md["authority"] == "Министерство лесного комплекса Иркутской области"
    assert md["order_date"] == dt.date(2016, 11, 28)


def test_a_broken_date_before_its_number_is_no_column():
    text = ("ГУБЕРНАТОР ОМСКОЙ ОБЛАСТИ\nРАСПОРЯЖЕНИЕ\nот 29\nоктября 2021 года N 137-р\n"
            "О внесении изменения в распоряжение\nГубернатора Омской области от 17 марта 2020\nгода N 19-р\n" + BODY)
    assert _pair(text) == ("137-р", dt.date(2021, 10, 29))


def test_a_certificates_validity_on_lines_of_its_own_is_no_signed_date():
    text = (HEAD + BODY + "Министр И.И. Иванов\nДокумент подписан электронной подписью\nВладелец Иванов Иван Иванович\n"
            "Действителен с:\n10.01.2023\nпо:\n10.04.2024\n14.06.2023\n№ 112\n")
    assert _pair(text) == ("112", dt.date(2023, 6, 14))


def test_an_edition_note_opened_inside_a_clause_is_a_note_to_its_close():
    """«приложению. (В редакции …» opens no stamp though its first word is an appendix's."""
    texts = ["1. Утвердить Положение согласно", "приложению. (В редакции Постановления Главы города от",
             "21.08.2013 г. N 2432)", "Глава города", "И.И. Иванов"]
    assert other_role_lines(texts) == {2}
