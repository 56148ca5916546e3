"""What the touchpoint lists and roadmaps of `--layouts heldout8` share: a table too wide for the page printed in
two parts BY COLUMNS — the first part holds the graphs 1–k, the second, on the next page after «Продолжение
таблицы» or «(графы 1, 5–6)», the № graph again and the rest, each part with its own header and a row of graph
numbers under it (as published acts print a wide table on two pages: the graph numbers say which columns a part
holds; the rows are joined by their №). Full-width rows (a section, a direction, a total) are printed in both
parts. Scaffolding wording, the same in both halves; none of it is gold."""
from __future__ import annotations

import random
from dataclasses import replace

from .doc import Cell, Para, Table, cell

AXES = {"column_split": ("one", "two_tables")}
CONTINUED = ("Продолжение таблицы", "(продолжение таблицы, графы {graphs})")


def grid(row: list[Cell]) -> list[tuple[int, Cell]]:
    """(the grid column a cell starts at, the cell) for each cell of a row."""
    out, col = [], 0
    for c in row:
        out.append((col, c))
        col += c.span
    return out


def part(rows: list[list[Cell]], cols: list[int]) -> list[list[Cell]]:
    """The rows cut down to the grid columns `cols` (ascending): a cell starting outside them is dropped, a
    spanning cell keeps the columns of `cols` it covers (a full-width row spans the whole part)."""
    out = []
    for row in rows:
        kept = []
        for start, c in grid(row):
            if start in cols:
                span = sum(start <= k < start + c.span for k in cols)
                kept.append(replace(c, span=span))
        out.append(kept)
    return out


def unmerged(head: list[list[Cell]]) -> list[list[Cell]]:
    """A part's header without the rows left holding only cells merged from above (a two-row header whose lower
    row lies in the other part), its cells then no longer merged down."""
    kept = [r for r in head if not all(c.vmerge == "continue" for c in r)]
    if len(kept) == len(head):
        return head
    return [[replace(c, vmerge=None) if c.vmerge == "restart" else c for c in r] for r in kept]


def graphs_text(cols: list[int]) -> str:
    """«1, 5–6»: the graph numbers (1-based) of a part, runs written as a range."""
    runs: list[list[int]] = []
    for k in (c + 1 for c in cols):
        if runs and runs[-1][-1] == k - 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    return ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]}–{r[-1]}" for r in runs)


def split(rng: random.Random, table: Table, left: list[int], ax: dict) -> list:
    """The table as one block, or (`two_tables`) as two tables: the grid columns `left` (with 0, the №), then 0
    and the others; each part's header followed by the graph numbers of its columns."""
    if ax["column_split"] != "two_tables":
        return [table]
    width = sum(c.span for c in table.rows[table.header_rows])
    right = [0] + [k for k in range(width) if k not in left]
    head, body = table.rows[:table.header_rows], table.rows[table.header_rows:]
    out: list = []
    for n, cols in enumerate((left, right)):
        numbers = [cell(str(k + 1)) for k in cols]
        if n:
            out.append(Para(rng.choice(CONTINUED).format(graphs=graphs_text(cols)), page_break_before=True))
        top = unmerged(part(head, cols))
        out.append(Table(top + [numbers] + part(body, cols), header_rows=len(top) + 1,
                         repeat_header=table.repeat_header, widths_mm=None))
    return out
