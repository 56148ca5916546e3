"""Roadmap («дорожная карта», «план мероприятий») tables -> one record per numbered item.

Roadmap tables are found by their header (columns mapped by meaning, any
order); other tables are ignored.  Rows are read in order:

* a row with a number (`1.`, `3.1`, `3.1.2.`; in the number column, or leading
  the activity when there is none) starts an item;
* a row without one (or repeating the current number, as a vertically merged
  number cell does) continues the item above: its non-empty cells are appended;
* repeated header rows and the `1 2 3 4 5` numbering row are skipped.

A section is a numbered row with no deadline of its own that either heads
other items or says nothing besides its title.  Areas come from section
wording (block 1/2 vocabulary, else the direction matcher); items inherit the
area of their nearest section; milestones come from the item's wording.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from normalizers.deadlines import parse_deadline
from normalizers.milestones import block_area, match_milestone
from normalizers.people import parse_people
from parsers.document import Document, Row, Table
from parsers.tables.columns import is_header, is_numbering_row, map_columns
from parsers.textclean import clean_text, footnote_marks, strip_markup

try:  # the direction matcher lives on main; without it block-3 areas stay unknown
    from normalizers import match_direction
except ImportError:  # pragma: no cover
    match_direction = None

KIND = "roadmap"
FIELDS = ("activity", "deadline", "responsible", "deliverable")
_NUMBER = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,3}){0,4})\s*[.)]?(?=\s|$)")
_HEADER_SCAN = 5          # a header sits within the first rows of its table


@dataclass
class _Item:
    no: str
    cells: dict[str, list[str]]          # field -> cell texts (the row's, then continuations')
    marks: list[str]
    row: Row


@dataclass
class _Grid:
    mapping: dict[str, int]
    n_cols: int
    items: list[_Item] = field(default_factory=list)


def item_number(text: str) -> tuple[str, str] | None:
    """("3.1.2", rest of the text) for "3.1.2. Rest"; None when the text is not numbered."""
    m = _NUMBER.match(strip_markup(text))
    if not m:
        return None
    return m.group(1), strip_markup(text)[m.end():].strip()


def parent_of(no: str) -> str | None:
    return no.rsplit(".", 1)[0] if "." in no else None


def _row_texts(table: Table) -> list[tuple[Row, list[str], list[bool]]]:
    """Each row's cell texts, a vertically merged cell's text repeated in the cells it covers
    (flagged `inherited`, so a continuation row does not append it twice)."""
    below: dict[tuple[int, int], str] = {}
    out = []
    for r, row in enumerate(table.rows):
        texts, inherited = [], []
        for c, cell in enumerate(row.cells):
            for k in range(1, cell.rowspan):
                below[(r + k, c)] = cell.text
            covered = cell.covered and (r, c) in below
            texts.append(below[(r, c)] if covered else ("" if cell.covered else cell.text))
            inherited.append(covered)
        out.append((row, texts, inherited))
    return out


def _find_header(rows) -> tuple[int, dict[str, int]] | None:
    for i, (_, texts, _) in enumerate(rows[:_HEADER_SCAN]):
        if is_header(KIND, texts):
            return i, map_columns(KIND, texts)
    return None


def _cell(texts: list[str], mapping: dict[str, int], name: str) -> str:
    i = mapping.get(name)
    return texts[i] if i is not None and i < len(texts) else ""


def _read_rows(grid: _Grid, rows) -> None:
    for row, texts, inherited in rows:
        if not any(t.strip() for t in texts) or is_numbering_row(texts) or is_header(KIND, texts):
            continue
        num = item_number(_cell(texts, grid.mapping, "item_no")) if "item_no" in grid.mapping else None
        cells = {f: _cell(texts, grid.mapping, f) for f in FIELDS}
        if num is None and not _cell(texts, grid.mapping, "item_no").strip():
            num = item_number(cells["activity"])       # number written in front of the activity
            if num:
                cells["activity"] = num[1]
        marks = [m for t in texts for m in footnote_marks(t)]
        current = grid.items[-1] if grid.items else None
        if num and (current is None or num[0] != current.no):
            grid.items.append(_Item(num[0], {f: [v] for f, v in cells.items()}, marks, row))
        elif current is not None:                    # continuation of the item above
            for f, i in ((f, grid.mapping.get(f)) for f in FIELDS):
                if i is not None and i < len(texts) and texts[i].strip() and not inherited[i]:
                    current.cells[f].append(texts[i])
            current.marks += marks


def _area(section_text: str, heads_sections: bool, parent_area: str | None) -> str | None:
    own = block_area(section_text)
    if own:
        return own
    if heads_sections:                 # a block of several directions has no single area
        return parent_area
    if match_direction is None:
        return parent_area
    code = match_direction(clean_text(section_text)).code
    return code if code != "other" else (parent_area or "other")


def _records(items: list[_Item], footnotes: dict[str, str]) -> list[dict]:
    numbers = [it.no for it in items]
    has_children = {n: any(m.startswith(n + ".") for m in numbers) for n in numbers}
    joined = [{f: clean_text(" ".join(v)) for f, v in it.cells.items()} for it in items]
    sections = {it.no for it, j in zip(items, joined)
                if not j["deadline"] and (has_children[it.no] or not (j["responsible"] or j["deliverable"]))}
    # areas of sections, outermost first so a nested section can fall back to its parent's
    areas: dict[str, str | None] = {}
    for it, j in sorted(zip(items, joined), key=lambda p: p[0].no.count(".")):
        if it.no in sections:
            heads = any(m in sections and parent_of(m) == it.no for m in numbers)
            areas[it.no] = _area(" ".join(it.cells["activity"]), heads, _nearest(areas, parent_of(it.no)))
    out = []
    for it, j in zip(items, joined):
        section = it.no in sections
        area = areas[it.no] if section else _nearest(areas, parent_of(it.no))
        deadline = parse_deadline(j["deadline"])
        people = parse_people(j["responsible"])
        out.append({
            "item_no": it.no,
            "parent_no": parent_of(it.no),
            "is_section": section,
            "activity": j["activity"],
            "area": area,
            "milestone": None if section else match_milestone(area, j["activity"], j["deliverable"]),
            "deadline": deadline.date,
            "deadline_raw": j["deadline"] or None,
            "not_applicable": deadline.not_applicable or parse_deadline(j["responsible"]).not_applicable,
            "responsible_raw": j["responsible"] or None,
            "responsible_names": list(people.names),
            "responsible_positions": list(people.positions),
            "deliverable": j["deliverable"] or None,
            "footnotes": [footnotes[m] for m in dict.fromkeys(it.marks) if m in footnotes],
            "source_row": it.row.source.row if it.row.source.row is not None else it.row.source.line,
            "source_page": it.row.source.page,
        })
    return out


def _nearest(areas: dict[str, str | None], no: str | None) -> str | None:
    while no is not None:
        if no in areas:
            return areas[no]
        no = parent_of(no)
    return None


def _first_number(grid: _Grid, rows) -> str | None:
    for _, texts, _ in rows[:_HEADER_SCAN]:
        num = item_number(_cell(texts, grid.mapping, "item_no"))
        if num:
            return num[0]
    return None


def _continues(grid: _Grid | None, table: Table, mapping: dict[str, int] | None, rows) -> bool:
    """A table after a page break: same columns, numbering going on (not restarting)."""
    if grid is None or table.n_cols != grid.n_cols or (mapping is not None and mapping != grid.mapping):
        return False
    first = _first_number(grid, rows)
    return first is not None and all(it.no != first for it in grid.items)


def extract_roadmap(doc: Document) -> list[dict]:
    """One record per numbered roadmap item (sections included); [] when the document has none."""
    grids: list[_Grid] = []
    for table in doc.tables():
        rows = _row_texts(table)
        header = _find_header(rows)
        last = grids[-1] if grids else None
        if _continues(last, table, header and header[1], rows):
            _read_rows(last, rows)            # header rows repeated on the new page are skipped there
        elif header is not None:
            grids.append(_Grid(header[1], table.n_cols))
            _read_rows(grids[-1], rows[header[0] + 1:])
    return [rec for g in grids for rec in _records(g.items, doc.footnotes)]
