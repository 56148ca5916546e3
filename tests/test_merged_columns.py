"""Two fields in one column, the second in brackets in the heading and after the first in the cells
(«Канал взаимодействия (вид точки)» | «Сайт (цифровая)»): the layout bed's `--mutate merge_cells`."""
from __future__ import annotations

from parsers.tables.columns import is_header


def test_a_heading_naming_a_second_field_in_brackets_counts_it():
    assert is_header("touchpoint_list", ["№ п/п", "Канал взаимодействия (вид точки взаимодействия)"])
    assert not is_header("touchpoint_list", ["№ п/п", "Канал взаимодействия"])
    # brackets naming no other field (examples of the channel) add none
    assert not is_header("touchpoint_list", ["№ п/п", "Канал взаимодействия (сайт, телефон)"])
