"""Headers of published acts as real copies spoil them (acts15, found by benchmarks/mutate_acts.py):
the number sign written «Nº», Latin look-alike letters and OCR's digits for letters in the header's
words, OCR's letters for digits and a space inside the date — each rule on a header composed for it,
in regions and wordings of our own.
"""
import datetime as dt

from parsers.extract.metadata import extract_metadata
from parsers.formats.text import parse_text
from textcore.date_words import join_split_day
from textcore.lookalike import fix_digit_letters
from textcore.order_numbers import parse_number


def _md(text: str) -> tuple:
    md = extract_metadata(parse_text(text))
    return md["authority"], md["order_number"], md["order_date"], md["act_kind"]


def test_the_ordinal_sign_nº_is_a_number_sign():
    assert parse_number("от 14.05.2021 Nº 33-од") == "33-од"
    assert parse_number("N° 7") == "7"
    assert parse_number("Nomer 5") is None            # a word, no sign
    text = "ДЕПАРТАМЕНТ ЛЕСНОГО ХОЗЯЙСТВА\nТОМСКОЙ ОБЛАСТИ\nПРИКАЗ\nот 14.05.2021 Nº 33-од\nг. Томск\nОб утверждении плана"
    assert _md(text) == ("Департамент лесного хозяйства Томской области", "33-од", dt.date(2021, 5, 14), "приказ")


def test_latin_lookalikes_in_the_kind_and_issuer_are_read_as_cyrillic():
    # «ПРИKАЗ» with a Latin K, «ФИНAНСОВ» with a Latin A, «oт» with a Latin o
    text = "МИНИСТЕРСТВО ФИНAНСОВ\nТВЕРСКОЙ ОБЛАСТИ\nПРИKАЗ\noт 02.02.2022 № 41-нп\nг. Тверь\nО порядке"
    assert _md(text) == ("Министерство финансов Тверской области", "41-нп", dt.date(2022, 2, 2), "приказ")


def test_ocr_digits_for_letters_in_the_issuer_and_letters_for_digits_in_the_date():
    text = ("МИНИСТЕРСТВ0 3ДРАВООХРАНЕНИЯ\nКУРСКОЙ 0БЛАСТИ\nП Р И К А З\nот 05.04.2О22 № 18\n"
            "г. Курск\nОб утверждении порядка")
    assert _md(text) == ("Министерство здравоохранения Курской области", "18", dt.date(2022, 4, 5), "приказ")


def test_a_dates_day_cut_in_two_by_ocr_is_joined():
    text = "АДМИНИСТРАЦИЯ ОРЛОВСКОЙ ОБЛАСТИ\nРАСПОРЯЖЕНИЕ\nот 1 7.06.2022 № 9-р\nОб утверждении перечня"
    assert _md(text)[1:] == ("9-р", dt.date(2022, 6, 17), "распоряжение")


def test_the_mends_leave_numbers_and_other_counts_alone():
    assert fix_digit_letters("№ 3Постановление") == "№ 3Постановление"     # a number glued to a word
    assert fix_digit_letters("от 03.03.2023 № 30, 2023года") == "от 03.03.2023 № 30, 2023года"
    assert fix_digit_letters("Р0ССИИ, 0бласти, 0т, п0, П0СТАН0ВЛЕНИЕ") == "РОССИИ, области, от, по, ПОСТАНОВЛЕНИЕ"
    assert fix_digit_letters("№ 3п, N 12-П3") == "№ 3п, N 12-П3"                   # numbers keep their digits
    assert join_split_day("пункт 3 1.2.2024") == "пункт 3 1.2.2024"         # no «от» or line start before
    assert join_split_day("от 3 5.03.2024") == "от 3 5.03.2024"             # no 35th day
    assert join_split_day("«0 5.03.2024»") == "«05.03.2024»"


# --- a header run into one line --------------------------------------------------------------------

def _set_out(*texts: str) -> list[str]:
    from parsers.extract.lines import Line
    from parsers.extract.run_header import set_out
    return [ln.text for ln in set_out([Line(t, i + 1) for i, t in enumerate(texts)], 25)]


def test_a_header_run_into_one_line_is_read_as_its_lines():
    text = ("ДЕПАРТАМЕНТ ОБРАЗОВАНИЯ ЯРОСЛАВСКОЙ ОБЛАСТИ ПРИКАЗ от 11.11.2021 № 301/01-03\n"
            "Об утверждении плана мероприятий\nВ целях повышения качества приказываю:")
    assert _md(text) == ("Департамент образования Ярославской области", "301/01-03", dt.date(2021, 11, 11),
                         "приказ")


def test_a_run_on_header_is_set_out_issuer_by_issuer():
    assert _set_out("Текст документа ПРАВИТЕЛЬСТВО ХАБАРОВСКОГО КРАЯ КОМИТЕТ ПО ДЕЛАМ ЗАГС П Р И К А З от 3.03.2020 N 7") \
        == ["Текст документа", "ПРАВИТЕЛЬСТВО ХАБАРОВСКОГО КРАЯ", "КОМИТЕТ ПО ДЕЛАМ ЗАГС", "П Р И К А З",
            "от 3.03.2020 N 7"]
    # a head noun in another case names no second body; a kind closing the line is set apart too
    assert _set_out("ГЛАВА АДМИНИСТРАЦИИ ЛИПЕЦКОЙ ОБЛАСТИ РАСПОРЯЖЕНИЕ", "от 1.02.2021 N 3") == \
        ["ГЛАВА АДМИНИСТРАЦИИ ЛИПЕЦКОЙ ОБЛАСТИ", "РАСПОРЯЖЕНИЕ", "от 1.02.2021 N 3"]


def test_lines_that_only_name_a_kind_in_capitals_stay_whole():
    for line in ("ИЗМЕНЕНИЯ, ВНОСИМЫЕ В ПОСТАНОВЛЕНИЕ от 12.03.2024 № 5",          # no issuer before the kind
                 "ПОСТАНОВЛЕНИЕ ПРАВИТЕЛЬСТВА РЕСПУБЛИКИ ТЫВА ОТ 12.03.2024 № 5",     # a title line: the kind first
                 "МИНИСТЕРСТВО ФИНАНСОВ ОМСКОЙ ОБЛАСТИ ПРИКАЗ МИНИСТЕРСТВА ОТ 2019 ГОДА"):  # no date or number after
        assert _set_out(line) == [line]
    # a header with its own kind line is left as it is
    assert _set_out("ПРИКАЗ", "МИНИСТЕРСТВО ТРУДА ПРИКАЗ от 1.01.2020 N 1") == \
        ["ПРИКАЗ", "МИНИСТЕРСТВО ТРУДА ПРИКАЗ от 1.01.2020 N 1"]


def test_a_numbers_latin_lookalike_letters_are_read_cyrillic():
    assert parse_number("от 01.02.2022 N 869-p") == "869-р"          # a Latin «p»
    assert parse_number("№ 209a") == "209а"
    assert parse_number("N 12-P/01") == "12-Р/01"
    assert parse_number("N 12-FZ") == "12-FZ"                         # other Latin letters: as written
    assert parse_number("№ 3-IV") == "3-IV"


# --- a title line or stamp broken before its date and number ends ----------------------------------

def test_a_title_line_broken_inside_its_date_or_subject_goes_on_to_the_next_line():
    assert _md('Распоряжение Губернатора Курганской области от 14 марта\n2019 г. N 45-р\n"О мерах по поддержке"\n'
               'В целях поддержки:') == ("Губернатор Курганской области", "45-р", dt.date(2019, 3, 14), "распоряжение")
    assert _md('Приказ Министерства культуры Тульской области от 5\nфевраля 2020 г. N 18\n"О плане"\nПриказываю:')[1:] \
        == ("18", dt.date(2020, 2, 5), "приказ")
    assert _md('Постановление Правительства Кемеровской области\n- Кузбасса от 12.07.2021 N 411\n'
               '"Об утверждении порядка"\nВ соответствии с законом:') == (
        "Правительство Кемеровской области – Кузбасса", "411", dt.date(2021, 7, 12), "постановление")


def test_a_stamps_number_on_the_line_under_its_date_is_the_acts():
    assert _md("УТВЕРЖДЕН\nпостановлением Администрации\nТамбовской области\nот 9 ноября 2016 г.\nN 397\n"
               "ПОРЯДОК\nведения перечня")[1:] == ("397", dt.date(2016, 11, 9), "постановление")


def test_a_line_goes_on_only_where_it_states_what_the_line_above_lacked():
    from parsers.extract.title_lines import pair_goes_on
    assert pair_goes_on("от 9 ноября 2016 г.", "N 397)")
    assert not pair_goes_on("от 9 ноября 2016 г. N 397", "N 398")                    # both stated
    assert not pair_goes_on("от 9 ноября 2016 г.", "1. Общие положения")            # nothing it lacked
    assert not pair_goes_on("Приказ Министерства", "Порядок ведения перечня N 5")    # a capital: a new line
    assert not pair_goes_on("от 9 ноября 2016 г.", "в соответствии с " + "пунктом 1 " * 10 + "N 5")  # a paragraph
    assert pair_goes_on("Постановление Министерства образования и науки", "Астраханской области от 25 ноября 2024 г. N 28")
    # a title citing another act, or a kind line, under a line that states no pair is none of its rest
    assert not pair_goes_on("Постановление Правительства Республики Алтай",
                            "О внесении изменений в постановление от 20 декабря 2012 года N 319")
    assert not pair_goes_on("Министерство спорта Омской области", "ПРИКАЗ")


def test_a_title_line_wrapped_inside_its_issuers_name_reads_the_pair_under_it():
    text = ('Постановление Министерства образования и науки\nТверской области от 25 ноября 2024 г. N 28\n'
            '"О внесении изменений в постановление министерства от 1 марта 2019 г. N 5"\nВ соответствии с законом')
    assert _md(text) == ("Министерство образования и науки Тверской области", "28", dt.date(2024, 11, 25),
                         "постановление")


# --- a government site's page around the act ------------------------------------------------------

def test_a_sites_breadcrumb_buttons_and_publication_date_are_chrome():
    from parsers.site_chrome import strip_site_chrome
    lines = ["Главная » Правительство » Документы", "Распечатать", "Опубликовано: 15.03.2022",
             "Просмотров: 87", "ГУБЕРНАТОР ТВЕРСКОЙ ОБЛАСТИ", "Главная задача – качество услуг",
             "Опубликовано в газете «Тверская жизнь» 15.03.2022"]
    assert strip_site_chrome(lines) == lines[4:]
    # the page's publication date is not taken for an act's date its header leaves without a year
    text = "Главная > Документы\nДата публикации: 01.02.2025\nГУБЕРНАТОР ТВЕРСКОЙ ОБЛАСТИ\nУКАЗ\nот 12 сентября\nг. Тверь\nО комиссии"
    assert _md(text)[2] is None


def test_a_two_digit_year_that_could_be_a_cut_is_the_year_before_the_acts_number():
    text = "ПРАВИТЕЛЬСТВО ОМСКОЙ ОБЛАСТИ\nРАСПОРЯЖЕНИЕ\nот 05.10.20 № 169-рп\nг. Омск\nО плане"
    assert _md(text)[1:] == ("169-рп", dt.date(2020, 10, 5), "распоряжение")
    blank = "ПРАВИТЕЛЬСТВО ОМСКОЙ ОБЛАСТИ\nРАСПОРЯЖЕНИЕ\nот 05.10.20 № ______\nг. Омск\nО плане"
    assert _md(blank)[1:3] == (None, None)              # a blank form's «20__»: no year


def test_a_republics_full_form_gives_its_canonical_name():
    text = ("Приказ Министерства образования Республики Адыгея (Адыгея) от 3.04.2022 N 12\n"
            '"Об утверждении плана"\nПриказываю:')
    assert _md(text)[0] == "Министерство образования Республики Адыгея"
    text = "ГОСУДАРСТВЕННЫЙ КОМИТЕТ ЧУВАШСКОЙ РЕСПУБЛИКИ – ЧУВАШИИ ПО ТАРИФАМ\nПРИКАЗ\nот 3.04.2022 N 12\nО тарифах"
    assert _md(text)[0] == "Государственный комитет Чувашской Республики по тарифам"


def test_an_issuer_left_in_capitals_by_its_header_is_recased():
    from parsers.extract.name_case import recase_head
    assert recase_head("ЖИЛИЩНЫЙ КОМИТЕТ") == "Жилищный комитет"
    assert recase_head("АДМИНИСТРАЦИЯ ОЗЕРСКОГО ГОРОДСКОГО ОКРУГА Челябинской области") == \
        "Администрация Озерского городского округа Челябинской области"
    assert recase_head("ГКУ РК МФЦ Республики Коми") == "ГКУ РК МФЦ Республики Коми"     # acronyms stay
    assert recase_head("Министерство МВД") == "Министерство МВД"
    text = "ПОСТАНОВЛЕНИЕ АДМИНИСТРАЦИИ ЛУЖСКОГО МУНИЦИПАЛЬНОГО РАЙОНА\nЛенинградской области\nот 2 марта 2021 г. N 14\n" \
           '"Об утверждении порядка"\nВ соответствии с законом:'
    assert _md(text)[0] == "Администрация Лужского муниципального района Ленинградской области"


def test_a_stamp_naming_no_issuer_takes_it_from_the_same_acts_second_stamp():
    text = ("УТВЕРЖДЕН\nпостановлением\nот 14.02.2022 № 58\n\nПриложение N 2\nк постановлению Правительства\n"
            "Калужской области\nот 14 февраля 2022 г. N 58\nПорядок\nпредоставления субсидий")
    assert _md(text) == ("Правительство Калужской области", "58", dt.date(2022, 2, 14), "постановление")
    # a second stamp of another act gives nothing
    other = text.replace("от 14 февраля 2022 г. N 58", "от 1 марта 2020 г. N 7")
    assert _md(other)[0] is None


def test_an_issuer_ending_with_its_subjects_kind_written_short_takes_the_subject():
    text = ("УТВЕРЖДЕНО\nпостановлением Администрации обл.\nот 1 марта 2005 г. N 78\n"
            "Положение о Главном управлении социального развития Тамбовской области")
    assert _md(text)[:2] == ("Администрация Тамбовской области", "78")
    from textcore.regions import stands_for
    assert stands_for("обл") == {"область"} and stands_for("министерство") == frozenset()


def test_an_edition_note_under_a_header_dated_but_not_numbered_gives_no_number():
    text = ("МИНИСТЕРСТВО ЮСТИЦИИ\nАМУРСКОЙ ОБЛАСТИ\nПРИКАЗ\nот 30 марта 2016 года\n(в ред. приказа от 14.05.2019 N 77)\n"
            "Об утверждении перечня")
    assert _md(text)[1:3] == (None, dt.date(2016, 3, 30))
