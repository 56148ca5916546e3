"""A register of coded channels joined to the list rows that name them by code (parsers/extract/channel_register.py):
each code a point of its row, named and kinded as the register says, with the row's process and needs; any code shape,
either table first; a list whose channel cells are not all codes of one register is read as written, and a table with
a code column beside a process is no register."""
from __future__ import annotations

from parsers.extract.touchpoints import extract_touchpoints
from parsers.formats.text import parse_text

REGISTER = ["Реестр средств связи", "", "Обозначение\tСредство связи\tХарактер точки",
            "Ц1\tЕдиный портал госуслуг\tбесконтактная", "Ц2\tЛичный кабинет на сайте\tбесконтактная",
            "Л1\tПриёмная министерства\tконтактная", ""]
LIST = ["Перечень услуг", "", "№\tУслуга\tСредства связи (обозначения по реестру)\tЦель обращения",
        "1.\tВыдача лицензии на заготовку древесины\tЦ1, Л1\tподать заявление; получить лицензию",
        "2.\tПриём отчётности лесопользователей\tЦ2\tнаправить отчёт", ""]


def _records(lines):
    return [(r["process"], r["touchpoint_raw"], r["point_type_raw"], r["interaction_raw"])
            for r in extract_touchpoints(parse_text("\n".join(lines) + "\n"))[0]]


WANT = [("Выдача лицензии на заготовку древесины", "Единый портал госуслуг", "бесконтактная",
         "подать заявление; получить лицензию"),
        ("Выдача лицензии на заготовку древесины", "Приёмная министерства", "контактная",
         "подать заявление; получить лицензию"),
        ("Приём отчётности лесопользователей", "Личный кабинет на сайте", "бесконтактная", "направить отчёт")]


def test_register_above_the_list():
    assert _records(REGISTER + LIST) == WANT


def test_register_under_the_list_and_numbers_as_codes():
    numbered = [ln.replace("Ц1", "1").replace("Ц2", "2").replace("Л1", "3") for ln in REGISTER + LIST]
    lines = numbered[len(REGISTER):] + numbered[:len(REGISTER)]
    assert _records(lines) == WANT


def test_a_code_the_register_lacks_leaves_the_cells_as_written():
    lines = REGISTER + [ln.replace("Ц2", "Ц9") for ln in LIST]
    got = _records(lines)
    assert [g[1] for g in got] == ["Ц1, Л1", "Ц9"]


def test_a_code_column_beside_a_process_is_a_list_not_a_register():
    lines = ["Перечень", "", "Код услуги\tНаименование услуги\tКанал взаимодействия\tВид точки\tПотребность",
             "У-1\tВыдача лицензии\tЕдиный портал госуслуг\tцифровая\tподать заявление",
             "У-2\tПриём отчётности\tПриёмная министерства\tофлайн\tсдать отчёт"]
    got = _records(lines)
    assert [(g[0], g[1]) for g in got] == [("Выдача лицензии", "Единый портал госуслуг"),
                                           ("Приём отчётности", "Приёмная министерства")]
