"""Review of the act header's role lines (acts18): a date or number bound to another role is read past,
but an ordinary document's own lines are not taken for another role's — a title or clause naming
registration is no registration stamp, a stamp under the header runs into neither its title nor its
kind line, a header's date line with a time of day is no page's timestamp, a title naming electronic
signatures is no certificate block, and a preamble citing an act across lines is no header's right column.
Headers, bodies, dates and numbers are our own.
"""
import datetime as dt

from parsers.extract.header_columns import apart
from parsers.extract.lines import Line
from parsers.extract.metadata import read_metadata
from parsers.extract.role_lines import other_role_lines, registration_lines
from parsers.formats.text import parse_text

MIN = "МИНИСТЕРСТВО ЗДРАВООХРАНЕНИЯ ТВЕРСКОЙ ОБЛАСТИ\n"
BODY = "1. Утвердить прилагаемый Порядок приёма граждан.\n2. Контроль за исполнением приказа оставляю за собой.\n"
SIGNED = "Министр И.И. Иванов\n01.03.2021\n№ 56-нп\n"


def _read(text: str) -> dict:
    return read_metadata(parse_text(text))[0]


def _pair(md: dict):
    return md["order_number"], md["order_date"]


def test_a_title_on_registration_is_no_registration_stamp():
    md = _read(MIN + "ПРИКАЗ\nО регистрации заявлений граждан\n" + BODY + SIGNED)
    assert md["title"] == "О регистрации заявлений граждан"
    assert _pair(md) == ("56-нп", dt.date(2021, 3, 1))


def test_a_clause_on_registration_over_the_signature_leaves_the_signed_pair():
    md = _read(MIN + "ПРИКАЗ\nО порядке приёма граждан\n" + BODY
               + "3. Приказ подлежит государственной регистрации.\n" + SIGNED)
    assert _pair(md) == ("56-нп", dt.date(2021, 3, 1))


def test_a_registration_stamp_under_the_header_takes_neither_its_pair_nor_its_title():
    md = _read(MIN + "ПРИКАЗ\nот 12.03.2021 № 45\nЗарегистрировано в Управлении Министерства юстиции\n"
               "О порядке приёма граждан\nВ соответствии с приказом № 12 приказываю:\n" + BODY)
    assert _pair(md) == ("45", dt.date(2021, 3, 12))
    assert md["title"] == "О порядке приёма граждан"


def test_a_registration_stamp_with_no_number_above_the_header_stops_at_it():
    texts = ["Зарегистрировано в Минюсте", "МИНИСТЕРСТВО ЗДРАВООХРАНЕНИЯ ТВЕРСКОЙ ОБЛАСТИ", "ПРИКАЗ",
             "от 12.03.2021 № 45"]
    assert registration_lines(texts) == {0}
    md = _read("\n".join(texts) + "\nО порядке приёма граждан\n" + BODY)
    assert _pair(md) == ("45", dt.date(2021, 3, 12))
    assert md["authority"] == "Министерство здравоохранения Тверской области"


def test_a_registration_stamp_goes_on_over_its_own_lines():
    texts = ["Зарегистрировано", "в Управлении Министерства юстиции", "12 марта 2021 г.", "ПРИКАЗ"]
    assert registration_lines(texts) == {0, 1, 2}
    texts = ["Зарегистрировано", "в Управлении Минюста", "по Тверской области", "12 марта 2021 г.", "ПРИКАЗ"]
    assert registration_lines(texts) == {0, 1, 2, 3}
    assert registration_lines(["Государственная регистрация", "12.03.2021", "МИНИСТЕРСТВО"]) == {0, 1}


def test_a_headers_date_line_with_a_time_and_a_number_is_the_acts():
    md = _read("ПОСТАНОВЛЕНИЕ\nПРАВИТЕЛЬСТВА ТВЕРСКОЙ ОБЛАСТИ\n14.03.2022, 10:41 № 145-пп\n"
               "О порядке приёма граждан\n1. Утвердить порядок.\n")
    assert _pair(md) == ("145-пп", dt.date(2022, 3, 14))


def test_a_preamble_citing_an_act_over_lines_is_no_right_column():
    texts = ["ПРИКАЗ", "О порядке приёма граждан", "Во исполнение протокола совещания от 01.02.2020",
             "при Губернаторе Тверской области", "№ 7", "приказываю:"]
    lines = [Line(t, k) for k, t in enumerate(texts)]
    assert [ln.text for ln in apart(lines, len(lines))] == texts
    md = _read(MIN + "\n".join(texts) + "\n1. Утвердить порядок.\nМинистр И.И. Иванов\n")
    assert _pair(md) == (None, None)


def test_a_title_on_electronic_signatures_is_no_certificate_block():
    md = _read(MIN + "ПРИКАЗ\nот 12.03.2021 № 45\nОб использовании электронной подписи\nв министерстве\n" + BODY)
    assert md["title"] == "Об использовании электронной подписи в министерстве"
    assert other_role_lines(["Об использовании электронной подписи", "с 01.01.2022"]) == set()
    assert other_role_lines(["Документ подписан электронной подписью", "с 01.01.2022"]) == {0, 1}
