"""Lists the two needs forms (`spread_columns.py`, `block_rows.py`) must not misread: neighbouring columns that
share the needs' word but name another thing, rows across the table that label a direction or a remark in
other words than the fields', a process column writing its name on each row, needs a heading ends, needs
stated as none.  The lists are written here; the wording is this file's own."""
from __future__ import annotations

from tests.test_needs_forms import _text, _word

HEAD = ["№", "Процесс", "Канал взаимодействия"]
ROW = ["1", "Выдача разрешения на добычу", "Портал госуслуг"]


def _needs(recs) -> list:
    return [r["interaction_raw"] for r in recs]


def test_a_neighbour_adding_a_noun_to_the_needs_word_is_no_slot(tmp_path):
    """«Удовлетворённость потребности» beside «Потребность клиента»: how well the need is met, a column of its
    own; so is «Потребность в доработке» on the left."""
    rows = [HEAD + ["Потребность клиента", "Удовлетворённость потребности"], ROW + ["Подача заявки", "высокая"]]
    assert _needs(_text(rows)) == ["Подача заявки"]
    assert _needs(_word(tmp_path, rows)) == ["Подача заявки"]
    rows = [HEAD + ["Потребность в доработке", "Потребность клиента"], ROW + ["да", "Подача заявки"]]
    assert _needs(_text(rows)) == ["Подача заявки"]


def test_ordinal_slots_still_spread():
    """The qualifiers a slot adds are no nouns: «Первая потребность» | «Вторая потребность»."""
    rows = [HEAD + ["Первая потребность", "Вторая потребность"], ROW + ["Подача заявки", "Получение разрешения"]]
    assert _needs(_text(rows)) == ["Подача заявки; Получение разрешения"]


def test_needs_row_over_a_process_written_on_each_row():
    """Converted text writes the process in each row: the same process, the same needs."""
    rows = [HEAD + ["Тип точки"], ["Потребности клиента: получение разрешения."],
            ROW + ["цифровая"], ["2", ROW[1], "Окно приёма", "офлайн"], ["3", "Выдача путёвок", "Сайт", "цифровая"]]
    assert _needs(_text(rows)) == ["получение разрешения", "получение разрешения", None]


def test_a_row_labelled_a_direction_over_needs_is_no_process(tmp_path):
    rows = [["№", "Канал взаимодействия", "Тип точки"], ["Направление деятельности: Охрана животного мира"],
            ["Потребности клиента: подача заявки."], ["1", "Портал госуслуг", "цифровая"]]
    recs = _word(tmp_path, rows)
    assert [(r["direction_raw"], r["process"]) for r in recs] == [
        ("Направление деятельности: Охрана животного мира", None)]


def test_a_direction_row_ends_the_needs_stated_above_it(tmp_path):
    """Needs stated at the top of a list with no process: a direction's row below ends them."""
    rows = [["№", "Канал взаимодействия", "Тип точки"], ["Потребности клиента: подача заявки."],
            ["1", "Портал госуслуг", "цифровая"], ["Лесное хозяйство"], ["2", "Официальный сайт", "цифровая"]]
    assert _needs(_word(tmp_path, rows)) == ["подача заявки", None]


def test_remarks_in_other_words_break_no_block(tmp_path):
    """«Комментарий: …», «Обратите внимание: …», «* …» between a process's channels: no process of their own."""
    for remark in ("Комментарий: приём ведётся по записи.", "Обратите внимание: приём по записи.",
                   "* Приём ведётся по записи."):
        rows = [["№", "Направление деятельности", "Канал взаимодействия", "Тип точки"],
                ["Наименование процесса: Выдача разрешения на добычу"], ["Потребности клиента: подача заявки."],
                ["1", "Охрана животного мира", "Портал госуслуг", "цифровая"], [remark],
                ["2", "Охрана животного мира", "Окно приёма", "офлайн"]]
        recs = _word(tmp_path, rows)
        assert [(r["process"], r["interaction_raw"]) for r in recs] == \
            [("Выдача разрешения на добычу", "подача заявки")] * 2, remark
    rows[4] = ["* Выдача путёвок"]          # a bullet's mark before a name, no sentence: a process of its own
    assert [r["process"] for r in _word(tmp_path, rows)] == ["Выдача разрешения на добычу", "Выдача путёвок"]


def test_needs_stated_as_none():
    rows = [HEAD + ["Тип точки"], ["Потребности клиента: —"], ROW + ["цифровая"]]
    assert _needs(_text(rows)) == [None]


def test_a_section_over_needs_stays_a_section(tmp_path):
    """Needs stated under a heading whose own words make it a section — a section word opens it, or it names
    the list's part — belong to the section's points; the heading is no process."""
    for title in ("Раздел 3. Охрана животного мира", "Точки взаимодействия по направлению «Охрана животного мира»"):
        rows = [["№", "Канал взаимодействия", "Тип точки"], [title], ["Потребности клиента: подача заявки."],
                ["1", "Портал госуслуг", "цифровая"]]
        recs = _word(tmp_path, rows)
        assert [(r["process"], r["interaction_raw"]) for r in recs] == [(None, "подача заявки")], title
        assert "Охрана животного мира" in recs[0]["direction_raw"], title
