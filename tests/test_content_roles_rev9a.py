"""Review of the reading of header-less tables by content (parsers/tables/content_roles.py):
its cost on hostile input and tables that are no list.  Rows composed for these tests."""
from __future__ import annotations

import time

from parsers.tables.content_roles import content_roles, rows_cue
from pipeline.run import content_cells

content_cells.install()


def test_a_row_cue_over_a_long_run_of_spaces_is_linear():
    text = "строка" + " " * 20000 + "x"
    started = time.perf_counter()
    assert not rows_cue(text)
    assert time.perf_counter() - started < 1.0       # quadratic: over 10 s here
    assert rows_cue("строку 5  изложить в следующей редакции:")
    assert rows_cue("строки 2, 3 и 4 изложить в следующей редакции:")


_GLOSSARY = [["1.", "ЕПГУ", "Единый портал государственных и муниципальных услуг (функций)"],
             ["2.", "РПГУ", "Региональный портал государственных и муниципальных услуг"],
             ["3.", "МФЦ", "Многофункциональный центр предоставления государственных и муниципальных услуг"],
             ["4.", "ПОС", "Платформа обратной связи"],
             ["5.", "СЭД", "Система электронного документооборота"]]


def test_a_glossary_of_abbreviations_is_no_touchpoint_list():
    # its second column names channels and its third spells them out: no client's needs
    assert content_roles(_GLOSSARY, None) is None
    assert content_roles(_GLOSSARY, "touchpoint_list") is None


def test_a_table_wider_than_any_list_is_not_read_cell_by_cell():
    # hundreds of columns of channels and needs: a grid of something else, and each column
    # would ask the readers a dozen cells (seconds a table)
    rows = [[f"Телефон горячей линии {i}-{k}" if k % 3 == 0 else f"Получить консультацию по вопросу {i} {k}"
             for k in range(300)] for i in range(20)]
    started = time.perf_counter()
    assert content_roles(rows, "touchpoint_list") is None
    assert time.perf_counter() - started < 1.0
    assert content_roles([r[:6] for r in rows], "touchpoint_list") is not None    # a list's width is read
