"""The needs in a second table keyed by the touchpoint's number («Таблица 2», «№ точки | Потребности клиента»),
joined to the list's rows by that number (parsers/tables/needs_tables.py).  Lists composed here from the form,
in words of no particular list; the keys out of the rows' order, so only the numbers can join them."""
from __future__ import annotations

import pytest

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


# other tables of the document, numbered like the list's rows, are never joined: a table of contacts above the
# list, a plan between the list and the needs (their own header rows, no part of the list)
LIST = ["Таблица 1. Точки взаимодействия", "",
        "№\tНаименование процесса\tКанал взаимодействия",
        "1.\tВыдача охотничьего билета\tПортал госуслуг",
        "2.\tВыдача охотничьего билета\tПриёмная министерства",
        "3.\tПриём отчётов охотпользователей\tЭлектронная почта", ""]
NEEDS = ["Таблица 2. Потребности клиентов", "",
         "№ точки\tПотребности клиента",
         "1.\tПодача заявления", "2.\tКонсультирование по порядку выдачи", "3.\tНаправление отчёта"]
CONTACTS = ["Контакты ответственных лиц", "",
            "№\tФамилия, имя, отчество\tТелефон",
            "1\tИванов И.И.\t22-33-44", "2\tПетров П.П.\t22-33-45", "3\tСидоров С.С.\t22-33-46", ""]
PLAN = ["План мероприятий", "",
        "№\tМероприятие\tСрок",
        "1.\tОбучение специалистов\tдо 1 марта 2026 г.",
        "2.\tАнкетирование заявителей\tдо 1 июня 2026 г.",
        "3.\tПодведение итогов\tдо 1 декабря 2026 г.", ""]
WANT = [("Портал госуслуг", "Подача заявления"), ("Приёмная министерства", "Консультирование по порядку выдачи"),
        ("Электронная почта", "Направление отчёта")]


def _tables(doc):
    return [[r.texts for r in b.rows] for b in doc.blocks if isinstance(b, Table)]


def test_a_table_of_contacts_above_the_list_numbered_alike_is_never_joined():
    doc = parse_text("\n".join(CONTACTS + LIST + NEEDS) + "\n")
    contacts = _tables(doc)[0]
    joined = join_needs_tables(doc)
    assert _tables(joined)[0] == contacts
    assert _tables(joined)[1][0][-1] == "Потребности клиента"
    assert _got(doc, "touchpoint_raw", "interaction_raw") == WANT


def test_a_plan_between_the_list_and_its_needs_as_wide_as_the_list_is_never_joined():
    doc = parse_text("\n".join(LIST + PLAN + NEEDS) + "\n")
    plan = _tables(doc)[1]
    joined = join_needs_tables(doc)
    assert _tables(joined)[1] == plan and len(_tables(joined)) == 2
    # (the plan's rows after them are the kind classifier's to route, not this reader's test)
    assert _got(doc, "touchpoint_raw", "interaction_raw")[:3] == WANT


def test_needs_rows_keyed_by_a_number_no_row_has_stay_a_table_with_a_warning():
    """Nothing lost: the rows no key joins stay where they were (with the header), and the document says so."""
    doc = join_needs_tables(parse_text("\n".join(LIST + NEEDS + ["4.\tОбжалование решения"]) + "\n"))
    assert _tables(doc)[1] == [["№ точки", "Потребности клиента"], ["4.", "Обжалование решения"]]
    assert len(doc.warnings) == 1 and "1 needs rows" in doc.warnings[0]
    assert _got(doc, "touchpoint_raw", "interaction_raw") == WANT


def test_a_list_in_converted_text_parted_by_direction_headings_gets_its_needs_in_every_part():
    """Its header row and its rows between the heading lines are tables of their own: all of them one list."""
    text = "\n".join(["№\tНаименование процесса\tКанал взаимодействия",
                      "**Лицензирование**",
                      "1.\tВыдача охотничьего билета\tПортал госуслуг",
                      "2.\tВыдача охотничьего билета\tПриёмная министерства",
                      "**Контроль (надзор)**",
                      "3.\tПлановая проверка\tВыезд инспектора", ""] + NEEDS) + "\n"
    assert _got(parse_text(text), "direction_raw", "touchpoint_raw", "interaction_raw") == [
        ("Лицензирование", "Портал госуслуг", "Подача заявления"),
        ("Лицензирование", "Приёмная министерства", "Консультирование по порядку выдачи"),
        ("Контроль (надзор)", "Выезд инспектора", "Направление отчёта")]


def test_a_list_numbered_afresh_under_each_direction_is_not_joined_by_its_repeated_numbers():
    """«1.», «2.» under one direction and again under the next: a key «1.» says not which row it means —
    no row is given another point's needs, the second table stays as it was."""
    text = "\n".join(["№\tНаименование процесса\tКанал взаимодействия",
                      "**Лицензирование**",
                      "1.\tВыдача охотничьего билета\tПортал госуслуг",
                      "2.\tВыдача охотничьего билета\tПриёмная министерства",
                      "**Контроль (надзор)**",
                      "1.\tПлановая проверка\tВыезд инспектора", ""] + NEEDS) + "\n"
    doc = parse_text(text)
    assert join_needs_tables(doc) is doc


@pytest.mark.parametrize("number", ["№ по порядку", "Порядковый номер", "Ns п/п"])
def test_a_procedure_s_lists_numbered_in_order_in_other_words_are_no_second_table(number):
    """Each list numbered by its own order, in another region's words or as OCR read «№ п/п»: no key to the
    list above it, both tables kept."""
    text = "\n".join([f"{number}\tКаналы взаимодействия",
                      "1\tПортал госуслуг", "2\tПриёмная министерства", "3\tТелефон горячей линии", "",
                      "2.2. Потребности клиентов министерства:", "", f"{number}\tПотребности клиентов",
                      "1\tПодача заявления", "2\tПолучение консультации", "3\tОбжалование решения"]) + "\n"
    doc = parse_text(text)
    assert join_needs_tables(doc) is doc


def test_a_title_row_across_the_list_keeps_the_needs_heading_off_it():
    """A Word list whose first row is its title merged across it: the needs heading goes on the header row
    under it, the title's span widened over the new column."""
    rows = [_wide("Перечень точек взаимодействия министерства", 3),
            _cells("№ п/п", "Наименование процесса", "Канал взаимодействия"),
            _cells("1.", "Выдача лицензии", "Портал госуслуг"),
            _cells("2.", "Выдача лицензии", "Приёмная министерства"),
            _cells("3.", "Плановая проверка", "Выезд инспектора")]
    needs = [_cells("Номер точки", "Потребности клиента"), _cells("2.", "Консультирование"),
             _cells("1.", "Подача заявления"), _cells("3.", "Ознакомление с актом")]
    doc = Document([Table([Row(r, Source(table=0, row=k)) for k, r in enumerate(rows)]), Paragraph("Таблица 2"),
                    Table([Row(r, Source(table=1, row=k)) for k, r in enumerate(needs)])], "docx")
    title, header = join_needs_tables(doc).blocks[0].rows[:2]
    assert (title.cells[0].colspan, title.cells[-1].covered) == (4, True)
    assert header.texts[-1] == "Потребности клиента"
    assert _got(doc, "touchpoint_raw", "interaction_raw") == [
        ("Портал госуслуг", "Подача заявления"), ("Приёмная министерства", "Консультирование"),
        ("Выезд инспектора", "Ознакомление с актом")]


CUT = "\n".join([
    "Таблица 1. Точки взаимодействия",
    "",
    "№\tНаименование процесса\tКанал взаимодействия\tТип точки",
    "1.\tВыдача охотничьего билета\tПортал госуслуг\tцифровая",
    "2.\tВыдача охотничьего билета\tПриёмная министерства\tофлайн",
    "",
    "Продолжение таблицы",
    "",
    "№\tНаименование процесса\tКанал взаимодействия\tТип точки",     # the header over the list's next part
    "3.\tПриём отчётов охотпользователей\tЭлектронная почта\tцифровая",
    "4.\tПриём отчётов охотпользователей\tТелефон\tофлайн",
    "",
    "Таблица 2. Потребности клиентов",
    "",
    "№ точки\tПотребности клиента",
    "1.\tПодача заявления",
    "2.\tКонсультирование",
    "№ точки\tПотребности клиента",                                   # its header repeated at a page's top
    "3.\tНаправление отчёта",
    "",
    "Окончание таблицы 2",
    "",
    "4.\tУточнение сроков",                                           # its last part, no header over it
]) + "\n"


def test_a_list_and_its_needs_table_each_cut_into_parts_are_joined_whole():
    assert _got(parse_text(CUT), "touchpoint_raw", "interaction_raw") == [
        ("Портал госуслуг", "Подача заявления"), ("Приёмная министерства", "Консультирование"),
        ("Электронная почта", "Направление отчёта"), ("Телефон", "Уточнение сроков")]
    doc = join_needs_tables(parse_text(CUT))
    assert not doc.warnings and all(b.n_cols == 5 for b in doc.blocks if isinstance(b, Table))


def test_the_columns_numbers_under_the_list_s_header_are_no_row_keyed_1():
    """«1 | 2 | 3 | 4» under the header numbers the columns, not a point: the key «1» still names one row
    (the points' own «1»), and the numbers row stays a row of numbers, given no needs."""
    text = "\n".join(["Перечень точек взаимодействия", "",
                      "№\tНаименование процесса\tКанал взаимодействия\tТип точки",
                      "1\t2\t3\t4",
                      "1\tВыдача охотничьего билета\tПортал госуслуг\tцифровая",
                      "2\tВыдача охотничьего билета\tПриёмная министерства\tофлайн",
                      "3\tПриём отчётов охотпользователей\tЭлектронная почта\tцифровая", "",
                      "Потребности клиентов по точкам", "",
                      "№ точки\tПотребности клиента",
                      "1\tПодача заявления",
                      "2\tКонсультирование по порядку выдачи",
                      "3\tНаправление отчёта"]) + "\n"
    assert _got(parse_text(text), "touchpoint_raw", "interaction_raw") == [
        ("Портал госуслуг", "Подача заявления"),
        ("Приёмная министерства", "Консультирование по порядку выдачи"),
        ("Электронная почта", "Направление отчёта")]


def test_a_list_cut_into_captioned_tables_numbered_on_gets_its_needs_in_every_table():
    """A Word list: «Таблица 1. …» over rows 1–2, «Таблица 2. …» over a kind's row across it and rows 3–4 (no
    header of its own), then the needs keyed 1–4: the second table is the list's too; a table of contacts
    numbered 1, 2 above is none (its keys the list's own)."""
    def table(k, rows):
        return Table([Row(r, Source(table=k, row=j)) for j, r in enumerate(rows)])
    doc = Document([Paragraph("Контакты"),
                    table(0, [_cells("№", "Отдел", "Телефон"), _cells("1", "Приёмная", "22-33-44"),
                              _cells("2", "Канцелярия", "22-33-45")]),
                    Paragraph("Таблица 1. Лицензирование"),
                    table(1, [_cells("№", "Наименование процесса", "Канал взаимодействия"),
                              _cells("1", "Выдача охотничьего билета", "Портал госуслуг"),
                              _cells("2", "Выдача охотничьего билета", "Приёмная министерства")]),
                    Paragraph("Таблица 2. Контроль (надзор)"),
                    table(2, [_wide("Офлайн-точки", 3), _cells("3", "Плановая проверка", "Выезд инспектора"),
                              _cells("4", "Плановая проверка", "Телефон инспектора")]),
                    Paragraph("Потребности клиентов"),
                    table(3, [_cells("№ точки", "Потребности клиента"), _cells("1", "Подача заявления"),
                              _cells("2", "Получение билета"), _cells("3", "Предоставление документов"),
                              _cells("4", "Консультирование")])], "docx")
    assert _got(doc, "touchpoint_raw", "interaction_raw") == [
        ("Портал госуслуг", "Подача заявления"), ("Приёмная министерства", "Получение билета"),
        ("Выезд инспектора", "Предоставление документов"), ("Телефон инспектора", "Консультирование")]
