"""How the committed PDFs here were made (run once; the PDFs are committed as bytes, so
the tests reading them do not depend on the machine's LibreOffice or fonts).

    .venv/bin/python tests/data/pdf/make.py

narrow_columns.pdf: a table whose columns are too narrow for a date, an e-mail and a
  compound word, in a wide font (DejaVu Sans), so the renderer breaks them mid-word.
hyphenated.pdf: Russian automatic hyphenation in a narrow portrait column.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from parsers.document import Cell, Document, Paragraph, Row, Source, Table  # noqa: E402
from tests.fixtures.build import check_font, to_pdf, write_docx  # noqa: E402

ROWS = [
    ["№", "Мероприятие", "Срок", "Канал", "Тип точки"],
    ["1.", "Утвержден порядок ведения перечня", "13.04.2023", "mincult-kuzbass@ako.ru", "Офлайн-точка"],
    ["2.", "Многофункциональный центр", "31.12.2024", "attestazia.cro@mail.ru", "Цифровая точка"],
]
HYPHENATED = ("Министерство культуры и национальной политики Кузбасса утверждает порядок "
              "информирования граждан о предоставлении государственных услуг и реинжиниринга процессов.")


def _doc(rows, paragraphs=()) -> Document:
    table = Table([Row([Cell(t) for t in r], Source()) for r in rows], Source())
    return Document([Paragraph(p, 0, False, Source()) for p in paragraphs] + [table], "txt")


def main() -> None:
    check_font("DejaVu Sans")
    with tempfile.TemporaryDirectory() as tmp:
        a = write_docx(_doc(ROWS), Path(tmp) / "narrow_columns.docx", col_widths_cm=[1.0, 3.0, 1.6, 2.2, 1.6],
                       font="DejaVu Sans", size_pt=11, landscape=False)
        b = write_docx(_doc([["Текст"], [HYPHENATED]]), Path(tmp) / "hyphenated.docx", col_widths_cm=[3.2],
                       font="DejaVu Sans", size_pt=10, landscape=False, hyphenate=True)
        for pdf in to_pdf([a, b], Path(tmp)):
            (HERE / pdf.name).write_bytes(pdf.read_bytes())
            print(HERE / pdf.name)


if __name__ == "__main__":
    main()
