"""A header whose words run on into a second row (`parsers/tables/header_rows._wrapped`) is never a
header over its first data row: a list with no number column, its first point short — a channel under
the channel's heading, a term under the term's — is a point, not the headings' rest.  The rows here
are composed for these tests."""
from __future__ import annotations

import pytest

from parsers.document import Cell, Row
from parsers.tables.header_rows import read_header
from pipeline.run.content_cells import install


def _rows(*texts: list[str]) -> list[Row]:
    return [Row([Cell(t) for t in r]) for r in texts]


@pytest.mark.parametrize("kind, head, first", [
    ("touchpoint_list", ["Наименование", "Канал взаимодействия", "Потребность"],
     ["Предоставление услуги по выдаче справок", "Телефон", "Получить консультацию"]),
    ("roadmap", ["Наименование", "Срок", "Ответственный"],
     ["Мероприятия по обучению", "Постоянно", "Ответственный секретарь"])])
def test_a_first_point_under_a_bare_heading_is_no_heading_run_on(kind, head, first):
    install()
    found = read_header(_rows(head, first, first), 0, kind)
    assert found is None or found.n_rows == 1


def test_headings_run_on_still_join():
    install()
    top, rest = ["Наименование", "Канал", "Потребность"], ["процесса", "взаимодействия", "клиента"]
    point = ["Выдача архивных справок", "Телефон справочной службы", "Получить справку"]
    found = read_header(_rows(top, rest, point), 0, "touchpoint_list")
    assert found.n_rows == 2 and set(found.columns) >= {"process", "touchpoint", "interaction"}


def test_headings_run_on_whose_second_halves_read_as_fields_alone_still_join():
    """Each heading's last words on a second row can name fields by themselves («деятельности», «точки
    взаимодействия», «обращения заявителя» read as direction, point, client): the row is still the
    headings' rest where the words joined name more fields than it alone — no header of its own
    under a title row, and the first row («№ | Сфера | …») is not lost."""
    install()
    top = ["№", "Сфера", "Наименование", "Способ (канал)", "Характер", "Цель"]
    rest = ["", "деятельности", "услуги (функции)", "обращения", "точки взаимодействия", "обращения заявителя"]
    first = ["1.", "Образование", "Выдача справок", "Телефон", "офлайн", "получить справку"]
    found = read_header(_rows(top, rest, first), 0, "touchpoint_list")
    assert found is not None and found.n_rows == 2
    assert found.texts[1] == "Сфера деятельности" and found.texts[3] == "Способ (канал) обращения"
    assert {"direction": 1, "process": 2, "touchpoint": 3}.items() <= found.columns.items()
