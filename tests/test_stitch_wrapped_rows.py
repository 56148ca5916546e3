"""A row split by a page break, on a page that writes no wrap spaces (a scan: OCR sees
none): each cell's text wrapped whole words, so a word-boundary break is no sign of a
new text - only a first word that would have fitted on the line above is."""
from __future__ import annotations

from parsers.document import Cell
from parsers.formats.pdf_layout import PageLine, PageTable
from parsers.formats.pdf_stitch import stitch

RIGHT = 110.0          # the x a cell's lines may reach
CHAR = 5.0             # width of a character, pt


def _words(text: str) -> list[dict]:
    out, x = [], 0.0
    for w in text.split():
        out.append({"text": w, "x0": x, "x1": x + CHAR * len(w)})
        x += CHAR * (len(w) + 1)
    return out


def _table(page: int, rows: list[list[str]], fits: dict) -> PageTable:
    pt = PageTable(page, (0, 0, 600, 800), [0.0, 120.0, 240.0, 360.0], [float(40 * i) for i in range(len(rows))])
    pt.grid = [[Cell(t) for t in row] for row in rows]
    pt.owner = [list(r) for r in pt.grid]
    for row in pt.grid:
        for cell in row:
            if cell.text:
                last = _words(fits.get(cell.text, cell.text))
                line = PageLine(last, " ".join(w["text"] for w in last), 10.0)
                pt.fit[id(cell)] = (line, RIGHT, last[0], 0.0)     # 0.0: no wrap space written
    pt.to_table(0)
    return pt


def _stitched(first_page_last_row, next_page_first_row, last_lines):
    prev = _table(1, [["Процесс", "Канал", "Потребность", "Тип"], first_page_last_row], last_lines)
    cont = _table(2, [next_page_first_row], {})
    stitch(prev, cont)
    return [r.texts for r in prev.table.rows]


def test_a_row_cut_by_the_page_goes_on_where_its_words_could_not_fit():
    rows = _stitched(["", "Дистанционный приём с", "Узнать правила", "Онлайн"],
                     ["", "использованием видеосвязи", "аккредитации", ""],
                     {"Дистанционный приём с": "Дистанционный приём с",
                      "Узнать правила": "Узнать правила правила"})   # the last line nearly full
    assert len(rows) == 2
    assert rows[1][1] == "Дистанционный приём с использованием видеосвязи"
    assert rows[1][2] == "Узнать правила аккредитации"


def test_a_next_row_whose_first_words_would_have_fitted_stays_a_row():
    # short last lines above: «МФЦ» and «подать» would have fitted there, so they start anew
    rows = _stitched(["", "Портал", "Узнать", "Онлайн"],
                     ["", "мФЦ", "подать", "Офлайн"], {})
    assert len(rows) == 3
