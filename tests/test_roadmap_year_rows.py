"""Year headings over a plan's measures written otherwise than «2025 год»: «В 2025 году» as a plain line, «2024 г.»
as a full-width row in Word.  The measures' terms written without a year take the heading's (the contract: the year of
the innermost heading above naming one).  Plans invented here; values read from the contract (a period's last day)."""
from __future__ import annotations

from datetime import date

from docx import Document as new_docx

from parsers.extract.roadmap import extract_roadmap
from parsers.formats import docx as docx_reader
from parsers.formats.text import parse_text
from normalizers.roadmap_codes import code_roadmap
from textcore.dates import heads_period


def test_a_heading_names_a_period_bare_or_after_a_preposition():
    assert heads_period("2025 год") and heads_period("На 2026 год") and heads_period("В 2025 году")
    assert not heads_period("В целях реализации плана 2025") and not heads_period("Вовлечение 2025")


def _deadlines(recs):
    return [(r["item_no"], r["deadline"]) for r in code_roadmap(recs, 2025) if not r["is_section"]]


def test_text_plain_line_in_2025_godu_gives_its_year():
    text = ("План мероприятий («дорожная карта»)\n\n№\tМероприятие\tСрок\tОтветственный исполнитель\n"
            "В 2025 году\n1.\tОписать маршрут заявителя\tне позднее III квартала\tСидорова Е.В.\n"
            "В 2026 году\n2.\tЗапустить чат-бот\tдо 15 марта\tБыков П.А.\n")
    assert _deadlines(extract_roadmap(parse_text(text))) == [("1", date(2025, 9, 30)), ("2", date(2026, 3, 15))]


def test_docx_full_width_row_2024_g(tmp_path):
    d = new_docx()
    d.add_paragraph("План мероприятий («дорожная карта»)")
    t = d.add_table(rows=4, cols=3)
    for c, text in enumerate(("№", "Мероприятие", "Срок")):
        t.cell(0, c).text = text
    rows = (("2024 г.",), ("1.", "Описать маршрут заявителя", "декабрь"), ("2.", "Запустить чат-бот", "II полугодие"))
    for r, cells in enumerate(rows, 1):
        if len(cells) == 1:
            t.cell(r, 0).merge(t.cell(r, 2)).text = cells[0]
        else:
            for c, text in enumerate(cells):
                t.cell(r, c).text = text
    d.save(tmp_path / "p.docx")
    recs = extract_roadmap(docx_reader.read(tmp_path / "p.docx"))
    assert _deadlines(recs) == [("1", date(2024, 12, 31)), ("2", date(2024, 12, 31))]
