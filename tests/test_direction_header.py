"""A list printed a table per direction, the direction the table's first header row — a row of one text
above the column names, repeated with them on every page (parsers/tables/direction_header.py) —, and
such tables printed in two parts by columns with a direction of one point, counts between them
(column_parts.py, note_rows.py).  The lists are this file's own."""
from __future__ import annotations

from docx import Document as new_docx
from docx.oxml import OxmlElement

from parsers.extract.touchpoints import extract_touchpoints
from parsers.formats import docx as docx_reader
from parsers.formats.text import read as read_text

HEADER = ["№", "Процесс", "Канал взаимодействия", "Тип точки", "Потребности"]
PARTS = [
    ("Лесное хозяйство", [["1", "Выдача лесорубочного билета", "Портал государственных услуг", "цифровая",
                           "Подать заявку"],
                          ["2", "Выдача лесорубочного билета", "Приёмная лесничества", "офлайн", "Получить бланк"]]),
    ("Охрана животного мира", [["3", "Выдача охотничьего билета", "Телефон горячей линии", "офлайн",
                                "Узнать сроки рассмотрения"]]),
]


def _repeat(row) -> None:
    row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))


def _docx(path, parts, marked=True, title="Перечень точек взаимодействия"):
    d = new_docx()
    d.add_paragraph().add_run(title).bold = True
    for direction, rows in parts:
        t = d.add_table(rows=2 + len(rows), cols=len(HEADER))
        t.cell(0, 0).merge(t.cell(0, len(HEADER) - 1)).text = direction
        for j, h in enumerate(HEADER):
            t.cell(1, j).text = h
        for i, row in enumerate(rows, start=2):
            for j, text in enumerate(row):
                t.cell(i, j).text = text
        if marked:
            _repeat(t.rows[0])
            _repeat(t.rows[1])
        d.add_paragraph("")
    d.save(path)
    return docx_reader.read(path)


def _directions(doc):
    return [r["direction_raw"] for r in extract_touchpoints(doc)[0]]


def test_the_first_header_row_is_the_tables_direction(tmp_path):
    """Marked to repeat with the header: the first table's direction too (the later tables' direction
    rows were read before, as rows between stitched parts)."""
    assert _directions(_docx(tmp_path / "m.docx", PARTS)) == ["Лесное хозяйство"] * 2 + ["Охрана животного мира"]


def test_unmarked_the_tables_after_it_opening_alike_say_so(tmp_path):
    """Not marked (a PDF, a Word file whose header is not set to repeat): the next table opening with a
    direction row over the same column names says the first's row is its direction too."""
    assert _directions(_docx(tmp_path / "u.docx", PARTS, marked=False)) == \
        ["Лесное хозяйство"] * 2 + ["Охрана животного мира"]


def test_a_lone_title_row_above_the_header_is_no_direction(tmp_path):
    """One table, its one-text row above the header not marked to repeat and no table after it opening
    alike: a title (the body's name here), not the rows' direction."""
    doc = _docx(tmp_path / "t.docx", [("Министерство лесного хозяйства области", PARTS[0][1])], marked=False)
    assert _directions(doc) == [None, None]


def _txt_two_parts(path):
    """Each direction's table printed in two parts by columns (graphs 1–3, then 1, 4–5), a count of its
    rows after each part (a line of its own: passed over as no row), the last direction of one point."""
    lines = ["ПЕРЕЧЕНЬ точек взаимодействия", ""]
    for direction, rows in PARTS:
        for n, cols in enumerate(((0, 1, 2), (0, 3, 4))):
            if n:
                lines += ["", "(продолжение таблицы, графы 1, 4–5)", ""]
            lines.append(f"**{direction}**")
            lines.append("\t".join(HEADER[c] for c in cols))
            lines.append("\t".join(str(c + 1) for c in cols))
            lines += ["\t".join(r[c] for c in cols) for r in rows]
            lines += [f"**Итого по направлению: {len(rows)}**", ""]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return read_text(path)


def test_column_parts_of_one_point_with_counts_between_are_joined(tmp_path):
    recs = extract_touchpoints(_txt_two_parts(tmp_path / "p.txt"))[0]
    assert [(r["direction_raw"], r["touchpoint_raw"], r["point_type_raw"]) for r in recs] == [
        ("Лесное хозяйство", "Портал государственных услуг", "цифровая"),
        ("Лесное хозяйство", "Приёмная лесничества", "офлайн"),
        ("Охрана животного мира", "Телефон горячей линии", "офлайн")]
    assert recs[2]["interaction_raw"] == "Узнать сроки рассмотрения"
