"""A channel matrix: channels as sub-columns under «Каналы взаимодействия», a mark in each
channel a process is served through; one touchpoint per marked channel, each with the row's
process and needs (parsers/tables/header_rows.split_marks).  Written here in the form
such lists use; the wording is this file's own."""
from __future__ import annotations

import pytest
from docx import Document as new_docx

from parsers.extract.touchpoints import extract_touchpoints
from parsers.formats import docx as docx_reader
from parsers.formats import pdf as pdf_reader
from parsers.formats.text import read as read_text
from tests.fixtures import build

CHANNELS = ["Единый портал государственных услуг", "Официальный сайт", "Телефон", "Личный прием"]
ROWS = [["1", "Выдача лицензии", "+", "+", "", "+", "Подача заявления"],
        ["2", "Рассмотрение обращений", "", "✓", "✓", "", "Направление обращения"],
        ["3", "Проведение проверок", "", "", "", "да", "Представление документов"]]
WANT = [("Выдача лицензии", "Единый портал государственных услуг", "Подача заявления"),
        ("Выдача лицензии", "Официальный сайт", "Подача заявления"),
        ("Выдача лицензии", "Личный прием", "Подача заявления"),
        ("Рассмотрение обращений", "Официальный сайт", "Направление обращения"),
        ("Рассмотрение обращений", "Телефон", "Направление обращения"),
        ("Проведение проверок", "Личный прием", "Представление документов")]


def _docx(path, rows=ROWS, merge_down=()):
    """The matrix in Word; `merge_down`: body rows whose channel cells are each merged with
    the row below's (one mark spanning two processes)."""
    d = new_docx()
    d.add_paragraph("Перечень точек взаимодействия")
    t = d.add_table(rows=2 + len(rows), cols=7)
    t.style = "Table Grid"
    for j, text in ((0, "№"), (1, "Наименование процесса"), (2, "Каналы взаимодействия"), (6, "Потребность клиента")):
        t.cell(0, j).text = text
    t.cell(0, 2).merge(t.cell(0, 5))
    for j in (0, 1, 6):
        t.cell(0, j).merge(t.cell(1, j))
    for j, channel in enumerate(CHANNELS, start=2):
        t.cell(1, j).text = channel
    for i, row in enumerate(rows, start=2):
        for j, text in enumerate(row):
            if text:
                t.cell(i, j).text = text
    for i in merge_down:
        for j in range(2, 6):
            t.cell(2 + i, j).merge(t.cell(3 + i, j))
    d.save(path)
    return path


def _records(doc):
    return [(r["process"], r["touchpoint_raw"], r["interaction_raw"]) for r in extract_touchpoints(doc)[0]]


def test_docx_channel_matrix(tmp_path):
    assert _records(docx_reader.read(_docx(tmp_path / "m.docx"))) == WANT


def test_converted_text_channel_matrix(tmp_path):
    lines = ["№\tНаименование процесса\tКаналы взаимодействия\t\t\t\tПотребность клиента",
             "\t\t" + "\t".join(CHANNELS) + "\t", *("\t".join(r) for r in ROWS)]
    (tmp_path / "m.txt").write_text("Перечень точек взаимодействия\n\n" + "\n".join(lines) + "\n", encoding="utf-8")
    assert _records(read_text(tmp_path / "m.txt")) == WANT


def test_text_sub_columns_stay_one_touchpoint(tmp_path):
    """Sub-columns holding text («цифровые» | «офлайн») are no matrix: one touchpoint a row."""
    lines = ["№\tПроцесс\tТочки взаимодействия\t\tПотребность клиента",
             "\t\tцифровые\tофлайн\t", "1\tВыдача лицензии\tОфициальный сайт\t\tПодача заявления"]
    (tmp_path / "s.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert _records(read_text(tmp_path / "s.txt")) == [("Выдача лицензии", "Официальный сайт", "Подача заявления")]


def test_pdf_channel_matrix(tmp_path):
    if build.soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed: the PDF cannot be made")
    pdf, = build.to_pdf([_docx(tmp_path / "m.docx")], tmp_path)
    assert _records(pdf_reader.read(pdf)) == WANT


def _matrix_docx(path, rows, merge_down=()):
    return docx_reader.read(_docx(path, rows, merge_down))


def _needs(doc):
    return [(r["touchpoint_raw"], r["interaction_raw"]) for r in extract_touchpoints(doc)[0]]


def test_a_continuation_row_goes_on_every_channel_of_the_row_above(tmp_path):
    rows = [ROWS[0], ["", "", "", "", "", "", "Получение результата"], ROWS[1]]
    lines = ["№\tНаименование процесса\tКаналы взаимодействия\t\t\t\tПотребность клиента",
             "\t\t" + "\t".join(CHANNELS) + "\t", *("\t".join(r) for r in rows)]
    (tmp_path / "c.txt").write_text("Перечень точек взаимодействия\n\n" + "\n".join(lines) + "\n", encoding="utf-8")
    both = "Подача заявления. Получение результата"   # continuation cells join as sentences
    want = [(CHANNELS[0], both), (CHANNELS[1], both), (CHANNELS[3], both),
            (CHANNELS[1], "Направление обращения"), (CHANNELS[2], "Направление обращения")]
    assert _needs(_matrix_docx(tmp_path / "c.docx", rows)) == want
    assert _needs(read_text(tmp_path / "c.txt")) == want


def test_marks_merged_down_give_the_next_process_every_channel_above(tmp_path):
    rows = [ROWS[0], ["2", "Рассмотрение обращений", "", "", "", "", "Направление обращения"]]
    recs = extract_touchpoints(_matrix_docx(tmp_path / "m.docx", rows, merge_down=[0]))[0]
    assert [(r["process"], r["touchpoint_raw"]) for r in recs] == [
        ("Выдача лицензии", CHANNELS[0]), ("Выдача лицензии", CHANNELS[1]), ("Выдача лицензии", CHANNELS[3]),
        ("Рассмотрение обращений", CHANNELS[0]), ("Рассмотрение обращений", CHANNELS[1]),
        ("Рассмотрение обращений", CHANNELS[3])]


def test_each_mark_cell_is_read_once_a_row(tmp_path, monkeypatch):
    """A matrix row's marks are taken in the same pass that reads its value: each of its cells
    is asked whether it is a mark once, not once for the value and again for the marks."""
    from parsers.tables import header_rows
    calls = [0]
    is_mark = header_rows.is_mark

    def counted(text):
        calls[0] += 1
        return is_mark(text)
    monkeypatch.setattr(header_rows, "is_mark", counted)
    counts = []
    for n in (1, 41):
        rows = [[str(i), f"Выдача лицензии {i}", "+", "+", "", "+", "Подача заявления"] for i in range(1, n + 1)]
        lines = ["№\tНаименование процесса\tКаналы взаимодействия\t\t\t\tПотребность клиента",
                 "\t\t" + "\t".join(CHANNELS) + "\t", *("\t".join(r) for r in rows)]
        (tmp_path / f"{n}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        doc = read_text(tmp_path / f"{n}.txt")
        calls[0] = 0
        assert len(extract_touchpoints(doc)[0]) == 3 * n
        counts.append(calls[0])
    assert (counts[1] - counts[0]) / 40 <= 3          # three marked cells a row, one question each
