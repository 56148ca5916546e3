"""Two-level touchpoint headers (`parsers/tables/header_rows.py`): a group heading over
sub-columns that split one field by a quality (the point type) or stand each for a need
(check marks), in converted text and in Word's spans; worded unlike the seeds and the bed."""
from __future__ import annotations

from parsers.document import Cell, Document, Row, Table
from parsers.extract.touchpoints import extract_touchpoints
from parsers.formats.text import parse_text
from parsers.tables.header_rows import is_blank, is_mark, split_value
from parsers.tables.repair import find_tables
from textcore.point_type import match_point_type


def tsv(*rows: str) -> str:
    return "\n".join(rows) + "\n"


def fields(recs, *names):
    return [tuple(r[n] for n in names) for r in recs]


def test_channel_split_by_type_in_converted_text():
    # converted text keeps no spans: the group heading is followed by empty cells
    text = tsv(
        "№\tУслуга\tКаналы взаимодействия\t\tЦель обращения",
        "\t\tэлектронные\tочные\t",
        "1\tВыдача разрешения на вырубку\tЛичный кабинет на портале\t–\tПодать заявление",
        "2\tПриём отчётов лесопользователей\t—\tОкно приёма в отделе\tСдать отчёт",
    )
    recs, _ = extract_touchpoints(parse_text(text))
    assert fields(recs, "process", "touchpoint_raw", "point_type_raw", "interaction_raw") == [
        ("Выдача разрешения на вырубку", "Личный кабинет на портале", "электронные", "Подать заявление"),
        ("Приём отчётов лесопользователей", "Окно приёма в отделе", "очные", "Сдать отчёт"),
    ]
    assert [match_point_type(r["point_type_raw"]) for r in recs] == ["digital", "offline"]


def _word_table(rows: list[list[Cell]]) -> Document:
    return Document([Table([Row(r) for r in rows])], "docx")


def test_need_matrix_in_word_spans_under_a_title_row():
    title = [Cell("Реестр каналов", colspan=6)] + [Cell("", covered=True)] * 5
    top = [Cell("№ п/п"), Cell("Наименование услуги"), Cell("Канал"),
           Cell("Удовлетворяемые потребности клиента", colspan=3), Cell("", covered=True), Cell("", covered=True)]
    sub = [Cell("", covered=True)] * 3 + [Cell("Запись на приём"), Cell("Выдача справки"), Cell("Жалоба")]
    data = [
        [Cell("1"), Cell("Справка о составе семьи"), Cell("Окно МФЦ"), Cell("х"), Cell("+"), Cell("нет")],
        [Cell("2"), Cell("", covered=True), Cell("Горячая линия"), Cell(""), Cell(""), Cell("Да")],
    ]
    doc = _word_table([title, top, sub, *data])
    table, = find_tables(doc, "touchpoint_list")
    assert table.columns["interaction"] == 3 and "interaction" in table.splits
    recs, _ = extract_touchpoints(doc)
    assert fields(recs, "touchpoint_raw", "interaction_raw", "process") == [
        ("Окно МФЦ", "Запись на приём; Выдача справки", "Справка о составе семьи"),
        ("Горячая линия", "Жалоба", "Справка о составе семьи"),
    ]


def test_sub_headings_naming_fields_of_their_own_map_one_by_one():
    text = tsv(
        "№\tПроцесс\tТочка взаимодействия\t",
        "\t\tнаименование\tтип точки",
        "1\tВыдача охотничьего билета\tЕПГУ\tцифровая",
    )
    table, = find_tables(parse_text(text), "touchpoint_list")
    assert table.columns["touchpoint"] == 2 and table.columns["point_type"] == 3 and not table.splits
    recs, _ = extract_touchpoints(parse_text(text))
    assert fields(recs, "touchpoint_raw", "point_type_raw") == [("ЕПГУ", "цифровая")]


def test_a_data_row_under_a_heading_with_an_empty_cell_is_no_sub_heading():
    # the row under the header fills a column headed alone (its number): data, not sub-headings
    text = tsv(
        "№\tПроцесс\tКанал\t\tПотребность",
        "1\tВыдача справки\tМФЦ\tокно 3\tПолучить справку",
    )
    recs, _ = extract_touchpoints(parse_text(text))
    assert fields(recs, "process", "touchpoint_raw") == [("Выдача справки", "МФЦ")]


def test_both_header_rows_repeated_at_a_page_break_are_dropped():
    head = ("№\tУслуга\tКаналы взаимодействия\t\tЦель обращения", "\t\tэлектронные\tочные\t")
    text = tsv(*head,
               "1\tВыдача лицензии\tПортал\t\tПодать заявление",
               *head,
               "2\tВыдача дубликата\t\tПриёмная\tПолучить дубликат")
    recs, _ = extract_touchpoints(parse_text(text))
    assert fields(recs, "touchpoint_raw", "point_type_raw") == [("Портал", "электронные"), ("Приёмная", "очные")]


def test_marks_and_blanks_are_vocabulary():
    assert all(is_mark(m) for m in ("+", "✓", "V", "да", "Х"))
    assert not any(is_mark(m) for m in ("", "–", "нет", "Подать заявление"))
    assert all(is_blank(b) for b in ("", " ", "–", "-", "нет", "Нет."))
    assert split_value(["1", "+", "–", "да"], [(1, "Запись"), (2, "Справка"), (3, "Жалоба ")]) == (
        "Запись; Жалоба", "")
    assert split_value(["", "Окно 5"], [(0, "цифровые"), (1, "нецифровые")]) == ("Окно 5", "нецифровые")
    assert match_point_type("нецифровые (офлайн)") == match_point_type("нецифровые") == "offline"


def test_point_type_twins_in_a_one_row_header_split_the_channel():
    text = tsv(
        "№\tНаименование услуги\tЭлектронные каналы\tОчные каналы\tПотребность",
        "1\tВыдача путёвки в лагерь\tПортал образования\t\tЗаписаться в очередь",
        "2\tВыдача путёвки в лагерь\t\tКабинет 12\tПолучить путёвку",
    )
    recs, _ = extract_touchpoints(parse_text(text))
    assert fields(recs, "touchpoint_raw", "point_type_raw") == [
        ("Портал образования", "Электронные каналы"), ("Кабинет 12", "Очные каналы")]


def test_mark_columns_under_a_one_row_header_are_the_needs():
    # no column names the needs; the columns holding only marks stand for theirs
    text = tsv(
        "№\tПроцесс\tКанал\tЗапись на приём\tПолучение справки\tПримечание",
        "1\tВыдача справки о заработной плате\tКадровая служба\t+\t+\tпо вторникам",
        "2\tВыдача справки о заработной плате\tЭлектронная почта\t\t+\t",
    )
    recs, _ = extract_touchpoints(parse_text(text))
    assert fields(recs, "touchpoint_raw", "interaction_raw", "features_raw") == [
        ("Кадровая служба", "Запись на приём; Получение справки", "по вторникам"),
        ("Электронная почта", "Получение справки", None)]


def test_mark_columns_headed_by_point_types_give_the_point_type_not_needs():
    # «Цифровая» | «Офлайн» with a mark in one: the marked column's heading is the point type;
    # the other mark columns are still the needs
    text = tsv(
        "№ п/п\tПроцесс\tКанал\tЦифровая\tОфлайн\tЗапись на приём\tПолучение справки",
        "1\tВыдача справок\tКадровая служба\t\t✓\t✓\t",
        "2\tВыдача справок\tЭлектронная почта\t+\t\t\t+",
    )
    recs, _ = extract_touchpoints(parse_text(text))
    assert fields(recs, "touchpoint_raw", "point_type_raw", "interaction_raw") == [
        ("Кадровая служба", "Офлайн", "Запись на приём"), ("Электронная почта", "Цифровая", "Получение справки")]


def test_a_matrix_under_a_group_heading_naming_no_field():
    # «Формы участия» names no column of the list: its marked sub-columns are still the needs
    top = [Cell("№"), Cell("Процесс"), Cell("Точка взаимодействия"), Cell("Формы участия", colspan=2),
           Cell("", covered=True)]
    sub = [Cell("", covered=True)] * 3 + [Cell("Подача жалобы"), Cell("Оценка качества")]
    row = [Cell("1"), Cell("Досудебное обжалование"), Cell("Приёмная министра"), Cell("✔"), Cell("-")]
    recs, _ = extract_touchpoints(_word_table([top, sub, row]))
    assert fields(recs, "touchpoint_raw", "interaction_raw") == [("Приёмная министра", "Подача жалобы")]


def test_a_sub_heading_row_shorter_than_the_header():
    # converted text dropped the sub-heading row's empty last cell
    text = tsv(
        "№\tУслуга\tКаналы взаимодействия\t\tЦель обращения",
        "\t\tэлектронные\tочные",
        "1\tВыдача лицензии\tПортал\t\tПодать заявление",
    )
    recs, _ = extract_touchpoints(parse_text(text))
    assert fields(recs, "touchpoint_raw", "point_type_raw", "interaction_raw") == [
        ("Портал", "электронные", "Подать заявление")]
