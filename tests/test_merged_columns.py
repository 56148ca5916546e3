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


def test_the_kind_after_another_column_s_text_is_read_where_its_heading_names_it():
    from parsers.extract.touchpoints import extract_touchpoints
    from parsers.formats.text import parse_text
    text = "\n".join(["№ п/п\tНаименование процесса\tКанал взаимодействия\tАдрес, контактные данные (вид точки взаимодействия)",
                      "1.\tВыдача справок\tИнформационный стенд\t1 этаж, холл (офлайн)",
                      "2.\tВыдача справок\tПортал госуслуг\thttps://www.gosuslugi.ru (цифровая)"]) + "\n"
    recs, _ = extract_touchpoints(parse_text(text))
    assert [(r["touchpoint_raw"], r["point_type_raw"]) for r in recs] == [
        ("Информационный стенд", "офлайн"), ("Портал госуслуг", "цифровая")]
