"""Table repair, general and format-blind: one module used by every reader.

    find_tables(doc, kind) -> [RepairedTable]

1. a table's header row is found by what it says (`columns.is_header`), and its
   columns mapped to fields by meaning;
2. tables that follow without a header of their own, separated only by headings
   or short lines (page breaks, a heading thrown into the table), are stitched
   to it; the headings in between are kept as events between rows;
3. the numbering row (`1 2 3 4 5 6`) and repeated header rows are dropped; with
   `sections`, a full-width row ("II. Меры поддержки") becomes a heading item, and
   the short paragraphs right above the table are kept as its captions;
4. rows whose cells slid left (the converter dropped empty merged cells) are
   re-aligned on an anchor column or on their trailing padding; the cells that
   fell off the left are marked *lost*, which is not the same as *empty*.

Filling merged cells down and joining continuation rows depends on what the
table holds, so it is left to the extractor of that kind.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Callable, Iterator

from ..document import Document, Paragraph, Row, Source, Table
from .column_parts import join_column_parts
from .channel_groups import with_channel_groups
from .tree_column import with_tree_columns
from .columns import field_scores, is_header, is_numbering_row, map_columns
from .content_columns import skipped_heading, with_content_columns
from .direction_header import direction_title
from .footnote_paras import footnote_of_above
from .content_complete import completed_columns, weakly_dropped
from .as_above import resolve_as_above, resolve_dashes
from .header_rows import Header, read_header, split_marks, with_mark_columns
from .sections import is_bare_number, names_list_part, section_text
from .signoff import is_signoff
from .spread_columns import with_spread_columns
from textcore.clean import is_blank_mark

# A paragraph longer than this between two tables is body text: the tables are separate.
_MAX_BRIDGE_CHARS = 200
_MAX_BRIDGE_PARAGRAPHS = 3
_HEADER_SEARCH_ROWS = 4
_MAX_TITLE_ROWS = 8           # one-text rows above a header: a stamp, a title
_MAX_CAPTION_PARAGRAPHS = 2
# a row naming the header's fields in the header's columns is the header printed again only where it names them
# near as surely: values name fields too, less surely («Сфера социальной защиты | Меры социальной поддержки |
# Место приема граждан» under «Направление | Процесс | Точка взаимодействия» names half as much); a reprint with
# a misread word or two (fuzzy, `columns._scores`: 0.8 of a word-for-word name) still passes
_REPRINT_SURENESS = 0.7


@dataclass
class RepairedRow:
    values: dict[str, str]              # field -> cell text ("" when empty)
    lost: set[str] = field(default_factory=set)      # fields whose cell fell off the row
    covered: set[str] = field(default_factory=set)   # fields covered by a merged cell above
    source: Source = field(default_factory=Source)
    shift: int = 0
    qualifiers: dict[str, str] = field(default_factory=dict)  # field -> the sub-heading its text stood under
    marks: dict[str, list[str]] = field(default_factory=dict)  # field -> headings of its marked sub-columns
    # field -> per mark, the middle heading of a three-row header its column stands under («цифровые»)
    mark_groups: dict[str, list[str]] = field(default_factory=dict)
    # fields whose cell holds a bare dash («—»): no data, unless the table repeats with dashes (`resolve_dashes`)
    dashed: set[str] = field(default_factory=set)

    def get(self, name: str) -> str:
        return self.values.get(name, "")


@dataclass
class Heading:
    """A heading (or short line) between two parts of one table, above it, or a full-width row in it."""
    text: str
    source: Source
    marked: bool = False        # bold or a heading: set apart as a heading by its form
    row: bool = False           # a full-width row of the table itself


@dataclass
class RepairedTable:
    kind: str
    columns: dict[str, int]             # field -> column index in the header
    header: list[str]
    items: list[RepairedRow | Heading]  # rows and in-table headings, in order
    warnings: list[str] = field(default_factory=list)
    parts: list[Table] = field(default_factory=list)   # the source tables stitched into this one
    splits: dict[str, list[tuple[int, str]]] = field(default_factory=dict)  # field -> sub-columns
    captions: list[Heading] = field(default_factory=list)  # short paragraphs right above the table

    @property
    def rows(self) -> list[RepairedRow]:
        return [i for i in self.items if isinstance(i, RepairedRow)]


def find_header(table: Table, kind: str) -> int | None:
    found = table_header(table, kind)
    return found[0] if found else None


def table_header(table: Table, kind: str) -> tuple[int, Header] | None:
    """The first header among the table's first rows (one row, or a group over sub-headings).

    Rows of one text (an approval stamp «Приложение 3 к приказу … УТВЕРЖДЕН», the list's
    title, written as the table's first full-width rows, a line each) do not count toward
    how far down it is looked for; being above the header, they never become rows (a title
    naming the part of the list the table holds is a caption: `_title_rows`)."""
    counted = 0
    for i, row in enumerate(table.rows[:_HEADER_SEARCH_ROWS + _MAX_TITLE_ROWS]):
        header = read_header(table.rows, i, kind)
        if header:
            return i, header
        counted += len({t.strip() for t in row.texts if t.strip()}) > 1
        if counted >= _HEADER_SEARCH_ROWS:
            break
    return None


def _completed(head: Header, parts: list, kind: str) -> Header:
    """The header with the fields it leaves out that the columns it names no field for hold surely
    (`content_complete.completed_columns`: row numbers under «п.», deadlines under «Сро. исп.»), judged
    by the rows of every part of the table."""
    split = {k for subs in head.splits.values() for k, _ in subs}
    weak = weakly_dropped(kind, head.columns, head.texts)      # «Что нужно заявителю»: no client category surely
    columns = {f: c for f, c in head.columns.items() if c not in weak}
    unnamed = {k for k, t in enumerate(head.texts) if t.strip() and k not in split and not skipped_heading(kind, t)} \
        - set(columns.values())
    if not unnamed:
        return head
    rows = [r.texts for r in parts if isinstance(r, Row)]
    more = completed_columns(kind, rows, columns, unnamed)
    kept = {f: c for f, c in head.columns.items() if c not in more.values()}
    return replace(head, columns={**kept, **more}) if more else head


def find_tables(doc: Document, kind: str, anchors: dict[str, Callable[[str], bool]] | None = None,
                sections: bool = False, stop: Callable[[Table], bool] | None = None) -> list[RepairedTable]:
    """Every table of this kind in the document, stitched and re-aligned.

    `anchors` maps a field to a predicate recognising its cells by content (for
    a touchpoint list: the point-type column, "Цифровая точка"); a row that slid
    is re-aligned so that its anchor cell lands in the anchor's column.  With `sections`,
    a full-width row (`sections.section_text`) becomes a `Heading` item, not a row.
    `stop` names tables that are never stitched on as a continuation (a legend under the list).
    """
    out: list[RepairedTable] = []
    blocks, origins = join_column_parts(doc.blocks, kind, table_header)   # a list printed in two parts by columns
    blocks, origins = with_channel_groups(blocks, kind, origins)           # «1. Сайт (цифровая)» over its rows
    blocks, origins = with_tree_columns(blocks, kind, origins)             # «1.» / «1.1.» / «1.1.1.» in one column
    i, notes = 0, {}                       # each table's footnote marks, read once (footnote_paras.py)
    while i < len(blocks):
        block = blocks[i]
        if not isinstance(block, Table):
            i += 1
            continue
        found = table_header(block, kind)
        if found is None:
            i += 1
            continue
        h, head = found
        header = head.texts
        parts: list[Row | Heading] = list(block.rows[h + head.n_rows:])
        consumed = [block]
        j = i + 1
        bridge: list[Heading] = []
        while j < len(blocks):
            nxt = blocks[j]
            if isinstance(nxt, Paragraph):
                if footnote_of_above(blocks, j, notes):
                    j += 1                 # «¹ Указывается …» under the table: explains a cell, heads nothing
                    continue
                if len(nxt.text) > _MAX_BRIDGE_CHARS or len(bridge) >= _MAX_BRIDGE_PARAGRAPHS:
                    break
                bridge.append(_heading(nxt))
                j += 1
                continue
            if find_header(nxt, kind) is not None and not _only_repeats_header(nxt, head, kind):
                break                      # a new table of the same kind starts
            if stop is not None and stop(nxt) or is_signoff(nxt):
                break                      # a legend, or the sheet of those who endorsed it: no rows of it
            if nxt.n_cols > len(header) + 1:
                break
            parts.extend(bridge)
            parts.extend(nxt.rows)
            consumed.append(nxt)
            bridge = []
            j += 1
        head = _completed(head, parts, kind)
        spanned = frozenset(k for k, c in enumerate(block.rows[h].cells) if c.covered) if head.n_rows == 1 else frozenset()
        repaired = _repair(kind, head, parts, anchors or {}, sections, spanned)
        repaired.parts = [p for t in consumed for p in origins.get(id(t), [t])]
        repaired.captions = _captions(blocks, i, notes) + _title_rows(block, h, head.rows, consumed[1:])
        out.append(repaired)
        i = j if j > i + 1 else i + 1
    return out


def _heading(p: Paragraph) -> Heading:
    return Heading(p.text, p.source, marked=p.bold or p.is_heading)


def _captions(blocks: list, i: int, notes: dict) -> list[Heading]:
    """The short paragraphs right above table i (a caption, a bold direction line), in order."""
    out: list[Heading] = []
    k = i - 1
    while k >= 0 and len(out) < _MAX_CAPTION_PARAGRAPHS:
        p = blocks[k]
        if not isinstance(p, Paragraph) or len(p.text) > _MAX_BRIDGE_CHARS or footnote_of_above(blocks, k, notes):
            break                              # a footnote of the table above is no caption of this one
        out.insert(0, _heading(p))
        k -= 1
    return out


def _title_rows(table: Table, header_at: int, head_rows: list[list[str]], later: list[Table]) -> list[Heading]:
    """The rows above the header that are the list's title naming the part of it the table
    holds («Перечень точек взаимодействия по направлению «…»»), or the table's direction as its
    first header row (`direction_header.py`), as captions; a stamp's lines and the whole list's
    title are not (`sections.names_list_part`)."""
    texts = [(row, [t.strip() for t in row.texts if t.strip()]) for row in table.rows[:header_at]]
    own = direction_title(table, header_at, head_rows, later)
    return [Heading(cells[0], row.source, marked=True, row=True) for k, (row, cells) in enumerate(texts)
            if len(set(cells)) == 1 and (names_list_part(cells[0]) or own and k == header_at - 1)]


def _only_repeats_header(table: Table, head: Header, kind: str) -> bool:
    """A continuation that starts with a copy of the header (page-break repeat).  Sub-headings
    count: a channel matrix naming other channels under the same groups is a new table."""
    found = table_header(table, kind)
    return found is not None and found[1].columns == map_columns(kind, head.texts) and \
        [label for _, label in sum(found[1].splits.values(), [])] == [label for _, label in sum(head.splits.values(), [])]


def _repeats_header(texts: list[str], head: Header) -> bool:
    """A header row printed again (at a page break): the same texts as one of the header's rows."""
    return any([t.strip() for t in texts] == [t.strip() for t in row] for row in head.rows)


def _reprints_header(kind: str, texts: list[str], header: list[str], columns: dict[str, int]) -> bool:
    """A header printed again in other words or spellings: its fields in the same columns, named near as
    surely as the header names them (`_REPRINT_SURENESS`), not a first data row whose values hold a field's word."""
    if map_columns(kind, texts) != columns or not is_header(kind, texts):
        return False

    def named(cells: list[str]) -> float:
        return sum(field_scores(kind, cells[k]).get(f, 0.0) for f, k in columns.items() if k < len(cells))
    return named(texts) >= _REPRINT_SURENESS * named(header)


def _repair(kind: str, head: Header, parts: list, anchors, sections: bool,
            spanned: frozenset[int] = frozenset()) -> RepairedTable:
    rows = [p for p in parts if isinstance(p, Row)]
    head = with_spread_columns(kind, head, rows, spanned)     # «Потребность 1 | Потребность 2»: one field's slots
    head = with_content_columns(kind, with_mark_columns(kind, head, rows), rows)   # marks, then content
    header, columns = head.texts, head.columns
    n_cols = len(header)
    # how often each column is filled in rows that arrived whole: tells whether
    # trailing padding in a row means "slid left" or "last cell really empty"
    full = [r for r in rows if len(r.cells) == n_cols and r.cells[-1].text]
    last_filled = len(full) / max(1, sum(1 for r in rows if len(r.cells) == n_cols))
    items: list[RepairedRow | Heading] = []
    warnings: list[str] = []
    for part in parts:
        if isinstance(part, Heading):
            items.append(part)
            continue
        texts = part.texts
        if not any(t.strip() for t in texts):
            continue
        if is_numbering_row(texts) or (part.is_header and is_header(kind, texts)) or \
                _repeats_header(texts, head) or _reprints_header(kind, texts, head.texts, columns):
            continue
        section = section_text(part, columns, n_cols) if sections else None
        if section:                                # a full-width heading row, before any re-alignment
            items.append(Heading(section, part.source, marked=True, row=True))
            continue
        shift = 0 if _spans_rest(part) else _shift(texts, n_cols, columns, anchors, last_filled >= 0.8)
        values: dict[str, str] = {}
        lost: set[str] = set()
        covered: set[str] = set()
        for name, col in columns.items():
            src = col - shift
            if src < 0:
                lost.add(name)
                values[name] = ""
            elif src < len(part.cells):
                cell = part.cells[src]
                values[name] = "" if is_blank_mark(cell.text) else cell.text
                if cell.covered:
                    covered.add(name)
            else:
                values[name] = ""
        dashed = {name for name, col in columns.items() if _dash_at(texts, col - shift)}
        qualifiers, marks, groups = {}, {}, {}
        for name, subs in head.splits.items():     # a field under a two-level header
            # kind columns' text: each its heading's kind (`own`)
            values[name], qualifiers[name], marks[name], cols, own = split_marks(texts, subs, shift)
            dashed |= {name} if any(_dash_at(texts, c - shift) for c, _ in subs) else set()
            groups[name] = [head.sub_groups.get(c, "") or label for c, label in zip(cols, own)]
            if not values[name] and subs and all(0 <= c - shift < len(part.cells) and part.cells[c - shift].covered
                                        for c, _ in subs):
                covered.add(name)
        if shift:
            warnings.append(f"row {part.source.row or part.source.line}: cells shifted by {shift}, re-aligned")
        items.append(RepairedRow(values, lost, covered, part.source, shift, qualifiers, marks, groups, dashed))
    resolve_as_above(items)    # «то же», «-//-»: the value above, within a section
    resolve_dashes(items)      # «—» where the direction repeats: the point's kind above too
    return RepairedTable(kind, columns, header, items, warnings, splits=head.splits)


def _dash_at(texts: list[str], k: int) -> bool:
    """A dash in cell k: the table gives no data there (ГОСТ 1.5, 4.5.17), which says no "as above"."""
    return 0 <= k < len(texts) and is_blank_mark(texts[k].strip())


def _spans_rest(row: Row) -> bool:
    """A row whose last text is a merged cell reaching the row's end (a full-width task
    heading): the empties after it are covered, not cells lost by sliding left."""
    last = max((k for k, c in enumerate(row.cells) if c.text.strip()), default=-1)
    return 0 <= last < len(row.cells) - 1 and all(c.covered for c in row.cells[last + 1:])


def _shift(texts: list[str], n_cols: int, columns: dict[str, int], anchors, pad_means_slid: bool) -> int:
    """How many columns to the right this row's cells belong."""
    last = max((k for k, t in enumerate(texts) if t.strip()), default=-1)
    room = n_cols - 1 - last                       # the most it can slide without losing a cell
    if room <= 0:
        return 0
    for name, pred in anchors.items():
        col = columns.get(name)
        if col is None:
            continue
        hits = [k for k, t in enumerate(texts) if t.strip() and pred(t)]
        if hits:
            s = col - hits[-1]
            return s if 0 <= s <= room else 0
    if columns.get("group_no") == 0 and (is_bare_number(texts[0]) or len(texts) < n_cols and not texts[0].strip()):
        # its own row number stands in the number column, or the converter kept its empty
        # number cell (a row that slid left lost its empty cells there): what is missing
        # is at the end
        return 0
    if len(texts) < n_cols:                        # a short row: padded on the left by the converter
        return room if pad_means_slid else n_cols - len(texts)
    if pad_means_slid:                             # trailing empties where the last column is always filled
        return room
    return 0


def iter_rows(tables: list[RepairedTable]) -> Iterator[RepairedRow]:
    for t in tables:
        yield from t.rows
