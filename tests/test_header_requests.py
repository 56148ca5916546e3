"""Touchpoint-list headers in another region's words (parsers/data/columns.yaml): the channel named as a tool
(«Инструмент взаимодействия с заявителем»), the point's kind as its format («Формат точки»), the needs as what the
applicant asks or expects («Запросы (ожидания) заявителя» — the needs, not a client column for «заявитель»), the
point's requisites as details, the service as «Государственная услуга, функция, сервис».  In converted text a row of
client group or direction over the data («I. Внешние клиенты …», «1. …») cuts the header off as a table of its own
row: that row must then be known as a header by its words alone, not read as a touchpoint."""
from __future__ import annotations

import pytest

from parsers.extract.touchpoints import extract_touchpoints
from parsers.formats import docx as docx_reader
from parsers.formats.text import parse_text
from parsers.tables.columns import map_columns
from tests.fixtures.grid_docx import grid_docx

KIND = "touchpoint_list"


@pytest.mark.parametrize("header, want", [
    (["№", "Государственная услуга, функция, сервис", "Инструмент взаимодействия с заявителем",
      "Реквизиты точки (адрес, телефон, ссылка)", "Формат точки", "Запросы (ожидания) заявителя"],
     {"process": 1, "touchpoint": 2, "point_details": 3, "point_type": 4, "interaction": 5}),
    (["№ п/п", "Область деятельности", "Государственная функция", "Инструмент взаимодействия с клиентом",
      "Формат точки взаимодействия", "Ожидания клиента"],
     {"direction": 1, "process": 2, "touchpoint": 3, "point_type": 4, "interaction": 5}),
    (["№", "Услуга", "Инструмент взаимодействия", "Реквизиты", "Запросы заявителя"],
     {"process": 1, "touchpoint": 2, "point_details": 3, "interaction": 4}),
    # the field a ministry is charged with as its «сфера ведения», the point as where or how the client is met,
    # its kind as its «характер», the needs as what the recipient expects (not a column of recipients)
    (["Номер", "Сфера ведения", "Предмет обращения (услуга)", "Способ контакта с клиентом",
      "Характер точки взаимодействия", "Ожидания получателя"],
     {"direction": 1, "process": 2, "touchpoint": 3, "point_type": 4, "interaction": 5}),
    (["№", "Место контакта с клиентом", "Место нахождения точки", "Характер точки", "Ожидания получателя услуги"],
     {"touchpoint": 1, "point_details": 2, "point_type": 3, "interaction": 4}),
])
def test_regional_column_names(header, want):
    got = map_columns(KIND, header)
    assert {f: got.get(f) for f in want} == want
    assert "client_category" not in got          # «заявителя» names whose requests, not a column of clients


HEAD = ["№", "Государственная услуга, функция, сервис", "Инструмент взаимодействия с заявителем", "Формат точки",
        "Запросы (ожидания) заявителя"]
ROWS = [["1.", "Выдача разрешений на добычу охотничьих ресурсов", "Региональный портал государственных услуг",
         "цифровая", "подать заявление; получить разрешение"],
        ["2.", "Выдача разрешений на добычу охотничьих ресурсов", "Личный приём в отделе охотнадзора", "офлайн",
         "получить консультацию"]]
GROUP = "I. Внешние клиенты (граждане, организации)"
DIRECTION = "1. Охрана и использование объектов животного мира"


def _records(doc):
    return [(r["process"], r["touchpoint_raw"], r["point_type_raw"]) for r in extract_touchpoints(doc)[0]]


WANT = [(r[1], r[2], r[3]) for r in ROWS]


def test_header_cut_off_by_a_group_row_in_converted_text():
    lines = ["Перечень точек взаимодействия", "", "\t".join(HEAD), f"**{GROUP}**", f"**{DIRECTION}**",
             *("\t".join(r) for r in ROWS)]
    assert _records(parse_text("\n".join(lines) + "\n")) == WANT


def test_group_and_direction_rows_under_the_header_in_a_word_table(tmp_path):
    w = len(HEAD)
    rows = [HEAD, [GROUP] + [""] * (w - 1), [DIRECTION] + [""] * (w - 1), *ROWS]
    path = grid_docx(tmp_path / "groups.docx", rows, title="Перечень точек взаимодействия",
                     merges=((1, 0, 1, w - 1), (2, 0, 2, w - 1)))
    assert _records(docx_reader.read(path)) == WANT
