"""Converted text the way legal-database copies lay orders out: paragraphs as lines, bold as
`**…**`, table rows as tab-separated lines, merged cells empty, a full-width row as one cell,
and at a page break the header rows printed again."""
from __future__ import annotations

from pathlib import Path

from . import render_grid
from .doc import Cell, Doc, Para, Table


def _cell(c: Cell) -> str:
    # a cell's paragraphs run together on its line (the copy keeps no line breaks inside a row)
    if c.vmerge == "continue":
        return ""
    return " ".join(c.lines()).replace("\n", " ")


def _row(row: list[Cell]) -> str:
    if len(row) == 1 and row[0].span > 1:
        text = _cell(row[0])
        return f"**{text}**" if row[0].bold else text
    # a cell spanning columns (a two-level header's group) keeps the columns after it empty
    return "\t".join(t for c in row for t in [_cell(c)] + [""] * (c.span - 1))


def table_lines(t: Table) -> list[str]:
    head = [_row(r) for r in t.rows[:t.header_rows]]
    out = []
    for i, row in enumerate(t.rows):
        if i in t.page_breaks:
            out += head
        out.append(_row(row))
    return out


def render(doc: Doc) -> str:
    lines: list[str] = list(doc.txt_banner)
    for b in doc.blocks:
        if isinstance(b, Para):
            lines += ["", f"**{b.text}**" if b.bold else b.text]
        else:
            drawn = render_grid.STYLES.get(doc.txt_table)
            lines += [""] + (drawn(b) if drawn else table_lines(b))
    return "\n".join(lines).strip() + "\n"


def write(doc: Doc, path: Path) -> Path:
    path.write_text(render(doc), encoding="utf-8")
    return path
