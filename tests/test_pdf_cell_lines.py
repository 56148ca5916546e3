"""A PDF cell's lines its author wrote, told from the lines its renderer wrapped
(parsers/formats/pdf_cell_lines.py → Document.cell_lines → the needs and channel splitters);
and Word's automatic capital at a cell paragraph's start on a word that carries the phrase above
on (normalizers/line_joins.governed_capital).

The PDFs are printed by LibreOffice from Word files this test writes (landscape, the needs column
wide, so a short written line leaves room the next word would have taken); the cells are this
file's own, composed from the needs and channels of docs/dataset.md."""
from __future__ import annotations

import pytest
from docx import Document as WordDocument
from docx.enum.section import WD_ORIENT
from docx.shared import Cm

from normalizers.channel_split import channel_parts
from normalizers.line_joins import continues, governed_capital
from normalizers.need_split import WRITTEN_LINE
from normalizers.needs import split_needs
from parsers.extract.touchpoints import extract_touchpoints
from parsers.formats import docx as docx_reader
from parsers.formats import pdf as pdf_reader
from pipeline.run.normalize import normalize_touchpoints
from tests.fixtures import build

HEAD = ["№ п/п", "Наименование процесса", "Точка взаимодействия", "Потребности клиента"]
PROCESS = "Предоставление мер социальной поддержки"
WRAPPED = ("Получение информации о ходе рассмотрения заявления о назначении ежемесячной денежной "
           "выплаты на ребенка в возрасте от трех до семи лет включительно и о сроках её перечисления")
ROWS = [HEAD,
        ["1.", PROCESS, "Официальный сайт министерства", "информация о льготах\nстатус заявления\nподача заявления"],
        ["2.", PROCESS, "Телефон горячей линии", WRAPPED],
        ["3.", PROCESS, "Многофункциональный центр", "1. Подача заявления\n2. Консультация юриста"],
        ["4.", PROCESS, "Сайт министерства\nбумажная анкета", "Подача заявления"]]
WIDTHS_CM = (1.2, 3.8, 7.0, 10.8)


def word_file(path, rows, widths_cm=WIDTHS_CM):
    """A landscape .docx of one bordered table; a "\\n" in a cell starts a paragraph of its own."""
    d = WordDocument()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    d.add_paragraph("Перечень точек взаимодействия с клиентами")
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.autofit = False
    for col, w in zip(t.columns, widths_cm):        # the grid LibreOffice lays out by
        col.width = Cm(w)
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            cell = t.cell(i, j)
            cell.width = Cm(widths_cm[j])
            first, *rest = text.split("\n")
            cell.text = first
            for line in rest:
                cell.add_paragraph(line)
    d.save(path)
    return path


def _rows(doc):
    rows, _ = normalize_touchpoints("d", extract_touchpoints(doc)[0])
    return rows


@pytest.fixture(scope="module")
def pdf_doc(tmp_path_factory):
    if build.soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed: the PDF cannot be made")
    tmp = tmp_path_factory.mktemp("pdflines")
    pdf, = build.to_pdf([word_file(tmp / "lines.docx", ROWS)], tmp)
    return pdf_reader.read(pdf)


def test_short_lines_the_next_word_would_have_fitted_are_the_authors(pdf_doc):
    assert pdf_doc.cell_lines["информация о льготах статус заявления подача заявления"] == \
        "информация о льготах\nстатус заявления\nподача заявления"
    row = _rows(pdf_doc)[0]
    # run together, «информация о льготах статус заявления» read as one need (status alone)
    assert row["needs"] == ["information", "status", "submission"]
    assert row["interaction_raw"] == "информация о льготах статус заявления подача заявления"


def test_a_wrapped_cell_is_never_cut(pdf_doc):
    table = next(pdf_doc.tables())
    assert table.rows[2].cells[3].text == WRAPPED             # it did wrap: several lines in its cell
    assert WRAPPED not in pdf_doc.cell_lines


def test_an_item_mark_opens_a_written_line(pdf_doc):
    assert pdf_doc.cell_lines["1. Подача заявления 2. Консультация юриста"] == \
        "1. Подача заявления\n2. Консультация юриста"


def test_two_channels_written_one_a_line_are_two_touchpoints(pdf_doc):
    rows = [r for r in _rows(pdf_doc) if r["interaction_raw"] == "Подача заявления"]
    assert [r["touchpoint_raw"] for r in rows] == ["Сайт министерства", "бумажная анкета"]


def test_the_pdf_reads_as_the_word_file_does(pdf_doc, tmp_path):
    word = docx_reader.read(word_file(tmp_path / "w.docx", ROWS))
    assert [r["needs"] for r in _rows(pdf_doc)] == [r["needs"] for r in _rows(word)]


# -- Word's automatic capital ---------------------------------------------------------------

@pytest.mark.parametrize("before, after, joined", [
    ("Консультация по вопросам", "Предоставления услуги", True),     # a genitive the noun governs
    ("Официальный сайт", "Министерства здравоохранения", True),
    ("Получение справки", "Документов", True),                          # genitive plural only
    ("консультация юриста", "Запись на прием", False),                # a nominative heads a need
    ("Подача заявления", "Записи на прием", False),                   # nominative plural likely too
    ("Консультация по вопросам.", "Предоставления услуги", False),   # a stop ends the line
    ("Сайт министерства,", "Управления", False),                       # a comma lists the next apart
    ("Сайт", "МФЦ", False),                                            # an abbreviation
    ("Получение", "Информации", True),
    ("получить", "Информации", False),                                 # a verb above: no noun governs
    # an instrumental is a manner, a channel of its own; an adjective's case is its noun's
    ("Личный прием", "Почтовым отправлением", False),
    ("Личный прием", "Электронной почтой", False),
    ("Консультация по вопросам", "Государственной услуги", True),
    ("Консультация по телефону", "Горячей линии", True),            # «горячей» is no comparative here
])
def test_a_capital_carries_on_only_a_governed_oblique_case(before, after, joined):
    assert governed_capital(before, after) is joined
    assert continues(before, after) is joined


def test_channels_in_the_instrumental_one_a_line_stay_apart():
    lines = "Личный прием\nЭлектронной почтой\nПочтовым отправлением"
    assert channel_parts(" ".join(lines.split()), None, lines) == \
        ["Личный прием", "Электронной почтой", "Почтовым отправлением"]


def test_words_capital_at_a_cell_paragraph_is_no_new_need(tmp_path):
    rows = [HEAD, ["1.", PROCESS, "Официальный сайт министерства",
                   "Консультация по вопросам\nПредоставления услуги\nПодача заявления"]]
    doc = docx_reader.read(word_file(tmp_path / "cap.docx", rows))
    row = _rows(doc)[0]
    assert row["interaction_raw"] == "Консультация по вопросам Предоставления услуги Подача заявления"
    assert row["needs"] == ["consultation", "submission"]     # cut at the capital: «other» between
    # run together (no lines: converted text), the capital reads on as well
    assert split_needs("Консультация по вопросам Предоставления услуги") == \
        ("Консультация по вопросам Предоставления услуги",)
    assert split_needs("Консультация по вопросам" + WRITTEN_LINE + "Предоставления услуги") == \
        ("Консультация по вопросам Предоставления услуги",)
