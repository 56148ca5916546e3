"""A header supplied to tables that have none, from what their columns hold (`content_roles`).

    supply_headers(doc) -> (doc, warnings, directions told apart from processes by order alone)

A table no reader claims (no header of any kind among its first rows, and no headed table
above it that it continues) is read by its content; consecutive such tables as wide as one
another, nothing between them or a line saying the next restates rows too, are judged together
(an amending order's «строку 2 изложить …» and «дополнить строками 7–30 …» restate rows of one list).  Each table so read gets a header row in the vocabulary's
own words for the columns decided (`parsers/data/columns.yaml`, the first heading of each
field), so every reader downstream reads it as any headed table — and a warning on the
document names the columns read by their content and those left unread.  A first row whose
cells its columns' readers refuse (a header in words no vocabulary has) is replaced by it, and
the warning quotes it (a data row so taken is not lost unsaid).
"""
from __future__ import annotations

from dataclasses import replace

from ..document import Cell, Document, Paragraph, Row, Table
from .columns import is_header, map_columns, schema
from .point_lines import lined_heading
from .content_roles import content_roles, kind_cue, label_rows, rows_cue
from .header_labels import MAX_LABEL_ROWS
from .header_rows import is_mark
from .repair import find_tables, table_header
from .signoff import is_signoff

_KINDS = ("touchpoint_list", "roadmap")
_MIN_COLS = 3
_CUE_BLOCKS = 40            # paragraphs above a table that may name its list (title, lead-in)
_ROW_CUE_PARAGRAPHS = 3     # the lines right above it that may say it restates rows («строку 5 изложить …:», «"»)
_NAMES = {"group_no": "row number", "item_no": "row number", "direction": "direction", "process": "process",
          "touchpoint": "channel", "interaction": "needs", "point_type": "point type", "activity": "activity",
          "deadline": "deadline", "responsible": "responsible", "deliverable": "result"}


def supply_headers(doc: Document) -> tuple[Document, list[str], frozenset[str]]:
    """The document with a header given to each header-less table its content reads as a list,
    and a warning for each; the same document where there is none.  Last, the cells read as
    directions where only the columns' order told them from the processes (for review)."""
    lone = [i for i, b in enumerate(doc.blocks) if isinstance(b, Table) and b.n_cols >= _MIN_COLS
            and all(table_header(b, k) is None for k in _KINDS) and not is_signoff(b)]
    if not lone:
        return doc, [], frozenset()
    claimed = {id(p) for k in _KINDS for t in find_tables(doc, k) for p in t.parts}
    lone = [i for i in lone if id(doc.blocks[i]) not in claimed]
    blocks, warnings, by_order = list(doc.blocks), [], set()
    for group in _runs(doc, lone):
        tables = [doc.blocks[i] for i in group]
        rows = [_padded(r, tables[0].n_cols) for t in tables for r in _merged_down(t)]
        found = content_roles(rows, _cue(doc, group[0]))
        if found is None:
            continue
        kind, columns, by_place = found
        texts = _header_texts(kind, columns, tables[0].n_cols)
        if texts is None:
            continue
        dropped = [_label_rows(_merged_down(t), columns) for t in tables]
        labels = [r.texts for t, (lead, drop) in zip(tables, dropped) for r in t.rows[lead:lead + drop]]
        for i, t, (lead, drop) in zip(group, tables, dropped):
            blocks[i] = _with_header(t, texts, lead, drop)
        warnings.append(_warning(tables, kind, columns, by_place) + _labels_said(labels))
        if "direction" in by_place:
            by_order.update(r[columns["direction"]].strip() for r in rows if r[columns["direction"]].strip())
    return (replace(doc, blocks=blocks) if warnings else doc), warnings, frozenset(by_order)


def _label_rows(rows: list[list[str]], columns: dict[str, int]) -> tuple[int, int]:
    """(rows of one text above, rows) of a header in words nobody knows: the first rows that are
    labels (`label_rows`) — under a stamp's or a title's rows written in the table, which stay above
    the header given —, and the rows of that header under them: a group's sub-headings («Гр. 4» over
    «Графа 4 | Гр. 5 | …») fill none of the columns decided — those are merged down from the top
    row — and hold no mark.  Left in, they would be read as the list's rows or the header's own, their
    labels as the values of a field."""
    lead = 0
    while lead < min(MAX_LABEL_ROWS, len(rows) - 1) and len({t.strip() for t in rows[lead]} - {""}) <= 1:
        lead += 1
    n = label_rows(rows[lead:], columns)
    lead, rows = (lead, rows[lead:]) if n else (0, rows)
    decided = set(columns.values())
    while 0 < n < min(MAX_LABEL_ROWS, len(rows) - 1) and any(t.strip() for t in rows[n]) and \
            not any(rows[n][k].strip() for k in decided if k < len(rows[n])) and not any(is_mark(t) for t in rows[n]):
        n += 1
    return lead, n


def _padded(texts: list[str], n: int) -> list[str]:
    return texts + [""] * (n - len(texts))


def _merged_down(table: Table) -> list[list[str]]:
    """Each row's texts, a cell merged down (Word's `w:vMerge`) holding the text of the cell it
    continues: a process merged over its points repeats down the list as one written on each row
    does (a cell covered from its left — a full-width row's — stays empty; a row of one text of its
    own, a section or point-type row over merged cells, is not filled: it stays a row of one cell)."""
    out: list[list[str]] = []
    down: set[int] = set()           # the columns whose cell in the row above starts or continues a merge down
    for row in table.rows:
        texts, now = [], set()
        for k, c in enumerate(row.cells):
            if c.covered and k in down and out and k < len(out[-1]):
                texts.append(out[-1][k])
                now.add(k)
            else:
                texts.append("" if c.covered else c.text)
                if not c.covered and c.rowspan > 1:
                    now.add(k)
        down = now
        own = sum(1 for c in row.cells if not c.covered and c.text.strip())
        out.append(texts if own > 1 else ["" if c.covered else c.text for c in row.cells])
    return out


def _runs(doc: Document, lone: list[int]) -> list[list[int]]:
    """Header-less tables in runs: one after another, as wide as each other, with nothing between
    (a table a break split) or paragraphs whose last lines say the next holds rows too («дополнить
    строками …:»).  Not any later table as wide: an approval sheet after the signature pooled
    with restated rows would change how both are read."""
    out: list[list[int]] = []
    for i in lone:
        prev = out[-1][-1] if out else None
        between = doc.blocks[prev + 1:i] if prev is not None else [None]
        if prev is not None and doc.blocks[prev].n_cols == doc.blocks[i].n_cols and \
                all(isinstance(b, Paragraph) for b in between) and \
                (not between or any(rows_cue(p.text) for p in between[-_ROW_CUE_PARAGRAPHS:])):
            out[-1].append(i)
        else:
            out.append([i])
    return out


def _cue(doc: Document, at: int) -> str | None:
    """The list kind the text above block `at` names, "" where it only says the table holds a
    list's rows, None where it says neither.  The nearest paragraph naming a kind decides."""
    above = [b for b in doc.blocks[max(0, at - _CUE_BLOCKS):at] if isinstance(b, Paragraph)]
    rows = any(rows_cue(p.text) for p in above[-_ROW_CUE_PARAGRAPHS:])
    for p in reversed(above):
        kind = kind_cue(p.text)
        if kind:
            return kind
    return "" if rows else None


def _header_texts(kind: str, columns: dict[str, int], n_cols: int) -> list[str] | None:
    """A header row in the vocabulary's words that maps exactly to `columns`, or None."""
    texts = [""] * n_cols
    fields = schema(kind).fields
    for field, col in columns.items():
        texts[col] = fields[field][0]
    lined = columns.get("interaction") is not None and columns.get("interaction") == columns.get("touchpoint")
    if lined:                    # the channels with their needs in one column (point_lines.py): a heading naming both
        texts[columns["touchpoint"]] = lined_heading()
    named = {f: c for f, c in columns.items() if not (lined and f == "interaction")}
    return texts if is_header(kind, texts) and map_columns(kind, texts) == named else None


def _with_header(table: Table, texts: list[str], lead: int, drop: int) -> Table:
    """The table with a header row of `texts` under its first `lead` rows (a stamp, a title), the
    `drop` rows after them (labels nobody knows) left out."""
    head = Row([Cell(t) for t in texts], replace(table.rows[lead].source))
    return Table([*table.rows[:lead], head, *table.rows[lead + drop:]], table.source)


def _labels_said(labels: list[list[str]]) -> str:
    """What the warning says of first rows taken for labels and dropped: a row no reader read,
    were it data, would otherwise be lost unsaid."""
    said = "; ".join(" | ".join(t.strip() for t in texts if t.strip()) for texts in labels)
    return f"; first row{'s' * (len(labels) > 1)} taken for labels, not read: «{said}»" if labels else ""


def _warning(tables: list[Table], kind: str, columns: dict[str, int], by_place: tuple[str, ...]) -> str:
    first = tables[0]
    where = f"line {first.source.line}" if first.source.line else f"page {first.rows[0].source.page}"
    what = f"table at {where}" if len(tables) == 1 else f"{len(tables)} tables from {where}"
    named = ", ".join(f"{col + 1} {_NAMES.get(f, f)}" for f, col in sorted(columns.items(), key=lambda x: x[1]))
    unread = [str(k + 1) for k in range(first.n_cols) if k not in columns.values()]
    rest = f"; column{'s' * (len(unread) > 1)} {', '.join(unread)} not read" if unread else ""
    if by_place:
        rest += f"; {' and '.join(_NAMES[f] for f in by_place)} told apart by their order alone"
    kind_name = "touchpoint list" if kind == "touchpoint_list" else kind
    return (f"{what} ({sum(len(t.rows) for t in tables)} rows x {first.n_cols} columns) has no recognisable "
            f"header: read as a {kind_name} by its columns' content (column {named}){rest}")
