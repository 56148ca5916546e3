"""The head an order's topic and announcements are read from (parsers/extract/topic.py): its
first `scan_chars` characters, a table's rows counted whole, so a long table at the start keeps
a roadmap item worded like an announcement far below out of the head.  Composed here."""
from __future__ import annotations

from parsers.document import Cell, Document, Paragraph, Row, Table
from parsers.extract.topic import _vocab, announced_kinds


def test_a_long_table_at_the_start_counts_all_its_rows_toward_the_head():
    rows = [Row([Cell(f"{i}."), Cell("Проведение совещания с участием руководителей подведомственных учреждений")])
            for i in range(1, 1001)]
    assert sum(len(" ".join(r.texts)) for r in rows) > 2 * _vocab()[1]
    doc = Document([Paragraph("ПРИКАЗ"), Table(rows),
                    Paragraph("1. Утвердить прилагаемую дорожную карту по развитию конкуренции.")], "txt")
    assert announced_kinds(doc) == []
    short = Document([Paragraph("ПРИКАЗ"), Table(rows[:3]), doc.blocks[2]], "txt")
    assert announced_kinds(short) == ["roadmap"]
