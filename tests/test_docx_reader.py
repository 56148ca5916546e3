"""Word reader: body order, real spans (gridSpan / vMerge), header rows, footnotes."""
from __future__ import annotations

from docx import Document as new_docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from parsers.document import Paragraph, Table
from parsers.formats import docx
from parsers.formats.text import read as read_text
from tests.fixtures.build import seed


def _rectangular(table: Table) -> bool:
    return len({len(r.cells) for r in table.rows}) == 1


def test_seed_000_group_cells_are_vertical_merges(seed_docx):
    doc = docx.read(seed_docx["000"])
    table = next(doc.tables())
    assert _rectangular(table) and table.n_cols == 7
    # group 1 of the seed: number "1" and its direction written once over 8 touchpoint rows,
    # its first process over 4 of them (seed lines 34-41)
    first = table.rows[2].cells
    assert (first[0].text, first[0].rowspan) == ("1", 8)
    assert first[1].text == "Предоставление государственных услуг" and first[1].rowspan == 8
    assert first[2].text.startswith("Осуществление оценки качества") and first[2].rowspan == 4
    for r in range(3, 10):
        assert table.rows[r].cells[0].covered and table.rows[r].cells[0].text == ""
        assert table.rows[r].cells[1].covered
    assert table.rows[6].cells[2].text.startswith("Проведение аттестации")
    assert not table.rows[6].cells[2].covered and table.rows[7].cells[2].covered
    assert table.rows[3].cells[3].text == "Телефонная связь"


def test_seed_000_header_row_repeats_and_others_do_not(seed_docx):
    table = next(docx.read(seed_docx["000"]).tables())
    assert [r.is_header for r in table.rows[:3]] == [True, False, False]
    assert table.rows[1].texts == ["1", "2", "3", "4", "5", "", "6"]


def test_seed_001_body_order_and_footnotes(seed_docx):
    doc = docx.read(seed_docx["001"])
    kinds = ["T" if isinstance(b, Table) else "P" for b in doc.blocks]
    # the working group table sits between the members' list and clause 3, the roadmap at the end
    first_table = kinds.index("T")
    assert doc.blocks[first_table - 1].text.startswith("– заместитель министра культуры")
    assert doc.blocks[first_table + 1].text.startswith("3. Утвердить «дорожную карту»")
    assert kinds.count("T") == 2
    assert doc.footnotes["9"] == "Опционально."
    assert set(doc.footnotes) == {str(n) for n in range(9, 21)}
    roadmap = list(doc.tables())[1]
    row_13 = next(r for r in roadmap.rows if r.cells[0].text == "1.3.")
    assert row_13.cells[1].text.endswith("[9]")


def test_seed_docx_paragraphs_equal_the_converted_text(seed_docx):
    for key in ("000", "001"):
        text = read_text(seed(key))
        notes = {f"[{k}] {v}"[:30] for k, v in text.footnotes.items()}
        want = [p.text for p in text.paragraphs() if p.text[:30] not in notes]
        assert [p.text for p in docx.read(seed_docx[key]).paragraphs()] == want


def _footnote_docx(path):
    """A hand-made document: gridSpan, vMerge, nested table, line break, header, heading."""
    d = new_docx()
    d.sections[0].header.paragraphs[0].text = "КОЛОНТИТУЛ"
    d.add_heading("Раздел первый", level=2)
    p = d.add_paragraph()
    p.add_run("Весь абзац жирный").bold = True
    t = d.add_table(rows=3, cols=3)
    t.cell(0, 0).merge(t.cell(0, 1)).text = "широкая"
    t.cell(0, 2).text = "право"
    t.cell(1, 2).merge(t.cell(2, 2)).text = "высокая"
    inner = t.cell(1, 0).add_table(rows=1, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "внутри", "вложенной"
    run = t.cell(2, 0).paragraphs[0].add_run("строка")
    run.add_break()
    run.add_text("вторая")
    t.cell(2, 1).text = "x"
    d.add_paragraph("После таблицы")
    d.save(path)
    return path


def test_spans_nested_tables_breaks_and_headers_footers(tmp_path):
    doc = docx.read(_footnote_docx(tmp_path / "hand.docx"))
    assert [type(b) for b in doc.blocks] == [Paragraph, Paragraph, Table, Paragraph]
    assert "КОЛОНТИТУЛ" not in doc.text()
    heading, bold = doc.blocks[0], doc.blocks[1]
    assert (heading.level, bold.level, bold.bold) == (2, 0, True)
    table = doc.blocks[2]
    assert _rectangular(table) and table.n_cols == 3
    top = table.rows[0].cells
    assert (top[0].text, top[0].colspan, top[1].covered, top[2].text) == ("широкая", 2, True, "право")
    assert table.rows[1].cells[2].text == "высокая" and table.rows[1].cells[2].rowspan == 2
    assert table.rows[2].cells[2].covered and table.rows[2].cells[2].text == ""
    assert table.rows[1].cells[0].text == "внутри вложенной"
    assert table.rows[2].cells[0].text == "строка вторая"
    assert [r.source.row for r in table.rows] == [0, 1, 2] and table.source.table == 0


def test_footnote_reference_becomes_mark_with_note_text(tmp_path):
    from tests.fixtures.build import _Footnotes
    d = new_docx()
    notes = _Footnotes({"1": "Первая сноска.", "2": "Вторая."})
    notes.add_text(d.add_paragraph(), "Текст[1] и ещё[2]")
    d.save(tmp_path / "n.docx")
    notes.install(tmp_path / "n.docx")
    doc = docx.read(tmp_path / "n.docx")
    assert doc.blocks[0].text == "Текст[1] и ещё[2]"
    assert doc.footnotes == {"1": "Первая сноска.", "2": "Вторая."}


def test_table_header_flag_read_from_trpr(tmp_path):
    d = new_docx()
    t = d.add_table(rows=2, cols=1)
    t.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    off = OxmlElement("w:tblHeader")
    off.set(qn("w:val"), "0")
    t.rows[1]._tr.get_or_add_trPr().append(off)
    d.save(tmp_path / "h.docx")
    table = next(docx.read(tmp_path / "h.docx").tables())
    assert [r.is_header for r in table.rows] == [True, False]


def test_an_auto_numbered_empty_number_cell_keeps_its_number(tmp_path):
    """A «№» column numbered by Word itself (a list over the cells' empty paragraphs): each cell
    reads as the number Word draws there; an empty bulleted paragraph adds no stray sign."""
    from tests.test_docx_numbering import _el, _list
    d = new_docx()
    _list(d, 11, [("decimal", "%1.")])
    _list(d, 12, [("bullet", "\uf0b7")])
    t = d.add_table(rows=4, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "№ п/п", "Канал взаимодействия"
    for i, channel in enumerate(["Официальный сайт", "Телефон", "Личный прием"], start=1):
        for cell, num_id in ((t.cell(i, 0), 11), (t.cell(i, 1), 12)):
            num_pr = _el("w:numPr")
            num_pr.append(_el("w:ilvl", val=0))
            num_pr.append(_el("w:numId", val=num_id))
            cell.paragraphs[0]._p.get_or_add_pPr().append(num_pr)
        t.cell(i, 1).add_paragraph(channel)
    d.save(tmp_path / "n.docx")
    table = next(docx.read(tmp_path / "n.docx").tables())
    assert [r.texts for r in table.rows[1:]] == [["1.", "Официальный сайт"], ["2.", "Телефон"],
                                                 ["3.", "Личный прием"]]
    assert [p.text for p in docx.read(tmp_path / "n.docx").paragraphs()] == []
