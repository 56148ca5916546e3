"""Table repair and touchpoint extraction on small synthetic tables, in layouts
other than the seeds' (other column orders and wordings)."""
from __future__ import annotations

import pytest

from parsers.extract.touchpoints import extract_touchpoints
from parsers.formats.text import parse_text
from parsers.tables.columns import gloss_name, is_numbering_row, map_columns


def tsv(*rows: str) -> str:
    return "\n".join(rows) + "\n"


def extract(text: str):
    records, warnings = extract_touchpoints(parse_text(text))
    return records, warnings


def test_six_column_layout_in_another_order_and_wording():
    text = tsv(
        "Перечень точек взаимодействия",
        "Тип точки (взаимодействия)\tТочка взаимодействия\tУдовлетворяемые потребности клиента\t"
        "Наименование процесса\tГруппа процессов\tОсобенности",
        "1\t2\t3\t4\t5\t6",
        "Цифровая\tЕПГУ\tПодача заявления\tВыдача лицензии\tПредоставление государственных услуг\t-",
        "Офлайн\tМФЦ\tПолучение результата\t\t\t-",
    )
    recs, _ = extract(text)
    assert [(r["touchpoint_raw"], r["point_type_raw"], r["process"], r["direction_raw"]) for r in recs] == [
        ("ЕПГУ", "Цифровая", "Выдача лицензии", "Предоставление государственных услуг"),
        ("МФЦ", "Офлайн", "Выдача лицензии", "Предоставление государственных услуг"),
    ]


def test_column_mapping_by_meaning():
    header = ["№ п/п", "Осуществляемое взаимодействие с клиентом", "Точка взаимодействия", "Тип точки"]
    assert map_columns("touchpoint_list", header) == {
        "group_no": 0, "interaction": 1, "touchpoint": 2, "point_type": 3}


def test_numbering_row_and_repeated_header_dropped():
    assert is_numbering_row(["1", "2", "3", "4", "5", "", "6"])
    assert not is_numbering_row(["3", "Государственный контроль", "", ""])
    head = "№\tНаправление деятельности\tПроцесс\tТочка взаимодействия\tВзаимодействие с клиентом\tТип точки"
    text = tsv(head, "1\t2\t3\t4\t5\t6", "1\tКонтроль\tПроверки\tТелефон\tКонсультация\tОфлайн",
               "", head, "\t\t\tСайт\tИнформирование\tЦифровая")
    recs, _ = extract(text)
    assert [r["touchpoint_raw"] for r in recs] == ["Телефон", "Сайт"]


def test_shifted_rows_realigned_on_the_point_type_anchor():
    head = "№\tНаправление\tПроцесс\tТочка взаимодействия\tВзаимодействие\tТип точки\tОсобенности"
    text = tsv(head,
               "1\tУслуги\tВыдача справок\tСайт\tИнформирование\tЦифровая точка\tНет",
               "\tТелефон\tКонсультирование\tОфлайн точка\tНет\t\t",       # slid left by 2
               "Электронная почта\tПодача заявления\tЦифровая точка\tНет\t\t\t")  # slid left by 3
    recs, warnings = extract(text)
    assert [(r["touchpoint_raw"], r["process"], r["point_type_raw"]) for r in recs] == [
        ("Сайт", "Выдача справок", "Цифровая точка"),
        ("Телефон", "Выдача справок", "Офлайн точка"),
        ("Электронная почта", "Выдача справок", "Цифровая точка"),
    ]
    assert any("shifted by 2" in w for w in warnings)


def test_empty_touchpoint_row_joins_the_touchpoint_above():
    head = "№\tНаправление\tПроцесс\tТочка взаимодействия\tВзаимодействие\tТип точки"
    text = tsv(head,
               "4\tОбращения\tПрием обращений\tСЭД\tПолучение информации\tЦифровая",
               "\t\t\t\tПолучение ответа\t",
               "\t\tЛичный прием\tКабинет\tКонсультирование\tОфлайн",
               "\t\t\t\tЗапись на прием\tОфлайн")
    recs, _ = extract(text)
    assert [(r["touchpoint_raw"], r["process"], r["interaction_raw"]) for r in recs] == [
        ("СЭД", "Прием обращений", "Получение информации. Получение ответа"),
        ("Кабинет", "Личный прием", "Консультирование. Запись на прием"),
    ]


def test_heading_thrown_into_the_table_is_the_direction_around_it_and_group_is_inferred():
    head = "№\tНаправление деятельности\tПроцесс\tТочка взаимодействия\tВзаимодействие\tТип точки\tОсобенности"
    text = tsv(head,
               "1\tУслуги\tВыдача справок\tСайт\tИнформирование\tЦифровая\tНет",
               "Выплата пособий членам творческих\tСайт\tИнформирование\tЦифровая\tНет\t\t",
               "",
               "## Меры поддержки",
               "",
               "союзов и их семьям\tКабинет\tПодача заявления\tОфлайн\tНет",
               "Компенсация проезда\tТелефон\tКонсультирование\tОфлайн\tНет",
               "3\tКонтроль\tПроверки\tТелефон\tКонсультирование\tОфлайн\tНет")
    recs, _ = extract(text)
    got = [(r["group_no"], r["direction_raw"], r["process"], r["touchpoint_raw"]) for r in recs]
    assert got == [
        ("1", "Услуги", "Выдача справок", "Сайт"),
        ("2", "Меры поддержки", "Выплата пособий членам творческих союзов и их семьям", "Сайт"),
        ("2", "Меры поддержки", "Выплата пособий членам творческих союзов и их семьям", "Кабинет"),
        ("2", "Меры поддержки", "Компенсация проезда", "Телефон"),
        ("3", "Контроль", "Проверки", "Телефон"),
    ]


def test_direction_as_a_full_width_section_row():
    text = tsv("Процесс\tТочка взаимодействия\tПотребности клиента\tТип точки",
               "1. Предоставление государственных услуг\t\t\t",
               "Выдача лицензий\tЕПГУ\tПодача заявления\tЦифровая",
               "2. Государственный контроль (надзор)\t\t\t",
               "Плановые проверки\tТелефон\tКонсультирование\tОфлайн")
    recs, _ = extract(text)
    assert [(r["group_no"], r["direction_raw"], r["process"]) for r in recs] == [
        ("1", "Предоставление государственных услуг", "Выдача лицензий"),
        ("2", "Государственный контроль (надзор)", "Плановые проверки"),
    ]


def test_a_table_that_is_not_a_touchpoint_list_yields_nothing():
    recs, _ = extract(tsv("Фамилия\tДолжность\tПодпись", "Иванов\tМинистр\t"))
    assert recs == []


@pytest.mark.parametrize("header", ["№", "N", "№ п/п", "№п/п", "N п/п", "№ пп", "№ п.п.",
                                    "№ n/n",    # OCR reads "п" as Latin "n"
                                    "№ шп"])    # OCR reads "п/" as "ш"
def test_ordinal_column_header_variants(header):
    from parsers.tables.columns import map_columns
    cols = map_columns("roadmap", [header, "Мероприятие", "Срок исполнения", "Ответственный"])
    assert cols.get("item_no") == 0


@pytest.mark.parametrize("header", ["№ мероприятия", "№ раздела"])
def test_a_numbered_word_after_the_sign_is_no_garbled_ordinal(header):
    from parsers.tables.columns import _content
    assert _content(header) != ("№",)


def test_a_short_row_that_keeps_its_number_cell_lost_its_last_cells_not_its_first():
    # the converter dropped the empty trailing cells (a merged process cell), not leading ones
    head = "№ п/п\tТочка взаимодействия\tЦель обращения\tНаименование услуги"
    text = tsv(head,
               "1\tСайт\tПолучение информации\tВыдача справок",
               "2\tКабинет отдела кадров\tКонсультирование",
               "\tИнформационный стенд\tОзнакомление с графиком")
    recs, _ = extract(text)
    assert [(r["touchpoint_raw"], r["interaction_raw"], r["process"]) for r in recs] == [
        ("Сайт", "Получение информации", "Выдача справок"),
        ("Кабинет отдела кадров", "Консультирование", "Выдача справок"),
        ("Информационный стенд", "Ознакомление с графиком", "Выдача справок")]


def test_a_bracketed_gloss_closing_a_header_cell_hides_no_column():
    # «(номера по перечню потребностей)» says how the needs column is filled; one word of it
    # misread («потоебностей», a scan) left the column unnamed, its needs lost
    head = ["№ п/п", "Наименование процесса", "Точка взаимодействия", "Вид точки"]
    for gloss in ("(номера по перечню потребностей)", "(номера по перечню потоебностей)"):
        assert map_columns("touchpoint_list", head + [f"Потребности клиента {gloss}"])["interaction"] == 4


def test_the_gloss_is_found_in_linear_time_on_a_long_cell():
    # a long data cell in a candidate header row: a regex of two lazy runs around «\w» took
    # seconds on 16,000 characters (quadratic); 200,000 here would take minutes
    assert gloss_name("Потребности клиента (номера по перечню)") == "Потребности клиента"
    assert gloss_name("Срок (дней) (рабочих)") == "Срок (дней)"
    assert gloss_name("(только глосса)") is None and gloss_name("Имя (а(б))") is None
    long = "Предоставление информации (по запросу) и консультирование. " * 3400
    assert gloss_name(long) is None and gloss_name(long + "(x)") == long.rstrip()
