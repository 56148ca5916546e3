"""The generator's own layout model: paragraphs and tables, rendered per format."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Para:
    text: str
    bold: bool = False
    center: bool = False
    page_break_before: bool = False


@dataclass
class Cell:
    paras: list[str]
    bullet: str = ""          # "•" or "-": each paragraph is a bulleted item
    vmerge: str | None = None  # None, "restart" or "continue" (vertically merged in Word)
    span: int = 1              # columns this cell covers (a full-width section row)
    bold: bool = False
    inner: "Table | None" = None  # Word: a table inside the cell instead of its paragraphs (text keeps them)

    def lines(self) -> list[str]:
        """The cell's paragraphs as printed (with their bullet)."""
        return [f"{self.bullet} {p}" if self.bullet else p for p in self.paras]


@dataclass
class Table:
    rows: list[list[Cell]]
    header_rows: int = 1
    repeat_header: bool = False
    # row indexes before which the converted text shows a page break (header repeated there)
    page_breaks: list[int] = field(default_factory=list)
    widths_mm: list[float] | None = None  # fixed column widths (None: Word fits them)


def width(t: Table) -> int:
    """The table's width in grid columns (its widest row, spans counted)."""
    return max(sum(c.span for c in r) for r in t.rows)


def starts(row: list[Cell]) -> list[int]:
    """The grid column each cell of the row starts at."""
    out, col = [], 0
    for c in row:
        out.append(col)
        col += c.span
    return out


@dataclass
class Doc:
    name: str
    kind: str                    # touchpoint_list, roadmap, procedure
    blocks: list[Para | Table]
    axes: dict[str, str]
    gold: list[dict]
    landscape: bool = False
    hyphenate: bool = False      # Word's automatic hyphenation on (narrow columns in PDF)
    txt_table: str = "tabs"      # converted text's tables: tab-separated, or drawn (render_grid: pipes, box)
    landscape_from: int | None = None  # Word: the blocks from this index on in a landscape section of their own
    txt_banner: list[str] = field(default_factory=list)  # converted text only: the database's lines above the act


def cell(text: str = "", **kw) -> Cell:
    return Cell([text] if text else [], **kw)
