"""Document metadata: the five seeds exactly, and header shapes the seeds do not show."""
import datetime as dt
from pathlib import Path

import pytest

from parsers.document import Cell, Document, Paragraph, Row, Source, Table
from parsers.extract.issuer import nominative, recase
from parsers.extract.metadata import extract_metadata, parse_date, parse_number
from parsers.formats.text import parse_text, read

RAW = Path(__file__).resolve().parent.parent / "raw"

SEEDS = {
    "000_273fd9960037d965.txt": dict(
        region="Кемеровская область – Кузбасс", region_code="RU-KEM",
        authority="Министерство культуры и национальной политики Кузбасса",
        order_number="694", order_date=dt.date(2025, 12, 11),
        act_kind="приказ",
        title="О внесении изменений в перечень точек взаимодействия с клиентом"),
    "001_01ccadab589354b1.txt": dict(
        region="Кемеровская область – Кузбасс", region_code="RU-KEM",
        authority="Министерство культуры и национальной политики Кузбасса",
        order_number="696", order_date=dt.date(2023, 10, 19),
        act_kind="приказ",
        title="О внедрении Стандартов клиентоцентричности в Кемеровской области – Кузбассе"),
    "002_e5759b9d91e2d859.txt": dict(
        region="Курская область", region_code="RU-KRS",
        authority="Министерство культуры Курской области",
        order_number=None, order_date=None,   # no header of its own; 1.1 cites № 05-05/491
        act_kind=None,   # no header of its own
        title="Порядок ведения перечня точек взаимодействия с внешним и внутренним клиентами "
              "Министерства культуры Курской области"),
    "003_fd56c50c22ebb581.txt": dict(
        region="Новосибирская область", region_code="RU-NVS",
        authority="Министерство региональной политики Новосибирской области",
        order_number=None, order_date=None,   # `№______`, appendix `от «___» ____ 2024 г.`
        act_kind="приказ",
        title="Об утверждении Порядка ведения министерством региональной политики Новосибирской "
              "области перечня точек взаимодействия с внешним и внутренним клиентами"),
    "004_d2d5b51443411ee9.txt": dict(
        region="Калининградская область", region_code="RU-KGD",
        authority="Министерство социальной политики Калининградской области",
        order_number="78-НПА", order_date=dt.date(2024, 11, 2),   # not the stamp's ГР/854/2024
        act_kind="приказ",
        title="Об утверждении порядка ведения перечня точек взаимодействия с внешними и "
              "внутренними клиентами в Министерстве социальной политики Калининградской области"),
}


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_seed_metadata(name):
    assert extract_metadata(read(RAW / name)) == SEEDS[name]


def _doc(text: str) -> Document:
    return parse_text(text)


def test_appendix_only_file_takes_the_approval_stamp():
    doc = _doc("УТВЕРЖДЕН\nприказом Министерства здравоохранения\nРеспублики Татарстан\n"
               "от 05.03.2024 № 12-од\n\nПОРЯДОК\nведения перечня точек взаимодействия\n\n"
               "1. Общие положения\n1.1. Во исполнение приказа от 01.02.2023 № 7 …")
    md = extract_metadata(doc)
    assert md == dict(region="Республика Татарстан", region_code="RU-TA",
                      authority="Министерство здравоохранения Республики Татарстан",
                      order_number="12-од", order_date=dt.date(2024, 3, 5), act_kind="приказ",
                      title="ПОРЯДОК ведения перечня точек взаимодействия")


def test_header_in_capitals_and_date_above_the_act_kind():
    doc = _doc("ДЕПАРТАМЕНТ ИНФОРМАЦИОННЫХ ТЕХНОЛОГИЙ\nХАНТЫ-МАНСИЙСКОГО АВТОНОМНОГО ОКРУГА – ЮГРЫ\n\n"
               "02.11.2024 № 15-нп\n\nР А С П О Р Я Ж Е Н И Е\n\nг. Ханты-Мансийск\n\n"
               "О порядке ведения перечня\n\nВ соответствии с приказом Министерства культуры "
               "Курской области от 13.10.2023 № 05-05/491")
    md = extract_metadata(doc)
    assert md["authority"] == "Департамент информационных технологий Ханты-Мансийского автономного округа – Югры"
    assert md["region_code"] == "RU-KHM"
    assert (md["order_number"], md["order_date"]) == ("15-нп", dt.date(2024, 11, 2))
    assert md["title"] == "О порядке ведения перечня"


def test_date_and_number_in_a_header_table_as_word_lays_them_out():
    table = Table([Row([Cell("«05» марта 2024 г."), Cell(""), Cell("№ 212")], Source(row=1))])
    doc = Document([Paragraph("АГЕНТСТВО ПО ТУРИЗМУ ПРИМОРСКОГО КРАЯ"), Paragraph("ПРИКАЗ"), table,
                    Paragraph("г. Владивосток"), Paragraph("Об утверждении перечня точек"),
                    Paragraph("взаимодействия с клиентами"),
                    Paragraph("В целях реализации плана от 01.02.2023 № 9")], format="docx")
    md = extract_metadata(doc)
    assert md["authority"] == "Агентство по туризму Приморского края"
    assert (md["region_code"], md["order_number"], md["order_date"]) == ("RU-PRI", "212", dt.date(2024, 3, 5))
    assert md["title"] == "Об утверждении перечня точек взаимодействия с клиентами"


def test_blank_header_does_not_borrow_a_cited_order():
    doc = _doc("КОМИТЕТ ПО КУЛЬТУРЕ САНКТ-ПЕТЕРБУРГА\n\nПРИКАЗ\n\nот «___» ________ 20__ г.\t№ ____\n\n"
               "О перечне\n\nВ соответствии с распоряжением от 16.03.2023 № 155-р")
    md = extract_metadata(doc)
    assert (md["order_number"], md["order_date"], md["region_code"]) == (None, None, "RU-SPE")


def test_issuer_region_beats_a_region_merely_mentioned():
    doc = _doc("Порядок ведения перечня\nточек взаимодействия в Министерстве цифрового развития "
               "Республики Мордовия\n\n1.1. Опыт Новосибирской области и Кузбасса учтён.")
    md = extract_metadata(doc)
    assert (md["region_code"], md["authority"]) == ("RU-MO", "Министерство цифрового развития Республики Мордовия")


@pytest.mark.parametrize("text, expected", [
    ("от «11» декабря 2025 г.", dt.date(2025, 12, 11)),
    ("от 19.10.2023", dt.date(2023, 10, 19)),
    ("02 ноября 2024 года № 78-НПА", dt.date(2024, 11, 2)),
    ("от «___» _________ 2024 г. № _____", None),
    ("31.02.2024", None),
])
def test_parse_date(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("№ 694", "694"), ("№ 78-НПА", "78-НПА"), ("от 13.10.2023 № 05-05/491.", "05-05/491"),
    ("№______", None), ("№ _____", None), ("N 15", "15"),
])
def test_parse_number(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Министерства культуры Курской области", "Министерство культуры Курской области"),
    ("Министерстве социальной политики Калининградской области",
     "Министерство социальной политики Калининградской области"),
    ("Государственной жилищной инспекции Курской области", "Государственная жилищная инспекция Курской области"),
    ("Главного управления архитектуры Приморского края", "Главное управление архитектуры Приморского края"),
    ("Комитетом по культуре Санкт-Петербурга", "Комитет по культуре Санкт-Петербурга"),
    ("Службы по тарифам Республики Саха (Якутия)", "Служба по тарифам Республики Саха (Якутия)"),
])
def test_nominative(text, expected):
    assert nominative(text) == expected


def test_recase_keeps_region_capitals():
    assert recase("МИНИСТЕРСТВО ФИНАНСОВ РЕСПУБЛИКИ СЕВЕРНАЯ ОСЕТИЯ – АЛАНИЯ") == \
        "Министерство финансов Республики Северная Осетия – Алания"


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_seed_metadata_without_line_numbers(name):
    """A Word file has no lines: the header and a wrapped title must not depend on them."""
    doc = read(RAW / name)
    bare = Document([Paragraph(b.text, b.level, b.bold, Source()) if isinstance(b, Paragraph) else b
                     for b in doc.blocks], format="docx")
    assert extract_metadata(bare) == SEEDS[name]


def test_issuer_named_only_in_the_title():
    doc = _doc("ПРИКАЗ\n\nот 01.02.2024 № 5\n\nОб утверждении порядка ведения перечня точек\n"
               "взаимодействия в Министерстве труда Приморского края\n\nВ целях …")
    md = extract_metadata(doc)
    assert (md["authority"], md["region_code"], md["order_number"]) == \
        ("Министерство труда Приморского края", "RU-PRI", "5")


# --- headers as legal databases print them (shapes of issue 11) -------------------------

def test_appendix_header_with_a_wrapped_genitive_issuer():
    doc = _doc("Вы можете открыть актуальную версию документа прямо сейчас.\nПриложение N 2\nк приказу\n"
               "Министерства сельского\nхозяйства и продовольствия\nРеспублики Бурятия\n"
               "от 12.02.2024 г. N 48-П\nМетодические рекомендации\n1.1. Во исполнение приказа от 01.02.2023 № 7")
    md = extract_metadata(doc)
    assert (md["authority"], md["order_number"], md["order_date"], md["region_code"]) == (
        "Министерство сельского хозяйства и продовольствия Республики Бурятия", "48-П",
        dt.date(2024, 2, 12), "RU-BU")


def test_lower_case_issuer_in_a_stamp_gets_its_canonical_capital():
    doc = _doc("Приложение 3\nУТВЕРЖДЕН\nприказом министерства\nфинансов\nПензенской области\n"
               "от 22.03.2024 N 110\nПорядок\nведения перечня точек взаимодействия")
    md = extract_metadata(doc)
    assert (md["authority"], md["order_number"]) == ("Министерство финансов Пензенской области", "110")


def test_administration_name_wrapped_over_lines():
    doc = _doc("Приложение\nк распоряжению\nАдминистрации Губернатора\nи Правительства Оренбургской области\n"
               "от 18 сентября 2023 г. № 281-р\nПорядок ведения перечня")
    md = extract_metadata(doc)
    assert md["authority"] == "Администрация Губернатора и Правительства Оренбургской области"
    assert (md["order_number"], md["order_date"]) == ("281-р", dt.date(2023, 9, 18))


def test_a_cited_federal_act_is_not_the_issuer():
    doc = _doc("Организационная модель внедрения клиентоцентричности\n"
               "1. Модель реализуется в соответствии с распоряжением Правительства Российской Федерации "
               "от 6 октября 2021 г. N 2816-р.")
    assert extract_metadata(doc)["authority"] is None


def test_mojibake_number_sign_in_a_header():
    doc = _doc("УТВЕРЖДЕН\nприказом Министерства культуры Тульской области\nот 05.03.2024 в„– 12-од\nПорядок")
    assert extract_metadata(doc)["order_number"] == "12-од"


def test_unreadable_header_number_is_reported():
    from parsers.extract.metadata import read_metadata
    doc = _doc("УТВЕРЖДЕН\nприказом Министерства культуры Тульской области\nот 31.13.2024 № 12\x5f\nПорядок")
    md, warnings = read_metadata(doc)
    assert md["order_date"] is None and any("order date" in w for w in warnings)
    assert md["order_number"] is None and any("order number" in w for w in warnings)
    md, warnings = read_metadata(_doc("ПРИКАЗ\nот «___» ______ 2024 г. № _____\nО перечне"))
    assert warnings == []                     # a blank form states nothing


def test_banners_of_a_word_copy_are_not_the_title():
    doc = Document([Paragraph("Документ предоставлен КонсультантПлюс"), Paragraph("Дата сохранения: 01.02.2025"),
                    Paragraph("МИНИСТЕРСТВО КУЛЬТУРЫ ТУЛЬСКОЙ ОБЛАСТИ"), Paragraph("ПРИКАЗ"),
                    Paragraph("от 5 марта 2024 г. № 12"), Paragraph("О перечне точек взаимодействия")], format="docx")
    md = extract_metadata(doc)
    assert (md["order_date"], md["order_number"], md["title"]) == (dt.date(2024, 3, 5), "12",
                                                                    "О перечне точек взаимодействия")
