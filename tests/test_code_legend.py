"""Directions written as codes with their legend beside the list (parsers/extract/code_legend.py):
«А – …», «II – …» lines above the table, or a two-column table of codes under it; a column of
names, or one whose code the legend lacks, is left as written.  Also needs (and a kind) merged
over a process's points — Word's vMerge, converted text's cell printed once — shared by those
points, never by the next process's (parsers/extract/merged_cells.py).  The wording is this
file's own."""
from __future__ import annotations

from tests.fixtures.grid_docx import grid_docx

from parsers.document import Cell, Document, Paragraph, Row, Table
from parsers.extract.code_legend import code_key, coded_values, find_code_legends
from parsers.extract.touchpoints import extract_touchpoints
from parsers.formats import docx as docx_reader
from parsers.formats.text import read as read_text

HEAD = ["№ п/п", "Шифр направления", "Процесс", "Точка взаимодействия", "Вид точки", "Потребности заявителя"]


def _rows(directions: list[str]) -> list[list[str]]:
    return [["1.", directions[0], "Выдача охотничьих билетов", "Портал госуслуг", "цифровая", "Подать заявление"],
            ["2.", directions[1], "Согласование вырубки", "Приёмная комитета", "офлайн", "Получить разрешение"]]


def _doc(above: list[str], directions: list[str], under: list[list[str]] | None = None) -> Document:
    blocks = [Paragraph("Перечень точек взаимодействия")] + [Paragraph(t) for t in above]
    blocks.append(Table([Row([Cell(t) for t in r]) for r in [HEAD, *_rows(directions)]]))
    if under:
        blocks.append(Table([Row([Cell(t) for t in r]) for r in under]))
    return Document(blocks, "txt")


def _directions(doc) -> list[str]:
    return [r["direction_raw"] for r in extract_touchpoints(doc)[0]]


def test_letter_codes_read_by_the_lines_above():
    doc = _doc(["Шифры направлений:", "А – Охрана животного мира;", "Б – Лесные отношения."], ["А", "Б"])
    assert _directions(doc) == ["Охрана животного мира", "Лесные отношения"]


def test_roman_codes_read_by_a_table_under_the_list():
    under = [["Шифр", "Направление"], ["I", "Охрана животного мира"], ["II", "Лесные отношения"]]
    assert _directions(_doc([], ["I.", "II"], under)) == ["Охрана животного мира", "Лесные отношения"]


def test_a_code_the_legend_lacks_leaves_the_column_as_written():
    doc = _doc(["А – Охрана животного мира;", "Б – Лесные отношения."], ["А", "В"])
    assert _directions(doc) == ["А", "В"]


def test_names_are_never_read_as_codes():
    doc = _doc(["1 – Охрана животного мира;", "2 – Лесные отношения."], ["Охрана природы", "Лесные отношения"])
    assert _directions(doc) == ["Охрана природы", "Лесные отношения"]


def test_code_forms_and_legend_lines():
    assert [code_key(t) for t in ("1", "1.", "«А»", "IV", "Н-2", "Охрана", "1 2")] == ["1", "1", "а", "iv", "н-2",
                                                                                   None, None]
    doc = Document([Paragraph("1 – первое;"), Paragraph("2 — второе."), Paragraph("Текст приказа."),
                    Paragraph("к1 = третье")], "txt")
    legends = find_code_legends(doc)
    assert [(g.at, g.entries) for g in legends] == [(0, {"1": "первое", "2": "второе"})]
    assert coded_values(["1", "2", ""], legends, 3, 3, -1, 4) == {"1": "первое", "2": "второе"}
    assert coded_values(["1", "3"], legends, 3, 3, -1, 4) is None


MERGED = [["1.", "Выдача охотничьих билетов", "Портал госуслуг", "цифровая", "Подать заявление"],
          ["2.", "Выдача охотничьих билетов", "Приёмная комитета", "офлайн", ""],
          ["3.", "Согласование вырубки", "Электронная почта", "цифровая", "Получить разрешение"],
          ["4.", "Согласование вырубки", "Почта России", "", ""],
          ["5.", "Учёт лесных участков", "Телефон отдела", "офлайн", ""],
          ["6.", "Выдача копий планов", "Окно выдачи", "офлайн", "Получить копию"],
          ["7.", "Выдача копий планов", "Почта", "–", "–"]]
# read from MERGED: the needs and kind cells printed once over each process's points; the fifth
# process states no needs of its own and takes none from the process above; a dash says «no data»
WANT = [("Портал госуслуг", "цифровая", "Подать заявление"), ("Приёмная комитета", "офлайн", "Подать заявление"),
        ("Электронная почта", "цифровая", "Получить разрешение"),
        ("Почта России", "цифровая", "Получить разрешение"), ("Телефон отдела", "офлайн", None),
        ("Окно выдачи", "офлайн", "Получить копию"), ("Почта", None, None)]
MHEAD = ["№ п/п", "Процесс", "Точка взаимодействия", "Вид точки", "Потребности заявителя"]


def _shared(doc) -> list[tuple]:
    return [(r["touchpoint_raw"], r["point_type_raw"], r["interaction_raw"]) for r in extract_touchpoints(doc)[0]]


def test_needs_printed_once_over_a_process_in_converted_text(tmp_path):
    lines = "\n".join("\t".join(r) for r in [MHEAD, *MERGED])
    (tmp_path / "m.txt").write_text("Перечень точек взаимодействия\n\n" + lines + "\n", encoding="utf-8")
    assert _shared(read_text(tmp_path / "m.txt")) == WANT


def test_needs_merged_down_in_word(tmp_path):
    grid_docx(tmp_path / "m.docx", [MHEAD, *MERGED], title="Перечень точек взаимодействия",
              merges=((1, 4, 2, 4), (3, 4, 4, 4), (3, 3, 4, 3)))
    assert _shared(docx_reader.read(tmp_path / "m.docx")) == WANT
