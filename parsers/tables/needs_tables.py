"""The needs of a list's touchpoints written in a second table keyed by the touchpoint's number, away from their
rows: «Таблица 1. Точки взаимодействия» («№ | Процесс | Канал …», no needs column), then «Таблица 2.
Потребности клиентов» («№ точки взаимодействия | Потребности клиента», a row per touchpoint: «1.2. | …»; its
columns in another order, a copy of the list's process beside the key, or printed in parts; the list itself cut
into captioned tables numbered on: `needs_table_forms.py`).

The second table is known by its form alone: two columns, the second headed by a word the needs vocabulary
knows (`columns.yaml`), the first by words saying what it numbers (not «№ п/п», «№ по порядку», «Порядковый
номер»: a list's own numbers, `own_number_words`), every other row a bare item number and a text.  Its numbers
must be the rows' numbers of ONE list above it (since the previous such table, joined or not): half of its keys
at least found in one column of that list — the table they number best (a list's header naming its points
preferred, then the most keys, then the nearest) with its parts (in converted text its header row and its rows
between heading lines are tables of their own: as wide, a few lines apart, each part after the first opening
with a numbered row).  No other table is touched: a table of contacts or a plan numbered 1, 2, 3 like the list,
above it or between it and its needs, has its own header.  A list numbered afresh under each direction («1.»,
«2.», then «1.» again) is not joined: a key names no one row.

The list then gets a needs column — its header row (under a title merged across it) the second table's heading,
each row numbered by a key that key's needs, every other row (a process's or a section's row, a continued part's
rows) an empty cell, a full-width row's span widened over it — and the second table is taken out of the
document, so no reader takes it for a list or a legend; its rows whose keys number no row of the list stay, a
table of their own under its header, and the document warns of them (nothing lost).  A list that has a needs
column of its own is left alone (its second table is something else: a legend of needs numbers,
`needs_legend.py`).

    join_needs_tables(doc) -> Document (the same object when nothing is joined)
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from textcore.numbering import ARABIC, parse_item_number
from textcore.vocab import load_yaml

from ..document import Cell, Document, Row, Table
from .columns import content_words, field_scores, is_numbering_row, is_ordinal_header, map_columns
from .needs_table_forms import join_continued, keyed_columns, other_parts

_DATA = Path(__file__).resolve().parent.parent / "data" / "columns.yaml"
_KIND = "touchpoint_list"
_NEEDS = "interaction"
_MIN_SHARE = 0.5        # of the second table's keys that must number rows above it
_MAX_LINES_BETWEEN = 3  # heading lines between two parts of a list in converted text


def join_needs_tables(doc: Document) -> Document:
    # a needs table printed in parts made one first (`needs_table_forms.join_continued`)
    joined = join_continued(doc.blocks, _keyed_columns, _key)
    blocks: list = list(joined)
    lo, changed, warnings = 0, joined is not doc.blocks, []
    for k, block in enumerate(joined):
        keyed = _keyed_needs(block) if isinstance(block, Table) else None
        if not keyed:
            continue
        heading, needs = keyed
        # the tables since the previous such table, joined or not: each table read once, however many there are
        since, lo = lo, k + 1
        columns = {j: _number_column(blocks[j], needs) for j in range(since, k) if isinstance(blocks[j], Table)}
        runs: list[list[int]] = []
        for j in (j for j, (c, _) in columns.items() if c is not None):
            if not runs or j > runs[-1][-1]:              # a part of the run before it: that run already
                runs.append(_list_parts(blocks, since, k, j, columns))
        if not runs:
            continue
        # the list: the parts round the table the keys number, a list's header preferred, then the most keys,
        # then the nearest — never a table of other rows above or between (contacts, a legend, a plan)
        parts = max(runs, key=lambda run: (_names_points(blocks[run[0]]), len(set(_found(blocks, run, columns))),
                                           run[-1]))
        # a list cut into captioned tables numbered on («Таблица 2. …» over rows 6–9): its other parts too
        parts = sorted([*parts, *other_parts(blocks, runs, parts, lambda run: _found(blocks, run, columns),
                                             _names_points)])
        keys = _found(blocks, parts, columns)
        found = set(keys)
        # a key numbering two rows (a list numbered afresh under each direction) says not which row it means
        if len(found) < max(2, _MIN_SHARE * len(needs)) or len(keys) > len(found) or _has_needs(blocks[parts[0]]):
            continue
        list_head = next(([c.text for c in row.cells] for row in blocks[parts[0]].rows    # not a title across it
                          if not _spans_to_end(list(row.cells))), None)
        for j in parts:
            blocks[j] = _with_needs(blocks[j], columns[j][0], needs, heading if j == parts[0] else "",
                                    (list_head, heading))
        blocks[k], changed = _left_over(block, found, _keyed_columns(block)[0]), True
        if blocks[k] is not None:     # keys numbering no row: their rows stay a table, read as before
            warnings.append(f"table {k + 1}: {len(blocks[k].rows) - 1} needs rows keyed by numbers no row of "
                            f"the list above has, kept apart")
    return replace(doc, blocks=[b for b in blocks if b is not None],
                   warnings=[*doc.warnings, *warnings]) if changed else doc


def _found(blocks: list, parts: list[int], columns: dict) -> list[str]:
    """The keys the list's rows are numbered by, a key as often as rows have it."""
    return [_key(blocks[j].rows[r].cells[columns[j][0]].text) for j in parts if columns[j][0] is not None
            for r in columns[j][1]]


def _left_over(table: Table, found: set[str], col: int) -> Table | None:
    """The second table's rows whose key numbers no row of the list (and its header), None where there are none."""
    head, *rows = table.rows
    left = [r for r in rows if _key(r.cells[col].text) not in found and r.texts != head.texts]
    return Table([head, *left], table.source) if left else None


def _names_points(table: Table) -> bool:
    """Whether a table's first row is a list's header naming its touchpoints' column."""
    return bool(table.rows) and "touchpoint" in map_columns(_KIND, [c.text for c in table.rows[0].cells])


def _list_parts(blocks: list, lo: int, hi: int, j: int, columns: dict) -> list[int]:
    """The tables of the list table j is a part of: in converted text its header row, and its rows between
    headings, are tables of their own — as wide as j, a few heading lines apart, each after the first opening
    with a numbered row (a part without a header of its own; a table with its own header is another table)."""
    def continues(i: int) -> bool:
        col, cells = columns.get(i, (None,))[0], blocks[i].rows[0].cells if blocks[i].rows else []
        return any(_key(cells[c].text) is not None for c in ((col,) if col is not None else (0, 1)) if c < len(cells))

    def near(step: int, head: list[str] | None = None) -> list[int]:
        out, lines, i = [], 0, j + step
        while lo <= i < hi and (step > 0 or continues(out[-1] if out else j)):   # upwards up to the header
            if isinstance(blocks[i], Table):
                # downwards: a part opening with a numbered row, or with the list's header repeated over its rows
                if blocks[i].n_cols != blocks[j].n_cols or step > 0 and not continues(i) and _head(blocks[i]) != head:
                    break
                out.append(i)
                lines = 0
            elif (lines := lines + 1) > _MAX_LINES_BETWEEN:
                break
            i += step
        return out
    up = near(-1)
    return sorted([*up, j, *near(1, _head(blocks[min(up, default=j)]))])


def _head(table: Table) -> list[str] | None:
    return [c.text for c in table.rows[0].cells] if table.rows else None


def _key(text: str) -> str | None:
    """«1.2.» / «1.2» / «12» -> «1.2» / «12»: a cell holding a bare item number, else None."""
    n = parse_item_number(text.strip(), (ARABIC,))
    return n.label if n and not n.rest else None


def _names_needs(text: str) -> bool:
    scores = field_scores(_KIND, text)
    return bool(scores) and max(scores, key=scores.get) == _NEEDS


def _names_whose(text: str) -> bool:
    """Whether a number column's heading says what it numbers («№ точки взаимодействия», «Номер точки (графа 1
    таблицы 1)»), not only «№ п/п»: a list's own rows numbered 1, 2, 3 (a procedure's list of needs as a table
    under its list of channels) are no keys to another table."""
    # a word of three letters at least: OCR's fragments of «№ п/п» («Ns п/п») name nothing
    return not _key(text) and not is_ordinal_header(text) and \
        any(len(w) >= 3 for w in content_words(text) - _own_number_words())


@lru_cache(maxsize=None)
def _own_number_words() -> frozenset[str]:
    """`own_number_words` (`columns.yaml`): a number column's words naming only its own rows' order."""
    return frozenset(str(w) for w in load_yaml(_DATA, required=("own_number_words",))["own_number_words"])


def _keyed_needs(table: Table) -> tuple[str, dict[str, str]] | None:
    """(its needs heading, key -> needs) for a table «№ точки | Потребности» (or in another order, or with a
    copy of the list's words beside: `needs_table_forms.keyed_columns`), else None."""
    cols = _keyed_columns(table) if len(table.rows) >= 3 else None
    if cols is None:
        return None
    (kc, nc), (head, *rows) = cols, table.rows
    needs: dict[str, str] = {}
    for row in rows:
        if row.texts == head.texts:
            continue                                  # its header repeated on a new page
        key = _key(row.cells[kc].text) if len(row.cells) == len(head.cells) else None
        if key is None or key in needs or not row.cells[nc].text.strip():
            return None
        needs[key] = row.cells[nc].text
    return (head.cells[nc].text, needs) if len(needs) >= 2 else None


def _keyed_columns(table: Table) -> tuple[int, int] | None:
    return keyed_columns(table, _names_needs, _names_whose, _key) if table.n_cols in (2, 3) else None


def _number_column(table: Table, needs: dict[str, str]) -> tuple[int | None, list[int]]:
    """The column of a table above whose cells are the keys, and the rows so numbered."""
    best: tuple[int | None, list[int]] = (None, [])
    # the columns' numbers under the header («1 | 2 | 3 | 4») number no point: its «1» no second row keyed 1
    counted = [r for r, row in enumerate(table.rows) if not is_numbering_row([c.text for c in row.cells])]
    for c in range(table.n_cols):
        rows = [r for r in counted if c < len(table.rows[r].cells) and not table.rows[r].cells[c].covered
                and _key(table.rows[r].cells[c].text) in needs]
        if len(rows) > len(best[1]):
            best = (c, rows)
    return best


def _has_needs(table: Table) -> bool:
    """Whether a table's first row is a list's header naming a needs column already: a cell read best as the
    needs («Потребности клиента»), not one a needs word only touches beside its own field («Канал
    взаимодействия» beside «Точка взаимодействия»: the header's mapping gives it the needs, the one field left)."""
    return bool(table.rows) and any(_names_needs(c.text) for c in table.rows[0].cells if not c.covered)


def _with_needs(table: Table, col: int | None, needs: dict[str, str], heading: str,
                repeated: tuple[list[str] | None, str] = (None, "")) -> Table:
    """The table with a needs column: `heading` over its header row; `repeated`: (the list's header, the needs
    heading) — the heading over that header wherever it is repeated (a part of a list cut into tables with
    the header over each, a page's top in converted text)."""
    width = table.n_cols
    padded = [list(row.cells) + [Cell("") for _ in range(width - len(row.cells))] for row in table.rows]
    # the list's header row: its first not across the table (a title merged over it), numbered by no key
    head = next((r for r, cells in enumerate(padded) if not _spans_to_end(cells)), None)
    head = head if head is not None and _key(padded[head][col or 0].text) is None else None
    rows = []
    for r, (row, cells) in enumerate(zip(table.rows, padded)):
        key = _key(cells[col].text) if col is not None and not cells[col].covered else None
        key = None if is_numbering_row([c.text for c in cells]) else key     # it stays a row of numbers
        if key in needs:
            text = needs[key]
        else:      # the list's header row, or one repeated on a new page
            text = heading if heading and (r == head or row.is_header and not _spans_to_end(cells)) else ""
            text = repeated[1] if repeated[0] is not None and [c.text for c in row.cells] == repeated[0] else text
        rows.append(Row(_widened(cells) if not text and _spans_to_end(cells) else cells + [Cell(text)],
                        row.source, row.is_header))
    return Table(rows, table.source)


def _spans_to_end(cells: list[Cell]) -> bool:
    return len(cells) > 1 and cells[-1].covered


def _widened(cells: list[Cell]) -> list[Cell]:
    """A row whose last cell a merged cell covers (a full-width row): that cell spans the new column too."""
    owner = max((i for i, c in enumerate(cells) if not c.covered), default=None)
    if owner is not None:
        cells[owner] = replace(cells[owner], colspan=cells[owner].colspan + 1)
    return cells + [Cell("", covered=True)]
