"""Roadmap terms written in period columns: a month grid marked with any mark character (a square, an
asterisk as well as «+»), and a column per year holding the period without its year («III кв.»,
«до 15 марта», «ноябрь»): the term is that period in the column's year."""
from __future__ import annotations

from datetime import date

import pytest
from docx import Document as new_docx

from normalizers.deadlines import parse_deadline
from parsers.extract.roadmap import extract_roadmap
from parsers.formats import docx as docx_reader
from parsers.formats.text import parse_text

MONTHS = ["янв.", "февр.", "март", "апр.", "май", "июнь", "июль", "авг.", "сент.", "окт.", "нояб.", "дек."]
LEFT = ["№ п/п", "Мероприятие", "Ответственный"]
MEASURES = [("1.", "Опросить посетителей приёмной", "Отдел обращений"),
            ("2.", "Переработать памятку для заявителей", "Отдел выплат")]
SPANS = [(1, 3), (10, 10)]                 # months run, first and last (0-based)


def _terms(doc) -> list[tuple[str, str, date | None]]:
    return [(r["activity"], r["responsible_raw"], parse_deadline(r["deadline_raw"] or "").date)
            for r in extract_roadmap(doc)]


WANT_GRID = [("Опросить посетителей приёмной", "Отдел обращений", date(2026, 4, 30)),
             ("Переработать памятку для заявителей", "Отдел выплат", date(2026, 11, 30))]


@pytest.mark.parametrize("mark", ["■", "▪", "*", "+"])
def test_text_month_grid_with_any_mark(mark):
    lines = ["\t".join(LEFT + ["Срок выполнения, 2026 год"] + [""] * 11), "\t".join([""] * 3 + MONTHS)]
    for (n, a, w), (lo, hi) in zip(MEASURES, SPANS):
        lines.append("\t".join([n, a, w] + [mark if lo <= k <= hi else "" for k in range(12)]))
    assert _terms(parse_text("План мероприятий\n\n" + "\n".join(lines) + "\n")) == WANT_GRID


def _word_plan(path, group: str, subs: list[str], body: list[list[str]]):
    """A Word plan: «№ | Мероприятие | Ответственный» merged down over two rows, `group` over `subs`."""
    d = new_docx()
    t = d.add_table(rows=2 + len(body), cols=len(LEFT) + len(subs))
    for k, text in enumerate(LEFT):
        t.cell(0, k).merge(t.cell(1, k)).text = text
    t.cell(0, len(LEFT)).merge(t.cell(0, len(LEFT) + len(subs) - 1)).text = group
    for k, text in enumerate(subs):
        t.cell(1, len(LEFT) + k).text = text
    for r, cells in enumerate(body, 2):
        for k, text in enumerate(cells):
            t.cell(r, k).text = text
    d.save(path)
    return docx_reader.read(path)


def test_word_month_grid_marked_with_squares(tmp_path):
    body = [[n, a, w] + ["■" if lo <= m <= hi else "" for m in range(12)]
            for (n, a, w), (lo, hi) in zip(MEASURES, SPANS)]
    assert _terms(_word_plan(tmp_path / "g.docx", "Срок выполнения, 2026 год", MONTHS, body)) == WANT_GRID


YEARS = ["2026 г.", "2027 г.", "2028 г."]
BY_YEAR = [("1.", "Опросить посетителей приёмной", "Отдел обращений", ["–", "III кв.", "–"]),
           ("2.", "Переработать памятку для заявителей", "Отдел выплат", ["до 15 марта", "–", "–"]),
           ("3.", "Обучить специалистов приёмной", "Отдел кадров", ["–", "–", "ноябрь"]),
           ("4.", "Обновить стенды в холле", "Хозяйственный отдел", ["-", "2 полугодие", ""])]
WANT_BY_YEAR = [("Опросить посетителей приёмной", "Отдел обращений", date(2027, 9, 30)),
                ("Переработать памятку для заявителей", "Отдел выплат", date(2026, 3, 15)),
                ("Обучить специалистов приёмной", "Отдел кадров", date(2028, 11, 30)),
                ("Обновить стенды в холле", "Хозяйственный отдел", date(2027, 12, 31))]


def _text_year_plan(rows) -> list[tuple[str, str, date | None]]:
    lines = ["\t".join(LEFT + ["Срок исполнения", "", ""]), "\t".join([""] * 3 + YEARS),
             *("\t".join([n, a, w, *c]) for n, a, w, c in rows)]
    return _terms(parse_text("План мероприятий\n\n" + "\n".join(lines) + "\n"))


def test_text_column_per_year_gives_the_period_that_year():
    assert _text_year_plan(BY_YEAR) == WANT_BY_YEAR


def test_word_column_per_year_gives_the_period_that_year(tmp_path):
    body = [[n, a, w, *c] for n, a, w, c in BY_YEAR]
    assert _terms(_word_plan(tmp_path / "y.docx", "Срок исполнения", YEARS, body)) == WANT_BY_YEAR


def test_a_period_that_names_its_year_keeps_it():
    lines = ["\t".join(LEFT + ["Срок исполнения", ""]), "\t".join([""] * 3 + YEARS[:2]),
             "1.\tОпросить посетителей приёмной\tОтдел обращений\tдекабрь 2029 г.\t–"]
    recs = extract_roadmap(parse_text("План мероприятий\n\n" + "\n".join(lines) + "\n"))
    assert parse_deadline(recs[0]["deadline_raw"]).date == date(2029, 12, 31)


def test_pdf_header_group_over_month_columns_is_one_grid():
    from parsers.formats.pdf_grid_parts import split_bands
    top = [(0, 0, 10, 20), (10, 0, 40, 20), (40, 0, 60, 20), (60, 0, 100, 10)]    # three headings merged down
    months = [None, None, None] + [(60 + 10 * k, 10, 70 + 10 * k, 20) for k in range(4)]
    body = [(0, 20, 10, 30), (10, 20, 40, 30), (40, 20, 60, 30)] + [(60 + 10 * k, 20, 70 + 10 * k, 30)
                                                                     for k in range(4)]
    assert split_bands([top, months, body, body], [0, 10, 20, 30], (0, 0, 100, 40)) == [(0, 4)]
    other = [(0, 40, 25, 50), (25, 40, 75, 50), (75, 40, 100, 50)]                # a grid of other columns below
    assert split_bands([top, months, body, other], [0, 10, 20, 40], (0, 0, 100, 50)) == [(0, 3), (3, 4)]


@pytest.mark.parametrize("heading, want", [("но яб.", "нояб. 2026"), ("и ю нь", "июнь 2026"), ("ав г.", "авг. 2026"),
                                           ("I кв.", "I кв. 2026"), ("до 1 мая", "до 1 мая 2026")])
def test_a_month_broken_over_a_narrow_columns_lines_is_glued(heading, want):
    from parsers.extract.roadmap_grid import grid_term
    assert grid_term([heading], "Срок выполнения, 2026 год") == want


def test_a_term_naming_no_period_takes_no_year_from_its_column():
    # «постоянно» in the «2026 г.» column is no term in 2026; terms in two years' columns are not read in the
    # first one's year (before: 2026-12-31 for each)
    rows = [("1.", "Опросить посетителей приёмной", "Отдел обращений", ["постоянно", "", ""]),
            ("2.", "Обучить специалистов приёмной", "Отдел кадров", ["по мере необходимости", "", ""]),
            ("3.", "Обновить стенды в холле", "Хозяйственный отдел", ["IV кв.", "IV кв.", ""])]
    terms = _text_year_plan(rows)
    assert [t[2] for t in terms] == [None, None, None]


def test_a_numeric_date_in_a_year_column_takes_the_year_as_a_date_does():
    # «до 15.03» in the «2026 г.» column is 15 March 2026 («до 15.03 2026» read as the year's end)
    rows = [("1.", "Опросить посетителей приёмной", "Отдел обращений", ["до 15.03", "", ""]),
            ("2.", "Обучить специалистов приёмной", "Отдел кадров", ["", "01.07 – 30.09", ""])]
    terms = _text_year_plan(rows)
    assert [t[2] for t in terms] == [date(2026, 3, 15), date(2027, 9, 30)]
