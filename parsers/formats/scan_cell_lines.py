"""The lines a scanned cell's author wrote: OCR's lines of the cell with their boxes, told apart
from the lines the printer wrapped by the PDF's rule (pdf_cell_lines.written_breaks: the next
line's first word would have fitted, two spaces to spare; the bare fit with an item's mark, a stop
or «;» before a capital).  The cell's room is its width less the text's left margin on both sides,
as `scan_ocr._fit` measures it for the page break; a line is each of tesseract's lines."""
from __future__ import annotations

from typing import Callable

from ..options import ScanSettings
from .pdf_cell_lines import written_breaks
from .pdf_layout import PageLine
from .written_lines import cut_at_written


def lined(words: list, box: tuple, offset: int | None, opts: ScanSettings, scale: float, size: float,
          text: str, cell_text: Callable[[list], str]) -> str | None:
    """`text` (`cell_text(words)`, the cell's text as the reader joins it) with "\\n" where its
    author ended a line; None where no line was written, or the pieces, each joined by `cell_text`,
    do not give back `text`'s words.  `box`, `offset` in the page image's pixels, `size` the
    page's line height in points."""
    if not words or offset is None:
        return None
    by_line: dict[tuple, list] = {}
    for w in words:
        by_line.setdefault(w.line, []).append(w)
    if len(by_line) < 2:
        return None
    ordered = [sorted(ws, key=lambda w: w.left) for ws in sorted(by_line.values(), key=lambda ws: min(w.top for w in ws))]
    at = lambda w: {"x0": (w.left - opts.left_px) * scale, "x1": (w.left - opts.left_px + w.width) * scale,  # noqa: E731
                    "text": w.text}
    lines = [PageLine([at(w) for w in ws], " ".join(w.text for w in ws), size) for ws in ordered]
    written = written_breaks(lines, (box[2] - box[0] - 2 * offset) * scale, 0.0)
    return cut_at_written(written, lambda a, b: cell_text([w for ws in ordered[a:b] for w in ws]), text)
