"""The point's kind said only by the letters of its number («Ц-1», «О-1», counted per kind) and a legend under the
list saying what the letters mean (parsers/extract/point_type_cells.py); a list of a table per process with the legend
under the last table only: the legend explains every table of it."""
from __future__ import annotations

from parsers.extract.touchpoints import extract_touchpoints
from parsers.formats.text import parse_text

HEAD = "№\tКанал взаимодействия\tПотребности клиента"
LEGEND = "Условные обозначения: Ц – он-лайн точка взаимодействия; О – офф-лайн точка взаимодействия."


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return [(r["touchpoint_raw"], r["point_type_code"]) for r in extract_touchpoints(parse_text(text))[0]]


def test_number_letters_read_by_the_legend():
    text = "\n".join(["Перечень точек взаимодействия", "", HEAD,
                      "Ц-1\tОфициальный сайт министерства\tполучить информацию",
                      "О-1\tКабинет приёма граждан\tподать заявление",
                      "Ц-2\tГорячая линия по телефону\tполучить консультацию", "", LEGEND, ""])
    assert _kinds(text) == [("Официальный сайт министерства", "digital"), ("Кабинет приёма граждан", "offline"),
                            ("Горячая линия по телефону", "digital")]


def test_legend_under_the_last_table_explains_the_earlier_ones():
    text = "\n".join(["Перечень точек взаимодействия", "", "**1.1. Процесс: «Выдача лицензий»**", "", HEAD,
                      "О-1\tКабинет приёма граждан\tподать заявление", "",
                      "**1.2. Процесс: «Приём обращений»**", "", HEAD,
                      "Ц-1\tОфициальный сайт министерства\tнаправить обращение", "", LEGEND, ""])
    assert _kinds(text) == [("Кабинет приёма граждан", "offline"), ("Официальный сайт министерства", "digital")]


def test_lettered_numbers_without_a_legend_say_no_kind():
    text = "\n".join(["Перечень точек взаимодействия", "", HEAD,
                      "А-1\tОфициальный сайт министерства\tполучить информацию",
                      "Б-1\tКабинет приёма граждан\tподать заявление", ""])
    assert [k for _, k in _kinds(text)] == [None, None]
