"""Two fields in one column, the second in brackets in the heading and after the first in the cells
(«Канал взаимодействия (вид точки)» | «Сайт (цифровая)»): the layout bed's `--mutate merge_cells`."""
from __future__ import annotations

from parsers.tables.columns import is_header


def test_a_heading_naming_a_second_field_in_brackets_counts_it():
    assert is_header("touchpoint_list", ["№ п/п", "Канал взаимодействия (вид точки взаимодействия)"])
    assert not is_header("touchpoint_list", ["№ п/п", "Канал взаимодействия"])
    # brackets naming no other field (examples of the channel) add none
    assert not is_header("touchpoint_list", ["№ п/п", "Канал взаимодействия (сайт, телефон)"])


def test_a_numbered_list_of_one_column_beside_its_numbers_is_rows_not_headings():
    from parsers.extract.touchpoints import extract_touchpoints
    from parsers.formats.text import parse_text
    text = "\n".join(["Точки взаимодействия министерства", "",
                      "№ п/п\tКанал взаимодействия (вид точки взаимодействия)",
                      "1.\tОфициальный сайт министерства (цифровая)",
                      "2.\tПриёмная министерства (офлайн)",
                      "3.\tЕдиный портал госуслуг — цифровая"]) + "\n"
    recs, _ = extract_touchpoints(parse_text(text))
    assert [(r["touchpoint_raw"], r["point_type_raw"]) for r in recs] == [
        ("Официальный сайт министерства", "цифровая"), ("Приёмная министерства", "офлайн"),
        ("Единый портал госуслуг", "цифровая")]
