"""A table whose last row is left open at the page bottom (no closing rule, as browsers
and some exporters draw it) is still read, its open row closed from the vertical rules.
The PDF is written here by hand (lines and Helvetica text), so it is the same anywhere."""
from __future__ import annotations

from pathlib import Path

from parsers.formats import pdf
from tests.fixtures.bad import pdf_of


def _pdf(ops: str) -> bytes:
    stream = ops.encode()
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 300] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    return pdf_of(objs)


def _text(x, y, s):
    return f"BT /F1 10 Tf {x} {y} Td ({s}) Tj ET\n"


def _table(open_bottom: bool) -> str:
    """Three columns (x 50/150/250/350), rows between y 250/230/210/190; the last row's
    bottom rule is missing when `open_bottom`."""
    ops = "1 w\n"
    for y in (250, 230, 210) + (() if open_bottom else (190,)):
        ops += f"50 {y} m 350 {y} l S\n"
    for x in (50, 150, 250, 350):
        ops += f"{x} 250 m {x} 190 l S\n"
    cells = [("No", "Item", "Term"), ("1", "Alpha", "2024"), ("2", "Beta", "2025")]
    for r, row in enumerate(cells):
        for c, s in enumerate(row):
            ops += _text(55 + 100 * c, 236 - 20 * r, s)
    return ops


def _rows(path: Path):
    return [r.texts for t in pdf.read(path).tables() for r in t.rows]


def test_closed_table(tmp_path):
    p = tmp_path / "closed.pdf"
    p.write_bytes(_pdf(_table(open_bottom=False)))
    assert _rows(p) == [["No", "Item", "Term"], ["1", "Alpha", "2024"], ["2", "Beta", "2025"]]


def test_open_bottom_row_closed_from_the_vertical_rules(tmp_path):
    p = tmp_path / "open.pdf"
    p.write_bytes(_pdf(_table(open_bottom=True)))
    assert _rows(p) == [["No", "Item", "Term"], ["1", "Alpha", "2024"], ["2", "Beta", "2025"]]
