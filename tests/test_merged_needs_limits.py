"""Where needs (or a kind) are NOT shared from the point above (review of
parsers/extract/merged_cells.py and parsers/extract/code_legend.py): a Word file records its
merges, so a cell it keeps as its own and leaves empty is empty; a list naming no process has no
process's points to merge over; a needs legend never decodes a direction column of numbers.
The wording is this file's own."""
from __future__ import annotations

from tests.fixtures.grid_docx import grid_docx

from parsers.document import Cell, Document, Paragraph, Row, Table
from parsers.extract.touchpoints import extract_touchpoints
from parsers.formats import docx as docx_reader
from parsers.formats.text import read as read_text

HEAD = ["№ п/п", "Процесс", "Точка взаимодействия", "Вид точки", "Потребности заявителя"]
ROWS = [["1.", "Запись в кружки", "Портал образования", "цифровая", "Записать ребёнка"],
        ["2.", "Запись в кружки", "Стенд в школе", "офлайн", ""]]


def _needs(doc) -> list[tuple]:
    return [(r["touchpoint_raw"], r["interaction_raw"]) for r in extract_touchpoints(doc)[0]]


def test_word_empty_cell_not_merged_is_no_needs(tmp_path):
    grid_docx(tmp_path / "n.docx", [HEAD, *ROWS], title="Перечень точек взаимодействия")
    # the stand's needs cell is Word's own cell, not merged with the portal's: it states none
    assert _needs(docx_reader.read(tmp_path / "n.docx")) == [("Портал образования", "Записать ребёнка"),
                                                              ("Стенд в школе", None)]


def test_converted_text_still_shares_a_cell_printed_once(tmp_path):
    lines = "\n".join("\t".join(r) for r in [HEAD, *ROWS])
    (tmp_path / "n.txt").write_text("Перечень точек взаимодействия\n\n" + lines + "\n", encoding="utf-8")
    assert _needs(read_text(tmp_path / "n.txt")) == [("Портал образования", "Записать ребёнка"),
                                                     ("Стенд в школе", "Записать ребёнка")]


def test_a_list_naming_no_process_shares_no_needs(tmp_path):
    head = ["№ п/п", "Точка взаимодействия", "Вид точки", "Потребности заявителя"]
    rows = [["1.", "Портал образования", "цифровая", "Записать ребёнка"],
            ["2.", "Стенд в школе", "офлайн", ""]]
    lines = "\n".join("\t".join(r) for r in [head, *rows])
    (tmp_path / "p.txt").write_text("Перечень точек взаимодействия\n\n" + lines + "\n", encoding="utf-8")
    assert _needs(read_text(tmp_path / "p.txt")) == [("Портал образования", "Записать ребёнка"),
                                                     ("Стенд в школе", None)]


def test_a_needs_legend_never_decodes_a_direction_column():
    head = ["№ п/п", "Направление", "Процесс", "Точка взаимодействия", "Потребности заявителя"]
    rows = [["1.", "1", "Запись в кружки", "Портал образования", "1"],
            ["2.", "2", "Выдача справок", "Окно приёма", "2"]]
    blocks = [Paragraph("Потребности заявителя:"), Paragraph("1 – Записать ребёнка;"),
              Paragraph("2 – Получить справку."), Paragraph("Перечень точек взаимодействия"),
              Table([Row([Cell(t) for t in r]) for r in [head, *rows]])]
    recs = extract_touchpoints(Document(blocks, "txt"))[0]
    assert ["Записать ребёнка" in r["interaction_raw"] for r in recs] == [True, False]   # the needs read by it
    assert not any("Записать" in (r["direction_raw"] or "") or "справку" in (r["direction_raw"] or "") for r in recs)
