"""Touchpoint lists with columns and rows the contract has no field for (issue 17): a client
category column («Категория клиентов»: ФЛ, ЮЛ, ИП), a journey-stage column («Этап клиентского
пути», «Этап взаимодействия», «Шаг сценария»), the approval stamp and the list's title as the
table's first full-width rows, and labelled direction rows («Направление деятельности: …»).

The forms are those the issue describes for lists of unseen regions (the stamp of an appendix,
a category with its legend under the table, a stage between the process and the channel); the
wording is this file's own.  parsers/tables/column_roles.py, parsers/tables/repair.py
(`table_header`), parsers/extract/metadata.py (`_stamp_header`)."""
from __future__ import annotations

import pytest
from docx import Document as new_docx

from normalizers.direction_names import read_direction
from parsers.extract.metadata import read_metadata
from parsers.extract.touchpoints import extract_touchpoints
from parsers.formats import docx as docx_reader
from parsers.formats import pdf as pdf_reader
from parsers.formats.text import parse_text
from parsers.tables.columns import map_columns
from tests.fixtures import build

TITLE = "Перечень точек взаимодействия министерства торговли Энской области с клиентами"
STAMP = ["Приложение 3", "к приказу министерства торговли Энской области", "от 14.03.2024 № 57-п", "УТВЕРЖДЕН", TITLE]
HEAD = ["№ п/п", "Наименование услуги (функции)", "Категория клиентов", "Этап клиентского пути",
        "Точка взаимодействия", "Потребность клиента", "Тип точки"]
LABEL_1 = "Направление деятельности: Лицензирование розничной продажи алкогольной продукции"
LABEL_2 = "Сфера деятельности – государственный контроль (надзор)"
ROWS_1 = [["1", "Выдача лицензии", "ЮЛ", "Подача заявления", "Региональный портал", "Направить заявление и документы",
           "Цифровая"],
          ["2", "Продление срока действия лицензии", "ЮЛ, ИП", "Получение результата", "Личный приём",
           "Узнать о принятом решении", "Офлайн"]]
ROWS_2 = [["3", "Плановые проверки", "ИП", "Информирование", "Официальный сайт", "Ознакомиться с планом проверок",
           "Цифровая"]]
LEGEND = "ФЛ – физические лица; ЮЛ – юридические лица; ИП – индивидуальные предприниматели."
WANT = [(LABEL_1, "Выдача лицензии", "Региональный портал", "Направить заявление и документы"),
        (LABEL_1, "Продление срока действия лицензии", "Личный приём", "Узнать о принятом решении"),
        (LABEL_2, "Плановые проверки", "Официальный сайт", "Ознакомиться с планом проверок")]


def _full_row(t, r: int, n: int, text: str, bold: bool = False) -> None:
    cell = t.cell(r, 0).merge(t.cell(r, n - 1))
    run = cell.paragraphs[0].add_run(text)
    run.bold = bold


def _docx(path, head=HEAD, sections=((LABEL_1, ROWS_1), (LABEL_2, ROWS_2)), stamp=STAMP):
    """The list as one Word table: the stamp and the title as its first full-width rows, a line
    each, then the header, a bold full-width row per direction and its rows; the legend under it."""
    d = new_docx()
    n = len(head)
    t = d.add_table(rows=len(stamp) + 1 + sum(1 + len(rows) for _, rows in sections), cols=n)
    t.style = "Table Grid"
    r = 0
    for line in stamp:
        _full_row(t, r, n, line)
        r += 1
    for j, text in enumerate(head):
        t.cell(r, j).text = text
    r += 1
    for label, rows in sections:
        _full_row(t, r, n, label, bold=True)
        r += 1
        for row in rows:
            for j, text in enumerate(row):
                t.cell(r, j).text = text
            r += 1
    d.add_paragraph(LEGEND)
    d.save(path)
    return path


def _text(head=HEAD, sections=((LABEL_1, ROWS_1), (LABEL_2, ROWS_2))) -> str:
    """The same list as converted text: the stamp above, a row a line, cells by tabs."""
    lines = [*STAMP, "", "\t".join(head)]
    for label, rows in sections:
        lines += [label, *("\t".join(r) for r in rows)]
    return "\n".join([*lines, "", LEGEND]) + "\n"


def _records(doc, *fields):
    fields = fields or ("direction_raw", "process", "touchpoint_raw", "interaction_raw")
    return [tuple(r[f] for f in fields) for r in extract_touchpoints(doc)[0]]


@pytest.mark.parametrize("header, want", [
    (HEAD, {"client_category": 2, "journey_stage": 3, "touchpoint": 4, "interaction": 5}),
    # a stage heading is close, by spelling, to «Точка взаимодействия»: it once took the channels
    (["№", "Процесс", "Этап взаимодействия", "Канал связи", "Тип"], {"touchpoint": 3, "interaction": 2}),
    (["№", "Наименование процесса", "Шаг сценария", "Точка взаимодействия", "Цель обращения"],
     {"journey_stage": 2, "touchpoint": 3, "interaction": 4}),
    (["№", "Жизненная ситуация", "Категория получателей услуги", "Канал", "Потребность"],
     {"process": 1, "client_category": 2, "touchpoint": 3, "interaction": 4}),
    # «клиент» is a word the scoring ignores: «Тип клиента» was the point type's «Тип»
    (["№", "Процесс", "Тип клиента", "Точка взаимодействия", "Тип точки"],
     {"client_category": 2, "touchpoint": 3, "point_type": 4}),
])
def test_extra_columns_are_kinds_of_their_own(header, want):
    got = map_columns("touchpoint_list", header)
    assert {f: got.get(f) for f in want} == want


def test_docx_stamp_rows_title_and_labelled_direction_rows(tmp_path):
    doc = docx_reader.read(_docx(tmp_path / "list.docx"))
    assert _records(doc) == WANT
    meta, _ = read_metadata(doc)
    assert (meta["title"], meta["order_number"], str(meta["order_date"])) == (TITLE, "57-п", "2024-03-14")


def test_converted_text_stamp_title_and_labelled_direction_rows():
    doc = parse_text(_text())
    assert _records(doc) == WANT
    assert read_metadata(doc)[0]["title"] == TITLE


def test_pdf_stamp_rows_and_labelled_direction_rows(tmp_path):
    if build.soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed: the PDF cannot be made")
    pdf, = build.to_pdf([_docx(tmp_path / "list.docx")], tmp_path)
    got = _records(pdf_reader.read(pdf), "direction_raw", "touchpoint_raw", "interaction_raw")
    assert got == [(d, tp, need) for d, _, tp, need in WANT]


def test_a_stage_column_without_a_needs_column_gives_the_needs(tmp_path):
    """The needs taxonomy names the journey's steps: with no needs column, the stage is the need."""
    head = [h for h in HEAD if h != "Потребность клиента"]
    rows = [[c for k, c in enumerate(r) if k != 5] for r in ROWS_1]
    doc = docx_reader.read(_docx(tmp_path / "stages.docx", head, ((LABEL_1, rows),), stamp=[TITLE]))
    assert _records(doc, "touchpoint_raw", "interaction_raw") == [
        ("Региональный портал", "Подача заявления"), ("Личный приём", "Получение результата")]


def test_need_marks_win_over_a_stage_standing_in():
    """A stage column and needs as a matrix of marks under a one-row header: the marks state the
    needs (a stage stands in only where nothing else does); it once took them over."""
    head = ["№", "Наименование процесса", "Этап клиентского пути", "Точка взаимодействия", "Тип точки",
            "Информирование", "Консультирование"]
    rows = [["1", "Выдача лицензии", "Подача заявления", "Региональный портал", "Цифровая", "+", ""],
            ["2", "Выдача лицензии", "Получение результата", "Личный приём", "Офлайн", "", "+"]]
    doc = parse_text("\n".join([TITLE, "", *("\t".join(r) for r in [head, *rows])]) + "\n")
    assert _records(doc, "touchpoint_raw", "interaction_raw") == [
        ("Региональный портал", "Информирование"), ("Личный приём", "Консультирование")]


def test_a_stage_column_never_takes_the_channel(tmp_path):
    """«Этап взаимодействия» | «Канал связи»: the channel comes from the channel column."""
    text = "\n".join(["№\tПроцесс\tЭтап взаимодействия\tКанал связи\tТип",
                      "1\tВыдача справки\tПодача заявления\tЕдиный портал\tЦифровая",
                      "2\tВыдача справки\tПолучение результата\tМФЦ\tОфлайн"]) + "\n"
    assert _records(parse_text(text), "touchpoint_raw", "interaction_raw") == [
        ("Единый портал", "Подача заявления"), ("МФЦ", "Получение результата")]


def test_category_and_stage_words_never_reach_the_needs(tmp_path):
    doc = docx_reader.read(_docx(tmp_path / "list.docx", stamp=[TITLE]))
    recs = extract_touchpoints(doc)[0]
    assert len(recs) == 3
    for rec in recs:
        assert not {"ЮЛ", "ИП", "Подача заявления", "Получение результата", "Информирование"} & \
            set(filter(None, (rec["interaction_raw"], rec["features_raw"], rec["touchpoint_raw"])))


def test_more_stamp_rows_than_header_search_rows_still_find_the_header(tmp_path):
    """Five one-line rows above the header (one more than the header is looked for among)."""
    doc = docx_reader.read(_docx(tmp_path / "list.docx", stamp=STAMP))
    assert len(STAMP) > 4 and len(extract_touchpoints(doc)[0]) == 3


@pytest.mark.parametrize("label, code", [
    (LABEL_1, "public_services"), (LABEL_2, "control"),
    ("Направление деятельности «Рассмотрение обращений граждан»", "appeals"),
    ("Направление: Кадровое обеспечение", "internal_hr"),
    ("Вид деятельности – предоставление мер социальной поддержки", "support_measures"),
])
def test_a_direction_label_is_taken_off_before_coding(label, code):
    m = read_direction(label)
    assert m.code == code and m.score >= 0.85


def test_a_direction_column_repeated_or_merged_fills_the_rows(tmp_path):
    """The direction as a column: merged down in Word, and written again on every row."""
    head = ["№", "Направление деятельности", "Процесс", "Категория клиентов", "Точка взаимодействия", "Потребность"]
    d = new_docx()
    t = d.add_table(rows=4, cols=len(head))
    for j, text in enumerate(head):
        t.cell(0, j).text = text
    rows = [["1", "Лицензирование", "Выдача лицензии", "ЮЛ", "Портал", "Подать заявление"],
            ["2", "", "Продление лицензии", "ЮЛ", "Личный приём", "Получить лицензию"],
            ["3", "Контроль", "Проверки", "ИП", "Сайт", "Узнать план проверок"]]
    for i, row in enumerate(rows, start=1):
        for j, text in enumerate(row):
            if text:
                t.cell(i, j).text = text
    t.cell(1, 1).merge(t.cell(2, 1))
    d.save(tmp_path / "merged.docx")
    want = ["Лицензирование", "Лицензирование", "Контроль"]
    assert [r[0] for r in _records(docx_reader.read(tmp_path / "merged.docx"))] == want
    repeated = "\n".join("\t".join(r[:1] + [r[1] or "Лицензирование"] + r[2:]) for r in rows)
    assert [r[0] for r in _records(parse_text("\t".join(head) + "\n" + repeated + "\n"))] == want


def test_a_list_written_as_paragraphs_reads_the_stage_only_where_no_need_is_stated():
    text = "\n".join([
        "Перечень точек взаимодействия", "",
        "1. Выдача лицензии",
        "Категория клиентов: юридические лица",
        "Точка взаимодействия: Региональный портал (цифровая)",
        "Этап клиентского пути: подача заявления",
        "2. Плановые проверки",
        "Категория клиентов: индивидуальные предприниматели",
        "Точка взаимодействия: Официальный сайт (цифровая)",
        "Потребности клиента: узнать план проверок",
        "Этап клиентского пути: информирование"]) + "\n"
    assert _records(parse_text(text), "process", "touchpoint_raw", "interaction_raw") == [
        ("Выдача лицензии", "Региональный портал", "подача заявления"),
        ("Плановые проверки", "Официальный сайт", "узнать план проверок")]


def test_a_legend_between_two_tables_is_no_direction(tmp_path):
    """A category's legend under a table, then the list goes on under its header printed again:
    the legend is no heading of the rows after it (they stay under the caption above)."""
    head = ["№", "Процесс", "Категория клиентов", "Точка взаимодействия", "Потребность клиента"]
    d = new_docx()
    d.add_paragraph("Таблица 1. Лицензирование")
    for rows, legend in ((ROWS_1, LEGEND), (ROWS_2, "ФЛ – физические лица, ИП – индивидуальные предприниматели")):
        t = d.add_table(rows=1 + len(rows), cols=len(head))
        for j, text in enumerate(head):
            t.cell(0, j).text = text
        for i, row in enumerate(rows, start=1):
            for j, text in enumerate([row[0], row[1], row[2], row[4], row[5]]):
                t.cell(i, j).text = text
        d.add_paragraph(legend)
    d.save(tmp_path / "legend.docx")
    got = _records(docx_reader.read(tmp_path / "legend.docx"), "direction_raw", "process")
    assert got == [("Лицензирование", r[1]) for r in ROWS_1 + ROWS_2]


def test_a_title_row_naming_the_part_of_the_list_gives_the_direction(tmp_path):
    """A title row above the header that names the direction the table holds heads its rows,
    as the same title above the table would; the stamp's lines (a body's name on a line of its
    own among them) never do."""
    part = "Перечень точек взаимодействия по направлению «Лицензирование розничной продажи алкогольной продукции»"
    stamp = ["Приложение 3 к приказу", "Министерства торговли Энской области", "от 14.03.2024 № 57-п", part]
    d = new_docx()
    t = d.add_table(rows=len(stamp) + 1 + len(ROWS_1), cols=len(HEAD))
    for r, line in enumerate(stamp):
        _full_row(t, r, len(HEAD), line)
    for j, text in enumerate(HEAD):
        t.cell(len(stamp), j).text = text
    for i, row in enumerate(ROWS_1, start=len(stamp) + 1):
        for j, text in enumerate(row):
            t.cell(i, j).text = text
    d.save(tmp_path / "part.docx")
    recs = extract_touchpoints(docx_reader.read(tmp_path / "part.docx"))[0]
    assert [r["direction_raw"] for r in recs] == [part, part]
    assert read_direction(part).code == "public_services"
    d2 = new_docx()
    t = d2.add_table(rows=len(stamp) + len(ROWS_1), cols=len(HEAD))
    for r, line in enumerate(stamp[:3]):
        _full_row(t, r, len(HEAD), line)
    for j, text in enumerate(HEAD):
        t.cell(3, j).text = text
    for i, row in enumerate(ROWS_1, start=4):
        for j, text in enumerate(row):
            t.cell(i, j).text = text
    d2.save(tmp_path / "stamp.docx")
    assert [r["direction_raw"] for r in extract_touchpoints(docx_reader.read(tmp_path / "stamp.docx"))[0]] == [None, None]


def test_a_drawn_grid_with_its_title_and_a_labelled_direction_row_inside():
    """Converted text drawing the table: the title and «Направление: …» as rows spanning the grid,
    a stage column and no needs column."""
    grid = "\n".join([
        "┌──────────────────────────────────────────────────────────────┐",
        "│ Перечень точек взаимодействия министерства с клиентами       │",
        "├────┬──────────────────┬─────────────────────┬────────┬───────┤",
        "│ №  │ Процесс          │ Этап взаимодействия │ Канал  │ Тип   │",
        "├────┴──────────────────┴─────────────────────┴────────┴───────┤",
        "│ Направление: Предоставление государственных услуг            │",
        "├────┬──────────────────┬─────────────────────┬────────┬───────┤",
        "│ 1  │ Выдача справок   │ Подача заявления    │ ЕПГУ   │ Цифр. │",
        "├────┼──────────────────┼─────────────────────┼────────┼───────┤",
        "│ 2  │ Выдача справок   │ Получение результата│ МФЦ    │ Офлайн│",
        "└────┴──────────────────┴─────────────────────┴────────┴───────┘"]) + "\n"
    doc = parse_text(grid)
    assert _records(doc, "direction_raw", "touchpoint_raw", "interaction_raw") == [
        ("Направление: Предоставление государственных услуг", "ЕПГУ", "Подача заявления"),
        ("Направление: Предоставление государственных услуг", "МФЦ", "Получение результата")]
    assert read_metadata(doc)[0]["title"] == "Перечень точек взаимодействия министерства с клиентами"
