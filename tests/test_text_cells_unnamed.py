"""A cell-per-line table (ГАРАНТ's web copies, `parsers/formats/text_cells_numbers.py`) whose header is in
words no reader knows — neutral labels, a region's own wording — is still a table: its header is the
cells as many as a row's before the body, and a heading of one cell before row 1 (numbered, or
labelled by a column's name) is a full-width row.  The texts are composed for these tests."""
from __future__ import annotations

from parsers.document import Paragraph, Table
from parsers.formats.text import parse_text

PLAN = """Приложение 1 к распоряжению |
План действий по повышению качества обслуживания |
Колонка 1 |
Колонка 2 |
Колонка 3 |
Колонка 4 |
Раздел 1. Обучение сотрудников |
1.1. |
Проведение тренингов для операторов |
до 1 марта 2027 г. |
Отдел обучения |
1.2. |
Аттестация операторов |
ежеквартально |
Кадровая служба |
Раздел 2. Обратная связь |
2.1. |
Опрос посетителей приёмной |
до 1 июня 2027 г. |
Пресс-служба |
2.2. |
Публикация итогов опроса |
декабрь 2027 г. |
Пресс-служба |
"""

LIST = """Кол. А |
Кол. Б |
Кол. В |
Кол. Г |
Сфера деятельности «Социальная поддержка» |
1. |
Назначение пособия |
Горячая линия |
узнать сроки выплаты |
2. |
|
Окно приёма в МФЦ |
подать заявление |
3. |
|
Портал госуслуг |
получить уведомление |
"""


def _table(text: str) -> tuple[Table, list[str]]:
    blocks = parse_text(text).blocks
    (table,) = [b for b in blocks if isinstance(b, Table)]
    return table, [b.text for b in blocks if isinstance(b, Paragraph)]


def test_a_header_of_neutral_labels_over_numbered_sections_and_rows():
    table, paras = _table(PLAN)
    assert table.rows[0].texts == ["Колонка 1", "Колонка 2", "Колонка 3", "Колонка 4"]
    assert [r.texts for r in table.rows[1:4]] == [
        ["Раздел 1. Обучение сотрудников", "", "", ""],
        ["1.1.", "Проведение тренингов для операторов", "до 1 марта 2027 г.", "Отдел обучения"],
        ["1.2.", "Аттестация операторов", "ежеквартально", "Кадровая служба"]]
    assert table.rows[-1].texts == ["2.2.", "Публикация итогов опроса", "декабрь 2027 г.", "Пресс-служба"]
    # the approval line and the title above the header are prose, not header cells
    assert "План действий по повышению качества обслуживания" in paras


def test_a_heading_labelled_by_a_columns_name_before_row_one_is_a_full_width_row():
    table, _ = _table(LIST)
    assert table.rows[0].texts == ["Кол. А", "Кол. Б", "Кол. В", "Кол. Г"]
    assert table.rows[1].texts == ["Сфера деятельности «Социальная поддержка»", "", "", ""]
    assert table.rows[2].texts == ["1.", "Назначение пособия", "Горячая линия", "узнать сроки выплаты"]
    assert table.rows[4].texts == ["3.", "", "Портал госуслуг", "получить уведомление"]


COUNTS = """Наименование услуги |
Количество обращений в год |
Канал взаимодействия |
Потребность клиента |
1. Выдача архивных справок |
{first} |
Телефон |
узнать сроки |
2. Консультирование граждан |
20 |
Портал госуслуг |
получить консультацию |
"""


def test_a_first_columns_numbered_text_beside_a_column_of_figures_is_a_row_not_a_section():
    """No number column: the first column's texts are numbered («1. Выдача …») and the next column holds
    figures («15», «20»).  The first cell is the first row's, no heading before row 1 — else every
    row would be shifted by a cell."""
    for first in ("15", "7"):
        table, _ = _table(COUNTS.format(first=first))
        assert [r.texts for r in table.rows[1:]] == [
            ["1. Выдача архивных справок", first, "Телефон", "узнать сроки"],
            ["2. Консультирование граждан", "20", "Портал госуслуг", "получить консультацию"]]


ORDER = """Приказ министерства о точках взаимодействия. |
Утвердить перечень согласно приложению. |
Графа 1 |
Графа 2 |
Графа 3 |
Графа 4 |
1. |
Выдача справок |
Телефон |
узнать сроки |
2. |
Консультирование |
Портал госуслуг |
получить консультацию |
3. |
Запись на приём |
Электронная почта |
записаться |
"""


def test_a_header_nobody_knows_under_two_lines_of_prose_keeps_its_last_label():
    """The header's last label right before row 1 («Графа 4» | «1.») is no full-width row: the header is
    the four labels, the order's two lines above it prose — not a header taking a line of prose and
    shifting every row by a cell."""
    table, paras = _table(ORDER)
    assert table.rows[0].texts == ["Графа 1", "Графа 2", "Графа 3", "Графа 4"]
    assert table.rows[1].texts == ["1.", "Выдача справок", "Телефон", "узнать сроки"]
    assert table.rows[-1].texts == ["3.", "Запись на приём", "Электронная почта", "записаться"]
    assert "Утвердить перечень согласно приложению." in paras


def test_a_header_nobody_knows_opening_the_text_is_found_by_its_rows():
    """Nothing above the labels: the header is still the four cells before row 1, though its last label,
    followed by «1.», looks like a heading of one cell."""
    table, paras = _table(ORDER.split("\n", 2)[2])
    assert table.rows[0].texts == ["Графа 1", "Графа 2", "Графа 3", "Графа 4"]
    assert [r.texts[0] for r in table.rows[1:]] == ["1.", "2.", "3."] and not paras
