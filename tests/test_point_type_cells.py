"""The point type where a touchpoint list states it outside a type column of full words
(parsers/extract/point_type_cells.py, textcore/point_type.read_type_value) and headers
written in abbreviations (parsers/tables/cut_words.py).

The rows are written in the forms regional lists use, with the kinds of points as the
Mordovian methodical recommendations define them (Приложение 2 к приказу Минсельхозпрода
Республики Мордовия от 12.02.2024 N 48-П, https://base.garant.ru/408537767/ : digital points
— official sites, mobile applications, social networks, messengers, chat bots, call centres;
offline points — places where clients are received, the «Мои документы» centres, employment
centres); the processes, needs and the wording of each cell are this file's own.
"""
from __future__ import annotations

import pytest
from docx import Document as new_docx

from parsers.extract.point_type_cells import legend_entries, split_cell_type
from parsers.extract.touchpoints import extract_touchpoints
from parsers.formats import docx as docx_reader
from parsers.formats.text import read as read_text
from parsers.tables.columns import map_columns
from pipeline.run.normalize import normalize_touchpoints
from textcore.point_type import names_type_pair, read_type_value


def _rows(doc) -> list[tuple]:
    raw, _ = extract_touchpoints(doc)
    rows, _ = normalize_touchpoints("d", raw)
    return [(r["touchpoint_raw"], r["channel"], r["point_type_raw"], r["point_type"]) for r in rows]


def _docx(path, table: list[list[str]], after: tuple[str, ...] = ()):
    d = new_docx()
    d.add_paragraph("Перечень точек взаимодействия с клиентами")
    t = d.add_table(rows=len(table), cols=len(table[0]))
    t.style = "Table Grid"
    for i, row in enumerate(table):
        for j, text in enumerate(row):
            t.cell(i, j).text = text
    for text in after:
        d.add_paragraph(text)
    d.save(path)
    return docx_reader.read(path)


def _txt(path, table: list[list[str]], after: tuple[str, ...] = ()):
    lines = ["Перечень точек взаимодействия с клиентами", ""] + ["\t".join(r) for r in table]
    path.write_text("\n".join(lines + [""] + list(after)) + "\n", encoding="utf-8")
    return read_text(path)


# no type column: each channel cell says its type in its own way (one has a phone number)
IN_CELL = [["№", "Наименование процесса", "Канал взаимодействия", "Потребности клиента"],
           ["1", "Предоставление субсидий", "Официальный сайт министерства (цифровая точка)", "Получение информации"],
           ["2", "Предоставление субсидий", "Личный приём в министерстве (офлайн)", "Подача заявки"],
           ["3", "Рассмотрение обращений", "Чат-бот в мессенджере — цифровой канал", "Направление обращения"],
           ["4", "Рассмотрение обращений", "Телефон горячей линии 8 (8342) 39-25-00 [оффлайн-точка]",
            "Получение консультации"],
           ["5", "Проведение конкурсов", "Центр «Мои документы» офлайн-точка", "Подача заявки"],
           ["6", "Проведение конкурсов", "Электронная почта", "Направление документов"]]
IN_CELL_WANT = [("Официальный сайт министерства", "website", "цифровая точка", "digital"),
                ("Личный приём в министерстве", "personal_reception", "офлайн", "offline"),
                ("Чат-бот в мессенджере", "chatbot", "цифровой канал", "digital"),
                ("Телефон горячей линии 8 (8342) 39-25-00", "phone", "оффлайн-точка", "offline"),
                ("Центр «Мои документы»", "mfc", "офлайн-точка", "offline"),
                # no type stated anywhere in the row: as before, none
                ("Электронная почта", "email", None, None)]


@pytest.mark.parametrize("make", [_docx, _txt], ids=["docx", "txt"])
def test_type_inside_the_channel_cell(tmp_path, make):
    ext = "docx" if make is _docx else "txt"
    assert _rows(make(tmp_path / f"l.{ext}", IN_CELL)) == IN_CELL_WANT


def test_type_words_are_never_the_channel():
    # the type part goes; a name that merely holds a type-like word keeps it
    assert split_cell_type("Мобильное приложение — цифровая точка взаимодействия") == (
        "Мобильное приложение", "цифровая точка взаимодействия")
    for name in ("Электронная почта", "Запись онлайн", "Сайт в сети Интернет", "Портал цифровых услуг",
                 "Личный приём (по предварительной записи)", "Платформа обратной связи (ПОС)"):
        assert split_cell_type(name) == (name, None)


def test_a_cut_of_a_word_that_names_channels_stays_in_the_channel():
    # «эл.» cuts «электронная», which the whole word keeps in the channel («Почта (электронная)»
    # is e-mail): cut off, «Почта» would be the postal mail; a cut of a type word alone still goes
    for name in ("Почта (эл.)", "Почта (электронная)", "Приёмная (интерн.)", "Обращение — эл."):
        assert split_cell_type(name) == (name, None)
    assert split_cell_type("Сайт (цифр.)") == ("Сайт", "цифр.")
    assert split_cell_type("Телефон — офл.") == ("Телефон", "офл.")


# a type column of letters and a legend under the table; the legend, not the data's table,
# says what a letter means («О» is an online point here)
LETTERS = [["№", "Процесс", "Точка взаимодействия", "Тип", "Потребность клиента"],
           ["1", "Выдача разрешений", "Мобильное приложение", "Ц", "Подача заявления"],
           ["2", "Выдача разрешений", "Социальная сеть ВКонтакте", "О", "Получение информации"],
           ["3", "Выдача разрешений", "Центр занятости населения", "Ф", "Получение консультации"]]
LEGEND = ("Примечание: Ц — цифровая точка; О — онлайн-точка (интернет); Ф — офлайн-точка взаимодействия.",)
LETTERS_WANT = [("Мобильное приложение", "Ц", "digital"), ("Социальная сеть ВКонтакте", "О", "digital"),
                ("Центр занятости населения", "Ф", "offline")]


@pytest.mark.parametrize("make", [_docx, _txt], ids=["docx", "txt"])
def test_letters_read_by_the_legend(tmp_path, make):
    ext = "docx" if make is _docx else "txt"
    rows = _rows(make(tmp_path / f"l.{ext}", LETTERS, LEGEND))
    assert [(r[0], r[2], r[3]) for r in rows] == LETTERS_WANT


def test_legend_in_the_type_column_heading(tmp_path):
    table = [r[:] for r in LETTERS]
    table[0][3] = "Тип точки (Ц – цифровая, О – онлайн, Ф – офлайн)"
    rows = _rows(_txt(tmp_path / "l.txt", table))
    assert [r[3] for r in rows] == ["digital", "digital", "offline"]


@pytest.mark.parametrize("make", [_docx, _txt], ids=["docx", "txt"])
def test_letters_and_cuts_without_legend(tmp_path, make):
    # no legend: one letter by the data's table, a cut by the start of one type's words
    table = [["№", "Процесс", "Точка взаимодействия", "Тип", "Потребность клиента"],
             ["1", "Выдача разрешений", "Мобильное приложение", "Ц", "Подача заявления"],
             ["2", "Выдача разрешений", "Центр «Мои документы»", "О", "Подача заявления"],
             ["3", "Выдача разрешений", "Колл-центр", "цифр.", "Получение консультации"],
             ["4", "Выдача разрешений", "Приёмная министерства", "офл.", "Получение консультации"],
             ["5", "Выдача разрешений", "Кабинет заявителя", "Оф", "Получение результата"],
             ["6", "Выдача разрешений", "Портал госуслуг", "онлайн", "Получение результата"]]
    ext = "docx" if make is _docx else "txt"
    rows = _rows(make(tmp_path / f"l.{ext}", table))
    assert [r[3] for r in rows] == ["digital", "offline", "digital", "offline", "offline", "digital"]
    assert [r[2] for r in rows] == ["Ц", "О", "цифр.", "офл.", "Оф", "онлайн"]


def test_type_values():
    assert read_type_value("D") == "digital" and read_type_value("O") == "offline"
    assert read_type_value("оф-лайн") == "offline" and read_type_value("Цифр") == "digital"
    # a mark, a word or an unknown letter is no type
    for value in ("+", "да", "нет", "не", "Х", ""):
        assert read_type_value(value) is None
    assert legend_entries("* Ц – цифровая точка взаимодействия, О – оффлайн") == {"ц": "digital", "о": "offline"}
    assert names_type_pair("Ц/О") and names_type_pair("цифр. / офл.")
    # the points themselves, of both kinds, are no type column; nor a yes/no column
    assert not names_type_pair("Точки взаимодействия (цифровые / офлайн)") and not names_type_pair("Да/нет")


ABBREVIATED = ["№", "Напр. деят-ти", "Процесс (усл., функц.)", "Канал вз-ия", "Тип т. вз.", "Потр-ти клиента", "Хар-ка"]


def test_abbreviated_header_columns():
    assert map_columns("touchpoint_list", ABBREVIATED) == {
        "group_no": 0, "direction": 1, "process": 2, "touchpoint": 3, "point_type": 4, "interaction": 5,
        "features": 6}
    # the ordinal column's «п/п.» is no cut word
    assert map_columns("touchpoint_list", ["№ п/п.", "Наим. точки", "Тип т. вз.", "Потр-ти клиента"]) == {
        "group_no": 0, "touchpoint": 1, "point_type": 2, "interaction": 3}


@pytest.mark.parametrize("make", [_docx, _txt], ids=["docx", "txt"])
def test_abbreviated_header_rows(tmp_path, make):
    table = [ABBREVIATED,
             ["1", "Поддержка сельхозпроизводителей", "Предоставление грантов", "Официальный сайт", "цифр.",
              "Получение информации", "круглосуточно"],
             ["", "", "Предоставление грантов", "Приёмная министерства", "офл.", "Подача заявки",
              "пн–пт 9:00–18:00"]]
    ext = "docx" if make is _docx else "txt"
    raw, _ = extract_touchpoints(make(tmp_path / f"l.{ext}", table))
    assert [(r["direction_raw"], r["process"], r["touchpoint_raw"], r["point_type_raw"], r["interaction_raw"],
             r["features_raw"]) for r in raw] == [
        ("Поддержка сельхозпроизводителей", "Предоставление грантов", "Официальный сайт", "цифр.",
         "Получение информации", "круглосуточно"),
        ("Поддержка сельхозпроизводителей", "Предоставление грантов", "Приёмная министерства", "офл.",
         "Подача заявки", "пн–пт 9:00–18:00")]


@pytest.mark.parametrize("make", [_docx, _txt], ids=["docx", "txt"])
def test_mark_columns_headed_by_cut_types(tmp_path, make):
    # a «+» in one of two narrow columns headed «Цифр.» | «Офл.»
    table = [["№", "Процесс", "Точка взаимодействия", "Цифр.", "Офл.", "Потребность клиента"],
             ["1", "Выдача разрешений", "Мобильное приложение", "+", "", "Подача заявления"],
             ["2", "Выдача разрешений", "Центр занятости населения", "", "+", "Получение консультации"]]
    ext = "docx" if make is _docx else "txt"
    rows = _rows(make(tmp_path / f"l.{ext}", table))
    assert [(r[0], r[2], r[3]) for r in rows] == [("Мобильное приложение", "Цифр.", "digital"),
                                                  ("Центр занятости населения", "Офл.", "offline")]


def test_type_on_a_line_under_the_channel(tmp_path):
    # converted text drawn with a grid: the type on the cell's last line, under the channel's name
    path = tmp_path / "grid.txt"
    path.write_text("\n".join([
        "Перечень точек взаимодействия",
        "┌───┬──────────────────────┬──────────────────────────┬──────────────────────┐",
        "│ № │ Процесс              │ Канал взаимодействия     │ Потребности клиента  │",
        "├───┼──────────────────────┼──────────────────────────┼──────────────────────┤",
        "│ 1 │ Выдача удостоверений │ Официальный сайт         │ Получение информации │",
        "│   │                      │ министерства             │                      │",
        "│   │                      │ цифровая                 │                      │",
        "├───┼──────────────────────┼──────────────────────────┼──────────────────────┤",
        "│ 2 │ Выдача удостоверений │ Запись онлайн            │ Подача заявления     │",
        "├───┼──────────────────────┼──────────────────────────┼──────────────────────┤",
        "│ 3 │ Выдача удостоверений │ Приёмная министерства    │ Получение результата │",
        "│   │                      │ офлайн-точка             │                      │",
        "└───┴──────────────────────┴──────────────────────────┴──────────────────────┘", ""]), encoding="utf-8")
    rows = _rows(read_text(path))
    assert [(r[0], r[2], r[3]) for r in rows] == [
        ("Официальный сайт министерства", "цифровая", "digital"),
        ("Запись онлайн", None, None),
        ("Приёмная министерства", "офлайн-точка", "offline")]


@pytest.mark.parametrize("make", [_docx, _txt], ids=["docx", "txt"])
def test_column_headed_by_type_letters(tmp_path, make):
    # the type column's heading is the pair of letters its values use: «D/O»
    table = [["№", "Наименование процесса", "Точка взаимодействия", "D/O", "Потребность клиента"],
             ["1", "Приём отчётности", "Личный кабинет на сайте", "D", "Представление отчёта"],
             ["2", "Приём отчётности", "Приёмная министерства", "O", "Представление отчёта"]]
    ext = "docx" if make is _docx else "txt"
    rows = _rows(make(tmp_path / f"l.{ext}", table))
    assert [(r[0], r[2], r[3]) for r in rows] == [("Личный кабинет на сайте", "D", "digital"),
                                                  ("Приёмная министерства", "O", "offline")]


def test_legend_in_a_footnote(tmp_path):
    # the legend is the type column heading's footnote, at the end of the converted text, far below the table
    table = [r[:] for r in LETTERS]
    table[0][3] = "Тип[1]"
    after = ("Заместитель министра", "И.И. Иванов", "Исполнитель: П.П. Петров", "тел. 39-25-00", "",
             "[1] Ц – цифровая точка; О – онлайн-точка; Ф – оффлайн-точка.")
    rows = _rows(_txt(tmp_path / "l.txt", table, after))
    assert [r[3] for r in rows] == ["digital", "digital", "offline"]


def test_footnotes_are_read_for_legends_once_a_document(monkeypatch):
    # a list of many tables (a table a direction) and many footnotes: each footnote was read
    # again for every table, tables × footnotes (600 of each: ~9 s)
    from parsers.document import Cell, Document, Paragraph, Row, Table
    from parsers.extract import point_type_cells
    n = 30
    blocks = []
    for i in range(n):
        # a paragraph of body text between the tables: each is a table of its own, not a continuation
        blocks += [Paragraph(f"Направление {i}: " + "сведения о порядке взаимодействия с клиентами " * 6),
                   Table([Row([Cell(t) for t in LETTERS[0]]), Row([Cell(t) for t in LETTERS[1]])])]
    notes = {str(k): f"Сведения по пункту {k}; Ц – цифровая точка, О – офлайн-точка." for k in range(n)}
    read = []
    monkeypatch.setattr(point_type_cells, "legend_entries",
                        lambda text: read.append(text) or legend_entries(text))
    records, _ = extract_touchpoints(Document(blocks, "txt", footnotes=notes))
    assert len(records) == n and all(r["point_type_code"] == "digital" for r in records)
    assert sorted(t for t in read if t in notes.values()) == sorted(notes.values())


def test_a_cell_of_many_brackets_names_no_type():
    # the rest of the cell was copied once per bracket before the bracket was tested:
    # 60 000 brackets took ~9 s; the time is shown by benchmarks/bench_hostile_inputs.py
    cell = "Сайт " + "(сайт) " * 60_000
    assert split_cell_type(cell) == (cell, None)
