"""A second table of needs keyed by the touchpoints' numbers in other forms (parsers/tables/needs_table_forms.py):
its columns in another order, a third column copying the list's process beside the key, and the table printed in
parts (a line «Продолжение таблицы 2» and the header repeated, or a bare part after a page break).  Lists composed
here from the form, in words of no particular list; the keys out of the rows' order, so only numbers join them."""
from __future__ import annotations

from parsers.document import Cell, Document, Paragraph, Row, Table
from parsers.extract.touchpoints import extract_touchpoints
from parsers.formats.text import parse_text
from parsers.tables.needs_tables import join_needs_tables

LIST = [
    "Таблица 1. Точки взаимодействия",
    "",
    "№\tНаименование процесса\tКанал взаимодействия\tТип точки",
    "1.\tВыдача разрешения на добычу рыбы\tПортал госуслуг\tцифровая",
    "2.\tВыдача разрешения на добычу рыбы\tПриёмная министерства\tофлайн",
    "3.\tПриём отчётов рыбопользователей\tЭлектронная почта\tцифровая",
    "4.\tПриём отчётов рыбопользователей\tПочтовое отправление\tофлайн",
    "",
    "Таблица 2. Потребности клиентов",
    "",
]
WANT = [("Портал госуслуг", "Подача заявления"), ("Приёмная министерства", "Консультирование по порядку выдачи"),
        ("Электронная почта", "Направление отчёта"), ("Почтовое отправление", "Получение уведомления о приёме")]


def _got(text):
    recs, _ = extract_touchpoints(join_needs_tables(parse_text("\n".join(text) + "\n")))
    return [(r["touchpoint_raw"], r["interaction_raw"]) for r in recs]


def test_needs_then_the_key_in_the_needs_table_join_by_the_key():
    assert _got(LIST + ["Потребности клиента\t№ точки взаимодействия",
                        "Направление отчёта\t3.", "Подача заявления\t1.",
                        "Получение уведомления о приёме\t4.", "Консультирование по порядку выдачи\t2."]) == WANT


def test_a_process_column_copied_beside_the_key_is_read_by_nobody():
    assert _got(LIST + ["№ точки\tНаименование процесса\tПотребности клиента",
                        "3.\tПриём отчётов рыбопользователей\tНаправление отчёта",
                        "1.\tВыдача разрешения на добычу рыбы\tПодача заявления",
                        "4.\tПриём отчётов рыбопользователей\tПолучение уведомления о приёме",
                        "2.\tВыдача разрешения на добычу рыбы\tКонсультирование по порядку выдачи"]) == WANT


def test_a_third_column_naming_no_point_leaves_the_table_alone():
    """«№ точки | Потребности | Примечание»: a column of something else — not the form read, nothing joined."""
    got = _got(LIST + ["№ точки\tПотребности клиента\tСрок исполнения",
                       "3.\tНаправление отчёта\tдо 01.03.2025", "1.\tПодача заявления\tдо 01.04.2025",
                       "4.\tПолучение уведомления о приёме\tдо 01.05.2025",
                       "2.\tКонсультирование по порядку выдачи\tдо 01.06.2025"])
    assert [need for _, need in got[:4]] != [need for _, need in WANT]


def test_a_needs_table_continued_under_a_line_with_its_header_repeated():
    assert _got(LIST + ["№ точки\tПотребности клиента", "3.\tНаправление отчёта", "1.\tПодача заявления",
                        "", "Продолжение таблицы 2", "",
                        "№ точки\tПотребности клиента", "4.\tПолучение уведомления о приёме",
                        "2.\tКонсультирование по порядку выдачи"]) == WANT


def _table(*rows):
    return Table([Row([Cell(t) for t in r]) for r in rows])


def test_a_needs_table_carried_on_in_a_bare_part_of_a_word_document():
    doc = Document([
        Paragraph("Таблица 1. Точки взаимодействия"),
        _table(["№", "Наименование процесса", "Канал взаимодействия", "Тип точки"],
               ["1.", "Выдача разрешения на добычу рыбы", "Портал госуслуг", "цифровая"],
               ["2.", "Выдача разрешения на добычу рыбы", "Приёмная министерства", "офлайн"],
               ["3.", "Приём отчётов рыбопользователей", "Электронная почта", "цифровая"],
               ["4.", "Приём отчётов рыбопользователей", "Почтовое отправление", "офлайн"]),
        Paragraph("Таблица 2. Потребности клиентов"),
        _table(["№ точки", "Потребности клиента"], ["3.", "Направление отчёта"], ["1.", "Подача заявления"]),
        _table(["4.", "Получение уведомления о приёме"], ["2.", "Консультирование по порядку выдачи"]),
    ], "docx")
    joined = join_needs_tables(doc)
    assert [len(b.rows) for b in joined.blocks if isinstance(b, Table)] == [5]
    recs, _ = extract_touchpoints(joined)
    assert [(r["touchpoint_raw"], r["interaction_raw"]) for r in recs] == WANT


def test_a_numbered_table_far_below_the_needs_table_is_no_part_of_it():
    """Three lines of prose between: another table numbered alike (a plan) is not carried on."""
    doc = Document([
        _table(["№ точки", "Потребности клиента"], ["3.", "Направление отчёта"], ["1.", "Подача заявления"]),
        Paragraph("Раздел 3."), Paragraph("Мероприятия"), Paragraph("по плану"),
        _table(["4.", "Провести обучение"], ["2.", "Подготовить отчёт"]),
    ], "docx")
    assert [len(b.rows) for b in join_needs_tables(doc).blocks if isinstance(b, Table)] == [3, 2]


def test_a_table_numbered_by_the_same_keys_right_after_is_no_part():
    """Keys the needs table has already (a second list's needs, numbered alike): a table of its own."""
    doc = Document([
        _table(["№ точки", "Потребности клиента"], ["1.", "Подача заявления"], ["2.", "Направление отчёта"]),
        Paragraph("Таблица 3"),
        _table(["1.", "Получение результата"], ["2.", "Подача жалобы"]),
    ], "docx")
    assert [len(b.rows) for b in join_needs_tables(doc).blocks if isinstance(b, Table)] == [3, 2]


def test_a_list_with_a_point_and_a_channel_column_gets_its_needs_from_the_second_table():
    """«Точка взаимодействия | Канал взаимодействия» and no needs column: the channel column only touches a needs
    word («взаимодействия»), so the list has no needs of its own — the second table's are joined, and read as
    the needs (not the channel's words); one direction stated once above, processes as numbered rows."""
    got = _got(["Направление деятельности: социальная поддержка граждан", "",
                "№ п/п\tТочка взаимодействия\tКанал взаимодействия\tВид точки взаимодействия",
                "1.\tНазначение ежемесячной выплаты на ребёнка",
                "1.1.\tПодача заявления через портал\tПортал госуслуг\tцифровая",
                "1.2.\tПриём в МФЦ\tМФЦ\tофлайн",
                "2.\tВыдача удостоверения многодетной семьи",
                "2.1.\tЛичный приём\tПриёмная министерства\tофлайн", "",
                "Таблица 2. Потребности клиентов", "",
                "№ точки взаимодействия\tПотребности клиента", "2.1.\tполучение результата",
                "1.1.\tподача заявления", "1.2.\tконсультация"])
    assert got == [("Подача заявления через портал", "подача заявления"), ("Приём в МФЦ", "консультация"),
                   ("Личный приём", "получение результата")]
