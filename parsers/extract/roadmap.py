"""Roadmap («дорожная карта», «план мероприятий») tables -> one record per numbered item.

Roadmap tables are found, stitched across page breaks and re-aligned by
`parsers.tables.repair` (header found by meaning, columns in any order, header
repeats and the `1 2 3 4 5` row dropped); other tables are ignored.  Here the
rows are read in order, merged cells filled down:

* a row with a number (`1.`, `3.1`, `3.1.2.`; in the number column, or leading
  the activity when there is none) starts an item;
* a row without one (or repeating the current number, as a vertically merged
  number cell does) continues the item above: its non-empty cells are appended;
* a numbered heading found between two parts of a table is a section.

A section is a numbered row with no deadline of its own that either heads
other items or says nothing besides its title.  Areas come from section
wording (block 1/2 vocabulary, else the direction matcher); items inherit the
area of their nearest section; milestones come from the item's wording.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from normalizers.deadlines import parse_deadline
from normalizers.milestones import block_area, match_milestone
from normalizers.people import parse_people
from parsers.document import Document, Source, Table
from parsers.tables.repair import Heading, RepairedRow, RepairedTable, find_tables
from parsers.textclean import clean_text, footnote_marks, strip_markup

try:  # the direction matcher lives on main; without it block-3 areas stay unknown
    from normalizers import match_direction
except ImportError:  # pragma: no cover
    match_direction = None

KIND = "roadmap"
FIELDS = ("activity", "deadline", "responsible", "deliverable")
_NUMBER = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,3}){0,4})\s*[.)]?(?=\s|$)")


@dataclass
class _Item:
    no: str
    cells: dict[str, list[str]]          # field -> cell texts (the row's, then continuations')
    marks: list[str]
    source: Source


def item_number(text: str) -> tuple[str, str] | None:
    """("3.1.2", rest of the text) for "3.1.2. Rest"; None when the text is not numbered."""
    m = _NUMBER.match(strip_markup(text))
    if not m:
        return None
    return m.group(1), strip_markup(text)[m.end():].strip()


def parent_of(no: str) -> str | None:
    return no.rsplit(".", 1)[0] if "." in no else None


# rows that slid left are re-aligned on these (see parsers.tables.repair): a bare
# number is the number column; a number followed by words leads the activity
ANCHORS = {"item_no": lambda t: (item_number(t) or ("", "x"))[1] == "",
           "activity": lambda t: bool((item_number(t) or ("", ""))[1])}


def _vertical_fill(table: Table) -> dict[int, tuple[list[str], list[bool]]]:
    """Per row (keyed by its Source object): cell texts with a vertically merged cell's
    text repeated in the cells it covers, flagged `inherited` so that a continuation
    row does not append it twice.  Horizontally covered cells stay empty."""
    below: dict[tuple[int, int], str] = {}
    out = {}
    for r, row in enumerate(table.rows):
        texts, inherited = [], []
        for c, cell in enumerate(row.cells):
            for k in range(1, cell.rowspan):
                below[(r + k, c)] = cell.text
            covered = cell.covered and (r, c) in below
            texts.append(below[(r, c)] if covered else ("" if cell.covered else cell.text))
            inherited.append(covered)
        out[id(row.source)] = (texts, inherited)
    return out


def _cells(row: RepairedRow, columns: dict[str, int], filled) -> tuple[dict[str, str], set[str]]:
    """Field -> text of a repaired row, merged cells filled down; and the inherited fields."""
    texts, inherited = filled.get(id(row.source), ([], []))
    values, inh = {}, set()
    for f in ("item_no",) + FIELDS:
        src = columns[f] - row.shift if f in columns else -1
        if f in row.covered and 0 <= src < len(texts) and inherited[src]:
            values[f] = texts[src]
            inh.add(f)
        else:
            values[f] = row.get(f)
    return values, inh


def _read_items(table: RepairedTable) -> list[_Item]:
    filled = {k: v for part in table.parts for k, v in _vertical_fill(part).items()}
    items: list[_Item] = []
    for entry in table.items:
        if isinstance(entry, Heading):        # a line between two parts of the table
            num = item_number(entry.text)
            if num and num[1]:                # a numbered section heading thrown out of the table
                items.append(_Item(num[0], {"activity": [num[1]]} | {f: [] for f in FIELDS[1:]},
                                   footnote_marks(entry.text), entry.source))
            continue
        cells, inherited = _cells(entry, table.columns, filled)
        num = item_number(cells["item_no"])
        if num is None and not cells["item_no"].strip():
            num = item_number(cells["activity"])       # number written in front of the activity
            if num:
                cells["activity"] = num[1]
        marks = [m for t in entry.values.values() for m in footnote_marks(t)]
        current = items[-1] if items else None
        if num and (current is None or num[0] != current.no):
            items.append(_Item(num[0], {f: [cells[f]] for f in FIELDS}, marks, entry.source))
        elif current is not None:                    # continuation of the item above
            for f in FIELDS:
                if cells[f].strip() and f not in inherited:
                    current.cells[f].append(cells[f])
            current.marks += marks
    return items


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
    # areas of headings (sections, and dated rows that head others), outermost first so a
    # nested heading can fall back to its parent's
    areas: dict[str, str | None] = {}
    for it, j in sorted(zip(items, joined), key=lambda p: p[0].no.count(".")):
        if it.no in sections or has_children[it.no]:
            heads = any(has_children[m] and parent_of(m) == it.no for m in numbers)
            areas[it.no] = _area(" ".join(it.cells["activity"]), heads, _nearest(areas, parent_of(it.no)))
    out = []
    for it, j in zip(items, joined):
        section = it.no in sections
        area = areas[it.no] if it.no in areas else _nearest(areas, parent_of(it.no))
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
            "source_row": it.source.row if it.source.row is not None else it.source.line,
            "source_page": it.source.page,
        })
    return out


def _nearest(areas: dict[str, str | None], no: str | None) -> str | None:
    while no is not None:
        if no in areas:
            return areas[no]
        no = parent_of(no)
    return None


def extract_roadmap(doc: Document) -> list[dict]:
    """One record per numbered roadmap item (sections included); [] when the document has none."""
    return [rec for table in find_tables(doc, KIND, ANCHORS)
            for rec in _records(_read_items(table), doc.footnotes)]
