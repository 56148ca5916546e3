"""Touchpoint lists: repaired table rows -> one raw record per touchpoint per process.

Rules, all structural (no document's wording is special-cased):
* direction, group number and process are filled down (merged cells);
* a process cell starting in lower case continues the process above (a name cut by a page break) and does not start
  a new process;
* a row with an empty touchpoint cell belongs to the touchpoint above: its interaction joins that one's needs;
* a heading inside the table is the direction of the rows after it, and of the rows just before it whose direction
  cell was lost when their cells slid left;
* a full-width row ("II. Меры поддержки", one cell spanning the row) and a caption right above the table («Таблица
  1. Услуги», a bold line) head the rows under them (`tables/sections.py`); their Roman or Arabic number is the
  group number; one naming only a client category («Юридические лица») is no direction (the rows keep their
  direction column's, rows' or process's; the internal client's is theirs) but ends the process; a "Цифровые точки"
  heading gives the rows under it their point type (across the direction headings under it where the table's first
  stands right under one: a list grouped by kind first), and so does the sub-heading a channel stands under in a two-level header
  («цифровые» | «офлайн», `tables/header_rows.py`, which also turns a need matrix's marks into the needs cell);
* rows that name no direction take the one the nearest title above them names (an order or an
  appendix a direction, `title_direction.py`), else the internal client's where their client
  column names it (`client_column.py`); an appendix's stamp between two parts of a list
  ends the direction above it;
* a missing group number is inferred from its neighbours (`group_numbers.py`);
* a remark or a count of the rows above («Примечание: …», «Итого: 5», `note_rows.py`) heads nothing and is no row.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from textcore.numbering import ARABIC, parse_item_number
from textcore.point_type import match_point_type

from ..document import Document, Source, Table
from ..provenance import locate
from ..tables.repair import Heading, RepairedRow, RepairedTable, find_tables
from ..tables.note_rows import is_note_row
from ..tables.point_lines import lined_column
from ..tables.process_rows import process_rows
from ..tables.sections import Section, internal_client, read_heading
from .block_rows import apply_block_row, block_needs, caption_process, labelled_rows, section_needs
from .cell_lines import with_lines
from .client_column import internal_direction
from .group_numbers import infer_group_numbers
from .header_words import opens_stamp
from .kindtable import lists_channels_by_kind
from .channel_register import decode_codes, find_code_tables
from .merged_cells import MERGES_RECORDED, open_cells, share_merged
from .needs_legend import Legend, find_legends, list_span, nearest, resolve
from .point_type_cells import legend_type, point_channels, split_cell_type, table_legends, type_in_column, typed_points
from .records import ParaRecord, paragraph_records
from .title_direction import heads_above_stamp, title_directions
from .title_kind import title_point_type
from .touch_rows import unite_named_points, unite_need_rows
from textcore.clean import clean_text, strip_cell_note, strip_note_marks


def _group_prefix(text: str) -> tuple[str, str] | None:
    """("2.1", "Направление") for a direction written after its group number."""
    n = parse_item_number(text, (ARABIC,))
    return (n.label, n.rest) if n and n.spaced and n.rest else None


def _is_point_type(text: str) -> bool:
    return len(text.split()) <= 3 and match_point_type(text) is not None


ANCHORS = {"point_type": _is_point_type}


def _stated_type(sub_heading: str) -> str | None:
    """The sub-heading a channel stands under («цифровые» | «нецифровые (офлайн)») when it names a point type."""
    return sub_heading if sub_heading and match_point_type(sub_heading) else None


@dataclass
class _Process:
    name: str


@dataclass
class RawTouchpoint:
    group_no: str | None
    direction_raw: str | None
    process: _Process
    touchpoint_raw: str
    interactions: list[str]
    point_type_raw: str | None
    features: list[str]
    source: Source
    tentative: bool = False          # direction inherited across a lost direction cell
    warnings: list[str] = field(default_factory=list)
    more: list[Source] = field(default_factory=list)    # rows continuing it (provenance)
    paragraphs: list[int] = field(default_factory=list)   # Word/HTML paragraphs: a list written as text
    point_type_code: str | None = None   # what a legend under the table says `point_type_raw` («Ц») means
    legend_rows: list[Source] = field(default_factory=list)   # the needs legend's rows its numbers name
    block: int | None = None             # the document block it was read from (its table's first part)
    client_direction: str | None = None  # a client column naming the internal client: «Клиент: внутренний»
    row_no: str | None = None            # the row's own № cell (a need row's «4.2» under point 4)
    slid: bool = False                   # its row's cells slid left: some were lost (repair.py)
    section: tuple = ()                  # its list (appendices' stamps counted) and client category heading
    open_cells: frozenset = frozenset()  # its needs / kind cells left empty in a column of them (merged_cells.py)
    direction_far: bool = False          # its direction is a title's far above its table, not its own heading's

    def as_dict(self) -> dict:
        return {
            # text columns keep their words; markup and footnote marks are gone (docs/dataset.md, `touchpoints`)
            "group_no": clean_text(self.group_no or "") or None,
            "direction_raw": strip_cell_note(clean_text(self.direction_raw or "")) or None,
            "process": strip_cell_note(clean_text(self.process.name)) or None,
            "touchpoint_raw": strip_cell_note(clean_text(strip_note_marks(self.touchpoint_raw))) or None,
            "interaction_raw": clean_text(strip_note_marks(_join_sentences(self.interactions))) or None,
            "point_type_raw": clean_text(self.point_type_raw or "") or None,
            "point_type_code": self.point_type_code,
            "direction_far": self.direction_far,
            "features_raw": clean_text(" ".join(dict.fromkeys(f for f in self.features if f))) or None,
            "source_row": self.source.row if self.source.row is not None else self.source.line,
            **self._located(),
        }

    def _located(self) -> dict:
        """The record's cells, and the rows of the needs legend its numbers stand for."""
        where = locate([self.source, *self.more], self.paragraphs)
        legend = locate(self.legend_rows)["source_locator"]
        if legend:
            where["source_locator"] = f"{where['source_locator']}; needs legend: {legend}"
        return where


def _join_sentences(parts: list[str]) -> str:
    """Cells of continuation rows joined as sentences, so needs still split apart."""
    out = ""
    for p in parts:
        if out and out[-1] not in ".;:!?":
            out += "."
        out = f"{out} {p}" if out else p
    return out


def extract_touchpoints(doc: Document) -> tuple[list[dict], list[str]]:
    """Raw touchpoint records (text fields, not yet normalized) and warnings."""
    records: list[RawTouchpoint] = []
    warnings: list[str] = []
    legends = find_legends(doc)
    codes, registers = find_code_tables(doc, legends)    # legends of codes, registers of coded channels
    in_legend = {t for g in legends for t in g.tables} | {g.table for g in codes + registers}
    tables = find_tables(doc, "touchpoint_list", ANCHORS, sections=True, stop=lambda t: id(t) in in_legend)
    at = {id(b): k for k, b in enumerate(doc.blocks)}
    tables_at = [k for k, b in enumerate(doc.blocks) if isinstance(b, Table)]
    for k, (table, legend) in enumerate(zip(tables, table_legends(doc, tables))):
        if table.parts and lists_channels_by_kind(table):
            continue
        warnings.extend(table.warnings)
        walked = _walk(table, legend)
        span = list_span(at, len(doc.blocks), tables, k)
        _resolve_needs(walked, nearest(legends, *span) if legends and table.parts else None)
        walked = decode_codes(walked, codes, registers, span)
        parts = [at[id(p)] for p in table.parts if id(p) in at]
        for rec in walked:
            rec.block = _block_of(rec.source, parts, tables_at)
        share_merged(walked, doc.format in MERGES_RECORDED)   # needs or a kind merged over a process's points
        records.extend(unite_need_rows(unite_named_points(table, walked)))  # a row per need (touch_rows.py)
    if not records:                  # no table holds a list: it may be written as paragraphs
        records = [_from_paragraphs(r) for r in paragraph_records(doc)]
    _titled(doc, records)
    infer_group_numbers(records)
    lines = getattr(doc, "cell_lines", None) or {}    # (a Document cached before the field had none)
    return [with_lines(r.as_dict(), r.interactions, r.touchpoint_raw, lines, _join_sentences) for r in records], warnings


def _block_of(source: Source, parts: list[int], tables_at: list[int]) -> int | None:
    """The block of the table part a row came from (a list stitched across appendices has one
    title a part); its first part's where the row's table number names none of its parts."""
    k = source.table
    if k is not None and k < len(tables_at) and tables_at[k] in parts:
        return tables_at[k]
    return parts[0] if parts else None


def _titled(doc: Document, records: list[RawTouchpoint]) -> None:
    """Rows naming no direction take the one their list's title names (an order or an appendix
    a direction: no direction column, no section rows), else the internal client's where their
    client column names it (`client_column`)."""
    if all(r.direction_raw for r in records):
        return
    named = title_directions(doc)
    for r in records:
        if not r.direction_raw and r.block is not None and r.block < len(named):
            r.direction_raw, far = named[r.block]
            r.direction_far = far and r.direction_raw is not None
    for r in records:                # else a client column saying the client is internal
        r.direction_raw = r.direction_raw or r.client_direction


def _resolve_needs(records: list[RawTouchpoint], legend: Legend | None) -> None:
    """A needs cell of numbers («1, 4») becomes the legend's needs, each a sentence of its own."""
    for rec in records if legend else ():
        needs = resolve(" ".join(rec.interactions), legend)
        if needs:
            rec.interactions = [text for text, _ in needs]
            rec.legend_rows = [src for _, src in needs]


def _from_paragraphs(r: ParaRecord) -> RawTouchpoint:
    return RawTouchpoint(r.group_no, r.direction, _Process(r.process), r.touchpoint, r.interactions, r.point_type,
                         r.features, r.sources[0], more=r.sources[1:], paragraphs=r.paragraphs, block=r.block)


@dataclass
class _State:
    """What fills down while walking one table: the section and the process."""
    group_no: str | None = None
    direction: str | None = None
    point_type: str | None = None            # a "Цифровые точки" section's type for the rows under it
    type_heads: bool | None = None           # kinds group the directions: the first direction heading under one
    sectioned: bool = False                  # the direction came from a heading: "№" cells number rows
    process: _Process | None = None
    tentative: list = field(default_factory=list)   # records whose direction may belong to a heading below
    in_tentative: bool = False
    last: Source | None = None                # the previous row's source: a new part starts after a break
    broken: bool = False                      # a line between parts (a page break) came since that row
    typed: bool = False                       # a point-type heading came since that row: no name runs on
    category: str | None = None               # the client category heading the rows stand under
    built: list = field(default_factory=list)  # the records the last data row built (a matrix: one per channel)
    block_needs: tuple | None = None          # (process, needs) a block row stated (block_rows.py)


def _walk(table, legend: dict[str, str]) -> list[RawTouchpoint]:
    out: list[RawTouchpoint] = []
    st = _State()
    _apply_captions(st, table)
    labelled, fields = labelled_rows(table.items)     # «Потребности клиента: …» over a process's channels
    processes, lists = process_rows(table, st.direction is not None, fields), 0
    labelled = section_needs(table.items, labelled, processes)     # … or once over a direction's
    lined = None if "interaction" in table.columns else lined_column(      # channels with their needs (point_lines.py)
        table.header[table.columns["touchpoint"]], [r.get("touchpoint") for r in table.rows])
    for k, item in enumerate(table.items):
        if k in labelled:
            apply_block_row(st, labelled[k], _Process)
            continue
        if isinstance(item, Heading):
            if not item.row and opens_stamp(item.text):
                st, lists = _State(), lists + 1    # another appendix's stamp: the table after it is its own list
                continue
            sec = read_heading(clean_text(item.text), item.marked)
            if sec.role == "note":               # a remark or a count: the rows above run on across it
                continue
            if k in processes and sec.title != st.direction:     # not the direction repeated at a page break
                st.process = _Process(sec.title)
            else:
                _apply_heading(st, sec, item.row)
            kind = sec.role != "point_type" and title_point_type(item.text)     # «Перечень цифровых точек …»
            st.broken, st.point_type = True, kind or st.point_type
            continue
        row: RepairedRow = item
        if is_note_row([row.get(f) for f in sorted(table.columns, key=table.columns.get)]):
            continue                             # «Итого:» | | «5» | «3»: no touchpoint, no process
        _fill_down(st, row)
        tp, inter, ptype, feat = (row.get(k).strip() for k in ("touchpoint", "interaction", "point_type", "features"))
        points = lined(tp) if lined and tp and not row.marks.get("touchpoint") else typed_points(tp, inter, legend)
        tp, in_cell = split_cell_type(tp) if tp and not points else (tp, None)    # «Личный приём (офлайн)»
        ptype = ptype or in_cell or type_in_column(table, row, legend) or _stated_type(row.qualifiers.get("touchpoint", "")) or st.point_type
        if not tp and out and out[-1].process is st.process:
            for rec in st.built:                 # a channel matrix's row built one record per channel
                rec.more.append(row.source)
                _continue_record(rec, inter, ptype, feat, legend)
            continue
        # a channel matrix (marks under «Каналы» | «сайт» | «телефон» …): a touchpoint per marked channel
        # under a sub-group naming a point type («цифровые» | «офлайн» over the channels) each its own
        marked = row.marks.get("touchpoint") or []
        groups = row.mark_groups.get("touchpoint") or [""] * len(marked)
        channels = [(c, _stated_type(g) or ptype, inter) for c, g in zip(marked, groups)] or [(tp, ptype, inter)]
        if not tp and out and _touchpoint_merged_down(row, inter):
            channels = [(rec.touchpoint_raw, ptype or rec.point_type_raw, inter) for rec in st.built]
        elif not tp and not inter:
            continue
        channels = point_channels(points, ptype) if points else channels     # each its kind
        st.built = [_record(st, table, row, point, feat, legend, lists) for point in channels]
        out.extend(st.built)
    return out


def _record(st: _State, table, row: RepairedRow, point: tuple, feat: str, legend: dict[str, str],
            lists: int) -> RawTouchpoint:
    """One touchpoint of a row: (channel, type as written, needs) under the section and process walked to."""
    channel, typed, said = point
    rec = RawTouchpoint(st.group_no, st.direction, st.process or _Process(""), channel,
                        [said] if said else block_needs(st), typed or None, [feat], row.source,
                        point_type_code=legend_type(typed, legend), row_no=_own_no(row), slid=bool(row.lost))
    rec.client_direction, rec.section = internal_direction(table, row), (lists, st.category)
    rec.open_cells = open_cells(table, row)
    if st.in_tentative:
        rec.tentative = True
        st.tentative.append(rec)
    return rec


def _own_no(row: RepairedRow) -> str | None:
    return None if "group_no" in row.lost else row.get("group_no").strip() or None


def _touchpoint_merged_down(row: RepairedRow, inter: str) -> bool:
    """A row of a new process under a touchpoint cell merged over several processes (a list
    grouped by channel): the touchpoint above is this row's too.  Word says so (a covered cell);
    converted text leaves the cell empty, so there a row naming its own process and what the
    client does there stands for it."""
    if "touchpoint" in row.lost:
        return False
    return "touchpoint" in row.covered or bool(row.get("process").strip() and inter)


def _apply_captions(st: _State, table) -> None:
    """A caption right above the table ("Таблица 1. Услуги", a bold line) heads its first rows; a labelled one
    («1.2. Процесс: «…»») names their process.  A plain short line counts only where the list is split by headings
    anyway (the table holds heading items between its parts); a marked or numbered one counts alone."""
    split = any(isinstance(i, Heading) and read_heading(clean_text(i.text), i.marked).role == "direction"
                for i in table.items)
    # a stamp among them («Приложение к приказу …») opens the list: the lines above it are the
    # order's («2. Контроль за исполнением приказа …»), no caption of this table — save a title
    # set above the stamp (a PDF gives a stamp printed beside the title after it)
    after = max((k + 1 for k, cap in enumerate(table.captions) if not cap.row and opens_stamp(cap.text)), default=0)
    for cap in [c for c in table.captions[:after] if heads_above_stamp(c.text) and not opens_stamp(c.text)] + table.captions[after:]:
        if caption_process(st, cap.text, _Process):
            continue
        sec = read_heading(clean_text(cap.text), cap.marked)
        if sec.role in ("point_type", "client_category") or sec.role == "direction" and (cap.marked or sec.numbered or split):
            _apply_heading(st, sec)
        st.point_type = sec.role != "point_type" and title_point_type(cap.text) or st.point_type   # «Перечень офлайн-точек …»


def _apply_heading(st: _State, sec: Section, row: bool = True) -> None:
    """A heading inside the table: the direction (or point type) of the rows after it.

    A full-width row starts a new section; a paragraph thrown between two parts of the
    table (a page break) may cut a process name, which continues after it, unless it names
    another direction than the rows above it.
    """
    if sec.role == "point_type":
        # an empty process cell under it is still the process above (one process, both kinds
        # of points); a process cell with text starts a process, whatever its case
        st.point_type, st.typed = sec.title, True
        return
    if sec.role == "client_category":
        # no process runs on past it but its repeat at a page break; no direction but the internal client's
        prev, st.category = st.category, sec.title
        st.process, st.block_needs = (None, None) if row or sec.title != prev else (st.process, st.block_needs)
        st.direction = internal_client(sec.title) if st.direction in (None, prev) else st.direction
        return
    if sec.role != "direction":
        return                                   # the list's title, "Продолжение таблицы"
    # a process never runs on under another direction: only a heading of the rows above it too
    # (the same one repeated at a page break, or one naming rows whose direction cell was lost)
    # may cut a process name
    if row or sec.title != st.direction and not st.tentative:
        st.process = st.block_needs = None       # nor do the needs a block row stated
    for rec in st.tentative:
        rec.direction_raw, rec.group_no = sec.title, sec.number
    st.type_heads = st.typed if st.type_heads is None else st.type_heads   # the table's first direction heading says
    st.direction, st.group_no, st.point_type = sec.title, sec.number, st.point_type if st.type_heads else None
    st.tentative, st.in_tentative, st.sectioned = [], False, True


def _fill_down(st: _State, row: RepairedRow) -> None:
    """Direction, group number and process of this row, or those above it (merged cells)."""
    g, d, p = row.get("group_no").strip(), row.get("direction").strip(), row.get("process").strip()
    if d and "direction" not in row.lost:
        m = _group_prefix(d)
        if m and not g:
            g, d = m
        st.direction, st.group_no = d, (g or None)
        st.tentative, st.in_tentative, st.sectioned = [], False, False
    elif g and "group_no" not in row.lost and not st.sectioned:
        st.group_no = g
    if "direction" in row.lost and p and "process" not in row.lost:
        st.in_tentative, st.tentative = True, []
    if p and "process" not in row.lost:
        if st.process is not None and p[:1].islower() and not st.typed and _cut_by_break(st, row, p):
            st.process.name = f"{st.process.name} {p}"        # cut by a page break
        else:
            st.process = _Process(p)
    st.last, st.broken, st.typed = row.source, False, False


def _cut_by_break(st: _State, row: RepairedRow, p: str) -> bool:
    """Can this row's lower-case process cell be the tail of the name above?  Only where a row may have
    been cut: one with no touchpoint of its own, or the first after a page break (a new part of the table)
    - never one with a number of its own, nor one opening with the name's first word (the name repeated
    whole, or another process of one deed: «выдача лицензии»|«выдача дубликата …»)."""
    if p.split()[:1] == st.process.name.lower().split()[:1] or row.get("group_no").strip() and "group_no" not in row.lost:
        return False          # the name's start again, or a row numbering itself: a cut row's rest has no number
    if not row.get("touchpoint").strip():
        return True
    last = st.last
    return st.broken or last is not None and (last.table, last.page) != (row.source.table, row.source.page)


def _continue_record(prev: RawTouchpoint, inter: str, ptype: str, feat: str, legend: dict[str, str]) -> None:
    """A row without a touchpoint of its own, in the same process: its cells go on the record above."""
    if inter:
        prev.interactions.append(inter)
    if ptype and not prev.point_type_raw:
        prev.point_type_raw, prev.point_type_code = ptype, legend_type(ptype, legend)
    prev.features.append(feat)
