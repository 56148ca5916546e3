"""Of two date columns side by side that no heading names a field for, the second is the term only
where it closes the first's periods («Старт | Финиш»); a date beside a term that falls before it —
an approval's, an entry in a register — is no period's end (`parsers/tables/content_complete.py`,
`content_columns.py`).  The plans here are composed for these tests."""
from __future__ import annotations

from parsers.document import Cell, Row
from parsers.tables.content_columns import with_content_columns
from parsers.tables.content_complete import closes_periods, completed_columns
from parsers.tables.header_rows import Header
from pipeline.run.content_cells import install

# (number, activity, a term, a second date, responsible)
_APPROVED = [["1.", "Обучение сотрудников приёмной", "01.03.2026", "15.01.2025", "Отдел кадров"],
             ["2.", "Семинар для специалистов", "30.06.2026", "20.01.2025", "Сектор обращений"],
             ["3.", "Анкетирование посетителей", "30.09.2026", "01.02.2025", "Отдел использования"]]
_PERIOD = [["1.", "Обучение сотрудников приёмной", "01.02.2026", "01.03.2026", "Отдел кадров"],
           ["2.", "Семинар для специалистов", "01.04.2026", "30.06.2026", "Сектор обращений"],
           ["3.", "Анкетирование посетителей", "01.07.2026", "30.09.2026", "Отдел использования"]]
_KNOWN = {"item_no": 0, "activity": 1, "responsible": 4}


def test_a_date_before_the_term_is_no_end_of_its_period():
    install()
    assert completed_columns("roadmap", _APPROVED, _KNOWN, {2, 3}) == {"deadline": 2}
    texts = ["№", "Наименование мероприятия", "Контрольная точка", "Дата утверждения", "Ответственный"]
    head = with_content_columns("roadmap", Header(texts, dict(_KNOWN), 1, {}, [texts]),
                                [Row([Cell(t) for t in r]) for r in _APPROVED])
    assert head.columns["deadline"] == 2


def test_a_start_and_its_end_the_end_is_the_term():
    install()
    assert completed_columns("roadmap", _PERIOD, _KNOWN, {2, 3}) == {"deadline": 3}
    texts = ["№", "Наименование мероприятия", "Старт", "Финиш", "Ответственный"]
    head = with_content_columns("roadmap", Header(texts, dict(_KNOWN), 1, {}, [texts]),
                                [Row([Cell(t) for t in r]) for r in _PERIOD])
    assert head.columns["deadline"] == 3


def test_closes_periods_asks_a_row_where_both_name_one():
    assert closes_periods([["I квартал 2026 г.", "IV квартал 2026 г."]], 0, 1)
    assert not closes_periods([["ежегодно", "постоянно"], ["", ""]], 0, 1)
    assert not closes_periods([["01.03.2026", "15.01.2025"], ["I квартал 2026", "IV квартал 2026"]], 0, 1)
