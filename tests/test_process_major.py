"""Process-major touchpoint lists: the process as a full-width row, its channels on the rows
below, under a direction's full-width row, a direction column or a caption
(parsers/tables/process_rows.py).  The documents are written here in the forms real lists
use; the wording is this file's own."""
from __future__ import annotations

import pytest

from parsers.extract.touchpoints import extract_touchpoints
from tests.fixtures.section_docx import section_docx, section_txt, triples

HEADER = ["№ п/п", "Канал взаимодействия", "Потребность клиента", "Тип точки"]
TWO_LEVELS = [
    ["I. Государственные услуги"],
    ["1.1. Выдача лицензии на заготовку древесины"],
    ["1", "Единый портал государственных услуг", "Подача заявления; получение результата", "цифровая"],
    ["2", "Личный прием в министерстве", "Получение консультации", "офлайн"],
    ["1.2. Предоставление субсидии на развитие питомников"],
    ["3", "Официальный сайт министерства", "Получение информации о порядке", "цифровая"],
    ["II. Контрольно-надзорная деятельность"],
    ["2.1. Проведение плановых проверок лесопользователей"],
    ["4", "Выездная проверка", "Представление документов", "офлайн"],
]


def _docx(path, rows, header=HEADER, caption=None):
    return section_docx(path, header, rows, caption)


def _txt(path, rows, header=HEADER):
    return section_txt(path, header, rows)


_triples = triples


WANT = [
    ("Государственные услуги", "Выдача лицензии на заготовку древесины", "Единый портал государственных услуг"),
    ("Государственные услуги", "Выдача лицензии на заготовку древесины", "Личный прием в министерстве"),
    ("Государственные услуги", "Предоставление субсидии на развитие питомников", "Официальный сайт министерства"),
    ("Контрольно-надзорная деятельность", "Проведение плановых проверок лесопользователей", "Выездная проверка"),
]


def test_two_levels_of_full_width_rows_docx(tmp_path):
    assert _triples(_docx(tmp_path / "a.docx", TWO_LEVELS)) == WANT


def test_two_levels_of_full_width_rows_converted_text(tmp_path):
    assert _triples(_txt(tmp_path / "a.txt", TWO_LEVELS)) == WANT


def test_direction_caption_over_process_rows(tmp_path):
    rows = [r for r in TWO_LEVELS[:6]if r[0] != "I. Государственные услуги"]
    got = _triples(_docx(tmp_path / "c.docx", rows, caption="Таблица 1. Государственные услуги"))
    assert got == WANT[:3]


def test_direction_column_and_process_rows(tmp_path):
    header = ["Направление деятельности", "Канал взаимодействия", "Потребность клиента", "Тип точки"]
    rows = [["Выдача лицензии на заготовку древесины"],
            ["Государственные услуги", "Личный прием в министерстве", "Получение консультации", "офлайн"],
            ["Государственные услуги", "Официальный сайт министерства", "Получение информации", "цифровая"]]
    got = _triples(_docx(tmp_path / "d.docx", rows, header=header))
    assert got == [("Государственные услуги", "Выдача лицензии на заготовку древесины", "Личный прием в министерстве"),
                   ("Государственные услуги", "Выдача лицензии на заготовку древесины", "Официальный сайт министерства")]


def test_process_column_never_filled_takes_the_full_width_rows(tmp_path):
    header = ["№", "Наименование процесса", "Канал взаимодействия", "Потребность клиента"]
    rows = [["Выдача лицензии на заготовку древесины"],
            ["1", "", "Личный прием в министерстве", "Получение консультации"],
            ["Рассмотрение обращений граждан"],
            ["2", "", "Электронная почта", "Направление обращения"]]
    got = _triples(_docx(tmp_path / "e.docx", rows, header=header))
    assert got == [(None, "Выдача лицензии на заготовку древесины", "Личный прием в министерстве"),
                   (None, "Рассмотрение обращений граждан", "Электронная почта")]


def test_one_level_with_a_process_column_stays_a_direction(tmp_path):
    header = ["№", "Наименование процесса", "Канал взаимодействия", "Потребность клиента"]
    rows = [["II. Государственные услуги"],
            ["1", "Выдача лицензии", "Личный прием в министерстве", "Получение консультации"],
            ["2", "", "Официальный сайт министерства", "Получение информации"]]
    got = _triples(_docx(tmp_path / "f.docx", rows, header=header))
    assert got == [("Государственные услуги", "Выдача лицензии", "Личный прием в министерстве"),
                   ("Государственные услуги", "Выдача лицензии", "Официальный сайт министерства")]


def test_point_type_sub_rows_under_a_process_row(tmp_path):
    header = ["№", "Канал взаимодействия", "Потребность клиента"]
    rows = [["I. Государственные услуги"],
            ["Выдача лицензии на заготовку древесины"],
            ["Цифровые точки"],
            ["1", "Единый портал государственных услуг", "Подача заявления"],
            ["Офлайн-точки"],
            ["2", "Личный прием в министерстве", "Получение консультации"]]
    recs, _ = extract_touchpoints(_docx(tmp_path / "g.docx", rows, header=header))
    assert [(r["direction_raw"], r["process"], r["point_type_raw"]) for r in recs] == [
        ("Государственные услуги", "Выдача лицензии на заготовку древесины", "Цифровые точки"),
        ("Государственные услуги", "Выдача лицензии на заготовку древесины", "Офлайн-точки")]


def test_process_alone_on_its_row_of_the_process_column(tmp_path):
    """The process in its own column, on a row of its own, its channels on the rows below
    with that cell empty (no span anywhere)."""
    header = ["Наименование процесса", "Канал взаимодействия", "Потребность клиента"]
    rows = [["Выдача лицензии на заготовку древесины", "", ""],
            ["", "Личный прием в министерстве", "Получение консультации"],
            ["", "Официальный сайт министерства", "Получение информации"],
            ["Рассмотрение обращений граждан", "", ""],
            ["", "Электронная почта", "Направление обращения"]]
    want = [(None, "Выдача лицензии на заготовку древесины", "Личный прием в министерстве"),
            (None, "Выдача лицензии на заготовку древесины", "Официальный сайт министерства"),
            (None, "Рассмотрение обращений граждан", "Электронная почта")]
    assert _triples(_docx(tmp_path / "h.docx", rows, header=header)) == want
    assert _triples(_txt(tmp_path / "h.txt", rows, header=header)) == want


# One level of direction rows, a section of which is empty or repeated at a page break: the
# heading after it is another direction, never a process under it (a heading is a process only
# under an upper-level head, and the two-level pattern must nest or repeat).
ONE_LEVEL_HEADER = ["№", "Канал взаимодействия", "Потребность клиента"]
ONE_LEVEL_WANT = [("Образование", "Личный прием в управлении образования"),
                  ("Образование", "Портал дистанционного обучения"),
                  ("Социальная защита", "Многофункциональный центр")]


def _directions_and_channels(doc):
    recs, _ = extract_touchpoints(doc)
    return [(r["direction_raw"], r["touchpoint_raw"]) for r in recs], [r["process"] for r in recs]


@pytest.mark.parametrize("rows", [
    [["1. Образование"],                                     # a section with no rows of its own
     ["1", "Личный прием в управлении образования", "Получение консультации"],
     ["2", "Портал дистанционного обучения", "Получение информации"],
     ["2. Здравоохранение"],
     ["3. Социальная защита"],
     ["3", "Многофункциональный центр", "Подача заявления"]],
    [["1. Образование"],                                     # a direction repeated at a page break
     ["1. Образование"],
     ["1", "Личный прием в управлении образования", "Получение консультации"],
     ["2", "Портал дистанционного обучения", "Получение информации"],
     ["2. Социальная защита"],
     ["3", "Многофункциональный центр", "Подача заявления"]]], ids=["empty_section", "repeated"])
def test_one_level_of_directions_stays_one_level(tmp_path, rows):
    for doc in (_docx(tmp_path / "e.docx", rows, header=ONE_LEVEL_HEADER),
                _txt(tmp_path / "e.txt", rows, header=ONE_LEVEL_HEADER)):
        pairs, processes = _directions_and_channels(doc)
        assert pairs == ONE_LEVEL_WANT
        assert not any(p and p in ("Образование", "Социальная защита") for p in processes)


def test_a_sibling_of_an_upper_head_over_rows_is_a_direction(tmp_path):
    """«II.» at the level of «I.» (which heads processes) stays a direction where rows follow it directly."""
    rows = [["I. Государственные услуги"],
            ["1.1. Выдача лицензии на заготовку древесины"],
            ["1", "Личный прием в министерстве", "Получение консультации"],
            ["II. Контрольно-надзорная деятельность"],
            ["2", "Выездная проверка", "Представление документов"]]
    got = _triples(_docx(tmp_path / "s.docx", rows, header=ONE_LEVEL_HEADER))
    assert [(d, t) for d, _, t in got] == [("Государственные услуги", "Личный прием в министерстве"),
                                          ("Контрольно-надзорная деятельность", "Выездная проверка")]
    assert got[0][1] == "Выдача лицензии на заготовку древесины"
    assert got[1][1] != "Контрольно-надзорная деятельность"


# unnumbered direction rows over numbered process rows, whose points number under them («1.» over «1.1.»): the
# numbers count the processes, not the directions — the unnumbered rows are the upper level where they repeat
NUMBERED_PROCESSES = [
    ["Лесные отношения"],
    ["1. Выдача лицензии на заготовку древесины"],
    ["1.1.", "Единый портал государственных услуг", "Подача заявления", "цифровая"],
    ["1.2.", "Личный прием в министерстве", "Получение консультации", "офлайн"],
    ["2. Предоставление субсидии на развитие питомников"],
    ["2.1.", "Официальный сайт министерства", "Получение информации о порядке", "цифровая"],
    ["Контрольно-надзорная деятельность"],
    ["3. Проведение плановых проверок лесопользователей"],
    ["3.1.", "Выездная проверка", "Представление документов", "офлайн"],
]
WANT_NUMBERED = [
    ("Лесные отношения", "Выдача лицензии на заготовку древесины", "Единый портал государственных услуг"),
    ("Лесные отношения", "Выдача лицензии на заготовку древесины", "Личный прием в министерстве"),
    ("Лесные отношения", "Предоставление субсидии на развитие питомников", "Официальный сайт министерства"),
    ("Контрольно-надзорная деятельность", "Проведение плановых проверок лесопользователей", "Выездная проверка"),
]


@pytest.mark.parametrize("make", [_docx, _txt], ids=["docx", "txt"])
def test_unnumbered_direction_rows_over_numbered_process_rows(tmp_path, make):
    suffix = "docx" if make is _docx else "txt"
    assert _triples(make(tmp_path / f"a.{suffix}", NUMBERED_PROCESSES)) == WANT_NUMBERED
