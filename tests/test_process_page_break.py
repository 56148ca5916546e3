"""A process name a page break cut goes on the name above (touchpoints._cut_by_break), but a list
that writes its process on every row, in lower case, repeats the whole name on the next page's
first row: that row is of the same process, its name not doubled.  The wording is this file's own."""
from __future__ import annotations

from parsers.document import Cell, Document, Paragraph, Row, Source, Table
from parsers.extract.touchpoints import extract_touchpoints

HEAD = ["Процесс", "Точка взаимодействия", "Вид точки", "Потребности заявителя"]


def _processes(rows: list[tuple[int, list[str]]]) -> list[str]:
    table = Table([Row([Cell(t) for t in HEAD], Source(page=1, table=0))]
                  + [Row([Cell(t) for t in r], Source(page=page, table=0)) for page, r in rows])
    doc = Document([Paragraph("Перечень точек взаимодействия с заявителями"), table], "pdf", pages=2)
    return [r["process"] for r in extract_touchpoints(doc)[0]]


def test_a_process_repeated_whole_after_a_page_break_is_not_doubled():
    rows = [(1, ["проверка соблюдения лицензионных требований", "Чат-бот в мессенджере", "цифровая", "Узнать статус"]),
            (2, ["проверка соблюдения лицензионных требований", "Кабинет юриста", "офлайн", "Получить консультацию"])]
    assert _processes(rows) == ["проверка соблюдения лицензионных требований"] * 2


def test_a_process_name_cut_by_a_page_break_still_goes_on():
    rows = [(1, ["проверка соблюдения", "Чат-бот в мессенджере", "цифровая", "Узнать статус"]),
            (2, ["лицензионных требований", "Кабинет юриста", "офлайн", "Получить консультацию"])]
    assert _processes(rows) == ["проверка соблюдения лицензионных требований"] * 2


def test_another_process_of_the_same_deed_after_a_page_break_is_no_tail():
    # every row names its process in lower case; the new page opens with the next process, whose
    # name begins with the same verbal noun: a process of its own, not the tail of the one above
    rows = [(1, ["выдача лицензии", "Приемная министерства", "офлайн", "Подать заявление"]),
            (2, ["выдача дубликата лицензии", "Портал госуслуг", "цифровая", "Получить дубликат"])]
    assert _processes(rows) == ["выдача лицензии", "выдача дубликата лицензии"]
