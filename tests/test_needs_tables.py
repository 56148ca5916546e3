"""The needs in a second table keyed by the touchpoint's number («Таблица 2», «№ точки | Потребности клиента»),
joined to the list's rows by that number (parsers/tables/needs_tables.py).  Lists composed here from the form,
in words of no particular list; the keys out of the rows' order, so only the numbers can join them."""
from __future__ import annotations

from parsers.document import Cell, Document, Paragraph, Row, Source, Table
from parsers.extract.touchpoints import extract_touchpoints
from parsers.formats.text import parse_text
from parsers.tables.needs_tables import join_needs_tables


def _got(doc, *fields):
    recs, _ = extract_touchpoints(join_needs_tables(doc))
    return [tuple(r[f] for f in fields) for r in recs]


TEXT = "\n".join([
    "Таблица 1. Точки взаимодействия",
    "",
    "№\tНаименование процесса\tКанал взаимодействия\tТип точки",
    "1.\tВыдача охотничьего билета\tПортал госуслуг\tцифровая",
    "2.\tВыдача охотничьего билета\tПриёмная министерства\tофлайн",
    "3.\tПриём отчётов охотпользователей\tЭлектронная почта\tцифровая",
    "",
    "Таблица 2. Потребности клиентов",
    "",
    "№ точки\tПотребности клиента",
    "3.\tНаправление отчёта",
    "1.\tПодача заявления; получение билета",
    "2.\tКонсультирование по порядку выдачи",
]) + "\n"


def test_a_second_table_of_needs_joins_its_rows_by_number_in_text():
    assert _got(parse_text(TEXT), "touchpoint_raw", "interaction_raw") == [
        ("Портал госуслуг", "Подача заявления; получение билета"),
        ("Приёмная министерства", "Консультирование по порядку выдачи"),
        ("Электронная почта", "Направление отчёта"),
    ]


def test_the_second_table_is_no_longer_a_table_of_the_document():
    doc = join_needs_tables(parse_text(TEXT))
    assert [len(b.rows) for b in doc.blocks if isinstance(b, Table)] == [4]


def _cells(*texts):
    return [Cell(t) for t in texts]


def _wide(text, width, number=None):
    """A row across the table: a text merged over every cell, or a number and the text merged over the rest."""
    head = [Cell(number)] if number else []
    span = width - len(head)
    return head + [Cell(text, colspan=span)] + [Cell("", covered=True)] * (span - 1)


def test_numbered_process_rows_over_their_points_and_a_second_table_in_a_word_document():
    """No process column, no needs column: «1.» | the process across the row, its points «1.1.», «1.2.»."""
    rows = [_cells("№ п/п", "Канал взаимодействия", "Вид точки"),
            _wide("Лицензирование", 3),
            _wide("Выдача лицензии", 3, "1."),
            _cells("1.1.", "Портал госуслуг", "цифровая"),
            _cells("1.2.", "Приёмная министерства", "офлайн"),
            _wide("Контроль (надзор)", 3),
            _wide("Плановая проверка", 3, "2."),
            _cells("2.1.", "Выезд инспектора", "офлайн")]
    needs = [_cells("Номер точки", "Ожидания получателя"), _cells("2.1.", "Ознакомление с актом"),
             _cells("1.2.", "Консультирование"), _cells("1.1.", "Подача заявления")]
    doc = Document([Paragraph("Таблица 1. Точки взаимодействия"),
                    Table([Row(r, Source(table=0, row=k)) for k, r in enumerate(rows)]),
                    Paragraph("Таблица 2. Ожидания получателей"),
                    Table([Row(r, Source(table=1, row=k)) for k, r in enumerate(needs)])], "docx")
    assert _got(doc, "direction_raw", "process", "touchpoint_raw", "interaction_raw") == [
        ("Лицензирование", "Выдача лицензии", "Портал госуслуг", "Подача заявления"),
        ("Лицензирование", "Выдача лицензии", "Приёмная министерства", "Консультирование"),
        ("Контроль (надзор)", "Плановая проверка", "Выезд инспектора", "Ознакомление с актом"),
    ]


def test_a_list_with_its_own_needs_column_keeps_its_legend_apart():
    """Needs written as numbers and a legend «№ | Потребность клиента» under the list: no second table of rows."""
    text = "\n".join([
        "№\tНаименование процесса\tКанал взаимодействия\tПотребности клиента",
        "1.\tВыдача охотничьего билета\tПортал госуслуг\t1, 2",
        "2.\tВыдача охотничьего билета\tПриёмная министерства\t2",
        "",
        "№\tПотребность клиента",
        "1\tПодача заявления",
        "2\tПолучение консультации",
    ]) + "\n"
    doc = parse_text(text)
    assert join_needs_tables(doc) is doc


def test_a_second_table_numbering_no_row_above_is_left_alone():
    text = "\n".join([
        "№\tНаименование процесса\tКанал взаимодействия",
        "1.\tВыдача охотничьего билета\tПортал госуслуг",
        "2.\tВыдача охотничьего билета\tПриёмная министерства",
        "",
        "№ точки\tПотребности клиента",
        "7.\tПодача заявления",
        "8.\tПолучение консультации",
        "9.\tПолучение билета",
    ]) + "\n"
    doc = parse_text(text)
    assert join_needs_tables(doc) is doc


def test_a_procedure_list_of_needs_under_its_list_of_channels_is_no_second_table():
    """Two lists of a procedure as tables, each numbered 1, 2, 3 by its own «№ п/п»: the needs number no channel."""
    text = "\n".join([
        "№ п/п\tКаналы взаимодействия",
        "1\tПортал госуслуг",
        "2\tПриёмная министерства",
        "3\tТелефон горячей линии",
        "",
        "2.2. Потребности клиентов министерства:",
        "",
        "№ п/п\tПотребности клиентов",
        "1\tПодача заявления",
        "2\tПолучение консультации",
        "3\tОбжалование решения",
    ]) + "\n"
    doc = parse_text(text)
    assert join_needs_tables(doc) is doc
