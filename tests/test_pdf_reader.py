"""Text PDF reader on the seeds printed by LibreOffice from their .docx, and line joins."""
from __future__ import annotations

import pdfplumber
import pytest

from parsers.formats import docx, pdf
from parsers.formats.wordjoin import glue, join_lines


@pytest.mark.parametrize("lines, forced, expected", [
    (["Многофункциональ", "ный центр"], None, "Многофункциональный центр"),
    (["много-", "функциональный"], None, "многофункциональный"),
    (["Офлайн-", "точка"], None, "Офлайн-точка"),                 # a compound keeps its hyphen
    (["Телефонная", "связь"], None, "Телефонная связь"),
    (["Цифрова", "я точка"], None, "Цифровая точка"),
    (["Паксина Е.Б. -", "заместитель"], None, "Паксина Е.Б. - заместитель"),
    (["почта mincult-", "kuzbass@ako.ru"], None, "почта mincult-kuzbass@ako.ru"),
    (["kuzbass@ako.", "ru"], [True], "kuzbass@ako.ru"),
    (["kuzbass@ako.ru", "attestazia.cro@mail.ru"], [True], "kuzbass@ako.ru attestazia.cro@mail.ru"),
])
def test_join_lines(lines, forced, expected):
    assert join_lines(lines, forced) == expected


def test_two_known_words_stay_apart_unless_the_layout_forced_the_break():
    assert glue("по", "рядок") == "по рядок"
    assert glue("по", "рядок", forced=True) == "порядок"


def _rows(table, skip_repeats=False):
    return [r.texts for r in table.rows if not (skip_repeats and r.is_header and r is not table.rows[0])]


def test_seed_000_tables_stitched_across_pages(seed_files):
    doc = pdf.read(seed_files["000.pdf"])
    ref = docx.read(seed_files["000.docx"])
    tables, ref_tables = list(doc.tables()), list(ref.tables())
    assert len(tables) == len(ref_tables) == 2        # one per docx table, however many pages
    assert doc.pages == len(pdfplumber.open(seed_files["000.pdf"]).pages) > 5
    for t, r in zip(tables, ref_tables):
        assert len({row.source.page for row in t.rows}) >= 2
        # repeated header rows dropped, rows split by the page break re-joined
        assert len(t.rows) == len(r.rows)
        assert _rows(t) == _rows(r)
        assert [[(c.covered, c.rowspan, c.colspan) for c in row.cells] for row in t.rows[:12]] == \
               [[(c.covered, c.rowspan, c.colspan) for c in row.cells] for row in r.rows[:12]]
    assert tables[0].rows[0].is_header                 # it repeated on the next page
    assert [row.source.row for row in tables[1].rows] == list(range(len(tables[1].rows)))


def test_seed_000_narrow_column_words_are_mended(seed_files):
    words = {w["text"] for page in pdfplumber.open(seed_files["000.pdf"]).pages for w in page.extract_words()}
    assert "Цифрова" in words                          # the fixture really breaks the word...
    cells = {c.text for t in pdf.read(seed_files["000.pdf"]).tables() for r in t.rows for c in r.cells}
    assert "Цифровая точка" in cells and not any("Цифрова " in c for c in cells)   # ...and it is mended


def test_seed_001_paragraphs_footnotes_and_roadmap(seed_files):
    doc = pdf.read(seed_files["001.pdf"])
    ref = docx.read(seed_files["001.docx"])
    assert [p.text for p in doc.paragraphs()] == [p.text for p in ref.paragraphs()]
    assert doc.footnotes == ref.footnotes and doc.footnotes["9"] == "Опционально."
    roadmap = list(doc.tables())[1]
    assert len(roadmap.rows) == 90 and roadmap.rows[0].texts[0] == "№ п/п"
    row_13 = next(r for r in roadmap.rows if r.cells[0].text == "1.3.")
    assert row_13.cells[1].text.endswith("[9]")
    assert row_13.source.page is not None and row_13.source.page > 1


def test_seed_000_metadata_paragraphs_in_reading_order(seed_files):
    texts = [p.text for p in pdf.read(seed_files["000.pdf"]).paragraphs()]
    assert texts.index("ПРИКАЗ") < texts.index("№ 694") < texts.index("ПРИКАЗЫВАЮ:")
