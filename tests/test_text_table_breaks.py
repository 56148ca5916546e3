"""Two tab-separated tables one blank line apart in converted text (parsers/formats/text_table_breaks.py): cut
where every row on has another width, under a header of words; a page break inside one table is no cut."""
from __future__ import annotations

from parsers.document import Table
from parsers.extract.touchpoints import extract_touchpoints
from parsers.formats.text import parse_text
from parsers.tables.needs_tables import join_needs_tables

LIST = ["№\tНаименование процесса\tКанал взаимодействия\tТип точки",
        "1\tВыдача охотничьего билета\tПортал госуслуг\tцифровая",
        "2\tВыдача охотничьего билета\tПриёмная министерства\tофлайн",
        "3\tПриём отчётов охотпользователей\tЭлектронная почта\tцифровая"]
NEEDS = ["№ точки\tПотребности клиента", "1\tПодача заявления", "2\tКонсультирование по порядку выдачи",
         "3\tНаправление отчёта"]


def _tables(text: str) -> list[list[int]]:
    return [[len(r.cells) for r in b.rows] for b in parse_text(text).blocks if isinstance(b, Table)]


def test_a_table_of_two_columns_a_blank_line_under_a_list_of_four_is_a_table_of_its_own():
    text = "\n".join(LIST + [""] + NEEDS) + "\n"
    assert _tables(text) == [[4] * 4, [2] * 4]
    recs, _ = extract_touchpoints(join_needs_tables(parse_text(text)))
    assert [(r["touchpoint_raw"], r["interaction_raw"]) for r in recs] == [
        ("Портал госуслуг", "Подача заявления"), ("Приёмная министерства", "Консультирование по порядку выдачи"),
        ("Электронная почта", "Направление отчёта")]


def test_a_page_break_inside_a_table_or_a_short_row_is_no_second_table():
    # the rows after the blank line as wide as those above: one table over a page break
    assert _tables("\n".join(LIST[:2] + [""] + LIST[2:]) + "\n") == [[4] * 4]
    # narrower rows after the blank line opening with a number: rows cut short, not a header of another table
    short = ["4\tПриём заявлений", "5\tВыдача справок", "6\tКонсультирование"]
    assert _tables("\n".join(LIST + [""] + short) + "\n") == [[4] * 4 + [2] * 3]
    # two narrower rows only: too few for a table of its own
    assert _tables("\n".join(LIST + [""] + NEEDS[:2]) + "\n") == [[4] * 4 + [2] * 2]


def test_a_list_s_header_alone_under_a_register_when_its_rows_go_on_past_rows_across():
    """A register of coded channels, a blank line, the list's header, then a row across (a line of its own) and the
    list's rows: the header is the list's, not a last row of the register."""
    register = ["Код\tКанал взаимодействия", "К1\tЖурнал заявок", "К2\tСЭД", "К3\tОфициальный сайт"]
    rows = ["**Открытые данные**", "1.\tПредоставление информации\tК1\tполучить справку",
            "2.\tПредоставление информации\tК2\tузнать порядок", "**Техническая поддержка**",
            "3.\tСоздание учётных записей\tК3\tузнать сроки"]
    text = "\n".join(register + ["", "№\tПроцесс\tКанал взаимодействия\tПотребности"] + rows) + "\n"
    assert _tables(text) == [[2] * 4, [4], [4] * 2, [4]]
    recs, _ = extract_touchpoints(parse_text(text))
    assert [(r["touchpoint_raw"], r["direction_raw"]) for r in recs] == [
        ("Журнал заявок", "Открытые данные"), ("СЭД", "Открытые данные"), ("Официальный сайт", "Техническая поддержка")]


def test_a_last_row_of_another_width_with_no_table_after_stays():
    """One row of another width after a blank line and nothing as wide after it: no cut (a row a cell short)."""
    text = "\n".join(LIST + ["", "4\tИтого точек: 3"]) + "\n"
    assert len(_tables(text)) == 1
