"""A touchpoint list printed on its side — the fields as rows, a point a column, the block of field
rows starting again every few points — read turned (parsers/tables/transposed.py), with a cell
spanning several points (a process over its channels) the value of each.  A lone «Поле | значение»
table stays a record for the paragraph reader.  The wording is this file's own."""
from __future__ import annotations

from pathlib import Path

from docx import Document as new_docx

from parsers.document import Cell, Document, Paragraph, Row, Table
from parsers.extract.touchpoints import extract_touchpoints
from parsers.formats import docx as docx_reader
from parsers.formats.text import read as read_text
from parsers.tables.transposed import turn_transposed

LABELS = ["№", "Направление деятельности", "Процесс", "Способ взаимодействия (канал)", "Тип точки",
          "Потребность заявителя"]
# two bands: points 1–3 (the process «Выдача путёвок» over the first two), then point 4
BAND1 = [["1.", "2.", "3."],
         ["Социальная поддержка", "", ""],
         ["Выдача путёвок в лагеря", "", "Приём жалоб"],
         ["Электронная почта", "Окно приёма в МФЦ", "Телефон доверия"],
         ["цифровая", "офлайн", "офлайн"],
         ["Подать заявку", "Получить путёвку", "Сообщить о нарушении"]]
BAND2 = [["4."], ["Лицензирование"], ["Выдача лицензий"], ["Сайт управления"], ["цифровая"], ["Узнать о ходе рассмотрения"]]
# read from the bands by hand: (direction, process, channel, kind, needs)
WANT = [("Социальная поддержка", "Выдача путёвок в лагеря", "Электронная почта", "цифровая", "Подать заявку"),
        ("Социальная поддержка", "Выдача путёвок в лагеря", "Окно приёма в МФЦ", "офлайн", "Получить путёвку"),
        ("Социальная поддержка", "Приём жалоб", "Телефон доверия", "офлайн", "Сообщить о нарушении"),
        ("Лицензирование", "Выдача лицензий", "Сайт управления", "цифровая", "Узнать о ходе рассмотрения")]


def _records(doc) -> list[tuple]:
    return [(r["direction_raw"], r["process"], r["touchpoint_raw"], r["point_type_raw"], r["interaction_raw"])
            for r in extract_touchpoints(turn_transposed(doc))[0]]


def _text(path: Path) -> Path:
    """Converted text: the two bands one table, a spanning cell printed once, the rest left empty."""
    lines = [[label, *cells] for band in (BAND1, BAND2) for label, cells in zip(LABELS, band)]
    path.write_text("Перечень точек взаимодействия\n\n" + "\n".join("\t".join(r) for r in lines) + "\n",
                    encoding="utf-8")
    return path


def _docx(path: Path) -> Path:
    """Word: a table per band, the direction's cell spanning the band, the process over its channels."""
    d = new_docx()
    d.add_paragraph("Перечень точек взаимодействия")
    for band in (BAND1, BAND2):
        t = d.add_table(rows=len(LABELS), cols=1 + len(band[0]))
        for i, (label, cells) in enumerate(zip(LABELS, band)):
            t.cell(i, 0).text = label
            for j, text in enumerate(cells, start=1):
                if text:
                    t.cell(i, j).text = text
        if len(band[0]) > 1:
            t.cell(1, 1).merge(t.cell(1, len(band[0])))
            t.cell(2, 1).merge(t.cell(2, 2))
        d.add_paragraph("")
    d.save(path)
    return path


def test_converted_text_list_on_its_side(tmp_path):
    assert _records(read_text(_text(tmp_path / "t.txt"))) == WANT


def test_word_tables_on_their_side_with_spans(tmp_path):
    assert _records(docx_reader.read(_docx(tmp_path / "t.docx"))) == WANT


def _table(rows: list[list[str]]) -> Table:
    return Table([Row([Cell(t) for t in r]) for r in rows])


def test_a_lone_field_value_table_is_not_turned():
    """Two columns and no wider table turned beside it: a record «Поле | значение», left as it is."""
    doc = Document([Paragraph("Перечень точек взаимодействия"),
                    _table([[label, cells[0]] for label, cells in zip(LABELS, BAND2)])], "txt")
    assert turn_transposed(doc) is doc


def test_a_list_headed_across_is_not_turned():
    """A list with its header in the first row keeps its rows, whatever its first column says: here
    section rows and kinds' sub-rows written in it (their words name fields), and the row numbers."""
    head = ["№", "Канал взаимодействия", "Жизненная ситуация", "Потребность заявителя"]
    rows = [head, ["Раздел 1. Социальная поддержка", "", "", ""], ["Офлайн-точки взаимодействия", "", "", ""],
            ["1", "Приёмная", "Рождение ребёнка", "Подать заявление"],
            ["Раздел 2. Лицензирование", "", "", ""], ["Цифровые точки взаимодействия", "", "", ""],
            ["1", "Сайт", "Открытие аптеки", "Получить лицензию"]]
    doc = Document([_table(rows)], "txt")
    assert turn_transposed(doc) is doc


def test_a_row_of_channels_reading_like_headings_is_still_a_field_row(tmp_path):
    """Channels whose names hold a heading's words («… услуг (функций)», «… «Направления …»»): their
    row reads as a header across the table, but it is one of the first column's field rows."""
    channels = ["Портал услуг (функций) края", "Раздел «Направления деятельности» на сайте", "Телефон доверия"]
    band = [*BAND1[:3], channels, *BAND1[4:]]
    lines = [[label, *cells] for label, cells in zip(LABELS, band)]
    (tmp_path / "h.txt").write_text("Перечень точек взаимодействия\n\n" + "\n".join("\t".join(r) for r in lines)
                                    + "\n", encoding="utf-8")
    got = _records(read_text(tmp_path / "h.txt"))
    assert [(r[1], r[2]) for r in got] == [(w[1], c) for w, c in zip(WANT, channels)]


# one item described field by field, its notes in a third column filled here and there
CARD = [["Мероприятие", "Проведение опроса удовлетворённости посетителей", ""],
        ["Срок исполнения", "IV квартал", "ежегодно"],
        ["Ответственный исполнитель", "Отдел по работе с обращениями", ""]]
CARD_HEAD = ["Параметр", "Значение", "Примечание"]


def _card_docx(path: Path, rows: list[list[str]]) -> Path:
    d = new_docx()
    d.add_paragraph("План мероприятий")
    t = d.add_table(rows=len(rows), cols=3)
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            if text:
                t.cell(i, j).text = text
    d.save(path)
    return path


def _card_text(path: Path, rows: list[list[str]]) -> Path:
    path.write_text("План мероприятий\n\n" + "\n".join("\t".join(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_a_record_card_with_notes_is_not_turned(tmp_path):
    """A three-column card (values, then notes in one row of three) holds one item: no list on its
    side, with its header row «Параметр | Значение | Примечание» or without it, txt or Word."""
    for name, rows in (("head", [CARD_HEAD, *CARD]), ("bare", CARD)):
        for doc in (read_text(_card_text(tmp_path / f"{name}.txt", rows)),
                    docx_reader.read(_card_docx(tmp_path / f"{name}.docx", rows))):
            assert any(isinstance(b, Table) and b.n_cols == 3 for b in doc.blocks), (name, doc.format)
            assert turn_transposed(doc) is doc, (name, doc.format)


def test_a_sparse_column_beside_a_list_of_several_points_is_still_turned():
    """The same rule counts points, not columns: a band of two filled points and a third filled in
    one row is a list of several points, all its columns turned."""
    band = [[label, *cells[:2], cells[2] if i == 3 else ""] for i, (label, cells) in enumerate(zip(LABELS, BAND1))]
    turned = turn_transposed(Document([_table(band)], "txt"))
    assert [len(t.rows) for t in turned.blocks] == [4]


# the same card, its notes filling most of its rows: two columns after the labels are filled in
# every row, as two points would be
CARD_NOTED = [["Мероприятие", "Проведение опроса удовлетворённости посетителей", "по согласованию с учреждениями"],
              ["Срок исполнения", "IV квартал", "ежегодно"],
              ["Ответственный исполнитель", "Отдел по работе с обращениями", ""]]


def test_a_record_card_under_its_own_column_headings_is_never_turned(tmp_path):
    """A card headed «Параметр | Значение | Примечание» — a first row naming no field and no point,
    its own columns' headings — is one record however many of its rows hold notes, txt or Word."""
    rows = [CARD_HEAD, *CARD_NOTED]
    for doc in (read_text(_card_text(tmp_path / "noted.txt", rows)),
                docx_reader.read(_card_docx(tmp_path / "noted.docx", rows))):
        assert any(isinstance(b, Table) and b.n_cols == 3 for b in doc.blocks), doc.format
        assert turn_transposed(doc) is doc, doc.format


def test_a_list_on_its_side_under_a_row_of_point_numbers_is_still_turned():
    """The card's rule reads the first row's cells: a list's first row numbering its points
    («Показатель | 1 | 2», the label naming no field) still opens a list on its side."""
    band = [["Показатель", "1", "2"], *[[label, *cells[:2]] for label, cells in zip(LABELS[1:], BAND1[1:])]]
    turned = turn_transposed(Document([_table(band)], "txt"))
    assert [len(t.rows) for t in turned.blocks] == [3]
