"""Touchpoint-list headers and kind words of one more region (parsers/data/columns.yaml, textcore/data/point_type.yaml):
a register's entry number «№ записи», the branch as «Отрасль», the needs as the problem or question the client comes
with, and the point's kind as whether the client meets the body in person: «бесконтактная» (digital) / «контактная»
(offline) — while a channel named «Контактный телефон» or «Контактный центр» states no kind."""
from __future__ import annotations

import pytest

from parsers.tables.columns import is_header, map_columns
from textcore.point_type import match_point_type, read_type_value, states_type

KIND = "touchpoint_list"


@pytest.mark.parametrize("header, want", [
    (["Номер записи", "Отрасль", "Услуга", "Средство связи", "Характер точки", "Вопрос, с которым обращается заявитель"],
     {"group_no": 0, "direction": 1, "process": 2, "touchpoint": 3, "point_type": 4, "interaction": 5}),
    (["№ записи", "Сфера компетенции", "Наименование услуги", "Канал", "Проблема, с которой обратился гражданин"],
     {"group_no": 0, "direction": 1, "process": 2, "touchpoint": 3, "interaction": 4}),
])
def test_regional_column_names(header, want):
    got = map_columns(KIND, header)
    assert {f: got.get(f) for f in want} == want
    assert is_header(KIND, header)


@pytest.mark.parametrize("value, code", [
    ("бесконтактная", "digital"), ("Бесконтактная точка", "digital"), ("контактная", "offline"),
    ("Контактная точка взаимодействия", "offline"), ("цифровая", "digital"),
])
def test_contact_kind_words(value, code):
    assert match_point_type(value) == code
    assert read_type_value(value) == code


@pytest.mark.parametrize("cell", ["Контактный телефон", "Контактный центр", "Бесконтактная оплата услуг"])
def test_contact_words_in_a_channel_state_no_kind(cell):
    assert not states_type(cell)       # a channel's own words, not a kind said beside it
