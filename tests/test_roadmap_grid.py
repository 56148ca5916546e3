"""Roadmaps whose term is a grid of periods, and roadmaps in levels labelled by a word.

* «Срок выполнения» over one column per year, each year over its quarters, a mark in each
  quarter the measure runs: the term is the last marked quarter (its heading and its year),
  and the quarter columns are never the activity or the responsible.
* «Задача 2. …» as a full-width row over the measures «2.1», «2.2»: the section «2» heading
  them — not a line appended to the measure above."""
from __future__ import annotations

from datetime import date

from docx import Document as new_docx

from normalizers.deadlines import parse_deadline
from parsers.extract.roadmap import extract_roadmap
from parsers.extract.roadmap_levels import level_section
from parsers.formats import docx as docx_reader
from parsers.formats.text import parse_text

QUARTERS = ["I кв.", "II кв.", "III кв.", "IV кв."]
LEFT = ["№ п/п", "Мероприятие", "Ответственный"]
# (number, measure, responsible, quarter marks over two years)
ROWS = [("1.", "Провести анкетирование получателей мер поддержки", "Отдел социальных программ",
         ["+", "+", "", "", "", "", "", ""]),
        ("2.", "Обновить раздел официального сайта о мерах поддержки", "Пресс-служба",
         ["", "", "Х", "Х", "Х", "", "", ""]),
        ("3.", "Утвердить регламент работы с обращениями", "Правовой отдел",
         ["", "", "", "", "", "", "", "●"])]
WANT = [("Провести анкетирование получателей мер поддержки", "Отдел социальных программ", date(2026, 6, 30)),
        ("Обновить раздел официального сайта о мерах поддержки", "Пресс-служба", date(2027, 3, 31)),
        ("Утвердить регламент работы с обращениями", "Правовой отдел", date(2027, 12, 31))]


def _terms(doc) -> list[tuple[str, str, date | None]]:
    return [(r["activity"], r["responsible_raw"], parse_deadline(r["deadline_raw"] or "").date)
            for r in extract_roadmap(doc)]


def test_text_quarter_grid_under_years_gives_the_last_marked_quarter():
    lines = ["\t".join(LEFT + ["Срок выполнения"] + [""] * 7),
             "\t".join([""] * 3 + ["2026 год", "", "", "", "2027 год", "", "", ""]),
             "\t".join([""] * 3 + QUARTERS * 2),
             *("\t".join([n, a, w, *m]) for n, a, w, m in ROWS)]
    doc = parse_text("План мероприятий по внедрению клиентоцентричности\n\n" + "\n".join(lines) + "\n")
    assert _terms(doc) == WANT
    assert [r["deadline_raw"] for r in extract_roadmap(doc)] == ["II кв. 2026 год", "I кв. 2027 год", "IV кв. 2027 год"]


def _grid_docx(path):
    d = new_docx()
    t = d.add_table(rows=3 + len(ROWS), cols=11)
    for k, text in enumerate(LEFT):                     # the left headings merged down the three rows
        t.cell(0, k).merge(t.cell(2, k)).text = text
    t.cell(0, 3).merge(t.cell(0, 10)).text = "Срок выполнения"
    for y, year in enumerate(("2026 год", "2027 год")):
        t.cell(1, 3 + 4 * y).merge(t.cell(1, 6 + 4 * y)).text = year
        for q, label in enumerate(QUARTERS):
            t.cell(2, 3 + 4 * y + q).text = label
    for r, (n, a, w, m) in enumerate(ROWS, 3):
        for k, text in enumerate([n, a, w, *m]):
            t.cell(r, k).text = text
    d.save(path)
    return path


def test_docx_quarter_grid_under_merged_years(tmp_path):
    assert _terms(docx_reader.read(_grid_docx(tmp_path / "g.docx"))) == WANT


def _tasks_docx(path):
    d = new_docx()
    rows = [LEFT + ["Срок"], ["Задача 1. Изучение мнения заявителей"],
            ["1.1", "Провести опрос заявителей", "Отдел контроля", "март 2026 г."],
            ["Задача 2. Повышение доступности услуг"],
            ["2.1", "Открыть окно приёма в МФЦ", "Отдел услуг", "до 01.09.2026"]]
    t = d.add_table(rows=len(rows), cols=4)
    for r, row in enumerate(rows):
        if len(row) == 1:                                # a task: one cell spanning the table
            t.cell(r, 0).merge(t.cell(r, 3)).text = row[0]
            continue
        for k, text in enumerate(row):
            t.cell(r, k).text = text
    d.save(path)
    return path


def test_docx_task_rows_are_sections_heading_their_measures(tmp_path):
    recs = extract_roadmap(docx_reader.read(_tasks_docx(tmp_path / "t.docx")))
    assert [(r["item_no"], r["parent_no"], r["is_section"], r["activity"], r["deadline_raw"]) for r in recs] == [
        ("1", None, True, "Изучение мнения заявителей", None),
        ("1.1", "1", False, "Провести опрос заявителей", "март 2026 г."),
        ("2", None, True, "Повышение доступности услуг", None),
        ("2.1", "2", False, "Открыть окно приёма в МФЦ", "до 01.09.2026")]


def test_text_task_lines_are_sections_heading_their_measures():
    doc = parse_text("\n".join(["\t".join(LEFT + ["Срок"]), "**Цель 1: Изучение мнения заявителей**",
                                "1.1\tПровести опрос заявителей\tОтдел контроля\tмарт 2026 г."]) + "\n")
    recs = extract_roadmap(doc)
    assert [(r["item_no"], r["is_section"], r["activity"]) for r in recs] == [
        ("1", True, "Изучение мнения заявителей"), ("1.1", False, "Провести опрос заявителей")]


def test_level_words_need_a_number():
    assert level_section("Задача 3 – Обучение служащих") == ("3", "Обучение служащих")
    assert level_section("Задача: Обучение служащих") is None        # no number: heads nothing numbered
    assert level_section("Раздел 2. Кадры") is None                  # not a level word here


def test_one_year_grid_takes_its_year_from_the_heading_over_it():
    lines = ["\t".join(LEFT + ["Срок исполнения, 2026 год", "", "", ""]),
             "\t".join([""] * 3 + QUARTERS),
             "1.\tПровести опрос заявителей\tОтдел контроля\tV\tV\tV\t",
             "2.\tОбновить памятку для заявителей\tОтдел услуг\t\t\t\t+"]
    recs = extract_roadmap(parse_text("\n".join(lines) + "\n"))
    assert [(r["deadline_raw"], parse_deadline(r["deadline_raw"]).date) for r in recs] == [
        ("III кв. 2026", date(2026, 9, 30)), ("IV кв. 2026", date(2026, 12, 31))]
