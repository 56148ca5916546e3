"""Rows of a touchpoint list that are no touchpoint (parsers/tables/note_rows.py): a remark under a
row and a count of the rows above, as a full-width row (Word), a line of its own between the rows
(converted text) or a label in the first cell with figures after it.  They never become touchpoints,
never head the rows below, and the direction and process above run on across them.  The lists are
written here in this file's own words (other wordings than any generated set's)."""
from __future__ import annotations

import pytest

from parsers.extract.touchpoints import extract_touchpoints
from parsers.tables.note_rows import is_note_row, note_kind
from tests.fixtures.section_docx import section_docx, section_txt, triples

HEADER = ["№", "Направление", "Процесс", "Канал взаимодействия", "Тип точки", "Потребности"]
FOREST = "Лесное хозяйство"
HUNT = "Охотничье хозяйство"
ROWS = [
    ["1", FOREST, "Выдача лесорубочного билета", "Портал государственных услуг", "цифровая", "Подать заявку"],
    ["Справочно: портал доступен круглосуточно."],
    ["2", "", "", "Приёмная лесничества", "офлайн", "Получить консультацию"],     # direction, process merged
    ["Итого по лесному хозяйству – 2 точки, в т.ч. цифровых – 1"],
    ["3", HUNT, "Выдача охотничьего билета", "Телефон горячей линии", "офлайн", "Узнать сроки рассмотрения"],
    ["Пояснение. Телефон работает в будни."],
    ["4", "", "", "Официальный сайт министерства", "цифровая", "Скачать бланк"],
    ["Всего по перечню: 4"],
]
WANT = [(FOREST, "Выдача лесорубочного билета", "Портал государственных услуг"),
        (FOREST, "Выдача лесорубочного билета", "Приёмная лесничества"),
        (HUNT, "Выдача охотничьего билета", "Телефон горячей линии"),
        (HUNT, "Выдача охотничьего билета", "Официальный сайт министерства")]


def _docx(path, rows, header=HEADER):
    return section_docx(path, header, rows, "Перечень точек взаимодействия")


def _txt(path, rows, header=HEADER):
    return section_txt(path, header, rows)


_triples = triples


@pytest.mark.parametrize("make", [_docx, _txt], ids=["docx", "txt"])
def test_remarks_and_counts_are_no_touchpoints(tmp_path, make):
    assert _triples(make(tmp_path / f"l.{make.__name__[1:]}", ROWS)) == WANT


SECTIONED = [
    ["I. Лесное хозяйство"],
    ["1", "Выдача лесорубочного билета", "Портал государственных услуг", "цифровая", "Подать заявку"],
    ["2", "Выдача лесорубочного билета", "Приёмная лесничества", "офлайн", "Получить консультацию"],
    ["Итого по разделу I: 2, из них цифровых – 1, офлайн – 1"],
    ["II. Охотничье хозяйство"],
    ["3", "Выдача охотничьего билета", "Телефон горячей линии", "офлайн", "Узнать сроки рассмотрения"],
    ["Примечание: номер телефона указан на сайте."],
    ["4", "Выдача охотничьего билета", "Официальный сайт министерства", "цифровая", "Скачать бланк"],
    ["Количество точек взаимодействия в разделе II – 2, в том числе цифровых – 1"],
]
SECTIONED_HEADER = ["№", "Процесс", "Канал взаимодействия", "Тип точки", "Потребности"]


@pytest.mark.parametrize("make", [_docx, _txt], ids=["docx", "txt"])
def test_a_count_or_a_remark_between_sections_heads_nothing(tmp_path, make):
    """Under direction rows, a count after a section is no direction of the rows below it, and a
    remark inside a section does not end its direction or its process."""
    got = _triples(make(tmp_path / f"s.{make.__name__[1:]}", SECTIONED, SECTIONED_HEADER))
    assert got == [(FOREST, "Выдача лесорубочного билета", "Портал государственных услуг"),
                   (FOREST, "Выдача лесорубочного билета", "Приёмная лесничества"),
                   (HUNT, "Выдача охотничьего билета", "Телефон горячей линии"),
                   (HUNT, "Выдача охотничьего билета", "Официальный сайт министерства")]


def test_a_remark_in_the_first_cell_and_a_count_in_cells_are_no_touchpoints(tmp_path):
    """A remark in the first cell of a row of empty cells (not merged across), and «Итого» in the
    first cell with figures in the others: no touchpoint, no direction, no process of their own."""
    remark = ["Примечание: бланк можно заполнить на месте.", "", "", "", "", ""]
    rows = [ROWS[0], remark, ROWS[2], ["Итого", "", "", "2", "1", ""], ROWS[4], ROWS[6]]
    assert _triples(_docx(tmp_path / "c.docx", rows)) == WANT
    assert _triples(_txt(tmp_path / "c.txt", rows)) == WANT


PROCESS_ROWS = [
    ["I. Лесное хозяйство"],
    ["Выдача лесорубочного билета"],
    ["Сноска: билет выдаётся на один год."],
    ["1", "Портал государственных услуг", "Подать заявку", "цифровая"],
    ["2", "Приёмная лесничества", "Получить консультацию", "офлайн"],
]


def test_a_remark_under_a_process_row_keeps_it_the_process(tmp_path):
    """A full-width process row (process-major list) with a remark between it and its channels: the
    remark does not stop the rows below from being the process's."""
    header = ["№ п/п", "Канал взаимодействия", "Потребность клиента", "Тип точки"]
    recs, _ = extract_touchpoints(_docx(tmp_path / "p.docx", PROCESS_ROWS, header))
    assert [(r["direction_raw"], r["process"]) for r in recs] == [(FOREST, "Выдача лесорубочного билета")] * 2


@pytest.mark.parametrize("text, kind", [
    ("Примечание: точка работает по будням.", "remark"),
    ("ПРИМЕЧАНИЕ", "remark"),
    ("Справочно: данные за 2024 год", "remark"),
    ("**Итого по направлению: 4**", "total"),
    ("ИТОГО:", "total"),
    ("Всего точек: 12 (цифровых 7)", "total"),
    ("Количество точек по направлению – 5, из них цифровых – 3", "total"),
    ("Примечание 2 – на период ремонта", "remark"),
    ("Пояснение к перечню точек взаимодействия", None),  # a remark's word with no stop after it: a title
    ("Комментарии граждан в социальных сетях", None),
    ("Все категории граждан", None),                 # «все» is no «всего»
    ("Итоговая аттестация выпускников", None),
    ("Предоставление мер социальной поддержки", None),
    ("Количество обращений граждан", None),          # a count's word, no figures: a heading
    ("2. Работа с обращениями граждан, из них 3 категории", None),   # one figure after the number
])
def test_note_kind(text, kind):
    assert note_kind(text) == kind


def test_note_row_cells():
    assert is_note_row(["Итого:", "", "5", "3 (60 %)", ""])
    assert is_note_row(["", "Итого по направлению", "5 точек", "из них 3 цифровых"])
    assert is_note_row(["", "Примечание: сведения уточняются", "", ""])
    assert not is_note_row(["Итого", "Портал госуслуг", "цифровая"])      # a channel after it: a row
    assert not is_note_row(["1", "Всего лишь консультация", "Телефон", "офлайн"])


@pytest.mark.parametrize("text", [
    "Справочно-информационный портал",                  # a hyphen glued to the next word: one word, a channel
    "Справочно-правовая система «Консультант Плюс»",
    "Комментарий (отзыв) на портале",                    # a bracket without a number in it: no remark's mark
    "Предоставление субсидий, в том числе на 2024 – 2025 годы",     # years are no count's figures
    "Работа с обращениями, в том числе по 59-ФЗ и 210-ФЗ",         # nor acts' numbers
    "Приём заявлений, из них по приказу № 12 от 01.02.2024",       # nor a number after «№», nor a date
])
def test_note_kind_on_ordinary_headings(text):
    assert note_kind(text) is None


@pytest.mark.parametrize("text, kind", [
    ("Примечание – точка работает по будням", "remark"),     # a spaced dash is a remark's
    ("Примечание (1): сведения за год", "remark"),
    ("Количество точек – 12, из них цифровых – 7 (на 2025 год)", "total"),
])
def test_note_kind_still_reads_remarks_and_counts(text, kind):
    assert note_kind(text) == kind


def test_a_process_row_in_a_remarks_word_heads_its_channels(tmp_path):
    """«Справочно-…» opens a process here, no remark: the rows under it are its."""
    rows = [PROCESS_ROWS[0], ["Справочно-информационное обслуживание граждан"], *PROCESS_ROWS[3:]]
    header = ["№ п/п", "Канал взаимодействия", "Потребность клиента", "Тип точки"]
    recs, _ = extract_touchpoints(_docx(tmp_path / "p.docx", rows, header))
    assert [(r["direction_raw"], r["process"]) for r in recs] == \
        [(FOREST, "Справочно-информационное обслуживание граждан")] * 2


@pytest.mark.parametrize("text, kind", [
    ("Итoго по направлению: 5", "total"),          # a Latin «o» in a Russian word, as OCR and typists give it
    ("ИTOГO:", "total"),
    ("Bсего точек: 12", "total"),
    ("Примечаниe: точка закрыта на ремонт", "remark"),
])
def test_note_kind_reads_latin_look_alikes(text, kind):
    assert note_kind(text) == kind
