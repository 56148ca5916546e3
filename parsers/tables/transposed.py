"""A list turned on its side: the fields as rows, one point (or item) a column.

Some orders print a list transposed — «№ п/п | 1. | 2. | 3.» over «Направление деятельности | …»,
«Канал взаимодействия | …», «Потребности клиента | …» —, often as several narrow tables, or one
table whose block of field rows starts again every few points.  Such a table has no header
among its first rows; its FIRST COLUMN holds the header's words.  It is read turned: each block
of rows from one occurrence of the first column's first label to the next (a band) becomes a
table whose header is the band's labels and whose rows are the band's other columns, so every
reader downstream reads it as any headed list.  Spans turn with it: a cell spanning several
points' columns (a direction or a process over its channels, `w:gridSpan`) spans their rows, its
covered positions covered; converted text prints it once and leaves the rest empty, as a cell
merged down is left.

A band is turned when its labels are a header of one list kind (`columns.is_header`) and the
table's first row is no header of any kind nor is any row below it but one of the band's own
field rows (a row of channels' names may happen to read as headings); labels that are mostly no
field's name, or hold a bare number, are a list's own first column, never a header.  A table of
one point — two columns, or a third whose cells are filled in no more than half of the field rows
(a record card's notes: «Параметр | Значение | Примечание») — is turned only beside a table of
several points turned with the same labels: alone it is a «Поле | значение» record, read as such
(`parsers/extract/records.py`).  A first row naming the table's own columns («Параметр | Значение |
Примечание»: its label no field, its other cells no number) heads a record card: never turned,
however many rows its notes fill.

    turn_transposed(doc) -> Document      the same document where no table is turned
"""
from __future__ import annotations

from dataclasses import replace

from ..document import Cell, Document, Row, Table
from .columns import is_header, map_columns
from .repair import table_header

_KINDS = ("touchpoint_list", "roadmap")
_MIN_FIELDS = 3             # a band has at least this many field rows
_MAX_LABEL_CHARS = 120      # a field's label, not a sentence


def turn_transposed(doc: Document) -> Document:
    """The document with each transposed list table turned (a table per band); itself where none is."""
    found: dict[int, tuple[str, list[list[Row]]]] = {}
    for i, block in enumerate(doc.blocks):
        read = _read_bands(block) if isinstance(block, Table) and block.n_cols >= 2 else None
        if read and not _headed_across(block, read[1][0]):
            found[i] = read
    wide = {_labels_key(bands[0]) for _, bands in found.values() if _points(bands) >= 2}
    found = {i: v for i, v in found.items() if _points(v[1]) >= 2 or _labels_key(v[1][0]) in wide}
    if not found:
        return doc
    blocks = []
    for i, block in enumerate(doc.blocks):
        blocks.extend(_turned(block, found[i][1]) if i in found else [block])
    return replace(doc, blocks=blocks)


def _points(bands: list[list[Row]]) -> int:
    """The most points a band holds: columns after the labels filled in most of its field rows (a
    covered cell counts, a merged one's text printed once leaves the others empty).  A column of
    notes beside one item's values holds a word here and there: no point."""
    most = 0
    for band in bands:
        width = max(len(r.cells) for r in band)
        filled = [sum(1 for r in band if c < len(r.cells) and (r.cells[c].covered or r.cells[c].text.strip()))
                  for c in range(1, width)]
        most = max(most, sum(1 for n in filled if 2 * n > len(band)))
    return most


def _headed_across(table: Table, band: list[Row]) -> bool:
    """Whether a header across the table's first rows is found that is no field row of the band
    (a field row whose points' texts happen to read as headings is no header)."""
    for kind in _KINDS:
        found = table_header(table, kind)
        if found and (found[0] == 0 or not any(table.rows[found[0]] is r for r in band[1:])):
            return True
    return False


def _label(row: Row) -> str:
    return row.cells[0].text.strip() if row.cells and not row.cells[0].covered else ""


def _labels_key(band: list[Row]) -> tuple[str, ...]:
    return tuple(_label(r).lower() for r in band)


def _read_bands(table: Table) -> tuple[str, list[list[Row]]] | None:
    """(kind, bands) where every band of the table's rows has labels naming one kind's header."""
    rows = [r for r in table.rows if any(t.strip() for t in r.texts)]
    if not rows:
        return None
    first = _label(rows[0]).lower()
    if not first:
        return None
    bands: list[list[Row]] = []
    for r in rows:                             # a band starts at each repeat of the first label
        if not bands or _label(r).lower() == first:
            bands.append([])
        bands[-1].append(r)
    for band in bands:
        labels = [_label(r) for r in band]
        if len(band) < _MIN_FIELDS or not all(labels) or any(len(t) > _MAX_LABEL_CHARS for t in labels):
            return None
    for kind in _KINDS:
        if all(_labels_head(kind, [_label(r) for r in band]) for band in bands) and not _card_heading(kind, rows[0]):
            return kind, bands
    return None


def _card_heading(kind: str, row: Row) -> bool:
    """A first row naming the table's own columns — its label no field of the kind, its other cells
    words with no number («Параметр | Значение | Примечание») — heads a record card, however many of
    its rows hold notes; a list on its side opens with its fields, or numbers its points there."""
    others = [t.strip() for t in row.texts[1:] if t.strip()]
    return bool(others) and not map_columns(kind, [_label(row)]) and \
        not any(ch.isdigit() for t in others for ch in t)


def _labels_head(kind: str, labels: list[str]) -> bool:
    """A band's labels are a header: one of the kind's, most of them naming a field, none a bare
    number (a list's own first column, row numbers and section rows, is none)."""
    if any(t.rstrip(".").isdigit() for t in labels) or not is_header(kind, labels):
        return False
    return 2 * len(map_columns(kind, labels)) >= len(labels)


def _turned(table: Table, bands: list[list[Row]]) -> list[Table]:
    """A table per run of bands with the same labels: the labels as its header, a row per column."""
    out: list[Table] = []
    key = None
    for band in bands:
        rows = _band_rows(band)
        if _labels_key(band) != key:
            head = Row([Cell(_label(r)) for r in band], replace(band[0].source))
            out.append(Table([head], replace(table.source)))
            key = _labels_key(band)
        out[-1].rows.extend(rows)
    return out


def _band_rows(band: list[Row]) -> list[Row]:
    """The band's columns after the labels as rows (a column with nothing in it left out)."""
    width = max(len(r.cells) for r in band)
    out = []
    for c in range(1, width):
        cells = [_turn(r.cells[c]) if c < len(r.cells) else Cell("") for r in band]
        if any(cell.text.strip() for cell in cells):
            out.append(Row(cells, replace(band[0].source)))
    return out


def _turn(cell: Cell) -> Cell:
    return Cell(cell.text, colspan=cell.rowspan, rowspan=cell.colspan, covered=cell.covered)
