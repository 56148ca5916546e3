"""A procedure's lists as an appendix table with a remarks column (parsers/extract/notetable.py):
«№ п/п | Наименование | Примечание», a full-width row per list (its lead-in, numbered «2.»,
often without the colon a text lead-in ends with) and an item a row («2.1. | … | при наличии»).

Composed in the form of appendices to regional orders — a «Перечень …» table with the ГОСТ
columns «№ п/п», «Наименование», «Примечание» — holding the lists of a procedure as its numbered
points state them (cf. the recommendations annexed to order N 48-П of the Mordovia ministry of
agriculture, https://base.garant.ru/408537767/, listing directions, digital and offline points
point by point).  Converted text prints the full-width rows as bold lines between parts of the
table; Word keeps one table with merged rows.  Goldens written by reading the tables."""
from __future__ import annotations

from docx import Document as WordDocument

from parsers.document import Cell, Row, Table
from parsers.extract.notetable import note_columns, without_notes
from parsers.extract.procedure import extract_procedure
from parsers.formats import read_document
from parsers.formats.text import parse_text

TITLE = "ПОРЯДОК ведения перечня точек взаимодействия министерства с клиентами"
LISTS = [
    ("1. Направления деятельности министерства", [("Социальная поддержка семей с детьми", "при наличии"),
                                                 ("Опека и попечительство", "")]),
    ("2. Цифровые точки взаимодействия", [("Официальный сайт министерства", "—"),
                                         ("Электронная почта приёмной", "с 2025 года")]),
    # a lead-in of more than a subheading's words that lost its colon in the table's row
    ("3. Клиент может обратиться в министерство лично или письменно посредством",
     [("Приёмная министерства, каб. 102", "по мере внедрения"), ("Почтовое отправление", "")]),
    ("4. Потребности клиентов", [("Получение консультации", ""), ("Подача заявления", "при наличии")]),
]
GOLD = [("direction", "Социальная поддержка семей с детьми"), ("direction", "Опека и попечительство"),
        ("channel_digital", "Официальный сайт министерства"), ("channel_digital", "Электронная почта приёмной"),
        ("channel_offline", "Приёмная министерства, каб. 102"), ("channel_offline", "Почтовое отправление"),
        ("need", "Получение консультации"), ("need", "Подача заявления")]


def _got(doc) -> list[tuple[str, str]]:
    return [(r["list_kind"], r["text_raw"]) for r in extract_procedure(doc, titled=True)]


def test_converted_text_with_lead_in_lines_between_parts():
    lines = [TITLE, "3.1. Сведения, включаемые в перечень, приведены в приложении к Порядку.",
             "**Сведения, включаемые в перечень**", "№ п/п\tНаименование\tПримечание"]
    for lead, items in LISTS:
        lines.append(f"**{lead}**")
        no = lead.split(".")[0]
        lines += [f"{no}.{k}.\t{name}\t{note}" for k, (name, note) in enumerate(items, 1)]
    got = _got(parse_text("\n".join(lines) + "\n"))
    assert got == GOLD                     # the remarks («при наличии», «с 2025 года») are no items


def _word_table(path, number_apart: bool):
    """The lists as one Word table; a lead-in row spans the table, or, `number_apart`, keeps its
    number in the «№» cell and spans the other two."""
    d = WordDocument()
    d.add_paragraph(TITLE)
    d.add_paragraph("Сведения, включаемые в перечень")
    rows = [("№ п/п", "Наименование", "Примечание")]
    spans = []
    for lead, items in LISTS:
        spans.append(len(rows))
        rows.append((lead, "", ""))
        no = lead.split(".")[0]
        rows += [(f"{no}.{k}.", name, note) for k, (name, note) in enumerate(items, 1)]
    t = d.add_table(rows=len(rows), cols=3)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            if text:
                t.cell(i, j).text = text
    for i in spans:                      # the lead-in spans the row
        if number_apart:
            no, lead = rows[i][0].split(" ", 1)
            t.cell(i, 0).text = no
            t.cell(i, 1).merge(t.cell(i, 2)).text = lead
        else:
            t.cell(i, 0).merge(t.cell(i, 2)).text = rows[i][0]
    d.save(path)
    return path


def test_word_table_with_full_width_lead_in_rows(tmp_path):
    assert _got(read_document(_word_table(tmp_path / "p.docx", False), "docx")) == GOLD
    assert _got(read_document(_word_table(tmp_path / "q.docx", True), "docx")) == GOLD


def _table(*rows: tuple[str, ...]) -> Table:
    return Table([Row([Cell(t) for t in r]) for r in rows])


def test_only_a_remarks_heading_past_the_first_column_is_left_out():
    assert note_columns(_table(("№ п/п", "Наименование", "Примечание"), ("1.", "Сайт", "—"))) == {2}
    assert note_columns(_table(("№", "Наименование", "Комментарии"), ("1.", "Сайт", "—"))) == {2}
    # a data table: its third column is a value, not a remark
    assert note_columns(_table(("№ п/п", "Наименование", "Срок"), ("1.", "Сайт", "2025"))) == frozenset()
    # no column naming the items beside the remarks: nothing to read them from
    assert note_columns(_table(("№ п/п", "Примечание"), ("1.", "—"))) == frozenset()


def test_a_remarks_table_of_data_columns_stays_data():
    """«№ | Наименование | Срок | Примечание»: the rows still hold values beyond the item, so the
    table is no list and gives no items under a lead-in above it."""
    text = (f"{TITLE}\nЦифровые точки взаимодействия:\n№ п/п\tНаименование\tСрок\tПримечание\n"
            "1.\tОфициальный сайт\t2025 год\t—\n2.\tЧат-бот\t2026 год\tпри наличии\n")
    assert [k for k, _ in _got(parse_text(text))] == []


UNNUMBERED = [("Направления деятельности, по которым формируется перечень", ["Опека и попечительство"]),
              # longer than a subheading, no number, no colon: a lead-in by being the row across the table
              ("Клиент может обратиться в министерство лично или письменно посредством",
               ["Приёмная министерства, каб. 102", "Почтовое отправление"]),
              ("При формировании перечня учитываются следующие электронные каналы связи с клиентом",
               ["Официальный сайт министерства"])]
GOLD_UNNUMBERED = [("direction", "Опека и попечительство"), ("channel_offline", "Приёмная министерства, каб. 102"),
                   ("channel_offline", "Почтовое отправление"), ("channel_digital", "Официальный сайт министерства")]


def test_unnumbered_lead_in_rows_of_any_length(tmp_path):
    lines = [TITLE, "№ п/п\tНаименование\tПримечание"]
    for lead, items in UNNUMBERED:
        lines += [f"**{lead}**"] + [f"{k}.\t{name}\tпри наличии" for k, name in enumerate(items, 1)]
    assert _got(parse_text("\n".join(lines) + "\n")) == GOLD_UNNUMBERED
    d = WordDocument()
    d.add_paragraph(TITLE)
    n = 1 + sum(1 + len(items) for _, items in UNNUMBERED)
    t = d.add_table(rows=n, cols=3)
    for j, h in enumerate(("№ п/п", "Наименование", "Примечание")):
        t.cell(0, j).text = h
    i = 1
    for lead, items in UNNUMBERED:
        t.cell(i, 0).merge(t.cell(i, 2)).text = lead
        for k, name in enumerate(items, 1):
            t.cell(i + k, 0).text, t.cell(i + k, 1).text, t.cell(i + k, 2).text = f"{k}.", name, "—"
        i += 1 + len(items)
    d.save(tmp_path / "u.docx")
    assert _got(read_document(tmp_path / "u.docx", "docx")) == GOLD_UNNUMBERED


def test_a_remark_merged_down_over_items_makes_no_lead_in(tmp_path):
    """One remark merged down over a list's items («при наличии» over «1.» and «2.») covers their
    remark cells from above: they stay items, only the rows across the table are lead-ins."""
    d = WordDocument()
    d.add_paragraph(TITLE)
    n = 1 + sum(1 + len(items) for _, items in LISTS)
    t = d.add_table(rows=n, cols=3)
    for j, h in enumerate(("№ п/п", "Наименование", "Примечание")):
        t.cell(0, j).text = h
    i = 1
    for lead, items in LISTS:
        t.cell(i, 0).merge(t.cell(i, 2)).text = lead
        no = lead.split(".")[0]
        for k, (name, _) in enumerate(items, 1):
            t.cell(i + k, 0).text, t.cell(i + k, 1).text = f"{no}.{k}.", name
        t.cell(i + 1, 2).merge(t.cell(i + 2, 2)).text = "при наличии технической возможности"
        i += 1 + len(items)
    d.save(tmp_path / "m.docx")
    doc = read_document(tmp_path / "m.docx", "docx")
    table = next(b for b in without_notes(doc).blocks if isinstance(b, Table))
    items = [r.texts[1] for r in table.rows if r.texts[0][:1].isdigit() and r.texts[1]]
    assert items == [name for _, its in LISTS for name, _ in its]      # no colon closes an item
    assert _got(doc) == GOLD


def test_lead_in_rows_printed_as_rows_of_the_table():
    """Converted text printing a lead-in as a row of its own («3.<tab>Клиент может … посредством<tab>»):
    a numbered line over its own sub-points, read as a lead-in though no colon closes it."""
    lines = [TITLE, "№ п/п\tНаименование\tПримечание"]
    for lead, items in LISTS:
        no, rest = lead.split(" ", 1)
        lines.append(f"{no}\t{rest}\t")
        lines += [f"{no}{k}.\t{name}\t{note}" for k, (name, note) in enumerate(items, 1)]
    assert _got(parse_text("\n".join(lines) + "\n")) == GOLD


def test_a_section_heading_over_its_sub_points_is_no_lead_in():
    """A procedure's section heading naming points or channels, longer than a subheading, over
    sub-points that are sentences: a heading (no predicate), its sentences no items."""
    text = (f"{TITLE}\n"
            "2. Порядок формирования и актуализации перечня цифровых точек взаимодействия министерства с клиентами\n"
            "2.1. Перечень формируется структурными подразделениями министерства.\n"
            "2.2. Перечень утверждается приказом министерства.\n"
            "3. Выявление потребностей клиентов при обращении в министерство лично или письменно\n"
            "3.1. Сотрудник фиксирует обращение в журнале.\n3.2. Обращение рассматривается в течение 30 дней.\n")
    assert _got(parse_text(text)) == []
