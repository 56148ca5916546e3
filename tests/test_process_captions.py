"""A list written as a table per process: a bold direction heading, then per process a caption naming it by its
label («1.1. Процесс: «…»», «2.1. Клиентский сценарий: «…»») over a table of its points with no process column
(parsers/extract/block_rows.py `caption_process`): the caption is the rows' process, the heading above their
direction; the quotes round a whole name are no part of it."""
from __future__ import annotations

import pytest

from parsers.extract.block_rows import unquoted
from parsers.extract.touchpoints import extract_touchpoints
from parsers.formats.text import parse_text

HEAD = "№\tКанал взаимодействия\tВид точки\tПотребности клиента"


def test_a_caption_per_table_names_its_process():
    text = "\n".join([
        "Перечень точек взаимодействия", "", "**1. Лицензирование**", "", "**1.1. Процесс: «Выдача лицензий»**", "",
        HEAD, "1.\tКабинет приёма граждан\tофлайн\tподать заявление", "2.\tОфициальный сайт\tцифровая\tполучить лицензию",
        "", "**1.2. Процесс: «Приём обращений»**", "", HEAD,
        "3.\tОфициальный сайт министерства\tцифровая\tнаправить обращение", "", "**2. Контроль и надзор**", "",
        "**2.1. Клиентский сценарий: «Проведение проверок»**", "", HEAD,
        "4.\tТелефон горячей линии\tцифровая\tполучить консультацию", ""])
    got = [(r["direction_raw"], r["process"], r["touchpoint_raw"]) for r in extract_touchpoints(parse_text(text))[0]]
    assert got == [("Лицензирование", "Выдача лицензий", "Кабинет приёма граждан"),
                   ("Лицензирование", "Выдача лицензий", "Официальный сайт"),
                   ("Лицензирование", "Приём обращений", "Официальный сайт министерства"),
                   ("Контроль и надзор", "Проведение проверок", "Телефон горячей линии")]


@pytest.mark.parametrize("value, want", [
    ("«Выдача лицензий»", "Выдача лицензий"),
    ("«Предоставление грантов «Агростартап» хозяйствам»", "Предоставление грантов «Агростартап» хозяйствам"),
    ("«Агростартап» и «Семейная ферма»", "«Агростартап» и «Семейная ферма»"),
    ("Выдача лицензий", "Выдача лицензий"),
])
def test_unquoted(value, want):
    assert unquoted(value) == want
