"""Review mends of the act header's readers (branch acts17): a joint act of two subjects' bodies whose
text names one of them keeps its first body; the year's «г.» before a capitalised word is no place."""
from __future__ import annotations

import pytest

from parsers.extract.metadata import extract_metadata
from parsers.extract.signed import date_alone
from parsers.formats.text import parse_text


@pytest.mark.parametrize("first, second, named, want", [
    ("ПРАВИТЕЛЬСТВО МОСКОВСКОЙ ОБЛАСТИ", "ПРАВИТЕЛЬСТВО МОСКВЫ", "города Москвы", "Правительство Московской области"),
    ("МИНИСТЕРСТВО ЗДРАВООХРАНЕНИЯ ЛЕНИНГРАДСКОЙ ОБЛАСТИ", "КОМИТЕТ ПО ЗДРАВООХРАНЕНИЮ САНКТ-ПЕТЕРБУРГА",
     "в Санкт-Петербурге", "Министерство здравоохранения Ленинградской области")])
def test_a_joint_act_whose_text_names_one_subject_keeps_its_first_body(first, second, named, want):
    """Two subjects' collective bodies over one kind line are a joint act, not a template's stray line."""
    text = (f"{first}\n{second}\nПОСТАНОВЛЕНИЕ\nот 5 июня 2018 г. № 512/353\n"
            f"О маршрутах пациентов {named}\n\nВ целях оказания помощи жителям {named} постановляют:\n")
    assert extract_metadata(parse_text(text))["authority"] == want


@pytest.mark.parametrize("line", ["от 12.03.2020 г. Приказ Министерства", "12 марта 2020 г. Постановлением Правительства",
                                  "от 12.03.2020 г. Утверждаю", "12.03.2020 г. Министр Петров"])
def test_the_years_letter_before_a_capitalised_word_is_no_place(line):
    assert date_alone(line) is None


@pytest.mark.parametrize("line", ["г. Нижний Новгород, 4 июня 2021 года, № 612-З",
                                  "23.07.2013 г. Оренбург N 729", "город Нальчик 4 июня 2021 г. N 61-РЗ"])
def test_a_places_name_beside_the_date_is_still_a_date_line(line):
    assert date_alone(line) is not None
