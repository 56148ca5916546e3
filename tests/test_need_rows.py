"""A touchpoint written a row per need (parsers/extract/touch_rows.py): the contract's touchpoint is
one channel in one process with all its needs, so rows that repeat the point's fixed cells —
direction, process, channel, its type — with only the need differing, numbered as sub-items of
the point («1.1», «1.2») or with its number again or none, are one touchpoint; Word's merged
cells (`w:vMerge`) over the need rows are the same point.  Rows numbered as points of their own,
or differing in channel, process or type, stay apart.  The lists are this file's own, composed
in the form of the regional lists (columns № | direction | process | channel | kind | need,
docs/dataset.md)."""
from __future__ import annotations

import pytest
from docx import Document as Docx

from parsers.extract.touchpoints import extract_touchpoints
from parsers.formats import docx as docx_reader
from parsers.formats.text import read as read_text
from pipeline.run.normalize import normalize_touchpoints
from tests.fixtures.grid_docx import grid_docx

TITLE = "Перечень точек взаимодействия с клиентами"
HEAD = ["№ п/п", "Направление деятельности", "Наименование процесса", "Канал взаимодействия",
        "Вид точки взаимодействия", "Потребность клиента"]
LIC, ISSUE = "Лицензирование розничной продажи алкогольной продукции", "Выдача лицензии"
REPEATED = [HEAD,
            ["1.1", LIC, ISSUE, "Региональный портал госуслуг", "цифровая", "Подать заявление на получение лицензии"],
            ["1.2", LIC, ISSUE, "Региональный портал госуслуг", "цифровая", "Отследить статус рассмотрения заявления"],
            ["1.3", LIC, ISSUE, "Региональный портал госуслуг", "цифровая", "Получить лицензию в электронном виде"],
            ["2.", LIC, ISSUE, "Приёмная министерства", "офлайн", "Получить консультацию по перечню документов"],
            # a point of its own by its number, though its cells are those of the point above
            ["3.", LIC, ISSUE, "Приёмная министерства", "офлайн", "Получить бланк заявления"],
            ["4.1", LIC, "Продление срока действия лицензии", "Приёмная министерства", "офлайн",
             "Подать заявление о продлении"],
            ["4.2", LIC, "Продление срока действия лицензии", "Приёмная министерства", "офлайн",
             "Получить переоформленную лицензию"]]


def _txt(path, rows):
    path.write_text(TITLE + "\n\n" + "\n".join("\t".join(r) for r in rows) + "\n", encoding="utf-8")
    return read_text(path)


def _docx(path, rows):
    return docx_reader.read(grid_docx(path, rows, TITLE))


def _points(raw):
    return [(r["group_no"], r["process"], r["touchpoint_raw"], r["interaction_raw"]) for r in raw]


@pytest.mark.parametrize("make", [_docx, _txt], ids=["docx", "txt"])
def test_need_rows_numbered_under_a_point_are_that_point(tmp_path, make):
    raw, _ = extract_touchpoints(make(tmp_path / f"l.{make.__name__[1:]}", REPEATED))
    assert _points(raw) == [
        ("1", ISSUE, "Региональный портал госуслуг",
         "Подать заявление на получение лицензии. Отследить статус рассмотрения заявления. "
         "Получить лицензию в электронном виде"),
        ("2.", ISSUE, "Приёмная министерства", "Получить консультацию по перечню документов"),
        ("3.", ISSUE, "Приёмная министерства", "Получить бланк заявления"),
        ("4", "Продление срока действия лицензии", "Приёмная министерства",
         "Подать заявление о продлении. Получить переоформленную лицензию")]


def test_the_united_point_has_every_need_and_every_row(tmp_path):
    raw, _ = extract_touchpoints(_txt(tmp_path / "l.txt", REPEATED))
    rows, _ = normalize_touchpoints("d", raw)
    assert len(rows) == 4
    assert rows[0]["needs"] == ["submission", "status", "result"]
    assert rows[0]["source_locator"] == "lines 4–6"         # the title, a blank line, the header


def test_no_number_column_same_cells_one_point(tmp_path):
    rows = [r[1:] for r in REPEATED[:4]] + [["Государственный контроль", "Проведение проверок", "Телефон горячей линии",
                                               "офлайн", "Сообщить о нарушении"]]
    raw, _ = extract_touchpoints(_txt(tmp_path / "l.txt", rows))
    assert [(r["touchpoint_raw"], r["interaction_raw"].count(".") + 1) for r in raw] == [
        ("Региональный портал госуслуг", 3), ("Телефон горячей линии", 1)]


def test_the_same_number_repeated_is_one_point(tmp_path):
    rows = [HEAD, ["5", LIC, ISSUE, "Телефон горячей линии", "офлайн", "Получить консультацию"],
            ["5", LIC, ISSUE, "Телефон горячей линии", "офлайн", "Сообщить о нарушении"],
            ["6", LIC, ISSUE, "Телефон горячей линии", "цифровая", "Сообщить о нарушении"]]
    raw, _ = extract_touchpoints(_txt(tmp_path / "l.txt", rows))
    # the third row differs in its kind: a point of its own
    assert [(r["group_no"], r["point_type_raw"]) for r in raw] == [("5", "офлайн"), ("6", "цифровая")]
    assert raw[0]["interaction_raw"] == "Получить консультацию. Сообщить о нарушении"


def test_cells_merged_down_over_the_need_rows_in_word(tmp_path):
    path = grid_docx(tmp_path / "m.docx", [HEAD,
                                            ["1.", LIC, ISSUE, "Приёмная министерства", "офлайн", "Получить консультацию"],
                                            ["", "", "", "", "", "Подать заявление"],
                                            ["", "", "", "", "", "Получить лицензию"],
                                            ["2.", LIC, ISSUE, "Региональный портал госуслуг", "цифровая",
                                             "Подать заявление"]], TITLE)
    d = Docx(str(path))
    table = d.tables[0]
    for col in range(5):                       # Word's vertical merge over the need rows
        table.cell(1, col).merge(table.cell(3, col))
    d.save(str(path))
    raw, _ = extract_touchpoints(docx_reader.read(path))
    assert [(r["touchpoint_raw"], r["interaction_raw"]) for r in raw] == [
        ("Приёмная министерства", "Получить консультацию. Подать заявление. Получить лицензию"),
        ("Региональный портал госуслуг", "Подать заявление")]


def test_need_rows_under_merges_on_both_sides_are_no_headings(tmp_path):
    """The need column in the middle: the cells after a need row's need are covered by merges from the
    row above as well as those before it — the point's row, not a heading spanning the table."""
    head = ["№ п/п", "Направление деятельности", "Наименование процесса", "Канал взаимодействия",
            "Потребность клиента", "Вид точки взаимодействия"]
    path = grid_docx(tmp_path / "m.docx", [head,
                                            ["1.", LIC, ISSUE, "Приёмная министерства", "Получить консультацию", "офлайн"],
                                            ["", "", "", "", "Подать заявление", ""],
                                            ["", "", "", "", "Получить лицензию", ""],
                                            ["2.", LIC, ISSUE, "Региональный портал госуслуг", "Подать заявление",
                                             "цифровая"]], TITLE)
    d = Docx(str(path))
    table = d.tables[0]
    for col in (0, 1, 2, 3, 5):                # merged down over the need rows on both sides of the need
        table.cell(1, col).merge(table.cell(3, col))
    d.save(str(path))
    raw, _ = extract_touchpoints(docx_reader.read(path))
    assert [(r["touchpoint_raw"], r["point_type_raw"], r["interaction_raw"]) for r in raw] == [
        ("Приёмная министерства", "офлайн", "Получить консультацию. Подать заявление. Получить лицензию"),
        ("Региональный портал госуслуг", "цифровая", "Подать заявление")]
    assert {r["direction_raw"] for r in raw} == {LIC}


def test_a_heading_across_the_table_still_spans_it(tmp_path):
    """A heading merged across the table in legacy Word (its cells after it covered, none before it)
    stays a heading: the rule above asks only that no cell BEFORE the text be covered."""
    from parsers.document import Cell, Row
    from parsers.tables.sections import section_text
    columns = {"group_no": 0, "direction": 1, "touchpoint": 2, "interaction": 3}
    heading = Row([Cell("Цифровые точки взаимодействия"), Cell("", covered=True), Cell("", covered=True),
                   Cell("", covered=True)])
    need_row = Row([Cell("", covered=True), Cell("", covered=True), Cell("Подать заявление"), Cell("", covered=True)])
    assert section_text(heading, columns, 4) == "Цифровые точки взаимодействия"
    assert section_text(need_row, columns, 4) is None


def test_a_question_before_a_small_letter_ends_a_need_only_before_one():
    """A cell's paragraphs joined by spaces (Word and converted text alike): a question closing one
    need and the next written in small letters are two needs; a question's own comment is not."""
    from normalizers.needs import split_needs
    assert split_needs("образец декларации — где взять? предоставить для осмотра склад и документы") == (
        "образец декларации — где взять?", "предоставить для осмотра склад и документы")
    assert split_needs("Как подать жалобу? получить ответ на неё") == ("Как подать жалобу?", "получить ответ на неё")
    assert split_needs("где моя справка? уже месяц жду") == ("где моя справка? уже месяц жду",)


@pytest.mark.parametrize("cell, parts", [
    # a quoted term closes its need: what follows is not governed by it
    ("получить ответ на оценку «плохо» записаться на повторный приём",
     ("получить ответ на оценку «плохо»", "записаться на повторный приём")),
    # a question asked inside a prepositional group is complete with its subject, no verb needed
    ("узнать, на каком этапе проверка документов получение копии акта",
     ("узнать, на каком этапе проверка документов", "получение копии акта")),
    # …while one still waiting for its subject is not cut
    ("узнать, на каком этапе рассмотрение заявления", ("узнать, на каком этапе рассмотрение заявления",))],
    ids=["quoted_term", "question_in_group", "question_waiting"])
def test_needs_run_together_in_small_letters(cell, parts):
    from normalizers.needs import split_needs
    assert split_needs(cell) == parts


SAME = ["Выдача справок", "Электронная почта", "цифровая"]


def _raw(tmp_path, text):
    path = tmp_path / "l.txt"
    path.write_text(TITLE + "\n\n" + text, encoding="utf-8")
    raw, _ = extract_touchpoints(read_text(path))
    return [(r["direction_raw"], r["interaction_raw"]) for r in raw]


def test_a_client_column_naming_another_client_parts_the_rows(tmp_path):
    """The internal client's row is a point of its own beside the external client's, though
    the other cells agree (a client column is one of the cells a need row repeats)."""
    rows = [["№ п/п", "Клиент (внешний/внутренний)", "Наименование процесса", "Канал взаимодействия",
             "Вид точки взаимодействия", "Потребность клиента"],
            ["", "внешний", *SAME, "Получить справку"], ["", "внутренний", *SAME, "Согласовать проект справки"]]
    assert _raw(tmp_path, "\n".join("\t".join(r) for r in rows) + "\n") == [
        (None, "Получить справку"), ("Клиент: внутренний", "Согласовать проект справки")]


def test_need_rows_never_cross_a_client_category_heading(tmp_path):
    rows = [HEAD[2:], ["Физические лица"], [*SAME, "Получить справку"],
            ["Юридические лица"], [*SAME, "Получить выписку"]]
    assert [need for _, need in _raw(tmp_path, "\n".join("\t".join(r) for r in rows) + "\n")] == [
        "Получить справку", "Получить выписку"]


def test_need_rows_never_cross_an_appendix_stamp(tmp_path):
    row = "\t".join([LIC, *SAME]) + "\t"
    text = ("\t".join(HEAD[1:]) + "\n" + row + "Получить справку\nПриложение № 2\nк приказу министерства\n"
            "от 01.02.2025 № 15\n\n" + row + "Получить выписку\n")
    assert _raw(tmp_path, text) == [(LIC, "Получить справку"), (LIC, "Получить выписку")]
