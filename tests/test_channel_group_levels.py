"""A list grouped by channel whose rows across place other fields too (parsers/tables/channel_group_levels.py, rows
invented here): a direction's row over the channel's, the channel's row labelled as the field («Канал: …»,
«Точка взаимодействия – …»), its kind after a dash, no kind at all where two in three rows
across read as channels."""
from __future__ import annotations

from parsers.extract.touchpoints import extract_touchpoints
from parsers.formats.text import parse_text
from parsers.tables.channel_group_levels import channel_and_kind, channel_runs
from parsers.tables.channel_groups import with_channel_groups
from pipeline.run import content_cells

KIND = "touchpoint_list"


def _doc(lines):
    return parse_text("\n".join(["Перечень точек взаимодействия", "", *lines]) + "\n")


def test_a_labelled_channel_row_and_its_kind_after_a_dash():
    assert channel_and_kind("Канал: Портал госуслуг", KIND) == ("Портал госуслуг", "")
    assert channel_and_kind("Точка взаимодействия – Приёмная министерства – офлайн", KIND) == \
        ("Приёмная министерства", "офлайн")
    assert channel_and_kind("2. Сервис «Вопрос – ответ»", KIND) == ("Сервис «Вопрос – ответ»", "")


def test_the_innermost_row_across_is_the_channel_s():
    runs = channel_runs([("Социальная защита", None), ("Сайт", None), (None, "r1"), ("Телефон", None), (None, "r2")])
    assert [(c, [t for t, _ in up], m) for c, up, m in runs] == [("Сайт", ["Социальная защита"], ["r1"]),
                                                                  ("Телефон", [], ["r2"])]
    assert channel_runs([("Сайт", None), (None, "r1"), ("Примечание", None)]) is None


def test_direction_rows_over_labelled_channel_rows_stating_no_kind():
    content_cells.install()
    doc = _doc(["\t".join(["№", "Процесс", "Потребности клиента"]),
                "**Направление: Социальная защита**", "**Канал: Портал госуслуг**",
                "1.\tНазначение пособия на ребёнка\tподать заявление",
                "**Точка взаимодействия – Телефон горячей линии**",
                "2.\tНазначение пособия на ребёнка\tузнать порядок",
                "**Жилищная политика**", "**Канал: Приёмная министерства – офлайн**",
                "3.\tВыдача справок о составе семьи\tполучить справку"])
    got = [(r["touchpoint_raw"], r["point_type_raw"] or "", r["process"]) for r in extract_touchpoints(doc)[0]]
    assert got == [("Портал госуслуг", "", "Назначение пособия на ребёнка"),
                   ("Телефон горячей линии", "", "Назначение пособия на ребёнка"),
                   ("Приёмная министерства", "офлайн", "Выдача справок о составе семьи")]
    directions = [r.get("direction_raw") or "" for r in extract_touchpoints(doc)[0]]
    assert "Социальная защита" in directions[0] and "Жилищная политика" in directions[2]


def test_rows_across_over_a_column_of_channels_are_no_channel_groups():
    """Rows across stating no kind whose words read as channels, over rows holding channels in a column the header
    does not name: processes over a list of its own, left alone."""
    content_cells.install()
    doc = _doc(["\t".join(["№", "Направление", "Вариант", "Потребность"]),
                "**Приём граждан по личным вопросам**", "1.\tЖилищная политика\tПортал госуслуг\tполучить выписку",
                "**Консультирование по телефону**", "2.\tЖилищная политика\tТелефон горячей линии\tузнать порядок"])
    blocks, _ = with_channel_groups(doc.blocks, KIND, {})
    assert blocks == doc.blocks


def test_channel_rows_over_a_list_with_a_kind_column():
    """The kind in a column of its own, the channel a row across over its rows: the rows take the channel alone."""
    content_cells.install()
    doc = _doc(["\t".join(["№", "Процесс", "Вид точки", "Потребности клиента"]),
                "**Портал госуслуг**", "1.\tНазначение пособия на ребёнка\tцифровая\tподать заявление",
                "**Телефон горячей линии**", "2.\tНазначение пособия на ребёнка\tофлайн\tузнать порядок",
                "3.\tВыдача справок о составе семьи\tофлайн\tполучить справку"])
    got = [(r["touchpoint_raw"], r["point_type_raw"], r["process"]) for r in extract_touchpoints(doc)[0]]
    assert got == [("Портал госуслуг", "цифровая", "Назначение пособия на ребёнка"),
                   ("Телефон горячей линии", "офлайн", "Назначение пособия на ребёнка"),
                   ("Телефон горячей линии", "офлайн", "Выдача справок о составе семьи")]
