"""A list written NEED FIRST: a row per need of a process, the needs column before the channels', the cell naming
every point that serves the need, each closed by its kind in brackets (a line each in Word, run together in a
copy).  Each point is its own record with its own kind (parsers/extract/point_type_cells.py `typed_points`), and a
point named in several need rows is one record with the needs of all of them in order (touch_rows.py
`unite_named_points`); a list with the channel first keeps a channel's rows apart."""
from __future__ import annotations

from parsers.extract.point_type_cells import typed_points
from parsers.extract.touchpoints import extract_touchpoints
from parsers.formats.text import parse_text

HEAD = "№\tНаименование процесса\tПотребность клиента\tТочки взаимодействия, через которые она удовлетворяется"


def _records(text):
    return [(r["process"], r["touchpoint_raw"], r["point_type_raw"], r["interaction_raw"])
            for r in extract_touchpoints(parse_text(text))[0]]


def test_need_rows_name_points_joined_per_process():
    text = "\n".join(["Перечень точек взаимодействия", "", HEAD,
                      "1.\tВыдача лицензий\tподать заявление\tКабинет приёма граждан (офлайн) Официальный сайт (цифровая)",
                      "2.\tВыдача лицензий\tполучить лицензию\tКабинет приёма граждан (офлайн)",
                      "3.\tВыдача лицензий\tузнать статус\tОфициальный сайт (цифровая) Телефон горячей линии (цифровая)",
                      "4.\tПриём обращений\tнаправить обращение\tОфициальный сайт (цифровая)", ""])
    assert _records(text) == [
        ("Выдача лицензий", "Кабинет приёма граждан", "офлайн", "подать заявление. получить лицензию"),
        ("Выдача лицензий", "Официальный сайт", "цифровая", "подать заявление. узнать статус"),
        ("Выдача лицензий", "Телефон горячей линии", "цифровая", "узнать статус"),
        ("Приём обращений", "Официальный сайт", "цифровая", "направить обращение")]


def test_need_rows_name_points_by_lettered_numbers():
    text = "\n".join(["Перечень точек взаимодействия", "", HEAD,
                      "1.\tВыдача лицензий\tподать заявление\tО-1 Кабинет приёма граждан Ц-1 Официальный сайт",
                      "2.\tВыдача лицензий\tузнать статус\tЦ-1 Официальный сайт", "",
                      "Условные обозначения: Ц – цифровая точка; О – офлайн точка.", ""])
    got = [(r["touchpoint_raw"], r["point_type_code"], r["interaction_raw"])
           for r in extract_touchpoints(parse_text(text))[0]]
    assert got == [("Кабинет приёма граждан", "offline", "подать заявление"),
                   ("Официальный сайт", "digital", "подать заявление. узнать статус")]


LEGEND = {"ц": "digital", "о": "offline"}


def test_typed_points_only_of_a_cell_wholly_so_written():
    assert typed_points("Сайт (цифровая) Приёмная (офлайн)", "x", {}) == [("Сайт", "цифровая", "x"),
                                                                        ("Приёмная", "офлайн", "x")]
    assert typed_points("Сайт (цифровая)", "x", {}) is None                      # one point: the cell as it is
    assert typed_points("Сайт (цифровая) Приёмная (2 этаж)", "x", {}) is None     # a bracket stating no kind
    assert typed_points("Сайт (цифровая) и приёмная", "x", {}) is None            # words after the last kind
    assert typed_points("Ц-1 Сайт О-2 Приёмная", "x", LEGEND) == [("Сайт", "Ц", "x"), ("Приёмная", "О", "x")]
    assert typed_points("Ц-1 Сайт О-2 Приёмная", "x", {}) is None                # letters no legend explains
    assert typed_points("Сайт Ц-1", "x", LEGEND) is None                         # no number opening the cell
