"""Procedure lists held one level inside a point (parsers/extract/procedure.py) and lists whose
items stand on lines of their own with no mark (parsers/extract/listread.py).  Texts composed here."""
from __future__ import annotations

from parsers.extract.procedure import extract_procedure
from parsers.formats.text import parse_text


def _items(text):
    return [(r["list_kind"], r["ordinal"], r["text_raw"]) for r in extract_procedure(parse_text(text))]


def test_lists_nested_as_sub_points_of_a_point_that_says_in_that_number():
    text = ("2.3. Перечень точек взаимодействия содержит сведения, в том числе:\n"
            "2.3.1. Направления деятельности министерства:\n"
            "а) предоставление государственных услуг;\nб) рассмотрение обращений граждан.\n"
            "2.3.2. К офлайн-точкам взаимодействия относятся:\n"
            "а) личный прием граждан;\nб) телефон горячей линии.\n"
            "2.4. Перечень утверждается приказом министерства.")
    assert _items(text) == [("direction", "а", "предоставление государственных услуг"),
                            ("direction", "б", "рассмотрение обращений граждан"),
                            ("channel_offline", "а", "личный прием граждан"),
                            ("channel_offline", "б", "телефон горячей линии")]


def test_an_item_over_its_own_traits_is_no_nested_lead_in():
    # «1) …, который:» under a point: its dashes describe it; the point's list stands
    text = ("7. Цифровыми точками взаимодействия являются:\n"
            "1) официальный сайт министерства, который:\n– размещается открыто;\n"
            "2) мобильное приложение.\n8. Иные положения.")
    assert _items(text) == [("channel_digital", "1", "официальный сайт министерства"),
                            ("channel_digital", "2", "мобильное приложение")]
