"""Touchpoint-list headings that name the point as a PLACE («Площадка взаимодействия»), its kind as the place's
format («Формат площадки»), the needs as the client's question («Что хочет получить клиент»), and a column's name
followed by a relative clause («Площадки, на которых клиент может это получить»: the noun before the clause names
the column; parsers/tables/header_parts.py)."""
from __future__ import annotations

import pytest

from parsers.tables.columns import field_scores, map_columns

KIND = "touchpoint_list"


@pytest.mark.parametrize("header, want", [
    (["№ п.п.", "Блок деятельности министерства", "Клиентский сценарий (услуга, процесс)", "Площадка взаимодействия",
      "Формат площадки", "Что хочет получить клиент"],
     {"direction": 1, "process": 2, "touchpoint": 3, "point_type": 4, "interaction": 5}),
    (["№", "Что клиент хочет получить", "Площадка"], {"interaction": 1, "touchpoint": 2}),
    (["№ п.п.", "Сфера деятельности", "Услуга", "Что хочет получить клиент",
      "Площадки, на которых клиент может это получить"],
     {"direction": 1, "process": 2, "interaction": 3, "touchpoint": 4}),
])
def test_place_headings(header, want):
    got = map_columns(KIND, header)
    assert {f: got.get(f) for f in want} == want


def test_relative_clause_leaves_the_name():
    # the clause's words («получить», «удовлетворяться») only said which points; scored whole they diluted the noun
    assert max(field_scores(KIND, "Каналы, через которые клиент обращается"), key=field_scores(
        KIND, "Каналы, через которые клиент обращается").get) == "touchpoint"
    assert field_scores(KIND, "Площадки, на которых клиент может это получить").get("touchpoint", 0) >= 0.9
