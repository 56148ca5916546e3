"""A touchpoint list grouped by client category — citizens, legal entities and entrepreneurs, local
self-government, internal clients — with the category in a full-width row inside the table or in a
bold caption above each category's table: the category is no direction (parsers/tables/sections.py
`names_client_category`, parsers/extract/touchpoints.py `_apply_heading`).

The clients are those of the standards «Государство для людей», «Государство для бизнеса» and the
internal client's (Samara region's standards, https://npalib.ru/2022/12/21/postanovlenie-1200-id331425);
the Mordovian recommendations for the list name the same clients — citizens and businesses
(https://base.garant.ru/408537767/f7ee959fd36b5699076b35abf4f52c5c).  A list split into one table per
category was not found in a published list read here (the form of the fourth held-out layouts,
issue 17).  The wording is this file's own."""
from __future__ import annotations

import pytest
from docx import Document as new_docx

from parsers.extract.touchpoints import extract_touchpoints
from parsers.formats import docx as docx_reader
from parsers.formats import pdf as pdf_reader
from parsers.formats.text import parse_text
from parsers.tables.sections import read_heading
from pipeline.run.normalize import normalize_touchpoints
from tests.fixtures import build

TITLE = "Перечень точек взаимодействия министерства природных ресурсов с клиентами"
HEAD = ["№ п/п", "Наименование услуги (функции)", "Точка взаимодействия", "Тип точки", "Потребности клиента"]
CATEGORIES = ["Физические лица (граждане)", "Юридические лица и индивидуальные предприниматели"]
ROWS = [[["1.", "Выдача разрешения на добычу охотничьих ресурсов", "Портал государственных услуг", "цифровая",
          "Подать заявление"],
         ["2.", "Рассмотрение обращений граждан", "Приёмная министерства", "офлайн", "Подать обращение"]],
        [["1.", "Выдача лицензии на пользование недрами", "Личный кабинет недропользователя", "цифровая",
          "Получить лицензию"],
         ["2.", "", "Отдел лицензирования", "офлайн", "Узнать о ходе рассмотрения"]]]
WANT = [("Выдача разрешения на добычу охотничьих ресурсов", "Портал государственных услуг"),
        ("Рассмотрение обращений граждан", "Приёмная министерства"),
        ("Выдача лицензии на пользование недрами", "Личный кабинет недропользователя"),
        ("Выдача лицензии на пользование недрами", "Отдел лицензирования")]


def _read(doc) -> list[tuple]:
    raw = extract_touchpoints(doc)[0]
    assert [r["direction_raw"] for r in raw] == [None] * len(raw)      # no category became a direction
    rows = normalize_touchpoints("t", raw)[0]
    by_process = {r["process"]: r["direction"] for r in rows}
    # the direction the process's own words give, the same for the process under either category
    assert by_process["Рассмотрение обращений граждан"] == "appeals"
    return [(r["process"], r["touchpoint_raw"]) for r in raw]


def _rows_docx(path):
    """One table, the categories as full-width rows."""
    d = new_docx()
    d.add_paragraph(TITLE)
    t = d.add_table(rows=1 + len(CATEGORIES) + sum(map(len, ROWS)), cols=len(HEAD))
    t.style = "Table Grid"
    for j, text in enumerate(HEAD):
        t.cell(0, j).text = text
    i = 1
    for cat, rows in zip(CATEGORIES, ROWS):
        t.cell(i, 0).merge(t.cell(i, len(HEAD) - 1)).text = cat
        t.cell(i, 0).paragraphs[0].runs[0].bold = True
        for row in rows:
            i += 1
            for j, text in enumerate(row):
                t.cell(i, j).text = text
        i += 1
    d.save(path)
    return path


def _captions_docx(path):
    """A table per category under its bold numbered caption, numbering restarting."""
    d = new_docx()
    d.add_paragraph(TITLE)
    for k, (cat, rows) in enumerate(zip(CATEGORIES, ROWS), start=1):
        d.add_paragraph().add_run(f"{k}. {cat}").bold = True
        t = d.add_table(rows=1 + len(rows), cols=len(HEAD))
        t.style = "Table Grid"
        for i, row in enumerate([HEAD, *rows]):
            for j, text in enumerate(row):
                t.cell(i, j).text = text
    d.save(path)
    return path


def test_category_headings_are_told_from_directions():
    assert read_heading("3. Органы местного самоуправления", True).role == "client_category"
    assert read_heading("Внутренние клиенты", True).role == "client_category"
    assert read_heading("Работа с обращениями граждан", True).role == "direction"
    assert read_heading("Взаимодействие с внутренним клиентом", True).role == "direction"
    assert read_heading("Внутренние клиенты: бухгалтерия", True).role == "direction"


def test_docx_category_rows_inside_one_table(tmp_path):
    assert _read(docx_reader.read(_rows_docx(tmp_path / "r.docx"))) == WANT


def test_docx_a_table_per_category_under_its_caption(tmp_path):
    assert _read(docx_reader.read(_captions_docx(tmp_path / "c.docx"))) == WANT


def test_converted_text_category_lines_inside_one_table():
    """Converted text prints a full-width row as one line between the rows; the empty process
    cell under a category row is the process above it in that category, never one before it."""
    lines = [TITLE, "", "\t".join(HEAD)]
    for cat, rows in zip(CATEGORIES, ROWS):
        lines += [f"**{cat}**", *("\t".join(r) for r in rows)]
    assert _read(parse_text("\n".join(lines) + "\n")) == WANT


def test_converted_text_a_table_per_category():
    lines = [TITLE, ""]
    for k, (cat, rows) in enumerate(zip(CATEGORIES, ROWS), start=1):
        lines += [f"**{k}. {cat}**", "", *("\t".join(r) for r in [HEAD, *rows]), ""]
    assert _read(parse_text("\n".join(lines))) == WANT


def test_pdf_category_rows_inside_one_table(tmp_path):
    if build.soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed: the PDF cannot be made")
    pdf, = build.to_pdf([_rows_docx(tmp_path / "r.docx")], tmp_path)
    assert _read(pdf_reader.read(pdf)) == WANT


# lists that write every process in lower case, with no number column: a lower-case process cell
# in a new part of the table may be the rest of a name a page break cut — never across a category
LOWER_HEAD = HEAD[1:]
LOWER = [[["выдача разрешения на добычу охотничьих ресурсов", "Портал государственных услуг", "цифровая",
           "Подать заявление"]],
         [["выдача лицензии на пользование недрами", "Отдел лицензирования", "офлайн", "Получить лицензию"]]]
LOWER_WANT = [("выдача разрешения на добычу охотничьих ресурсов", "Портал государственных услуг"),
              ("выдача лицензии на пользование недрами", "Отдел лицензирования")]


def _processes(doc) -> list[tuple]:
    return [(r["process"], r["touchpoint_raw"]) for r in extract_touchpoints(doc)[0]]


def test_converted_text_a_lower_case_process_under_the_next_category_is_its_own():
    lines = [TITLE, ""]
    for k, (cat, rows) in enumerate(zip(CATEGORIES, LOWER), start=1):
        lines += [f"**{k}. {cat}**", "", *("\t".join(r) for r in [LOWER_HEAD, *rows]), ""]
    assert _processes(parse_text("\n".join(lines))) == LOWER_WANT


def test_docx_a_lower_case_process_under_the_next_category_is_its_own(tmp_path):
    d = new_docx()
    d.add_paragraph(TITLE)
    for cat, rows in zip(CATEGORIES, LOWER):
        d.add_paragraph().add_run(cat).bold = True
        t = d.add_table(rows=1 + len(rows), cols=len(LOWER_HEAD))
        for i, row in enumerate([LOWER_HEAD, *rows]):
            for j, text in enumerate(row):
                t.cell(i, j).text = text
    d.save(tmp_path / "l.docx")
    assert _processes(docx_reader.read(tmp_path / "l.docx")) == LOWER_WANT


def test_a_category_repeated_at_a_page_break_keeps_the_cut_process(tmp_path):
    """The same category printed again between two parts of the table (a page break): a
    lower-case process cell there may still be the rest of the name above."""
    d = new_docx()
    d.add_paragraph(TITLE)
    for rows in ([LOWER_HEAD, ["выдача разрешения на добычу", "Портал государственных услуг", "цифровая",
                               "Подать заявление"]], [["охотничьих ресурсов", "Многофункциональный центр", "офлайн",
                                                       "Подать заявление"]]):
        d.add_paragraph().add_run(CATEGORIES[0]).bold = True
        t = d.add_table(rows=len(rows), cols=len(LOWER_HEAD))
        for i, row in enumerate(rows):
            for j, text in enumerate(row):
                t.cell(i, j).text = text
    d.save(tmp_path / "p.docx")
    assert _processes(docx_reader.read(tmp_path / "p.docx")) == [
        ("выдача разрешения на добычу охотничьих ресурсов", "Портал государственных услуг"),
        ("выдача разрешения на добычу охотничьих ресурсов", "Многофункциональный центр")]


# the internal client's category: the contract's direction of the internal client (internal_hr,
# «взаимодействие с внутренним клиентом»), whose `client` is internal; processes as a ministry's
# staff may name them (an appeal by an employee is no external client's)
INTERNAL = [["1.", "Рассмотрение обращений граждан", "Приёмная министерства", "офлайн", "Подать обращение"],
            ["2.", "Рассмотрение обращений", "Электронная почта", "цифровая", "Направить обращение"],
            ["3.", "Оформление отпуска", "Отдел кадров", "офлайн", "Подать заявление на отпуск"],
            ["4.", "Выдача лицензии на пользование недрами", "Отдел лицензирования", "офлайн", "Получить лицензию"]]


def _internal_lines(head=HEAD, rows=INTERNAL, extra=lambda r: r) -> list[str]:
    return [TITLE, "", "\t".join(extra(head)), "**Физические лица (граждане)**", "\t".join(extra(rows[0])),
            "**Внутренние клиенты**", *("\t".join(extra(r)) for r in rows[1:3]),
            "**Юридические лица и индивидуальные предприниматели**", "\t".join(extra(rows[3]))]


def test_the_internal_clients_category_is_their_direction():
    raw = extract_touchpoints(parse_text("\n".join(_internal_lines()) + "\n"))[0]
    assert [r["direction_raw"] for r in raw] == [None, "Внутренние клиенты", "Внутренние клиенты", None]
    coded = normalize_touchpoints("t", raw)[0]
    assert [r["client"] for r in coded] == ["external", "internal", "internal", "external"]


def test_a_direction_column_still_names_the_internal_clients_rows_direction():
    def extra(r):
        return r[:1] + [("Направление" if r is HEAD else "Рассмотрение обращений")] + r[1:]
    raw = extract_touchpoints(parse_text("\n".join(_internal_lines(extra=extra)) + "\n"))[0]
    assert [r["direction_raw"] for r in raw] == ["Рассмотрение обращений"] * 4


def test_which_category_names_the_internal_client():
    from parsers.tables.sections import internal_client
    assert internal_client("Внутренние клиенты") == "Внутренние клиенты"
    assert internal_client("Государственные гражданские служащие") == "Государственные гражданские служащие"
    assert internal_client("Юридические лица") is None
