"""A cell's paragraphs and line breaks its author wrote reach the needs and channel splitters
(parsers/formats/docx.py → Document.cell_lines → parsers/extract/cell_lines.py → the raw
record's `interaction_lines`/`touchpoint_lines` → pipeline/run/normalize.py), while the raw text
columns stay one line as before; a line reading on from the one above stays with it
(normalizers/line_joins.py); a line wrapped by a renderer (PDF) is no evidence.

The cells are this file's own, composed from the needs and channels of docs/dataset.md."""
from __future__ import annotations

import pytest
from docx import Document as WordDocument

from normalizers.channel_split import channel_parts
from normalizers.line_joins import continues
from normalizers.need_split import WRITTEN_LINE
from normalizers.needs import split_needs
from parsers.extract.touchpoints import extract_touchpoints
from parsers.formats import docx as docx_reader
from parsers.formats import pdf as pdf_reader
from pipeline.run.normalize import normalize_touchpoints
from tests.fixtures import build
from tests.fixtures.grid_docx import grid_docx

HEAD = ["№ п/п", "Наименование процесса", "Точка взаимодействия", "Вид точки", "Потребности клиента"]
PROCESS = "Предоставление мер социальной поддержки"
ROWS = [HEAD,
        ["1.", PROCESS, "Официальный сайт министерства", "цифровая",
         "информация о льготах\nстатус заявления\nконсультация юриста"],
        ["2.", PROCESS, "бумажная анкета\nбухгалтерия", "офлайн", "Получение информации о\nходе рассмотрения заявления"],
        ["3.", PROCESS, "Сайт министерства\nв сети Интернет", "цифровая", "Подача заявления\nчерез портал"]]


def _rows(doc):
    rows, _ = normalize_touchpoints("d", extract_touchpoints(doc)[0])
    return rows


@pytest.fixture(scope="module")
def word(tmp_path_factory):
    return grid_docx(tmp_path_factory.mktemp("paras") / "p.docx", ROWS, "Перечень точек взаимодействия с клиентами")


def test_three_need_paragraphs_are_three_needs_and_the_raw_text_stays_one_line(word):
    row = _rows(docx_reader.read(word))[0]
    # run together, «информация о льготах статус заявления» read as one need (status alone)
    assert row["needs"] == ["information", "status", "consultation"]
    assert row["interaction_raw"] == "информация о льготах статус заявления консультация юриста"


def test_two_channels_on_lines_of_one_cell_are_two_touchpoints(word):
    rows = _rows(docx_reader.read(word))
    assert [r["touchpoint_raw"] for r in rows[1:3]] == ["бумажная анкета", "бухгалтерия"]
    assert rows[1]["channel"] != rows[2]["channel"]
    assert rows[1]["needs"] == rows[2]["needs"]


def test_a_line_reading_on_from_the_one_above_stays_with_it(word):
    rows = _rows(docx_reader.read(word))
    assert rows[1]["interaction_raw"] == "Получение информации о ходе рассмотрения заявления"
    assert rows[1]["needs"] == ["status"]
    assert [r["touchpoint_raw"] for r in rows[3:]] == ["Сайт министерства в сети Интернет"]
    assert rows[3]["needs"] == ["submission"]


def test_a_line_break_counts_a_page_break_does_not(tmp_path):
    d = WordDocument()
    t = d.add_table(rows=1, cols=2)
    run = t.cell(0, 0).paragraphs[0].add_run("бумажная анкета")
    run.add_break()
    run.add_text("бухгалтерия")
    from docx.enum.text import WD_BREAK
    run = t.cell(0, 1).paragraphs[0].add_run("статус заявления")
    run.add_break(WD_BREAK.PAGE)
    run.add_text("консультация юриста")
    d.save(tmp_path / "b.docx")
    doc = docx_reader.read(tmp_path / "b.docx")
    assert [c.text for c in doc.blocks[0].rows[0].cells] == ["бумажная анкета бухгалтерия",
                                                              "статус заявления консультация юриста"]
    assert doc.cell_lines == {"бумажная анкета бухгалтерия": "бумажная анкета\nбухгалтерия"}


@pytest.mark.parametrize("before, after, joined", [
    ("Получение информации о", "ходе рассмотрения", True),            # a preposition ends the line
    ("Подача заявления", "через портал", True),                        # one opens the next
    ("Получение информации о ходе", "рассмотрения заявления", True),   # an oblique case cannot head a need
    ("получение справки", "запись на прием", False),                   # a nominative heads one
    ("узнать статус", "получить ответ", False),                         # an infinitive too
    ("Статус заявления.", "о ходе рассмотрения", False),               # a stop ends the line
    ("консультация юриста", "Запись на прием", False),                 # a capital opens a line
    # the line above waits for its object, whatever opens the next: a law's number, a year, a name
    ("Консультация по", "44-ФЗ", True),
    ("Справка о доходах за", "2025 год", True),
    ("Получение информации о", "«Едином окне»", True),
    ("Запись на приём", "(по телефону)", True),                       # a bracket glosses the line above
    ("Разъяснение положений", "210-ФЗ", True),                         # a law's number names no need
    ("Сайт министерства", "1. Телефон горячей линии", False),         # an item's number opens a line
    ("Сайт министерства", "2) Телефон горячей линии", False),
    ("Сайт министерства,", "«Госуслуги»", False),                      # a comma lists the next apart
])
def test_a_line_continues_where_the_join_reads_as_one_phrase(before, after, joined):
    assert continues(before, after) is joined


def test_the_splitters_keep_todays_reading_without_written_lines():
    cell = "информация о льготах статус заявления"
    assert split_needs(cell.replace(" статус", WRITTEN_LINE + "статус")) == ("информация о льготах", "статус заявления")
    assert len(split_needs(cell)) == 1
    assert channel_parts("бумажная анкета бухгалтерия") == ["бумажная анкета бухгалтерия"]
    # a line of a contact stays with its channel
    assert channel_parts("Телефон горячей линии 8 (3822) 00-00-01", None,
                         "Телефон горячей линии\n8 (3822) 00-00-01") == ["Телефон горячей линии 8 (3822) 00-00-01"]


def test_pdf_lines_are_evidence_only_where_the_author_wrote_them(word, tmp_path):
    """The renderer's wrapped lines of a PDF cell are not the author's: a line is carried only where
    the next line's first word would have fitted on it (parsers/formats/pdf_cell_lines.py), so every
    lined cell is one the Word file wrote so (this one's columns are narrow: some written lines are
    full, no evidence there)."""
    if build.soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed: the PDF cannot be made")
    pdf, = build.to_pdf([word], tmp_path)
    doc = pdf_reader.read(pdf)
    written = docx_reader.read(word).cell_lines
    assert doc.cell_lines and all(written.get(text) == lined for text, lined in doc.cell_lines.items())
    rows = _rows(doc)
    assert rows[0]["interaction_raw"] == "информация о льготах статус заявления консультация юриста"
    assert "бумажная анкета бухгалтерия" in [r["touchpoint_raw"] for r in rows]   # a full line: no evidence


def test_a_web_page_cell_of_paragraphs_and_line_breaks(tmp_path):
    """A web page's cell: its <p> and <br> are its author's lines; a line break in the markup's source is none."""
    from parsers.formats import html as html_reader
    cells = [["<p>информация о льготах</p><p>статус заявления</p>", "бумажная анкета<br>бухгалтерия",
              "Официальный сайт\nминистерства"]]
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in cells)
    path = tmp_path / "p.html"
    path.write_text(f"<html><body><p>Перечень</p><table>{body}</table></body></html>", encoding="utf-8")
    doc = html_reader.read(path)
    table = next(doc.tables())
    assert table.rows[0].texts == ["информация о льготах статус заявления", "бумажная анкета бухгалтерия",
                                   "Официальный сайт министерства"]
    assert doc.cell_lines == {"информация о льготах статус заявления": "информация о льготах\nстатус заявления",
                              "бумажная анкета бухгалтерия": "бумажная анкета\nбухгалтерия"}


@pytest.mark.parametrize("lines, phrases", [
    # a cut word's dot ends its line and stays with the word: no full stop, yet the author's line
    (["бланк заявл.", "подача"], ("бланк заявл.", "подача")),
    (["- бланк заявл.", "- подача", "- получ. разреш."], ("бланк заявл.", "подача", "получ. разреш.")),
    # after a cut word the next line still reads on where its word cannot head a phrase
    (["получение конс.", "юриста"], ("получение конс. юриста",)),
    (["Скачать,", "заполнить и отправить форму"], ("Скачать, заполнить и отправить форму",)),
])
def test_written_lines_of_a_needs_cell(lines, phrases):
    assert split_needs(WRITTEN_LINE.join(lines)) == phrases


@pytest.mark.parametrize("lines, parts", [
    ("Мобильное приложение\nГосуслуги", ["Мобильное приложение Госуслуги"]),   # a name naming what the line above is
    ("Портал\nГосуслуги", ["Портал Госуслуги"]),
    ("Официальный сайт\nМинистерства социальной защиты", ["Официальный сайт Министерства социальной защиты"]),
    ("Электронная почта\ninfo@min.ru", ["Электронная почта info@min.ru"]),         # its address
    ("Электронная почта\nE-mail: info@min.ru", ["Электронная почта E-mail: info@min.ru"]),   # labelled
    ("Официальный сайт\nЧат-бот: t.me/minsoc_bot", ["Официальный сайт", "Чат-бот: t.me/minsoc_bot"]),
    ("Официальный сайт министерства\nГруппа ВКонтакте", ["Официальный сайт министерства", "Группа ВКонтакте"]),
])
def test_written_lines_of_a_channel_cell(lines, parts):
    assert channel_parts(" ".join(lines.split()), None, lines) == parts


def test_thousands_of_written_lines_read_as_they_should():
    """The hostile inputs of benchmarks/bench_hostile_inputs.py (their time is that script's): lines
    ending on a preposition read on into one phrase; lines each naming a channel are a part each."""
    assert len(split_needs(WRITTEN_LINE.join(["ходе рассмотрения заявления о"] * 300))) == 1
    lines = "\n".join(["сайт министерства"] * 300)
    assert channel_parts(" ".join(lines.split()), None, lines) == ["сайт министерства"] * 300


def test_the_same_words_written_otherwise_in_another_cell_are_no_evidence(tmp_path):
    """Document.cell_lines is keyed by a cell's text: where another cell holds the same words on one
    line, or broken elsewhere, neither cell's breaks are told (the one-line cell is not split by
    the other's lines); a cell whose words no other cell repeats keeps its lines."""
    from parsers.formats import html as html_reader
    rows = [HEAD, ["1.", PROCESS, "бумажная анкета\nбухгалтерия", "офлайн", "статус заявления"],
            ["2.", PROCESS, "бумажная анкета бухгалтерия", "офлайн", "статус заявления"],
            ["3.", PROCESS, "Сайт министерства", "цифровая", "информация о льготах\nстатус заявления"],
            ["4.", PROCESS, "Сайт министерства", "цифровая", "информация о\nльготах статус заявления"],
            ["5.", PROCESS, "Сайт министерства", "цифровая", "подача заявления\nконсультация юриста"]]
    doc = docx_reader.read(grid_docx(tmp_path / "d.docx", rows, "Перечень точек взаимодействия с клиентами"))
    assert doc.cell_lines == {"подача заявления консультация юриста": "подача заявления\nконсультация юриста"}
    # the second row's one-line cell read as it was before lines were read: one touchpoint
    assert [r["touchpoint_raw"] for r in _rows(doc)[:2]] == ["бумажная анкета бухгалтерия"] * 2
    cells = ["бумажная анкета<br>бухгалтерия", "бумажная анкета бухгалтерия", "<p>статус</p><p>заявления подан</p>",
             "статус<br>заявления<br>подан", "сайт<br>министерства"]
    path = tmp_path / "p.html"
    path.write_text("<html><body><p>Перечень</p><table>" + "".join(f"<tr><td>{c}</td></tr>" for c in cells)
                    + "</table></body></html>", encoding="utf-8")
    assert html_reader.read(path).cell_lines == {"сайт министерства": "сайт\nминистерства"}


@pytest.mark.parametrize("place", ["каб. 305", "кабинет № 12", "ул. Ленина, д. 5, каб. 12"])
def test_a_line_that_is_only_a_room_or_an_address_stays_with_the_channel_above(place):
    """«кабинет» heads a channel of its own in running text; a line holding nothing but a room or an
    address is where the channel above is open (normalizers/channel_places.py), no second touchpoint."""
    lines = f"Личный приём граждан\n{place}\nпн-пт с 9.00 до 18.00"
    assert channel_parts(" ".join(lines.split()), None, lines) == [" ".join(lines.split())]
    # a line naming a channel of its own, with its room, still starts one
    lines = f"Личный приём граждан\nЭлектронная почта министерства\n{place}"
    assert channel_parts(" ".join(lines.split()), None, lines) == ["Личный приём граждан",
                                                                   f"Электронная почта министерства {place}"]
