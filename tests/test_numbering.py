"""The one item-number grammar (textcore.numbering): every style, and what is no item number."""
from __future__ import annotations

import pytest

from textcore.numbering import (ARABIC, BULLET, LETTER, ROMAN, item_number, parent_of, parse_item_number,
                                roman_value)


@pytest.mark.parametrize("text, style, label, closer, rest, parts", [
    ("3.1.2. Провести опрос", ARABIC, "3.1.2", ".", "Провести опрос", (3, 1, 2)),
    ("2 Направление", ARABIC, "2", "", "Направление", (2,)),
    ("  10) пункт", ARABIC, "10", ")", "пункт", (10,)),
    ("1.1 . пробел перед точкой", ARABIC, "1.1", ".", "пробел перед точкой", (1, 1)),
    ("IV. Заключительные положения", ROMAN, "IV", ".", "Заключительные положения", (4,)),
    ("XII) раздел", ROMAN, "XII", ")", "раздел", (12,)),
    ("IX", ROMAN, "IX", "", "", (9,)),
    ("в) обращения граждан", LETTER, "в", ")", "обращения граждан", (3,)),
    ("b) second", LETTER, "b", ")", "second", (2,)),
    ("– чат-бот", BULLET, "–", "", "чат-бот", ()),
    ("• сайт", BULLET, "•", "", "сайт", ()),
])
def test_styles(text, style, label, closer, rest, parts):
    n = parse_item_number(text)
    assert (n.style, n.label, n.closer, n.rest, n.parts) == (style, label, closer, rest, parts)


@pytest.mark.parametrize("text", [
    "01.02.2023 принят",          # a date
    "12.03.2024",
    "1,5 млн рублей",             # a decimal comma
    "12-п от 01.02.2023",         # an order number
    "78-НПА",
    "5% обращений",
    "2023 год",                   # a year: three digits and more are no item number
    "123. пункт",
    "1.2.3.4.5.6. too deep",
    "IV квартал 2024",            # a Roman numeral inside a phrase, neither closed nor alone
    "IIII. not a numeral",
    "VX. not a numeral",
    "Клиент – физическое лицо",
    "г. Кемерово",                # a letter with a dot is an abbreviation, not an item
    "1.текст",                    # glued to the word
])
def test_not_item_numbers(text):
    assert parse_item_number(text) is None, parse_item_number(text)


def test_styles_are_chosen_by_the_caller():
    assert parse_item_number("IV. Раздел", (ARABIC,)) is None
    assert parse_item_number("а) пункт", (ARABIC, ROMAN)) is None
    assert parse_item_number("– пункт", (ARABIC, LETTER)) is None


def test_spaced_tells_a_glued_paren():
    assert parse_item_number("1)официальный сайт").spaced is False
    assert parse_item_number("1) официальный сайт").spaced is True


def test_roman_values():
    assert [roman_value(r) for r in ("I", "IV", "IX", "XIV", "XL", "XC", "CCCXCIX")] == [1, 4, 9, 14, 40, 90, 399]


def test_item_number_of_plan_rows():
    assert item_number("3.1.2. Провести <b>опрос</b>") == ("3.1.2", "Провести опрос")
    assert item_number("3.1") == ("3.1", "")
    assert item_number("1)текст") is None                  # plan numbers stand apart
    assert item_number("IV. Раздел") is None               # plans number with arabic digits
    assert item_number("01.02.2023") is None
    assert parent_of("3.1.2") == "3.1" and parent_of("3") is None
