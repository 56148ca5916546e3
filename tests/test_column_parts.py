"""A wide touchpoint list printed in two parts by columns (`tables.column_parts`): the second
table repeats «№» and the row numbers under a header naming the fields the first lacks; its
cells belong to the same rows.  Two lists, each with a full header, stay two lists."""
from __future__ import annotations

from docx import Document as WordDocument

from parsers.extract.touchpoints import extract_touchpoints
from parsers.formats import read_document
from parsers.formats.text import parse_text

FIRST = [["№ п/п", "Наименование процесса", "Точка взаимодействия"], ["1", "2", "3"],
         ["1", "Выдача лицензии", "Портал госуслуг"], ["2", "Выдача лицензии", "Приёмная министерства"],
         ["3", "Приём обращений", "Телефон горячей линии"]]
SECOND = [["№ п/п", "Тип точки", "Особенности взаимодействия"], ["1", "4", "5"],
          ["1", "Цифровая", "Круглосуточно"], ["2", "Офлайн", "По записи"], ["3", "Офлайн", "В рабочие часы"]]
# a list of its own: a full header again, its own numbering 1..3
OTHER = [["№ п/п", "Наименование процесса", "Точка взаимодействия", "Тип точки"], ["1", "2", "3", "4"],
         ["1", "Выдача справок", "Электронная почта", "Цифровая"], ["2", "Выдача справок", "Окно приёма", "Офлайн"],
         ["3", "Выдача справок", "Почтовое отправление", "Офлайн"]]
CAPTION = "Продолжение таблицы (графы 1, 4, 5)"


def _txt(*tables) -> list[dict]:
    lines = ["Перечень точек взаимодействия"]
    for n, t in enumerate(tables):
        lines += [CAPTION] if n else []
        lines += ["\t".join(r) for r in t]
    return extract_touchpoints(parse_text("\n".join(lines) + "\n"))[0]


def _docx(tmp_path, *tables) -> list[dict]:
    doc = WordDocument()
    doc.add_paragraph("Перечень точек взаимодействия")
    for n, t in enumerate(tables):
        if n:
            doc.add_paragraph(CAPTION)
        grid = doc.add_table(rows=len(t), cols=len(t[0]))
        for r, row in enumerate(t):
            for c, text in enumerate(row):
                grid.cell(r, c).text = text
    path = tmp_path / "list.docx"
    doc.save(path)
    return extract_touchpoints(read_document(path, "docx"))[0]


def _got(recs):
    return [(r["touchpoint_raw"], r["point_type_raw"], r["process"]) for r in recs]


JOINED = [("Портал госуслуг", "Цифровая", "Выдача лицензии"), ("Приёмная министерства", "Офлайн", "Выдача лицензии"),
          ("Телефон горячей линии", "Офлайн", "Приём обращений")]


def test_second_part_by_columns_joins_the_same_rows_txt():
    recs = _txt(FIRST, SECOND)
    assert _got(recs) == JOINED
    assert [r["features_raw"] for r in recs] == ["Круглосуточно", "По записи", "В рабочие часы"]


def test_second_part_by_columns_joins_the_same_rows_docx(tmp_path):
    recs = _docx(tmp_path, FIRST, SECOND)
    assert _got(recs) == JOINED
    assert [r["features_raw"] for r in recs] == ["Круглосуточно", "По записи", "В рабочие часы"]


def test_two_lists_with_full_headers_stay_apart(tmp_path):
    want = [(t, None, p) for _, p, t in FIRST[2:]] + [(t, k, p) for _, p, t, k in OTHER[2:]]
    assert _got(_txt(FIRST, OTHER)) == want
    assert _got(_docx(tmp_path, FIRST, OTHER)) == want


def test_other_row_numbers_are_not_joined():
    second = SECOND[:2] + [["1", "Цифровая", "Круглосуточно"], ["2", "Офлайн", "По записи"]]
    assert [r["point_type_raw"] for r in _txt(FIRST, second)][:3] == [None, None, None]


def test_parts_broken_by_note_lines_join_fragment_by_fragment():
    """Each part runs over two tables (a note line between its rows): every row still gets its own cells."""
    note = "Примечание: сведения уточняются ежегодно."
    lines = ["Перечень точек взаимодействия"] + ["\t".join(r) for r in FIRST[:4]] + [note] + ["\t".join(FIRST[4])]
    lines += [CAPTION] + ["\t".join(r) for r in SECOND[:4]] + [note] + ["\t".join(SECOND[4])]
    recs = extract_touchpoints(parse_text("\n".join(lines) + "\n"))[0]
    assert _got(recs) == JOINED
    # the note stands right under the second point's rows (in both parts): a remark said of that point,
    # kept in its features (parsers/extract/block_rows.py), not lost
    feats = [r["features_raw"] for r in recs]
    assert feats[0::2] == ["Круглосуточно", "В рабочие часы"]
    assert feats[1].startswith("По записи") and feats[1].count("уточняются ежегодно") == 1


def test_a_title_row_above_the_second_part_header(tmp_path):
    """Both parts open with a one-text row naming the direction (a title above the header)."""
    title = [["Направление деятельности «Лицензирование»", "", ""]]
    recs = _docx(tmp_path, title + FIRST, title + SECOND)
    assert _got(recs) == JOINED


def test_totals_closing_both_parts_are_no_lines_between_them():
    """Converted text writes the full-width total rows each part closes with as lines of their own: after the
    first part two totals, then the caption and a title line (four lines) — the second part's totals after it
    say they are the table's rows, so the parts still join."""
    totals = ["Итог по разделу: 3 точки", "Итог по перечню: 3 точки"]
    lines = ["Перечень точек взаимодействия", *["\t".join(r) for r in FIRST], *totals, CAPTION, "Раздел первый",
             *["\t".join(r) for r in SECOND], *totals]
    recs = extract_touchpoints(parse_text("\n".join(lines) + "\n"))[0]
    assert _got(recs) == JOINED


def test_four_lines_between_tables_not_repeated_keep_them_apart():
    """Without the totals printed again after the second table, four lines between the tables are text
    between two tables, as before: the second table is not a part of the first."""
    lines = ["Перечень точек взаимодействия", *["\t".join(r) for r in FIRST], "Первая строка.", "Вторая строка.",
             CAPTION, "Раздел первый", *["\t".join(r) for r in SECOND]]
    recs = extract_touchpoints(parse_text("\n".join(lines) + "\n"))[0]
    assert [r["point_type_raw"] for r in recs][:3] == [None, None, None]


def test_a_direction_of_one_point_joins_where_the_list_was_joined_before():
    """A list split by columns throughout, a direction per pair of tables: the second direction holds one
    point, too few rows alone to join on, but its second part's header is the one joined above."""
    second_first = FIRST[:2] + [["4", "Приём обращений", "Электронная приёмная"]]
    second_second = SECOND[:2] + [["4", "Цифровая", "Круглосуточно"]]
    lines = ["Перечень точек взаимодействия", *["\t".join(r) for r in FIRST], CAPTION, *["\t".join(r) for r in SECOND],
             "Раздел второй", *["\t".join(r) for r in second_first], CAPTION, *["\t".join(r) for r in second_second]]
    recs = extract_touchpoints(parse_text("\n".join(lines) + "\n"))[0]
    assert _got(recs) == JOINED + [("Электронная приёмная", "Цифровая", "Приём обращений")]


def test_one_point_alone_is_not_joined():
    """The same single-row pair with no part joined before it: one row number is too little to join on."""
    lines = ["Перечень точек взаимодействия", *["\t".join(r) for r in FIRST[:2] + [["4", "Приём обращений",
             "Электронная приёмная"]]], CAPTION, *["\t".join(r) for r in SECOND[:2] + [["4", "Цифровая", "Круглосуточно"]]]]
    recs = extract_touchpoints(parse_text("\n".join(lines) + "\n"))[0]
    assert recs[0]["point_type_raw"] is None
