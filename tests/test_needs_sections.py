"""Needs stated once for a whole direction: a row «Потребности клиента: …» right under a direction's
heading, the only one of its rows, is every point's of that direction, whatever its process
(`parsers/extract/block_rows.section_needs`); and a Roman-numbered heading over a needs row is the
section's heading, no process (`parsers/tables/process_rows.py`).  Written here in Word and as converted
text (the reviewers' forms of session 13); the wording is this file's own."""
from __future__ import annotations

import pytest

from tests.test_needs_forms import _text, _word

HEAD = ["№", "Процесс", "Канал взаимодействия", "Тип точки"]
# a needs row once under each direction, processes in their column
ONCE = [HEAD,
        ["1. Охота"],
        ["Потребности клиента: подача заявления; получение разрешения."],
        ["1", "Выдача охотничьего билета", "Портал госуслуг", "цифровая"],
        ["2", "Выдача разрешения на добычу", "Окно приёма", "офлайн"],
        ["3", "Регистрация охотничьих угодий", "Почта России", "офлайн"],
        ["2. Рыболовство"],
        ["Потребности клиента: получение сведений."],
        ["4", "Регистрация рыболовных участков", "Официальный сайт", "цифровая"],
        ["5", "Выдача путёвок", "Телефон", "офлайн"],
        ["3. Лесное хозяйство"],
        ["6", "Выдача лесной декларации", "Официальный сайт", "цифровая"]]
ONCE_NEEDS = ["подача заявления; получение разрешения"] * 3 + ["получение сведений"] * 2 + [None]


def _bold(rows):
    return [[f"**{r[0]}**"] if len(r) == 1 and ":" not in r[0] else r for r in rows]


@pytest.mark.parametrize("fmt", ["docx", "txt"])
def test_needs_stated_once_under_a_direction_are_every_process_s(tmp_path, fmt):
    recs = _word(tmp_path, ONCE) if fmt == "docx" else _text(_bold(ONCE))
    assert [r["interaction_raw"] for r in recs] == ONCE_NEEDS
    assert [r["process"] for r in recs][:3] == ["Выдача охотничьего билета", "Выдача разрешения на добычу",
                                                "Регистрация охотничьих угодий"]


def test_a_direction_stating_needs_per_process_keeps_them_to_each():
    """Two needs rows under one direction: each is its first point's process's, as before."""
    rows = [HEAD, ["**1. Охота**"],
            ["Потребности клиента: подача заявления."],
            ["1", "Выдача охотничьего билета", "Портал госуслуг", "цифровая"],
            ["2", "Выдача разрешения на добычу", "Окно приёма", "офлайн"],
            ["Потребности клиента: получение сведений."],
            ["3", "Регистрация охотничьих угодий", "Почта России", "офлайн"]]
    assert [r["interaction_raw"] for r in _text(rows)] == ["подача заявления", None, "получение сведений"]


# no process column: a Roman-numbered heading over the needs row is the direction, not a process
ROMAN = [["№", "Канал взаимодействия", "Тип точки"],
         ["I. Рыболовство"],
         ["Потребности клиента: получение сведений о границах участка."],
         ["1", "Официальный сайт", "цифровая"],
         ["II. Охота"],
         ["Потребности клиента: подача заявления; получение билета."],
         ["2", "Портал госуслуг", "цифровая"],
         ["3", "Окно приёма", "офлайн"]]


@pytest.mark.parametrize("fmt", ["docx", "txt"])
def test_a_roman_heading_over_needs_is_the_direction(tmp_path, fmt):
    recs = _word(tmp_path, ROMAN) if fmt == "docx" else _text(_bold(ROMAN))
    assert [r["direction_raw"] for r in recs] == ["Рыболовство", "Охота", "Охота"]
    assert not any(r["process"] for r in recs)
    assert [r["interaction_raw"] for r in recs] == ["получение сведений о границах участка",
                                                    "подача заявления; получение билета",
                                                    "подача заявления; получение билета"]


@pytest.mark.parametrize("fmt", ["docx", "txt"])
def test_a_lone_needs_row_in_a_table_stating_needs_per_process_is_its_first_process_s(tmp_path, fmt):
    """Another direction states a needs row per process: the table states needs so, and the process
    under a direction's lone needs row that has none of its own takes none (no direction's needs)."""
    rows = [HEAD, ["1. Охота"],
            ["Потребности клиента: подача заявления."],
            ["1", "Выдача охотничьего билета", "Портал госуслуг", "цифровая"],
            ["Потребности клиента: получение сведений."],
            ["2", "Регистрация охотничьих угодий", "Почта России", "офлайн"],
            ["2. Рыболовство"],
            ["Потребности клиента: получение путёвки."],
            ["3", "Выдача путёвок", "Окно приёма", "офлайн"],
            ["4", "Регистрация рыболовных участков", "Официальный сайт", "цифровая"]]
    recs = _word(tmp_path, rows) if fmt == "docx" else _text(_bold(rows))
    assert [r["interaction_raw"] for r in recs] == ["подача заявления", "получение сведений", "получение путёвки", None]
