"""Scan grids: a one-line row between two full-width rows (a section row, a row split by
the page break) keeps its columns though its rules are too short for the long-rule opening."""
from __future__ import annotations

import numpy as np

from parsers.formats.scan_grid import find_grids, ruling_lines, short_rules
from parsers.options import ScanGridSettings

G = ScanGridSettings()


def _page() -> np.ndarray:
    """A 2000 px high page, a table with columns at x = 100, 400, 700, 1000 and rows:
    data (tall), full-width, one line (30 px), full-width, data (tall)."""
    ink = np.zeros((2000, 1200), np.uint8)
    ys = [100, 400, 450, 480, 530, 830]
    for y in ys:
        ink[y:y + 2, 100:1002] = 255
    for x in (100, 1000):
        ink[100:832, x:x + 2] = 255
    for x in (400, 700):
        ink[100:402, x:x + 2] = 255            # the first data row
        ink[450:482, x:x + 2] = 255            # the one-line row: a 32 px stroke
        ink[530:832, x:x + 2] = 255            # the last data row
    ink[455:475, 550:553] = 255                # a letter's stem inside the one-line row's middle cell
    ink[405:430, 398:401] = 255                # a letter's stem on a boundary inside a full-width row
    return ink


def _spans(short) -> list[tuple[int, int, int, int]]:
    ink = _page()
    horiz, vert = ruling_lines(ink, G)
    grid, = find_grids(horiz, vert, G, short(ink))
    return [(c.r, c.c, c.rowspan, c.colspan) for c in grid.cells]


def test_a_one_line_row_between_full_width_rows_keeps_its_columns():
    cells = _spans(lambda ink: short_rules(ink, G))
    assert [c for c in cells if c[0] == 2] == [(2, 0, 1, 1), (2, 1, 1, 1), (2, 2, 1, 1)]
    assert (1, 0, 1, 3) in cells and (3, 0, 1, 3) in cells     # the full-width rows stay whole


def test_without_the_short_rules_that_row_reads_as_one_cell():
    cells = _spans(lambda ink: None)
    assert (2, 0, 1, 3) in cells
