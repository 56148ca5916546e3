"""A list printed a table per direction, the direction the table's first header row — a row of one text
above the column names, repeated with them on every page (parsers/tables/direction_header.py).  The
lists are this file's own."""
from __future__ import annotations

import pytest
from docx import Document as new_docx
from docx.oxml import OxmlElement

from parsers.extract.touchpoints import extract_touchpoints
from parsers.formats import docx as docx_reader

HEADER = ["№", "Процесс", "Канал взаимодействия", "Тип точки", "Потребности"]
PARTS = [
    ("Лесное хозяйство", [["1", "Выдача лесорубочного билета", "Портал государственных услуг", "цифровая",
                           "Подать заявку"],
                          ["2", "Выдача лесорубочного билета", "Приёмная лесничества", "офлайн", "Получить бланк"]]),
    ("Охрана животного мира", [["3", "Выдача охотничьего билета", "Телефон горячей линии", "офлайн",
                                "Узнать сроки рассмотрения"]]),
]


def _repeat(row) -> None:
    row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))


def _docx(path, parts, marked=True, title="Перечень точек взаимодействия"):
    d = new_docx()
    d.add_paragraph().add_run(title).bold = True
    for direction, rows in parts:
        t = d.add_table(rows=2 + len(rows), cols=len(HEADER))
        t.cell(0, 0).merge(t.cell(0, len(HEADER) - 1)).text = direction
        for j, h in enumerate(HEADER):
            t.cell(1, j).text = h
        for i, row in enumerate(rows, start=2):
            for j, text in enumerate(row):
                t.cell(i, j).text = text
        if marked:
            _repeat(t.rows[0])
            _repeat(t.rows[1])
        d.add_paragraph("")
    d.save(path)
    return docx_reader.read(path)


def _directions(doc):
    return [r["direction_raw"] for r in extract_touchpoints(doc)[0]]


def test_the_first_header_row_is_the_tables_direction(tmp_path):
    """Marked to repeat with the header: the first table's direction too (the later tables' direction
    rows were read before, as rows between stitched parts)."""
    assert _directions(_docx(tmp_path / "m.docx", PARTS)) == ["Лесное хозяйство"] * 2 + ["Охрана животного мира"]


def test_unmarked_the_tables_after_it_opening_alike_say_so(tmp_path):
    """Not marked (a PDF, a Word file whose header is not set to repeat): the next table opening with a
    direction row over the same column names says the first's row is its direction too."""
    assert _directions(_docx(tmp_path / "u.docx", PARTS, marked=False)) == \
        ["Лесное хозяйство"] * 2 + ["Охрана животного мира"]


def test_a_lone_title_row_above_the_header_is_no_direction(tmp_path):
    """One table, its one-text row above the header not marked to repeat and no table after it opening
    alike: a title (the body's name here), not the rows' direction."""
    doc = _docx(tmp_path / "t.docx", [("Министерство лесного хозяйства области", PARTS[0][1])], marked=False)
    assert _directions(doc) == [None, None]


BODY = "Министерство лесного хозяйства области"


def test_the_bodys_name_repeated_with_the_header_is_no_direction(tmp_path):
    """The body's name as the first header row, marked to repeat with it on every page: the list's title."""
    assert _directions(_docx(tmp_path / "b.docx", [(BODY, PARTS[0][1])])) == [None, None]


@pytest.mark.parametrize("marked", [True, False], ids=["marked", "unmarked"])
def test_the_bodys_name_over_every_table_is_no_direction_of_the_first(tmp_path, marked):
    """Each page's table opening with the same body's name over the same column names: a title repeated,
    no direction of the first table's rows."""
    parts = [(BODY, PARTS[0][1]), (BODY, PARTS[1][1])]
    assert _directions(_docx(tmp_path / "e.docx", parts, marked=marked))[:2] == [None, None]


def test_tables_per_direction_led_by_a_bodys_head_noun_keep_them(tmp_path):
    """«Управление …» opens a direction too: tables naming different ones are tables per direction."""
    parts = [("Управление лесами", PARTS[0][1]), ("Управление охотничьими ресурсами", PARTS[1][1])]
    assert _directions(_docx(tmp_path / "d.docx", parts)) == \
        ["Управление лесами"] * 2 + ["Управление охотничьими ресурсами"]


@pytest.mark.parametrize("title", ["Перечень точек контакта с клиентами", "Реестр каналов взаимодействия"])
def test_the_lists_own_name_repeated_with_the_header_is_no_direction(tmp_path, title):
    """The list's own name in other words than «точки взаимодействия» (read as a heading, it would be a
    direction), marked to repeat with the header: the list's title."""
    assert _directions(_docx(tmp_path / "n.docx", [(title, PARTS[0][1])])) == [None, None]
