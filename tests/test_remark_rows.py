"""A remark row across a touchpoint table («Примечание: …», «Комментарий: …», «* … .») right under a point's
row is said of that point, as a footnote under a row is: its text is kept in that point's `features_raw` (the
contract's column for what a point offers besides its channel).  A remark under a heading or a labelled row
remarks on no point the list tells, and is kept nowhere.  Written here in Word and as converted text."""
from __future__ import annotations

import pytest

from tests.test_needs_forms import _text, _word

HEAD = ["№", "Процесс", "Канал взаимодействия", "Тип точки"]
ROWS = [HEAD,
        ["1. Охота"],
        ["Комментарий: сведения уточняются ежегодно."],              # under a heading: no point's
        ["1", "Выдача охотничьего билета", "Портал госуслуг", "цифровая"],
        ["2", "Выдача охотничьего билета", "Окно приёма", "офлайн"],
        ["Примечание: окно работает по записи."],
        ["3", "Регистрация охотничьих угодий", "Почта России", "офлайн"],
        ["* Отправления принимаются заказным письмом."],
        ["4", "Регистрация охотничьих угодий", "Официальный сайт", "цифровая"]]


@pytest.mark.parametrize("fmt", ["docx", "txt"])
def test_a_remark_under_a_points_row_is_that_points_feature(tmp_path, fmt):
    rows = ROWS if fmt == "docx" else [[f"**{r[0]}**"] if len(r) == 1 and ":" not in r[0] and "*" not in r[0]
                                       else r for r in ROWS]
    recs = _word(tmp_path, rows) if fmt == "docx" else _text(rows)
    assert [r["touchpoint_raw"] for r in recs] == ["Портал госуслуг", "Окно приёма", "Почта России",
                                                   "Официальный сайт"]
    assert [r["features_raw"] for r in recs] == [None, "окно работает по записи",
                                                 "Отправления принимаются заказным письмом.", None]
    assert {r["process"] for r in recs} == {"Выдача охотничьего билета", "Регистрация охотничьих угодий"}


@pytest.mark.parametrize("fmt", ["docx", "txt"])
def test_a_remark_closing_the_table_is_no_points(tmp_path, fmt):
    """Under the table's last row a remark closes the table: a note on the whole list, no feature of its last point."""
    rows = [HEAD, ["1. Охота"],
            ["1", "Выдача охотничьего билета", "Портал госуслуг", "цифровая"],
            ["2", "Регистрация охотничьих угодий", "Почта России", "офлайн"],
            ["Примечание: перечень актуализируется ежегодно."]]
    recs = _word(tmp_path, rows) if fmt == "docx" else _text([[f"**{r[0]}**"] if len(r) == 1 and ":" not in r[0]
                                                               else r for r in rows])
    assert [(r["touchpoint_raw"], r["features_raw"]) for r in recs] == [("Портал госуслуг", None),
                                                                        ("Почта России", None)]
