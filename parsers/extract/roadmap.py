"""Roadmap («дорожная карта», «план мероприятий») tables -> one record per numbered item.

Roadmap tables are found, stitched across page breaks and re-aligned by `parsers.tables.repair` (header found by
meaning, columns in any order, header repeats and the `1 2 3 4 5` row dropped); other tables are ignored.  Here the
rows are read in order, merged cells filled down:

* a row with a number (`1.`, `3.1`, `3.1.2.`; in the number column, or leading the activity when there is none)
  starts an item;
* a row without one (or repeating the current number, as a vertically merged number cell does) continues the item
  above: its non-empty cells are appended;
* a numbered heading found between two parts of a table is a section;
* a heading numbered in Roman («II.» | «Социальная защита», a line «Раздел III. …» between parts) is a section of
  its own number (`II`) that also heads the items under it, since those are numbered apart («1.», «2.», not «II.1»):
  it stays their outermost heading under arabic-numbered sections, and their numbers count within it (each section
  may start at «1.»);
* an unnumbered row holding only a title — one cell spanning the row, or a capitalised phrase in the activity column
  where no item is open or the item above reads complete — or a bold line between parts of the table, is a heading
  without a number: not an item (the contract's rows are numbered items), but the heading of the items under it,
  until the next one (a flat-numbered roadmap's «Кадровый блок»); so is a line between parts that a section word
  labels («Раздел 2. …»), bold or not;
* a full-width row or line whose number follows a level word («Задача 2. …» over the measures «2.1», «2.2»;
  `roadmap_levels.py`) is the numbered section «2»;
* a numbered heading set apart (a line between parts, a full-width row, the bold line right above the table) over
  items numbered apart from it («Этап 2. …», «1 этап – …», «1. Подготовительный этап» over «1.», «2.» afresh or
  «4.», «5.» running on) is a stage: it heads them as a Roman section does, and their numbers count within it
  (`roadmap_levels.level_parts`).  The bold line above the table is one where a level word labels it or another
  stage is set apart below (alone, «2. План мероприятий» is the order's own heading); a period across a row («1
  квартал 2025 года») is no stage but an unnumbered heading over its measures;
* a group row holding a term or a responsible one over items numbered under it whose cells are blank («1. | Этап … |
  до 1 марта | Отдел кадров» over «1.1», «1.2») gives them those (`roadmap_group_cells.py`), and so does a row of
  its own «Ответственный исполнитель: …» over the measures up to the next heading (`roadmap_label_rows.py`);
  otherwise a blank term or responsible cell stays blank, though converted text prints a cell merged down over a run
  of measures once, in its first row: plans do leave cells blank (a published order's text has measures with no
  responsible), and the text cannot tell the two apart; who does it may follow the activity in its own cell
  («… Исполнитель: отдел кадров», «… (Иванова Т.П.)»: `roadmap_activity_people.py`);
* under a term printed as a grid of periods (a mark in each quarter the item runs:
  `parsers/tables/header_levels.py`), the term is the last marked column's heading, with the year of the heading
  over the grid where the column names none (`roadmap_grid.py`).

A section is a numbered row with no deadline of its own (a bare dash in its term cell states none: a measure) that
either heads other items or says nothing besides its title — and does not name both a responsible and a resulting document (then it is an activity with items under it).
Records are raw: each carries the wording of the headings above it (`headings`, outermost first) so that the one
normalization stage (normalizers/roadmap_codes.py) can give areas, milestones, deadlines and people without knowing
the table."""
from __future__ import annotations

from dataclasses import dataclass, field

from parsers.document import Document, Source, Table
from parsers.provenance import locate
from parsers.tables.repair import Heading, RepairedRow, RepairedTable, find_tables
from parsers.tables.sections import read_heading
from textcore.clean import clean_text, footnote_marks
from textcore.dates import PLAN_TITLE, TERM_SHARED, heads_period, opens_period
from textcore.numbering import ROMAN, item_number, parent_of, parse_item_number

from .roadmap_grid import grid_term, parted_term, year_column_term
from .roadmap_group_cells import inherit_group_cells
from .roadmap_label_rows import Labels, row_label
from .roadmap_numbers import ordinals as _ordinals, row_number as _row_number
from .roadmap_legend import decode_people, footnoted_people, legend_tables, people_legends
from .roadmap_signature import without_signature
from .roadmap_stage_column import stage_rows
from .roadmap_term import shared_term
from .roadmap_levels import PART_HEAD, level_parts, level_section
from .roadmap_paras import paragraph_roadmap
from .roadmap_plan_people import block_places, give_plan_responsible
from .roadmap_item_notes import give_noted_responsible
from .roadmap_activity_people import people_in_activities

KIND = "roadmap"
FIELDS = ("activity", "deadline", "responsible", "deliverable")
PERSON = "responsible_person"     # a column of names beside the responsible one's position: joined to it
# a row's cells that hold something of an item; the names column kept apart until the item is whole, so that
# a position cut over two rows («заместитель» / «министра») is not split by the name
_FILLED = FIELDS[1:] + (PERSON,)


@dataclass
class _Item:
    no: str
    cells: dict[str, list[str]]          # field -> cell texts (the row's, then continuations')
    marks: list[str]
    source: Source
    more: list[Source] = field(default_factory=list)     # rows continuing it (provenance)
    heading: str | None = None           # the unnumbered heading above it, if any
    # ... above a numbered section («2025 год» over «1. Подготовка отчёта»): outside its heading, over its items too
    over: str | None = None
    # the Roman-numbered section it sits in, (numeral, title): its outermost heading, and the
    # scope of its numbers, since items numbered apart may start again at «1.» in each section
    part: tuple[str, str] | None = None
    level: bool = False                  # a heading set apart, e.g. labelled by a level word («Этап 2. …»)
    heads_part: bool = False             # ... whose items are numbered apart from it (`level_parts`)
    given: dict[str, str] = field(default_factory=dict)     # fields a labelled row above states (`row_label`)
    no_term: bool = False                # its term cell a bare dash: an item stating it has none, no heading

    def go_on(self, cells: dict[str, str], inherited: set[str], marks: list[str], source: Source) -> None:
        """A row without a number continues the item: its cells are appended, but for those merged down."""
        for f in FIELDS + (PERSON,):
            if cells[f].strip() and f not in inherited:
                self.cells[f].append(cells[f])
        self.marks += marks
        self.more.append(source)


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


def _cells(row: RepairedRow, columns: dict[str, int], filled, term_head: str = "",
           term_parts: list[tuple[int, str]] | None = None) -> tuple[dict, set[str]]:
    """Field -> text of a repaired row, merged cells filled down; and the inherited fields.
    `term_head`: the heading over the term's column (a grid of periods takes its year from it);
    `term_parts`: the term's sub-columns, where it has them (a term written in parts: `parted_term`)."""
    texts, inherited = filled.get(id(row.source), ([], []))
    values, inh = {}, set()
    for f in ("item_no",) + FIELDS + (PERSON,):
        src = columns[f] - row.shift if f in columns else -1
        if f in row.covered and 0 <= src < len(texts) and inherited[src]:
            values[f] = texts[src]
            inh.add(f)
        else:
            values[f] = row.get(f)
    parted = parted_term(texts, term_parts, row.shift) if term_parts else None
    if parted:                           # «II» | «2025» under «квартал» | «год»
        values["deadline"] = parted
    elif row.marks.get("deadline"):      # a grid of periods: the item is due when its last marked one ends
        values["deadline"] = grid_term(row.marks["deadline"], term_head)
    elif values.get("deadline") and row.qualifiers.get("deadline"):    # a column per year, the period in one
        values["deadline"] = year_column_term(values["deadline"], row.qualifiers["deadline"])
    return values, inh


def _with_person(person: str, position: str) -> str:
    """The item's responsible text with the name a column of its own gives beside it («заместитель министра» |
    «Рябов К.Г.» -> «заместитель министра — Рябов К.Г.»; read apart by normalizers/people.py), joined once the
    item's rows are gathered (a name merged down over a continuing row is not taken again: `inherited`)."""
    return f"{position} — {person}" if position and person else position or person


_OPEN_END = (",", ";", ":", "-", "–", "—", "(", "«", "/")     # a phrase that goes on on the next line


def _loose_heading(cells: dict[str, str], current: _Item | None) -> str | None:
    """The title of an unnumbered row that heads the items below rather than continuing
    the one above: the activity alone, a capitalised phrase of two words or more or a period
    («2025 год»), after no item or after an item whose activity reads complete."""
    text = cells["activity"].strip()
    if cells["item_no"].strip() or any(cells[f].strip() for f in _FILLED):
        return None
    if not opens_period(text) and (not text[:1].isupper() or len(text.split()) < 2 or text.endswith(_OPEN_END)):
        return None                  # («2025 год» alone heads the measures below, though in no capital)
    last = current.cells["activity"][-1].strip() if current and current.cells["activity"] else ""
    if current is not None and (not last or last.endswith(_OPEN_END)):
        return None
    return text if read_heading(text).role != "skip" else None


def _spanning_title(row: RepairedRow, columns: dict[str, int], titles: bool = True) -> str | None:
    """The text of a row whose first cell spans the whole row (every other column covered); with `titles`, only
    one that may be a heading (a labelled row, «Ответственный: …», may read as none: `row_label`; «2025 г.» is one)."""
    text = row.get("item_no").strip()
    spanned = {f for f in FIELDS if f in columns} <= row.covered
    return text if text and spanned and (not titles or heads_period(text) or read_heading(text).role != "skip") else None


def _roman_section(text: str) -> tuple[str, str] | None:
    """(numeral, title) of a section heading numbered in Roman («II. Социальная защита»,
    «Раздел III – …»): a section of the plan, though its items are numbered apart («1.», «2.»)."""
    sec = read_heading(text, set_apart=True)
    if not sec.numbered or not sec.number or not sec.title or sec.number[0].isdigit() or \
            not sec.number.isascii() or sec.role == "skip":
        return None
    return sec.number, sec.title


def _row_section(cells: dict[str, str]) -> tuple[str, str] | None:
    """A row naming only a Roman-numbered section: the numeral in the number column and the title
    in the activity («II.» | «Социальная защита»), or the whole heading in one of them."""
    if any(cells[f].strip() for f in _FILLED):
        return None
    bare = parse_item_number(cells["item_no"].strip(), (ROMAN,))
    if bare is not None and not bare.rest and cells["activity"].strip():     # «II» alone, no dot
        return bare.label, cells["activity"].strip()
    text = " ".join(t for t in (cells["item_no"].strip(), cells["activity"].strip()) if t)
    return _roman_section(text) if text else None


def _section_item(sec: tuple[str, str], marks: list[str], source: Source, part=None, level=False) -> _Item:
    return _Item(sec[0], {"activity": [sec[1]]} | {f: [] for f in FIELDS[1:]}, marks, source, part=part, level=level)


def _apart_section(text: str) -> tuple[str, str] | None:
    """(number, title) of a numbered heading set apart from the rows — a line between parts of the
    table, or a row spanning it: «Задача 2. …», «1 этап – …», «1. Подготовительный этап».  Whether
    it is a section over sub-numbers or a stage over items numbered apart: `level_parts`."""
    num = level_section(text) or item_number(text)
    return num if num and num[1] and not opens_period(text) else None


def _caption_level(table: RepairedTable) -> list[_Item]:
    """The level heading printed right above the table («Этап 1. …», or a numbered bold line
    «1. Подготовительный этап», over the stage's table): the first of the plan's levels, which
    the table's own rows do not repeat.  A plain numbered line there is the order's own text."""
    last = table.captions[-1] if table.captions else None
    sec = None if last is None else level_section(last.text) or (_apart_section(last.text) if last.marked else None)
    return [_section_item(sec, footnote_marks(last.text), last.source, level=True)] if sec else []


_PERIOD_WORDS = 8        # a line naming a period alone («II квартал 2025 г.», «Мероприятия на 2026 год»: no)


def _period_caption(table: RepairedTable) -> str | None:
    """The line right above the table when it names a period alone («I квартал 2025 года» over the
    quarter's table): it heads the table's measures, as a row across the table would."""
    last = table.captions[-1].text.strip() if table.captions else ""
    return clean_text(last) if last and len(last.split()) <= _PERIOD_WORDS and opens_period(last) else None


def _loose_line(entry: Heading) -> str | None:
    """The title of an unnumbered line between parts of the table that heads the rows below: bold, labelled
    «Раздел 2. …» in plain text, or naming a period alone («II квартал 2025 г.», «В 2025 году», plain)."""
    head = read_heading(entry.text)
    if (entry.marked or head.numbered) and head.role != "skip":
        return head.title
    return clean_text(entry.text) if heads_period(entry.text) and len(entry.text.split()) <= _PERIOD_WORDS else None


def _own_heading(table: RepairedTable, items: list[_Item], caption: list[_Item]) -> bool:
    """Whether the bold numbered line above the table, no level word labelling it, is the order's
    own heading («2. План мероприятий …») rather than the plan's first stage: no other stage is
    set apart in the table (a stage's table has the next stage's line between its parts)."""
    return bool(caption) and level_section(table.captions[-1].text) is None \
        and not any(it.level for it in items[1:])


def _read_items(table: RepairedTable) -> list[_Item]:
    filled = {k: v for part in table.parts for k, v in _vertical_fill(part).items()}
    term_head = table.header[table.columns["deadline"]] if "deadline" in table.columns else ""
    caption, ordinals = _caption_level(table), _ordinals(table, _FILLED)
    items: list[_Item] = list(caption)
    loose: str | None = _period_caption(table)     # the unnumbered heading over the next items
    group: str | None = None                  # ... the last naming a period («2025 год»): over all up to the next
    part: tuple[str, str] | None = None       # the Roman-numbered section over them
    labels = Labels()                         # the fields a labelled row above them states
    for entry in without_signature(stage_rows(table)):     # the signature under it is no row; a stage column: rows
        group = loose if loose and loose != group and opens_period(loose) else group
        wide = entry.text if isinstance(entry, Heading) else _spanning_title(entry, table.columns, titles=False)
        if wide and (label := row_label(wide)):     # «Ответственный: …» across the table: no item, no heading
            labels.give(*label)
            continue
        if isinstance(entry, Heading):        # a line between two parts of the table
            num = _apart_section(entry.text)
            roman = None if num else _roman_section(entry.text)
            labels.end(num or roman or _loose_line(entry))      # a heading ends what a label gave
            if num:                           # a numbered section heading thrown out of the table; set
                # apart as a heading (bold, a level word) it may head items numbered apart from it — a plain
                # line may be a row's first line cut off at a page break, which the row numbered alike goes on
                apart = entry.marked or entry.row or level_section(entry.text) is not None
                items.append(_section_item(num, footnote_marks(entry.text), entry.source, part, apart))
                loose = None
            elif roman:                       # a Roman one also heads the items numbered apart below it
                items.append(_section_item(roman, footnote_marks(entry.text), entry.source))
                part, loose, group = roman, None, None
            else:
                loose = _loose_line(entry) or loose
            continue
        cells, inherited = _cells(entry, table.columns, filled, term_head, table.splits.get("deadline"))
        num = _row_number(cells, ordinals.get(id(entry.source)))
        marks = [m for t in entry.values.values() for m in footnote_marks(t)]
        current = items[-1] if items else None
        span = _spanning_title(entry, table.columns)
        num = None if span and opens_period(span) else num     # «1 квартал 2025 года» across the row
        labels.end(span or not num and _loose_heading(cells, current))      # so does a heading
        if apart := _apart_section(span or ""):      # «Этап 2. …», «1. Подготовительный этап» across the row
            items.append(_section_item(apart, marks, entry.source, part, True))
            loose = None
            continue
        roman = None if num else _row_section(cells)
        if roman:                                    # «II.» | «Социальная защита»: a section row
            items.append(_section_item(roman, marks, entry.source))
            part, loose, group = roman, None, None
            labels.end(True)
            continue
        if num and (current is None or num[0] != current.no or current.level):   # a heading spans: not merged
            over, loose = (loose or group, None) if not any(cells[f].strip() for f in _FILLED) else (None, loose)
            items.append(_Item(num[0], {f: [cells[f]] for f in FIELDS + (PERSON,)}, marks, entry.source,
                               heading=loose or group, part=part, over=over, given=labels.at_item(num[0]),
                               no_term="deadline" in getattr(entry, "dashed", ())))   # section: `over`
        elif not num and span:
            loose = span
        elif not num and _loose_heading(cells, current):
            loose = _loose_heading(cells, current)
        elif current is not None:                    # continuation of the item above
            current.go_on(cells, inherited, marks, entry.source)
    return level_parts(items[1:] if _own_heading(table, items, caption) else items)


def _ancestors(no: str) -> list[str]:
    """"3.1.2" -> ["3.1", "3"]."""
    out = []
    while (no := parent_of(no)) is not None:
        out.append(no)
    return out


def _records(items: list[_Item], footnotes: dict[str, str], shared: str | None = None,
             title: str | None = None) -> list[dict]:
    """`shared`: the field whose column holds the term and the responsible one alike (roadmap_term);
    `title`: the lines right above the table («План мероприятий … на 2025 год»), whose year reads a term
    written without one (normalizers/roadmap_codes.py)."""
    # numbers within their Roman section or stage; a stage's own heading apart from both
    keys = [(PART_HEAD if it.heads_part else it.part, it.no) for it in items]
    # the numbers with items under them, and those with such numbers right under them: each
    # number's ancestors once (a plan of thousands of rows is not compared row with row)
    above = {(p, a) for p, n in keys for a in _ancestors(n)}
    has_children = {k: k in above for k in keys}
    heads_sections = {(p, parent_of(n)) for p, n in keys if has_children[(p, n)]}
    joined = people_in_activities([{f: clean_text(" ".join(v)) for f, v in it.cells.items()} for it in items], shared)
    for it, j in zip(items, joined):          # a cell of footnote marks: the people its footnotes name
        resp = footnoted_people(" ".join(it.cells["responsible"]), footnotes) or j["responsible"]
        j["responsible"] = _with_person(j.pop(PERSON, ""), resp)
    inherit_group_cells(items, keys, joined)
    # a row naming both who does it and what it yields is an activity, though items follow under it
    # (a cell of both term and responsible may hold a term: no section then)
    sections = {k for k, j, it in zip(keys, joined, items)
                if not (j["deadline"] or shared and j[shared]) and not (j["responsible"] and j["deliverable"])
                and (has_children[k] or not (j["responsible"] or j["deliverable"] or it.no_term))}
    # headings (sections, and dated rows that head others) above each item, outermost
    # first, with whether each heads further sections (a block of directions has no area)
    headings: dict[tuple, tuple[str, bool]] = {}
    for it, k in zip(items, keys):
        if k in sections or has_children[k]:
            headings[k] = (" ".join(it.cells["activity"]), k in heads_sections)
    over = {k: it.over for it, k in zip(items, keys) if it.over and k in headings}
    out = []
    for it, j, k in zip(items, joined, keys):
        chain, no = [], it.no
        while no is not None:
            key = k if no == it.no else (it.part, no)
            if key in headings:
                chain.append(list(headings[key]))
            if key in over:
                chain.append([over[key], False])
            no = parent_of(no)
        if it.heading and [it.heading, False] not in chain:     # innermost: it sits under the numbered ones
            chain.insert(0, [it.heading, False])
        if it.part:                                  # outermost: the Roman section
            chain.append([it.part[1], False])
        raw = {"deadline_raw": j["deadline"] or None, "responsible_raw": j["responsible"] or None}
        if shared:                                   # one cell for both: split where deadlines are read
            raw = {"deadline_raw": None, "responsible_raw": j[shared] or None, TERM_SHARED: True}
        out.append({
            "item_no": it.no,
            "parent_no": parent_of(it.no),
            "is_section": k in sections,
            "activity": j["activity"],
            "headings": chain[::-1],
            **raw,
            "deliverable": j["deliverable"] or None,
            "footnotes": [footnotes[m] for m in dict.fromkeys(it.marks) if m in footnotes],
            PLAN_TITLE: title,
            "source_row": it.source.row if it.source.row is not None else it.source.line,
            **locate([it.source, *it.more]),
        })
    return out


def extract_roadmap(doc: Document) -> list[dict]:
    """One raw record per numbered roadmap item (sections included); [] when the document has none.  The
    responsible ones may be numbers a legend explains (`roadmap_legend`); a plan with no roadmap table may be
    written as numbered, labelled paragraphs (`roadmap_paras`)."""
    tables = find_tables(doc, KIND, ANCHORS, stop=legend_tables(legends := people_legends(doc)))
    records = [give_noted_responsible(doc, t, give_plan_responsible(doc, t, _records(
        _read_items(t), doc.footnotes, shared_term(t), " ".join(c.text for c in t.captions) or None), places))
        for places in [block_places(doc)] for t in tables]      # (the places read once for every table)
    decode_people(doc, tables, records, legends)
    return [rec for recs in records for rec in recs] or paragraph_roadmap(doc)
