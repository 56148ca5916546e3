"""acts21: headers of the forms tune14 showed read wrong — a federal act's page title, a code page
mended, an issuer never read twice, a quoted name closed, a glued subject parted, a news item's
«согласно указу», a republic's own-language name — each on a header written here."""
import datetime as dt

from parsers.extract.metadata import read_metadata
from parsers.formats.text import parse_text

_BODY = ["", "Об утверждении перечня точек взаимодействия с клиентами", "",
         "В целях повышения качества обслуживания приказываю:", "1. Утвердить перечень.",
         "2. Контроль за исполнением настоящего приказа оставляю за собой.", ""]


def _md(*lines: str) -> dict:
    return read_metadata(parse_text("\n".join(lines) + "\n"))[0]


def test_a_page_titled_by_a_federal_act_alone_is_that_acts_page():
    md = _md("Распоряжение Правительства Российской Федерации от 14.05.2019 N 937-р (ред. от 01.02.2021)",
             "", "Утвердить прилагаемый план мероприятий.")
    assert (md["order_number"], md["order_date"], md["act_kind"]) == ("937-р", dt.date(2019, 5, 14), "распоряжение")
    assert md["region"] is None


def test_a_federal_title_line_under_a_regional_heading_stays_cited():
    md = _md("МИНИСТЕРСТВО ТРУДА ОМСКОЙ ОБЛАСТИ", "", "ПРИКАЗ", "", "от 02.02.2022 № 17",
             "Во исполнение Указа Президента РФ от 07.05.2012 N 601", *_BODY)
    assert (md["order_number"], md["order_date"]) == ("17", dt.date(2022, 2, 2))
    md = _md("Новости", "Указ Президента РФ от 07.05.2012 N 601 исполняется", *_BODY[3:])
    assert md["order_number"] is None


def test_a_title_in_cp1251_shown_as_mac_cyrillic_is_read():
    title = "Распоряжение Правительства РФ от 14.05.2019 N 937-р"
    md = _md(title.encode("cp1251").decode("mac_cyrillic"), "", "Утвердить прилагаемый план.")
    assert (md["order_number"], md["order_date"], md["act_kind"]) == ("937-р", dt.date(2019, 5, 14), "распоряжение")
