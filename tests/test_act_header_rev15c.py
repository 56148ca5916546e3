"""Review of acts15's header mends (rev15c): ordinary header text they must leave as written — a number
sign glued to a number with letters, a number's own letters, a day glued to its month, an item's letter
after a digit, a table row under a site chrome's words, a sentence in capitals naming a body in another
case before a kind.  Headers composed for each case, in regions and wordings of our own.
"""
import datetime as dt

from parsers.extract.metadata import extract_metadata
from parsers.formats.text import parse_text
from textcore.lookalike import fix_digit_letters

_HEAD = "МИНИСТЕРСТВО ТРУДА\nПСКОВСКОЙ ОБЛАСТИ\nПРИКАЗ\n{pair}\nг. Псков\n{title}"


def _md(pair: str, title: str = "Об утверждении плана") -> dict:
    return extract_metadata(parse_text(_HEAD.format(pair=pair, title=title)))


def test_a_number_glued_to_its_sign_keeps_its_digit():
    assert fix_digit_letters("№3п") == "№3п"
    assert fix_digit_letters("№3ПП, №0т") == "№3ПП, №0т"
    assert _md("от 12.03.2024 №3п")["order_number"] == "3п"


def test_a_numbers_own_letters_are_not_read_as_digits():
    # OCR's «О»/«З» for «0»/«3» is mended in the date only: «о», «з» closing a number are its letters
    md = _md("от 12.03.2О24 № 120о")
    assert (md["order_number"], md["order_date"]) == ("120о", dt.date(2024, 3, 12))
    assert _md("от 12.03.2024 № 10з")["order_number"] == "10з"


def test_a_day_glued_to_its_month_and_an_items_letter_stay_digits():
    assert fix_digit_letters("от 3марта 2024 г.") == "от 3марта 2024 г."
    assert fix_digit_letters("от 3 МАРТА, 3МАРТА") == "от 3 МАРТА, 3МАРТА"
    assert fix_digit_letters("пункт 3а, в 3х экземплярах, (3б) 3го") == "пункт 3а, в 3х экземплярах, (3б) 3го"
    # a longer word opened by «3» is OCR's
    assert fix_digit_letters("3абайкальского края").lower() == "забайкальского края"
    # the words OCR spoilt are still read: «0» opens no count or day, a month's «О» is a letter
    assert fix_digit_letters("0т 5 0ктября, 3ДРАВООХРАНЕНИЯ") == "от 5 октября, ЗДРАВООХРАНЕНИЯ"
    assert _md("от 3марта 2024 г. № 12")["order_date"] == dt.date(2024, 3, 3)
    title = "О внесении изменений в пункт 3а приказа от 01.02.2020 № 5"
    assert _md("от 12.03.2024 № 12", title)["title"] == title


def test_a_table_row_under_a_publication_or_counter_word_is_no_site_chrome():
    from parsers.site_chrome import strip_site_chrome
    rows = ["Дата размещения\t15.03.2022", "Просмотров\t1500"]
    assert strip_site_chrome(rows) == rows
    assert strip_site_chrome(["Дата  публикации 01.02.2025 г.", "Просмотры: 12"]) == []
    doc = parse_text("Показатели сайта\nПоказатель\tЗначение\nРазмещено\t15.03.2022\nПросмотры\t120\n")
    table = next(b for b in doc.blocks if hasattr(b, "rows"))
    assert [c.text for c in table.rows[1].cells] == ["Размещено", "15.03.2022"]
    assert [c.text for c in table.rows[2].cells] == ["Просмотры", "120"]


def test_capitals_naming_a_body_in_another_case_before_a_kind_are_no_run_on_header():
    from parsers.extract.lines import Line
    from parsers.extract.run_header import set_out
    for text in ("ТРЕБОВАНИЯ К МИНИСТЕРСТВУ ОБРАЗОВАНИЯ ПРИКАЗ 5 ЛЕТ НЕ МЕНЯЛИ",
                 "1. МИНИСТЕРСТВУ ФИНАНСОВ ОБЛАСТИ ПОСТАНОВЛЕНИЕ 2024 года исполнить"):
        assert [ln.text for ln in set_out([Line(text, 1)], 25)] == [text]
    # a body in the nominative is still set out
    run = "АГЕНТСТВО ПО ТУРИЗМУ ПСКОВСКОЙ ОБЛАСТИ ПРИКАЗ от 2.02.2022 № 8"
    assert [ln.text for ln in set_out([Line(run, 1)], 25)] == [
        "АГЕНТСТВО ПО ТУРИЗМУ ПСКОВСКОЙ ОБЛАСТИ", "ПРИКАЗ", "от 2.02.2022 № 8"]


def test_recasing_a_capitals_run_leaves_acronyms_and_a_subject_written_short():
    from parsers.extract.name_case import recase_head
    for name in ("УФСИН РОССИИ по Омской области", "ОГБУ «ЦСПН» Томской области"):    # no body's head noun
        assert recase_head(name) == name
    assert recase_head("ЖИЛИЩНЫЙ КОМИТЕТ") == "Жилищный комитет"
    # the site's title line names the issuer in capitals with its subject's short form: spelled out, then recased
    text = 'Приказ ДЕПАРТАМЕНТ ЗДРАВООХРАНЕНИЯ ХМАО - Югры от 12.03.2024 N 5\n"Об утверждении плана"\nПриказываю:'
    assert extract_metadata(parse_text(text))["authority"] == \
        "Департамент здравоохранения Ханты-Мансийского автономного округа – Югры"
