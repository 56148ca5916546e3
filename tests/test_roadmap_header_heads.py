"""A plan's header in words no phrase of the vocabulary holds whole, named by a head noun and its qualifier
(`head_phrases` in parsers/data/columns.yaml, roadmap): «Суть мероприятия» is the activity, «Контрольный срок» the
term, «Ответственное подразделение» the responsible one; «№ пункта» the row number, «Форма отчета» the result; a
column of reporting periods («Периодичность отчетности»: «ежеквартально») is claimed, never read as the term.
Headings and cells invented here; expectations read from the table as written."""
from __future__ import annotations

from parsers.extract.roadmap import extract_roadmap
from parsers.formats.text import parse_text
from parsers.tables.columns import map_columns

HEAD = ["№ пункта", "Суть мероприятия", "Контрольный срок", "Ответственное подразделение", "Форма отчета"]
ROWS = [["1.", "Подготовка", "", "", ""],
        ["1.1.", "Составить реестр обращений граждан", "до 15 марта 2026 г.", "Отдел писем", "Реестр"],
        ["1.2.", "Провести обучение операторов", "30.04.2026", "Учебный центр", "Справка"]]


def _text(head, rows):
    return parse_text("План мероприятий («дорожная карта»)\n\n" + "\n".join("\t".join(r) for r in [head] + rows) + "\n")


def test_headings_by_head_noun_and_qualifier():
    assert map_columns("roadmap", HEAD) == {"item_no": 0, "activity": 1, "deadline": 2, "responsible": 3,
                                            "deliverable": 4}
    assert map_columns("roadmap", ["№ п/п", "Описание мероприятия", "Периодичность отчетности", "Форма отчетности"]) \
        == {"item_no": 0, "activity": 1, "reporting": 2, "deliverable": 3}


def test_a_plan_headed_in_such_words_is_read():
    got = [(r["item_no"], r["activity"], r["deadline_raw"], r["responsible_raw"], r["deliverable"])
           for r in extract_roadmap(_text(HEAD, ROWS))]
    assert got == [("1", "Подготовка", None, None, None),
                   ("1.1", "Составить реестр обращений граждан", "до 15 марта 2026 г.", "Отдел писем", "Реестр"),
                   ("1.2", "Провести обучение операторов", "30.04.2026", "Учебный центр", "Справка")]


def test_reporting_periods_are_no_term():
    head = ["№ пункта", "Суть мероприятия", "Периодичность отчетности", "Ответственное подразделение", "Форма отчета"]
    rows = [r[:2] + [("" if not r[2] else "ежеквартально, до 10 числа")] + r[3:] for r in ROWS]
    got = [(r["item_no"], r["deadline_raw"], r["responsible_raw"]) for r in extract_roadmap(_text(head, rows))]
    assert got == [("1", None, None), ("1.1", None, "Отдел писем"), ("1.2", None, "Учебный центр")]


def test_the_date_an_item_was_done_is_no_term():
    # a plan reported on: «дата … выполнения» heads when the item was done, not when it is due
    assert map_columns("roadmap", ["№", "Мероприятие", "Дата фактического выполнения", "Ответственный"]) == \
        {"item_no": 0, "activity": 1, "done_on": 2, "responsible": 3}
    head = ["№ пункта", "Суть мероприятия", "Фактический срок исполнения", "Ответственное подразделение"]
    rows = [r[:4] for r in ROWS]
    got = [(r["item_no"], r["deadline_raw"], r["responsible_raw"]) for r in extract_roadmap(_text(head, rows))]
    assert got == [("1", None, None), ("1.1", None, "Отдел писем"), ("1.2", None, "Учебный центр")]
    head = ["№", "Мероприятие", "Плановый срок", "Дата фактического выполнения", "Ответственный"]
    rows = [["1.", "Составить реестр обращений", "до 15 марта 2026 г.", "10.03.2026", "Отдел писем"]]
    got = [(r["deadline_raw"], r["responsible_raw"]) for r in extract_roadmap(_text(head, rows))]
    assert got == [("до 15 марта 2026 г.", "Отдел писем")]
