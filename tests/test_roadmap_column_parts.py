"""A roadmap printed in two parts by columns (`tables.column_parts`): the second part repeats «№» and the item
numbers beside the columns the first lacks.  Its own first row may read like a row of graph numbers («1.» | «4» |
«»: item 1, the legend's person 4, no result yet) and is still a row; its header may have a row more than the first part's (a group
heading over a column per person, marks in the cells of an item's people).  Expectations read from the plans."""
from __future__ import annotations

from docx import Document as new_docx

from normalizers.roadmap_codes import code_roadmap
from parsers.extract.roadmap import extract_roadmap
from parsers.formats import docx as docx_reader
from parsers.formats.text import parse_text

TITLE = "План мероприятий («дорожная карта») по внедрению клиентоцентричности"
CAPTION = "Окончание таблицы (графы 1, 4, 5)"
FIRST = [["№", "Мероприятие", "Срок"], ["1", "2", "3"],
         ["1.", "Провести опрос заявителей о качестве приёма", "до 01.03.2026"],
         ["2.", "Обновить памятки для посетителей", "май 2026 г."],
         ["3.", "Обучить сотрудников приёмной", "до 01.10.2026"]]
SECOND = [["№", "Исполнитель", "Результат"], ["1", "4", "5"],
          ["1.", "4", ""], ["2.", "5", "Памятки"], ["3.", "Отдел кадров", "Обучение"]]
TERMS = ["2026-03-01", "2026-05-31", "2026-10-01"]


def _read(recs):
    return [(r["item_no"], r["deadline"] and r["deadline"].isoformat(), r["responsible_raw"], r["deliverable"])
            for r in code_roadmap(recs)]


def _text(*tables, after=()):
    lines = [TITLE, ""]
    for n, t in enumerate(tables):
        lines += ["", CAPTION, ""] if n else []
        lines += ["\t".join(r) for r in t]
    return extract_roadmap(parse_text("\n".join(lines + ["", *after]) + "\n"))


def _docx(tmp_path, *tables, merged_top=None):
    d = new_docx()
    d.add_paragraph(TITLE)
    for n, t in enumerate(tables):
        if n:
            d.add_paragraph(CAPTION)
        grid = d.add_table(rows=len(t), cols=len(t[0]))
        for r, row in enumerate(t):
            for c, text in enumerate(row):
                if text:
                    grid.cell(r, c).text = text
        if n and merged_top:           # the group heading over its columns, the others merged down
            first, last = merged_top
            grid.cell(0, first).merge(grid.cell(0, last))
            for c in [0, last + 1]:
                grid.cell(0, c).merge(grid.cell(1, c))
    d.save(tmp_path / "p.docx")
    return extract_roadmap(docx_reader.read(tmp_path / "p.docx"))


WANT = [("1", TERMS[0], "4", None), ("2", TERMS[1], "5", "Памятки"), ("3", TERMS[2], "Отдел кадров", "Обучение")]


def test_a_first_row_like_graph_numbers_is_a_row_text():
    assert _read(_text(FIRST, SECOND)) == WANT


def test_a_first_row_like_graph_numbers_is_a_row_docx(tmp_path):
    assert _read(_docx(tmp_path, FIRST, SECOND)) == WANT


# the second part headed in two rows: «Ответственные» over a column per person, a mark in the item's people's
PEOPLE = [["№", "Ответственные", "", "Результат"], ["", "Советник министра Кузнецова О.В.", "Начальник отдела Тимофеев А.Н.",
                                                     ""],
          ["1", "4", "5", "6"],
          ["1.", "✓", "", "Справка"], ["2.", "", "+", "Памятки"], ["3.", "✓", "+", "Обучение"]]
WANT_PEOPLE = [["Кузнецова О.В."], ["Тимофеев А.Н."], ["Кузнецова О.В.", "Тимофеев А.Н."]]


def test_a_second_part_headed_over_person_columns_text():
    recs = code_roadmap(_text(FIRST, PEOPLE))
    assert [r["responsible_names"] for r in recs] == WANT_PEOPLE
    assert [r["deliverable"] for r in recs] == ["Справка", "Памятки", "Обучение"]
    assert [r["deadline"].isoformat() for r in recs] == TERMS


def test_a_second_part_headed_over_person_columns_docx(tmp_path):
    recs = code_roadmap(_docx(tmp_path, FIRST, PEOPLE, merged_top=(1, 2)))
    assert [r["responsible_names"] for r in recs] == WANT_PEOPLE
    assert [r["deliverable"] for r in recs] == ["Справка", "Памятки", "Обучение"]


def test_graph_numbers_printed_again_at_a_page_break_are_no_row():
    first = FIRST[:4] + [FIRST[1]] + FIRST[4:]          # «1 2 3» again before item 3
    assert _read(_text(first, SECOND)) == WANT


def test_a_first_row_like_graph_numbers_with_no_graph_row_above_text():
    """No row of graph numbers under either part's header: the second part's first row «1.» | «4» | «» is item
    1's (the legend's 4, no result yet), lined up with the first part's rows."""
    first, second = [FIRST[0]] + FIRST[2:], [SECOND[0]] + SECOND[2:]
    assert _read(_text(first, second)) == WANT
