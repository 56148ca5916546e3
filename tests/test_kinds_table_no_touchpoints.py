"""A procedure's lists in an appendix table, a list a column («Направление деятельности |
Цифровые каналы | Офлайн-каналы | Потребности клиентов»): its columns are list kinds, none a
process, so it is the procedure's lists and never a touchpoint list (parsers/extract/
touchpoints.py, kindtable.column_kinds).  Composed here in that form; the wording is this
file's own."""
from __future__ import annotations

from docx import Document as new_docx

from parsers.extract.touchpoints import extract_touchpoints
from parsers.formats import docx as docx_reader

HEAD = ["Направление деятельности", "Цифровые каналы", "Офлайн-каналы", "Потребности клиентов"]
BODY = [["Охрана труда", "Официальный сайт", "Личный прием", "Получение консультации"],
        ["Содействие занятости", "Электронная почта", "", "Подача заявления"]]

WANT = [("Охрана труда", "Официальный сайт"), ("Охрана труда", "Личный прием"),
        ("Содействие занятости", "Электронная почта")]


def _docx(path, head):
    d = new_docx()
    d.add_paragraph("Приложение к Порядку ведения перечня точек взаимодействия")
    t = d.add_table(rows=1 + len(BODY), cols=len(head))
    for r, row in enumerate([head] + BODY):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    d.save(path)
    return docx_reader.read(path)


def test_a_kinds_table_gives_no_touchpoints(tmp_path):
    records, _ = extract_touchpoints(_docx(tmp_path / "a.docx", HEAD))
    assert records == []


def test_a_list_with_a_process_column_keeps_its_touchpoints(tmp_path):
    """The same columns with the process named first: a touchpoint list (channels split by kind)."""
    head = ["Наименование процесса"] + HEAD[1:]
    records, _ = extract_touchpoints(_docx(tmp_path / "b.docx", head))
    # a row filling both kind columns gives each column's channels as points of its kind (h13touch)
    assert [(r["process"], r["touchpoint_raw"]) for r in records] == WANT


def test_a_process_heading_a_kind_word_also_names_keeps_its_touchpoints(tmp_path):
    """«Процесс взаимодействия с клиентом» reads as a list kind too (the lead-in vocabulary's
    «взаимодействие»), yet the touchpoint list's header maps it to the process: a list, not
    a procedure's kinds table."""
    head = ["Процесс взаимодействия с клиентом"] + HEAD[1:]
    records, _ = extract_touchpoints(_docx(tmp_path / "c.docx", head))
    assert [(r["process"], r["touchpoint_raw"]) for r in records] == WANT
