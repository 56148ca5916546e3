"""A touchpoint list whose point type is a column headed by one type and answered for each point
(«Цифровая точка (да/нет)»: «да» / «нет»; «Цифровая»: «+» / «нет»): a yes says the column's type,
a «нет» the other (parsers/tables/header_rows.with_mark_columns, parsers/extract/point_type_cells).

Published lists sort their points into two kinds — «цифровые точки» and «оффлайн-точки» (the
Mordovian methodical recommendations for the list, https://base.garant.ru/408537767/f7ee959fd36b5699076b35abf4f52c5c)
— so a column asking whether a point is the one kind answers the other with its «нет»; the
yes/no column itself was not found in a published list read here (the form of the fourth
held-out layouts, issue 17).  The wording is this file's own."""
from __future__ import annotations

import pytest

from parsers.extract.touchpoints import extract_touchpoints
from parsers.formats import docx as docx_reader
from parsers.formats import pdf as pdf_reader
from parsers.formats.text import parse_text
from pipeline.run.normalize import normalize_touchpoints
from tests.fixtures import build
from tests.fixtures.grid_docx import grid_docx
from textcore.point_type import polar_type

HEAD = ["№ п/п", "Наименование услуги", "Точка взаимодействия", "Цифровая точка (да/нет)", "Потребности клиента"]
ROWS = [["1.", "Выдача разрешения на вырубку", "Портал государственных услуг", "да", "Подать заявление"],
        ["2.", "Выдача разрешения на вырубку", "Приёмная управления лесами", "нет", "Получить разрешение"],
        ["3.", "Приём жалоб", "Телефон доверия", "нет", "Сообщить о нарушении"],
        ["4.", "Приём жалоб", "Чат-бот в мессенджере", "да", "Задать вопрос"]]
WANT = ["digital", "offline", "offline", "digital"]
TITLE = "Перечень точек взаимодействия управления лесами с клиентами"


def _types(doc) -> list[str | None]:
    raw = extract_touchpoints(doc)[0]
    return [r["point_type"] for r in normalize_touchpoints("t", raw)[0]]


def _docx(path, head=HEAD, rows=ROWS):
    return grid_docx(path, [head, *rows], TITLE)


def _text(head=HEAD, rows=ROWS) -> str:
    return TITLE + "\n\n" + "\n".join("\t".join(r) for r in [head, *rows]) + "\n"


def test_the_heading_names_one_type_or_none():
    assert polar_type("Цифровая точка (да/нет)") == "digital"
    assert polar_type("Офлайн-точка") == "offline"
    assert polar_type("Вид точки (цифровая/нецифровая)") is None      # both types: the values name them
    assert polar_type("Цифровая / офлайн") is None
    assert polar_type("Точка (канал) взаимодействия") is None


def test_docx_yes_and_no_under_a_digital_column(tmp_path):
    assert _types(docx_reader.read(_docx(tmp_path / "l.docx"))) == WANT


def test_converted_text_yes_and_no_under_a_digital_column():
    assert _types(parse_text(_text())) == WANT


def test_plus_and_no_under_an_offline_column():
    """The column may name the other type and mark its yes otherwise: «+» under «Офлайн-точка»."""
    head = HEAD[:3] + ["Офлайн-точка"] + HEAD[4:]
    rows = [r[:3] + ["нет" if r[3] == "да" else "+"] + r[4:] for r in ROWS]
    assert _types(parse_text(_text(head, rows))) == WANT


def test_a_dash_says_nothing():
    """A dash in the column is no answer (it may stand for the cell above): no type is made up."""
    rows = [ROWS[0], ROWS[1][:3] + ["—"] + ROWS[1][4:]]
    assert _types(parse_text(_text(rows=rows))) == ["digital", None]


def test_a_table_per_part_of_the_list_each_with_its_header(tmp_path):
    """Two tables (a category each, under its caption) print the header twice: the column is
    still one of answers, its heading repeated no cell of it."""
    text = (TITLE + "\n\n1. Граждане\n\n" + "\n".join("\t".join(r) for r in [HEAD, *ROWS[:2]]) +
            "\n\n2. Юридические лица\n\n" + "\n".join("\t".join(r) for r in [HEAD, *ROWS[2:]]) + "\n")
    assert _types(parse_text(text)) == WANT


def test_pdf_yes_and_no_under_a_digital_column(tmp_path):
    if build.soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed: the PDF cannot be made")
    pdf, = build.to_pdf([_docx(tmp_path / "l.docx")], tmp_path)
    assert _types(pdf_reader.read(pdf)) == WANT


def test_plus_under_a_digital_or_a_nondigital_column(tmp_path):
    """Two columns, «Цифровая» | «Нецифровая», a «+» in one and a dash in the other: the marked
    column's heading is the type (a dash says nothing)."""
    head = HEAD[:3] + ["Цифровая", "Нецифровая"] + HEAD[4:]
    rows = [r[:3] + (["+", "–"] if r[3] == "да" else ["–", "+"]) + r[4:] for r in ROWS]
    assert _types(parse_text(_text(head, rows))) == WANT
    assert _types(docx_reader.read(_docx(tmp_path / "two.docx", head, rows))) == WANT


def test_ditto_marks_in_the_column_leave_it_a_column_of_answers():
    """«-//-» (the cell above repeated) in half the rows: the column is still answered yes or no,
    so the rows answering are read (what a ditto row takes is the as-above reader's)."""
    rows = [ROWS[0], ROWS[1], ROWS[2][:3] + ["-//-"] + ROWS[2][4:], ROWS[3],
            ROWS[3][:3] + ["-//-"] + ROWS[3][4:]]
    got = _types(parse_text(_text(rows=rows)))
    assert [got[k] for k in (0, 1, 3)] == ["digital", "offline", "digital"]


def test_a_narrow_column_headed_by_a_cut_type():
    """A narrow column headed by a type cut short («Офл.», «Цифр.») is answered the same way:
    a «нет» under «Офл.» is a digital point, not a point of no type."""
    assert polar_type("Офл.") == "offline" and polar_type("Цифр.") == "digital"
    head = HEAD[:3] + ["Офл."] + HEAD[4:]
    rows = [r[:3] + ["нет" if r[3] == "да" else "да"] + r[4:] for r in ROWS]
    assert _types(parse_text(_text(head, rows))) == WANT


def test_a_list_of_offline_points_only_answers_no_in_every_row(tmp_path):
    """Every point offline: «нет» in every row of «Цифровая точка (да/нет)» is still the answer."""
    rows = [r[:3] + ["нет"] + r[4:] for r in ROWS]
    assert _types(parse_text(_text(rows=rows))) == ["offline"] * 4
    assert _types(docx_reader.read(_docx(tmp_path / "n.docx", rows=rows))) == ["offline"] * 4


def test_words_meaning_as_above_in_the_column_leave_it_a_column_of_answers():
    """«то же» in half the rows (parsers/tables/as_above.py: the cell above repeated) counts
    neither for nor against the column being answered, as «-//-» does; the rows saying «то же»
    take the answer above them.  (The last row is a point of its own by its number: repeating point
    4's number and cells it would be point 4 again, one touchpoint: parsers/extract/touch_rows.py.)"""
    rows = [ROWS[0], ROWS[1], ROWS[2][:3] + ["то же"] + ROWS[2][4:], ROWS[3],
            ["5."] + ROWS[3][1:3] + ["То же"] + ROWS[3][4:]]
    assert _types(parse_text(_text(rows=rows))) == ["digital", "offline", "offline", "digital", "digital"]
