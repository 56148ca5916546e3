"""A row across naming the points' kind by the contact's manner or form (parsers/tables/kind_rows.py, rows invented
here): «Точки взаимодействия в цифровом формате», «Взаимодействие при личном визите», «Формат: очный» type the rows
under them; a direction or a channel whose words hold a kind's word does not."""
import pytest

from parsers.extract.touchpoints import extract_touchpoints
from parsers.formats.text import parse_text
from parsers.tables.sections import _names_point_type


@pytest.mark.parametrize("title", ["Точки взаимодействия в цифровом формате", "Взаимодействие при личном визите",
                                   "Без посещения ведомства", "Формат: очный формат", "Вид взаимодействия – личный визит",
                                   "Цифровые точки", "Офлайн-точки взаимодействия"])
def test_kind_said_by_manner_or_form(title):
    assert _names_point_type(title)


@pytest.mark.parametrize("title", ["Цифровая трансформация", "Электронная почта", "Личный приём",
                                   "Рассмотрение обращений в электронной форме", "Сервисы в сети Интернет"])
def test_directions_and_channels_are_no_kind_rows(title):
    assert not _names_point_type(title)


def test_rows_under_a_manner_row_take_its_kind():
    lines = ["Перечень точек взаимодействия", "", "№\tПроцесс\tКанал взаимодействия\tПотребности клиента",
             "**Социальная защита**", "**Точки взаимодействия в цифровом формате**",
             "1.\tНазначение пособия\tПортал госуслуг\tподать заявление",
             "**Взаимодействие при личном визите**", "2.\tНазначение пособия\tПриёмная министерства\tполучить консультацию"]
    recs = extract_touchpoints(parse_text("\n".join(lines) + "\n"))[0]
    assert [(r["touchpoint_raw"], r["point_type_raw"], r["direction_raw"]) for r in recs] == [
        ("Портал госуслуг", "Точки взаимодействия в цифровом формате", "Социальная защита"),
        ("Приёмная министерства", "Взаимодействие при личном визите", "Социальная защита")]


def test_the_kind_row_s_words_read_as_the_kind():
    from textcore.point_type import match_point_type
    assert match_point_type("Взаимодействие при личном визите") == "offline"
    assert match_point_type("Точки взаимодействия при личном обращении") == "offline"
    assert match_point_type("Личный кабинет") is None


def test_a_heading_lacking_a_typed_thing_names_no_kind():
    """«Обращения без электронной подписи» is a group of appeals (on a portal too), not the offline rows' heading."""
    assert not _names_point_type("Обращения без электронной подписи")
    assert _names_point_type("Обращения без посещения ведомства")
