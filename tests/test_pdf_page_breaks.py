"""A ruled table running over several pages of a text PDF reads as the same document's Word
table does: a header of several rows repeated on every page is dropped whole (not only its
first row), and a row the page break cut is joined again.  The PDFs are made from Word
files by LibreOffice, as ministries export them; the wording is this file's own."""
from __future__ import annotations

import pytest
from docx import Document as new_docx
from docx.oxml import OxmlElement
from docx.shared import Pt

from parsers.formats import docx as docx_reader
from parsers.formats import pdf as pdf_reader
from tests.fixtures import build

CHANNELS = ["Портал госуслуг", "Электронная почта", "Телефон горячей линии", "Приемная", "Почтовое отправление"]


def _header_row(row) -> None:
    row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))


def _matrix(path, n_rows: int, needs_words: int):
    """A channel matrix under a three-row header (№, process and needs merged down over a
    group row «Каналы» and a row of channel names), every header row repeated on each page."""
    d = new_docx()
    t = d.add_table(rows=3 + n_rows, cols=3 + len(CHANNELS))
    t.style = "Table Grid"
    last = 2 + len(CHANNELS)
    for j, text in ((0, "№"), (1, "Наименование процесса"), (2, "Каналы взаимодействия"), (last, "Потребности")):
        t.cell(0, j).text = text
    t.cell(0, 2).merge(t.cell(0, last - 1))
    t.cell(1, 2).text, t.cell(1, 5).text = "цифровые", "офлайн"
    t.cell(1, 2).merge(t.cell(1, 4))
    t.cell(1, 5).merge(t.cell(1, last - 1))
    for j in (0, 1, last):
        t.cell(0, j).merge(t.cell(2, j))
    for j, channel in enumerate(CHANNELS, start=2):
        t.cell(2, j).text = channel
    for r in range(3):
        _header_row(t.rows[r])
    for i in range(n_rows):
        row = t.rows[3 + i].cells
        row[0].text, row[1].text = f"{i + 1}.", f"Рассмотрение заявления номер {i + 1} о предоставлении субсидии"
        row[2 + i % len(CHANNELS)].text = "+"
        row[last].text = "; ".join(["Получение сведений о ходе рассмотрения заявления"] * needs_words)
    for p in (p for row in t.rows for c in row.cells for p in c.paragraphs):
        for run in p.runs:
            run.font.size = Pt(11)
    d.save(path)
    return path


def _rows(doc):
    return [r.texts for t in doc.tables() for r in t.rows]


@pytest.fixture(scope="module")
def matrix_files(tmp_path_factory):
    if build.soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed: the PDF cannot be made")
    tmp = tmp_path_factory.mktemp("breaks")
    docx = _matrix(tmp / "matrix.docx", n_rows=24, needs_words=3)
    pdf, = build.to_pdf([docx], tmp)
    return docx, pdf


def test_a_header_of_three_rows_repeated_on_each_page_is_read_once(matrix_files):
    docx, pdf = matrix_files
    doc = pdf_reader.read(pdf)
    assert doc.pages >= 3                  # the table does run over page breaks
    rows = _rows(doc)
    header = _rows(docx_reader.read(docx))[:3]
    assert rows[:3] == header
    assert not [r for r in rows[3:] if r in header]
    assert [r[0] for r in rows[3:]] == [f"{i}." for i in range(1, 25)]


def test_the_pdf_reads_row_for_row_as_the_word_file(matrix_files):
    docx, pdf = matrix_files
    assert _rows(pdf_reader.read(pdf)) == _rows(docx_reader.read(docx))


def _page_table(page: int, rows: list[list[str]]):
    from parsers.document import Cell
    from parsers.formats.pdf_layout import PageTable
    t = PageTable(page, (0, 0, 300, 20 * len(rows)), [0, 100, 200], [20.0 * i for i in range(len(rows))])
    for texts in rows:
        cells = [Cell(texts[0], colspan=3), Cell("", covered=True), Cell("", covered=True)] if len(texts) == 1 \
            else [Cell(x) for x in texts]
        t.grid.append(cells)
        t.owner.append([cells[0]] * 3 if len(texts) == 1 else cells)
    return t


def test_a_sub_heading_row_that_recurs_at_the_top_of_a_page_is_no_repeated_header():
    from parsers.formats.pdf_stitch import stitch
    prev = _page_table(1, [["№", "Канал", "Потребность"], ["Цифровые точки"], ["1", "Сайт", "Запись"],
                           ["Офлайн-точки"], ["2", "Приемная", "Прием"]])
    prev.to_table(0)
    cont = _page_table(2, [["Цифровые точки"], ["3", "Телефон", "Консультация"]])
    stitch(prev, cont)
    assert [r.texts[0] for r in prev.table.rows] == ["№", "Цифровые точки", "1", "Офлайн-точки", "2",
                                                       "Цифровые точки", "3"]


def test_a_repeated_header_drawn_lower_than_its_text_is_still_the_header():
    # the repeated row cut «… / точка контакта» after «точка»: its last line spilt into the row below
    from parsers.formats.pdf_stitch import stitch
    prev = _page_table(1, [["№", "Вид деятельности / точка контакта", "Потребность"], ["1", "Сайт", "Запись"]])
    prev.to_table(0)
    cont = _page_table(2, [["№", "Вид деятельности / точка", "Потребность"], ["2", "Приемная", "Прием"]])
    stitch(prev, cont)
    assert [r.texts[1] for r in prev.table.rows] == ["Вид деятельности / точка контакта", "Сайт", "Приемная"]
    # a row whose every cell only begins a header cell's words is no repeat of it
    prev = _page_table(1, [["№", "Вид деятельности", "Потребность"], ["1", "Сайт", "Запись"]])
    prev.to_table(0)
    cont = _page_table(2, [["", "Вид", ""], ["2", "Приемная", "Прием"]])
    stitch(prev, cont)
    assert "Вид" in " ".join(r.texts[1] for r in prev.table.rows[1:])      # kept, not dropped as a header
