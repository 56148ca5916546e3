"""Tables of converted text drawn with borders, as legal databases' plain-text copies print them:
`pipes` — each row on one line between «|» borders, a «+---+» rule under the header; `box` —
box-drawing borders (┌─┬─┐ │ ├─┼─┤ └─┴─┘) with fixed-width columns, each cell's text wrapped
over as many lines as it needs, so one row spans several lines and a phrase may be cut between
them; `garant` — as the legal database's web copies print a table: every cell on lines of its own
(a paragraph a line) closed by « |», an empty cell a lone «|», no mark between rows, «№» written
«N» in the header. Merged cells are blank below their first row; a full-width row spans every column."""
from __future__ import annotations

import textwrap

from .doc import Cell, Table

WIDEST = 34    # a column's width at most (characters inside the borders)
NARROWEST = 4


def _paras(c: Cell) -> list[str]:
    return [] if c.vmerge == "continue" else [" ".join(p.split()) for p in c.lines()]


def widths(t: Table) -> list[int]:
    """Each grid column as wide as its longest paragraph, within NARROWEST…WIDEST."""
    ncols = max(sum(c.span for c in r) for r in t.rows)
    out = [NARROWEST] * ncols
    for row in t.rows:
        col = 0
        for c in row:
            if c.span == 1:
                out[col] = max(out[col], min(WIDEST, max((len(p) for p in _paras(c)), default=0)))
            col += c.span
    return out


def _spans(row: list[Cell], w: list[int]) -> list[int]:
    """The width each cell of the row takes (a spanning cell swallows the borders it covers)."""
    out, col = [], 0
    for c in row:
        out.append(sum(w[col:col + c.span]) + 3 * (c.span - 1))
        col += c.span
    return out


def _wrapped(c: Cell, width: int) -> list[str]:
    return [ln for p in _paras(c) for ln in (textwrap.wrap(p, width, break_long_words=True) or [""])]


def pipes(t: Table) -> list[str]:
    w = widths(t)
    rule = "+" + "+".join("-" * (x + 2) for x in w) + "+"
    out = []
    for r, row in enumerate(t.rows):
        out.append("| " + " | ".join(" ".join(_paras(c)) for c in row) + " |")
        if r + 1 == t.header_rows:
            out.append(rule)
    return out


def box(t: Table) -> list[str]:
    w = widths(t)

    def rule(left: str, mid: str, right: str) -> str:
        return left + mid.join("─" * (x + 2) for x in w) + right

    out = [rule("┌", "┬", "┐")]
    for r, row in enumerate(t.rows):
        spans = _spans(row, w)
        cells = [_wrapped(c, s) for c, s in zip(row, spans)]
        for k in range(max(1, *map(len, cells))):
            out.append("│" + "│".join(f" {(lines[k] if k < len(lines) else ''):<{s}} "
                                      for lines, s in zip(cells, spans)) + "│")
        out.append(rule("├", "┼", "┤") if r + 1 < len(t.rows) else rule("└", "┴", "┘"))
    return out


def garant(t: Table) -> list[str]:
    """A cell after another, each closed by « |»: a reader must count the columns to find the rows."""
    out = []
    for r, row in enumerate(t.rows):
        for c in row:
            paras = _paras(c)
            if r < t.header_rows:
                paras = [p.replace("№", "N") for p in paras]
            out += paras[:-1] + [f"{paras[-1]} |" if paras else "|"]
    return out


STYLES = {"pipes": pipes, "box": box, "garant": garant}
