"""Table cells of a scan that OCR misread as letters: drawn marks and quarter headings.

A check mark or a bullet drawn in a matrix cell («✓», «●») is no letter, and OCR reads it
as the letter or sign nearest its shape («У», «®»); the readers then see text, not a mark,
and the matrix falls apart.  A cell holding nothing but such a glyph is the mark
(`mark_lookalikes` in parsers/data/ocr.yaml) — unless its column is one of labels (item
numbers «I», «II», «IV» where «V» or «У» is the Roman five; class letters «А», «Б» beside «У»).  A quarter grid's headings «I кв.» … «IV кв.»
lose their Roman numerals the same way («Ткв.», «Ii xs.», «ТУ кв.»); the headings run in
order, so the ones read well number the rest.
"""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from textcore.vocab import vocabulary
from ..document import Cell

_DATA = Path(__file__).resolve().parent.parent / "data" / "ocr.yaml"
# a quarter heading alone in its cell as OCR reads it: a short numeral, «кв» in either script
_BARE_QUARTER = re.compile(r"^(\S{1,3}?)\s*[кkKКxх][вВBpsз]\.?$")
# Roman numerals as OCR reads them in Cyrillic or as other strokes (scan.py's dated quarters too)
ROMAN_LOOKS = str.maketrans({"П": "II", "Ш": "III", "У": "V", "Г": "I", "Т": "I", "l": "I", "|": "I", "1": "I"})
_ROMANS = ("I", "II", "III", "IV")
_ARABIC = {"2": "II", "3": "III", "4": "IV"}     # «4 кв.» is read well too («1» is among the look-alikes)
# a label of its column: an item number (arabic or Roman, dotted or bracketed) or one letter
_LABEL = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*|[IVXL]{1,5}|[А-ЯЁа-яё])[.)]?$")


@vocabulary(_DATA, required=("mark_lookalikes",))
def _marks(data: dict) -> dict[str, str]:
    return {str(k): str(v) for k, v in data["mark_lookalikes"].items()}


def mend_cells(rows: list[list[Cell]]) -> None:
    """A scanned table's rows: misread marks and quarter headings put right, in place."""
    marks = _marks()
    labels = _label_columns(rows, marks)
    for cells in rows:
        for i, c in enumerate(cells):
            text = c.text.strip()
            if c.covered or i in labels:
                continue
            if text in marks:
                c.text = marks[text]
            elif _doubled(text, marks):
                c.text = marks.get(text[0], text[0])
        _quarter_run(cells)


def _doubled(text: str, marks: dict[str, str]) -> bool:
    """A bold mark OCR read as two or three glyphs («xX», «++», «✓У»): every character a mark
    or a mark's look-alike, and no more than a drawn mark's width holds."""
    from ..tables.header_rows import is_mark
    return 2 <= len(text) <= 3 and " " not in text and all(ch in marks or is_mark(ch) for ch in text)


def _label_columns(rows: list[list[Cell]], marks: dict[str, str]) -> set[int]:
    """Columns holding two or more labels that are no look-alike («I», «IV», «1.», «А»): there
    «V» or «У» is a label too, the Roman five or a class letter, never a misread mark.  A mark
    typed as a letter («х», «v») is no label."""
    from ..tables.header_rows import is_mark       # tables' mark words, read once tables are read
    counts: Counter = Counter()
    for cells in rows:
        filled = [c.text.strip() for c in cells if not c.covered and c.text.strip()]
        if len(filled) >= 2 and all(t.rstrip(".").isdigit() for t in filled):
            continue                     # the «1 2 3 4» row of column numbers (repeated on each page)
        for i, c in enumerate(cells):
            text = c.text.strip()
            if not c.covered and text not in marks and _LABEL.match(text) and not is_mark(text):
                counts[i] += 1
    return {i for i, n in counts.items() if n >= 2}


def _quarter_run(cells: list[Cell]) -> None:
    """Runs of two or more adjacent quarter headings («I кв.» … «IV кв.»): a numeral read as
    none is numbered in order from those read well; a run of four (or eight: two years) with
    none read well starts at I."""
    run: list[tuple[int, Cell, str]] = []
    for c in [*cells, None]:
        m = _BARE_QUARTER.match(c.text.strip()) if c is not None and not c.covered else None
        if m:
            numeral = m.group(1).translate(ROMAN_LOOKS)
            run.append((len(run), c, _ARABIC.get(numeral, numeral)))
            continue
        if len(run) >= 2:
            _number(run)
        run = []


def _number(run: list[tuple[int, Cell, str]]) -> None:
    """A numeral read well stays (a start and an end column, «I кв.» | «IV кв.», are no run
    to renumber); one read as no numeral takes its place in the order of the others."""
    starts = Counter(_ROMANS.index(r) - j for j, _, r in run if r in _ROMANS)
    start = starts.most_common(1)[0][0] if starts else 0 if len(run) % 4 == 0 else None
    for j, c, r in run:
        if r in _ROMANS:
            c.text = f"{r} кв."
        elif start is not None:
            c.text = f"{_ROMANS[(start + j) % 4]} кв."
