"""A heading's year is its measures' year only where the heading names the PERIOD of the work («2025
год», «На 2026 г.», «I этап (2025 год)»), not the object an activity works on («Подготовка отчёта за
2024 год», «Итоги 2024 года», «Разработка плана на 2026 год»); and a group row naming the period
heads the numbered sections below it, up to the next such row."""
from __future__ import annotations

from datetime import date

import pytest
from docx import Document as new_docx

from normalizers.roadmap_codes import code_roadmap, heading_year
from parsers.extract.roadmap import extract_roadmap
from parsers.formats import docx as docx_reader
from parsers.formats.text import parse_text
from pipeline.run.normalize import roadmap_review


@pytest.mark.parametrize("heading, year", [
    ("2025 год", 2025), ("На 2026 г.", 2026), ("I этап (2025 год)", 2025), ("Этап 2 — 2026 год", 2026),
    ("Мероприятия 2025 года", 2025), ("Мероприятия, реализуемые в 2025 году", 2025),
    ("План мероприятий на 2026 год", 2026),            # the plan's own period: «на» after the measures
    ("I квартал 2025 года", 2025),
])
def test_a_period_of_work_gives_the_year(heading, year):
    assert heading_year([[heading, False]]) == year


@pytest.mark.parametrize("heading", [
    "Подготовка отчёта за 2024 год", "Итоги 2024 года", "Разработка плана на 2026 год",
    "Доклад о 2024 годе", "Подведение итогов работы за 2024 год", "Результаты 2024 года",
])
def test_an_activitys_object_gives_no_year_and_the_outer_period_stands(heading):
    assert heading_year([[heading, False]]) is None
    assert heading_year([["2025 год", False], [heading, False]]) == 2025


HEAD = ["№ п/п", "Наименование мероприятия", "Срок исполнения", "Ответственный исполнитель"]
ROWS = [["2026 год"],
        ["1.", "Подготовка отчёта за 2025 год", "", ""],
        ["1.1.", "Сбор сведений от подразделений", "до 1 марта", "отдел кадров"],
        ["1.2.", "Направление отчёта в Правительство области", "апрель", "заместитель министра"],
        ["2.", "Итоги 2025 года", "", ""],
        ["2.1.", "Обсуждение итогов на коллегии министерства", "II квартал", "министр"]]
# read from the rows: the items' terms in the group row's year, 2026, never the subject's 2025
WANT = [("1", None), ("1.1", date(2026, 3, 1)), ("1.2", date(2026, 4, 30)), ("2", None),
        ("2.1", date(2026, 6, 30))]


def _text(rows) -> str:
    lines = ["\t".join(HEAD)] + [f"**{r[0]}**" if len(r) == 1 else "\t".join(r) for r in rows]
    return "План мероприятий («дорожная карта»)\n\n" + "\n".join(lines) + "\n"


def test_text_group_row_heads_the_numbered_sections_whose_subject_year_is_not_theirs():
    rows = code_roadmap(extract_roadmap(parse_text(_text(ROWS))))
    assert [(r["item_no"], r["deadline"]) for r in rows] == WANT


def test_docx_group_row_heads_the_numbered_sections(tmp_path):
    d = new_docx()
    d.add_paragraph("План мероприятий («дорожная карта») по повышению качества обслуживания")
    t = d.add_table(rows=len(ROWS) + 1, cols=len(HEAD))
    for r, row in enumerate([HEAD] + ROWS):
        if len(row) == 1:
            t.cell(r, 0).merge(t.cell(r, len(HEAD) - 1)).text = row[0]
        for c, text in enumerate(row if len(row) > 1 else []):
            t.cell(r, c).text = text
    d.save(tmp_path / "plan.docx")
    rows = code_roadmap(extract_roadmap(docx_reader.read(tmp_path / "plan.docx")))
    assert [(r["item_no"], r["deadline"]) for r in rows] == WANT


def test_a_subject_year_alone_dates_nothing_and_a_person_is_asked():
    rows = code_roadmap(extract_roadmap(parse_text(_text(ROWS[1:4]))))
    assert [(r["item_no"], r["deadline"]) for r in rows] == [("1", None), ("1.1", None), ("1.2", None)]
    assert sorted(r["text_raw"] for r in roadmap_review("d", rows)) == ["апрель", "до 1 марта"]
