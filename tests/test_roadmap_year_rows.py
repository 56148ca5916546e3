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


def _docx_plan(tmp_path, rows) -> list[dict]:
    """A Word plan of three columns under its header; a row of one cell spans the table."""
    d = new_docx()
    d.add_paragraph("План мероприятий («дорожная карта»)")
    rows = (("№", "Мероприятие", "Срок"), *rows)
    t = d.add_table(rows=len(rows), cols=3)
    for r, cells in enumerate(rows):
        if len(cells) == 1:
            t.cell(r, 0).merge(t.cell(r, 2)).text = cells[0]
        else:
            for c, text in enumerate(cells):
                t.cell(r, c).text = text
    d.save(tmp_path / "p.docx")
    return extract_roadmap(docx_reader.read(tmp_path / "p.docx"))


def test_docx_full_width_row_2024_g(tmp_path):
    recs = _docx_plan(tmp_path, (("2024 г.",), ("1.", "Описать маршрут заявителя", "декабрь"),
                                 ("2.", "Запустить чат-бот", "II полугодие")))
    assert _deadlines(recs) == [("1", date(2024, 12, 31)), ("2", date(2024, 12, 31))]


def test_docx_full_width_sentence_opening_with_a_year_heads_nothing(tmp_path):
    # a note row across the table that opens «В 2025 году …» is a sentence, not a year heading: the measure under it
    # keeps the year of the heading above (2024), and no heading carries the sentence
    note = ("В 2025 году мероприятия плана финансируются за счёт средств областного бюджета в пределах лимитов "
            "бюджетных обязательств, доведённых до министерства на соответствующий финансовый год")
    recs = _docx_plan(tmp_path, (("2024 г.",), ("1.", "Описать маршрут заявителя", "декабрь"), (note,),
                                 ("2.", "Запустить чат-бот", "II полугодие")))
    assert _deadlines(recs) == [("1", date(2024, 12, 31)), ("2", date(2024, 12, 31))]
    assert not any("финансируются" in h for r in recs for h in r["headings"])
