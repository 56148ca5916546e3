"""Cells that say "as above" (parsers/tables/as_above.py): the value of their column in the row
above, in any column, in Word and converted text alike; a bare dash is no value.

The rule is the one Russian acts' tables are typeset by, ГОСТ 1.5-2001, 4.5.16–4.5.17 (quoted at
https://gostdep.ru/user/directer-cd/posts): text repeated in a column is written «То же» at its
first repetition, then as ditto marks; where a table gives no data, a dash («прочерк»).  The
list below is this file's own, composed from the definitions in docs/dataset.md."""
from __future__ import annotations

import pytest

from parsers.extract.touchpoints import extract_touchpoints
from parsers.formats import docx as docx_reader
from parsers.formats.text import read as read_text
from parsers.tables.as_above import is_as_above
from pipeline.run.normalize import normalize_touchpoints
from tests.fixtures.grid_docx import grid_docx

HEAD = ["№ п/п", "Направление деятельности", "Наименование процесса (услуги, функции)",
        "Точка взаимодействия", "Вид точки взаимодействия", "Потребности клиента"]
TABLE = [HEAD,
         ["1.", "Лицензирование розничной продажи алкогольной продукции", "Выдача лицензии",
          "Портал государственных услуг", "цифровая", "Подать заявление на получение лицензии"],
         ["2.", "То же", "-//-", "Приёмная министерства", "офлайн", "Получить консультацию по документам"],
         ["3.", "-//-", "Продление срока действия лицензии", "то же", "\"", "—"],
         ["4.", "Государственный контроль", "Проведение проверок", "Телефон горячей линии", "— // —",
          "Сообщить о нарушении"]]


def _docx(path):
    return docx_reader.read(grid_docx(path, TABLE, "Перечень точек взаимодействия с клиентами"))


def _txt(path):
    path.write_text("Перечень точек взаимодействия с клиентами\n\n" + "\n".join("\t".join(r) for r in TABLE) + "\n",
                    encoding="utf-8")
    return read_text(path)


@pytest.mark.parametrize("mark", ["то же", "То же.", "то же самое", "Аналогично", "-//-", "— // —", "\"", "—\"—", "〃"])
def test_marks_that_repeat_the_cell_above(mark):
    assert is_as_above(mark)


@pytest.mark.parametrize("text", ["—", "-", "", "то же, что в пункте 2", "Телефон", "нет"])
def test_a_dash_or_text_is_no_mark(text):
    assert not is_as_above(text)


@pytest.mark.parametrize("make", [_docx, _txt], ids=["docx", "txt"])
def test_each_mark_takes_its_column_above(tmp_path, make):
    raw, _ = extract_touchpoints(make(tmp_path / f"l.{make.__name__[1:]}"))
    got = [(r["direction_raw"], r["process"], r["touchpoint_raw"], r["point_type_raw"], r["interaction_raw"])
           for r in raw]
    licensing = "Лицензирование розничной продажи алкогольной продукции"
    assert got == [
        (licensing, "Выдача лицензии", "Портал государственных услуг", "цифровая",
         "Подать заявление на получение лицензии"),
        (licensing, "Выдача лицензии", "Приёмная министерства", "офлайн", "Получить консультацию по документам"),
        # «то же» in the channel column: the channel above; «"» in the kind column: the kind above;
        # the needs cell's dash says the row states no need (no value, never the needs above)
        (licensing, "Продление срока действия лицензии", "Приёмная министерства", "офлайн", None),
        # «— // —» under the kind: the kind of the row above, itself given by a mark
        ("Государственный контроль", "Проведение проверок", "Телефон горячей линии", "офлайн",
         "Сообщить о нарушении")]


def test_marks_are_read_as_the_values_they_repeat(tmp_path):
    raw, _ = extract_touchpoints(_txt(tmp_path / "l.txt"))
    rows, _ = normalize_touchpoints("d", raw)
    assert [r["point_type"] for r in rows] == ["digital", "offline", "offline", "offline"]
    assert rows[1]["direction"] == rows[0]["direction"] and rows[2]["direction"] == rows[0]["direction"]
    assert rows[2]["channel"] == rows[1]["channel"] and rows[2]["needs"] == []


def _read(tmp_path, rows, name):
    path = tmp_path / name
    path.write_text("Перечень точек взаимодействия с клиентами\n\n" + "\n".join("\t".join(r) for r in rows) + "\n",
                    encoding="utf-8")
    raw, _ = extract_touchpoints(read_text(path))
    return [(r["direction_raw"], r["process"], r["touchpoint_raw"]) for r in raw]


FIRST = ["1.", "Лицензирование", "Выдача лицензии", "Портал государственных услуг", "цифровая", "Подать заявление"]


def test_a_mark_under_a_section_heading_repeats_nothing_of_the_section_before(tmp_path):
    """«то же» right under a section's heading: the cell above it is the heading; the last value
    above belongs to another section, so the mark reads as an empty cell does there."""
    marked = [HEAD, FIRST, ["2. Государственный контроль"],
              ["2.1.", "то же", "-//-", "Телефон горячей линии", "офлайн", "Сообщить о нарушении"]]
    blank = [HEAD, FIRST, ["2. Государственный контроль"],
             ["2.1.", "", "", "Телефон горячей линии", "офлайн", "Сообщить о нарушении"]]
    got = _read(tmp_path, marked, "m.txt")
    assert got[1][:2] != ("Лицензирование", "Выдача лицензии")
    assert got == _read(tmp_path, blank, "b.txt")


def test_a_line_that_heads_nothing_breaks_no_mark(tmp_path):
    """«Продолжение таблицы» between two parts of a list is no section: the mark repeats the row above."""
    got = _read(tmp_path, [HEAD, FIRST, ["Продолжение таблицы"],
                           ["2.", "то же", "то же", "Телефон горячей линии", "офлайн", "Сообщить о нарушении"]], "c.txt")
    assert got[1] == ("Лицензирование", "Выдача лицензии", "Телефон горячей линии")


def test_a_mark_under_a_section_heading_still_repeats_a_channel(tmp_path):
    """The heading names a section, not a channel: «то же» in the channel column under it is the channel above."""
    got = _read(tmp_path, [HEAD, FIRST, ["2. Государственный контроль"],
                           ["2.1.", "", "Проведение проверок", "то же", "цифровая", "Сообщить о нарушении"]], "d.txt")
    assert got[1][1:] == ("Проведение проверок", "Портал государственных услуг")


DASHED = [HEAD,
          ["1.", "Лицензирование розничной продажи алкогольной продукции", "Выдача лицензии",
           "Портал государственных услуг", "цифровая", "Подать заявление на получение лицензии"],
          ["2.", "—", "—", "Электронная почта министерства", "—", "Получить консультацию по документам"],
          ["3.", "—", "Продление срока действия лицензии", "Приёмная министерства", "офлайн", "Подать документы"],
          ["4.", "—", "—", "Телефон горячей линии", "—", "Узнать о ходе рассмотрения"]]


@pytest.mark.parametrize("rows, kinds", [
    # the writer puts «—» where the direction and the process repeat: the dash is the table's repeat
    # mark, in the kind column too
    (DASHED, ["цифровая", "цифровая", "офлайн", "офлайн"]),
    # every direction and process written out: a dash in the kind column gives no data (4.5.17)
    ([DASHED[0]] + [[r[0], TABLE[1][1], TABLE[1][2], *r[3:]] for r in DASHED[1:]], ["цифровая", "", "офлайн", ""]),
])
def test_a_dash_repeats_the_kind_only_where_the_table_writes_repeats_so(tmp_path, rows, kinds):
    path = tmp_path / "dashed.txt"
    path.write_text("Перечень точек взаимодействия с клиентами\n\n" + "\n".join("\t".join(r) for r in rows) + "\n",
                    encoding="utf-8")
    raw, _ = extract_touchpoints(read_text(path))
    assert [r["point_type_raw"] or "" for r in raw] == kinds


@pytest.mark.parametrize("make", ["txt", "docx"])
def test_a_dash_in_a_column_of_kind_marks_repeats_no_kind(tmp_path, make):
    # the kind marked with «+» in one of two columns «Цифр.» | «Офл.»: there a «—» says "not this
    # kind", even in a table that writes «—» where its direction and process repeat; a row with
    # neither marked has no kind, not the kind of the row above
    rows = [["№", "Направление деятельности", "Наименование процесса", "Точка взаимодействия", "Цифр.", "Офл.",
             "Потребности клиента"],
            ["1.", "Разрешительная деятельность", "Выдача разрешений", "Мобильное приложение", "+", "—",
             "Подать заявление"],
            ["2.", "—", "—", "Приёмная министерства", "—", "+", "Получить консультацию"],
            ["3.", "—", "—", "Сообщество в социальной сети", "—", "—", "Получить информацию"],
            ["4.", "—", "Продление разрешений", "Электронная почта", "—", "—", "Получить ответ"]]
    if make == "txt":
        path = tmp_path / "marks.txt"
        path.write_text("Перечень точек взаимодействия с клиентами\n\n" + "\n".join("\t".join(r) for r in rows)
                        + "\n", encoding="utf-8")
        doc = read_text(path)
    else:
        doc = docx_reader.read(grid_docx(tmp_path / "marks.docx", rows, "Перечень точек взаимодействия с клиентами"))
    raw, _ = extract_touchpoints(doc)
    assert [r["point_type_raw"] or "" for r in raw] == ["Цифр.", "Офл.", "", ""]
