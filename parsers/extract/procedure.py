"""Enumerated lists of a procedure («порядок ведения перечня»): points, needs, directions, columns.

A list is a lead-in line ending with ":" whose wording (lemmas, parsers/data/
procedure.yaml) says what it lists, followed by enumerated lines.  The list's
style is its first item's enumerator (`1)`, `1.`, `а)`, `3.2.1.`, a dash);
a line of an outer style (the next clause "3.3.", "8.") or an unnumbered
sentence ends it, a line of an inner style is a sub-point of the current item.
Sub-points either describe their item (its text ends "…, который:" or the sub-points are dashes)
and are dropped, or split a heading item ("… по вопросам: а) …") and replace it.  A point whose first
sub-point is a lead-in of its own («2.1. … в том числе:» over «2.1.1. Потребности:») lists nothing
itself.  Inline lists ("цифровые точки: сайты, …; офлайн-точки: …") are read by inline.py, lists in
appendices of their own by appendix_lists.py.  An empty form (a table with a header, no data) gives columns.
Readers put tab-separated lines into tables, so a clause such as
"3.3.<tab>К оффлайн-точкам …" arrives as a table row: tables are read as lines too.
"""
from __future__ import annotations

import re
from dataclasses import replace

from parsers.tables.columns import is_header, is_numbering_row
from textcore.clean import clean_text

from ..document import Document, Paragraph, Table
from ..provenance import locate
from .lines import Line, lines_of
from .wrapped_runs import join_wrapped_runs as _join_wrapped_runs
from .procedure_title import titled as _titled
from .item_lists import heading_over, items_kinds, names_items, reads_budget, states_duties, unnamed_lead
from .leadin import classify, open_kinds, rival_kinds, vetoed, vocab
from .listread import ListItem, Marker, marker, over_subpoints, read_items, split_top, states_clause
from .copula import colon_in_items, copula_items, copula_lead_kind
from .pointing_lead import pointing_kind
from .notetable import without_notes
from .appendix_lists import appendix_heading, appendix_lead_ins, caption_lead_ins, names_officials, titles_a_plan
from .glossary import with_glossary
from .held_lists import describes_itself, holds_lead_ins
from .item_grid import grid_items, grid_lines, in_list_order
from .kindcolumn import kind_column_items
from .kindtable import POINTS, cell_list, column_kinds, column_list, heads_column, kind_table_items, row_kinds
from .inline import inline_items, item_text, last_sentence_end, numbered_run, valid_items
from .inline_joins import closing_name, last_joined


# --- items ---------------------------------------------------------------------------

def _record(kind: str, ordinal: str | None, text: str, ln: Line) -> dict:
    # raw only: codes are given by the one normalization stage (pipeline/run/normalize.py)
    return {"list_kind": kind, "ordinal": ordinal, "text_raw": item_text(text),
            "source_row": ln.line if ln.line is not None else ln.row, **locate([ln.source], ln.paragraph)}


# --- enumerated lists -------------------------------------------------------------------

def _list_records(kind: str, items: list[ListItem]) -> list[dict]:
    out = []
    for it in items:
        nested = [(e, ln) for e, ln in it.subs if e.style != "bullet"]
        if it.marker.rest.rstrip().endswith(":") and nested and not describes_itself(it.marker.rest):
            # a heading item: its sub-points are the list's items
            out += [_record(kind, e.ordinal, e.rest, ln) for e, ln in nested]
        else:
            out.append(_record(kind, it.marker.ordinal, it.marker.rest, it.line))
    return out


# --- empty forms ----------------------------------------------------------------------

def form_columns(table: Table) -> list[dict]:
    """Header cells of an empty form: a touchpoint-list header with no data rows."""
    rows = [r for r in table.rows if any(t.strip() for t in r.texts)]
    if not rows or not is_header("touchpoint_list", rows[0].texts):
        return []
    rest = [r for r in rows[1:] if not is_numbering_row(r.texts) and r.texts != rows[0].texts]
    if rest:
        return []
    numbers = next((r.texts for r in rows[1:] if is_numbering_row(r.texts)), None)
    src = rows[0].source
    ln = Line("", src.line, src.row, source=src)
    out = []
    for i, cell in enumerate(rows[0].cells):
        if not cell.text.strip() or cell.covered:
            continue
        ordinal = numbers[i].strip() if numbers and i < len(numbers) and numbers[i].strip() else str(i + 1)
        out.append(_record("column", ordinal, cell.text, ln))
    return out


# --- the document ---------------------------------------------------------------------

def _text_lines(doc: Document) -> list[Line]:
    """The document's lines, without the rows of data tables (a touchpoint list, a roadmap):
    their cells are data, never a procedure's lead-ins.  Readers put tab-separated clauses
    ("3.3.<tab>К оффлайн-точкам …") into tables too: those rows have at most two cells; a table
    that is one list under its lead-in («№ | Код | Наименование», kindtable.column_list) stays, and
    so does one whose third column holds only remarks (notetable.py: left out here)."""
    doc = without_notes(doc)
    grids = {b: grid for b, block in enumerate(doc.blocks) if isinstance(block, Table)
             for grid in [grid_lines(block, b)] if grid}       # a list's items in a grid of cells (item_grid.py)
    data = {b for b, block in enumerate(doc.blocks) if isinstance(block, Table) and b not in grids and (any(
        sum(bool(t.strip()) for t in row.texts) >= 3 for row in block.rows) and column_list(block) is None
        or column_kinds(block) or row_kinds(block))}      # («№ | Код | Наименование»: one list, no data)
    lines = [ln for ln in lines_of(doc, joiner="\t") if ln.block not in data]
    return _join_wrapped_runs([_row_as_list(ln) for ln in in_list_order(lines, grids)])


def _sourced(ln: Line, found: list[tuple]) -> list[tuple[object, str, Line]]:
    """(kind, item, line) of items read inline from `ln`: an item of a line joined from pieces
    (a list a PDF page broke) has the source of the piece its text starts in."""
    out, at = [], 0
    for k, t in found:
        pos = ln.text.find(t[:24], at) if ln.pieces else -1
        at = max(at, pos)
        piece = max((p for p in ln.pieces if p[0] <= pos), key=lambda p: p[0], default=(0, ln))[1]
        out.append((k, t, piece))
    return out


def _row_as_list(ln: Line) -> Line:
    """A table row's line.  A row whose second cell is an enumerated list is a lead-in and its
    list («Цифровые точки» | «1. сайт; 2. портал»): it reads as "lead-in: items" inline."""
    cells = ln.text.split("\t")
    if len(cells) == 1:
        return ln
    joined = " ".join(cells)
    if len(cells) == 2 and cells[0].rstrip()[-1:] not in (":", ".", ";") and (
            marker(cells[1]) is not None or _names_list(cells[0], cells[1])):
        joined = f"{cells[0].rstrip()}: {cell_list(cells[1])}"
    return replace(ln, text=joined)


def _names_list(name: str, items: str) -> bool:
    """«Офлайн-каналы» | «личный приём; телефон; почта»: a short first cell naming a kind and a
    second holding several items (closed by «;» or «,», or a paragraph each)."""
    return len(name.split()) <= vocab()["lead_in_max_words"] and bool(re.search(r"[;,\n]", items.strip())) \
        and classify(name) is not None


def _heading_line(doc: Document):
    """Whether a line is a heading (bold, or a heading level, or an appendix's own «Приложение № 2 …» in plain
    converted text): it ends a list."""
    def is_heading(ln: Line) -> bool:
        block = doc.blocks[ln.block] if ln.block < len(doc.blocks) else None
        return isinstance(block, Paragraph) and (block.is_heading or block.bold) or appendix_heading(ln.text)
    return is_heading


def _unnumbered_line(kind: str, lines: list[Line], k: int) -> list[dict]:
    """"цифровые точки:" then "сайт, соцсети, …" on the next line."""
    return [_record(kind, None, t, lines[k]) for t in valid_items(split_top(lines[k].text, ",;"))]


def _lead_in_kind(body: str, i: int, prev_kind: str | None, prev_end: int) -> str | None:
    kind = classify(body)
    if kind is None and prev_end == i and body[:1].islower():
        kind = prev_kind               # "…; а также по каждому процессу …:" continues it
    return kind


def _read_list(lines: list[Line], i: int, lead: Marker | None, kind: str,
               is_heading) -> tuple[list[tuple[int, dict]], int]:
    """The records of the list after lead-in line i, and the index of the line after it."""
    items, end = read_items(lines, i + 1, lead, is_heading, named=bool(kind))
    if len(items) > 2 and items[0].marker.style == "plain" and heads_column(items[0].marker.rest):
        items = items[1:]              # a one-column table's heading in converted text («Наименование»)
    if len(items) == 1 and items[0].marker.style == "plain":
        items, end = [], i + 1         # one unnumbered line: an inline list, read below
    run = numbered_run(lines[i + 1].text) if len(items) == 1 and not items[0].subs else None
    if run:                            # "1) a; 2) b; 3) c." on the line after its lead-in (a PDF's wrap)
        found = _sourced(lines[i + 1], [(kind, t) for t in run])
        return [(ln.block, _record(kind, None, t, ln)) for _, t, ln in found], end
    if items:
        return [(lines[i].block, r) for r in _list_records(kind, items)], end
    if end < len(lines):
        found = _unnumbered_line(kind, lines, end)
        return [(lines[end].block, r) for r in found], end + bool(found)
    return [], end


def _table_below(doc: Document, lines: list[Line], i: int, kind: str) -> tuple[list, int] | None:
    """The list of a lead-in over a table of its items, a row each (kindtable.column_list): the
    list ends with the table."""
    b = lines[i + 1].block if i + 1 < len(lines) else None
    if b is None or b == lines[i].block or not isinstance(doc.blocks[b], Table):
        return None
    rows = column_list(doc.blocks[b])
    if rows is None:
        return None
    end = next((j for j in range(i + 1, len(lines)) if lines[j].block != b), len(lines))
    return [(b, _record(kind, n, t, Line(t, row.source.line, row.source.row, b, row.source)))
            for n, t, row in rows], end


def named_after(found: list) -> str | None:
    """The kind a list's closing name gives it («1) сайт; 2) почта (далее – цифровые каналы).»), the name taken out
    of its last item (inline_joins.closing_name) whatever its lead-in named."""
    closed = closing_name(found[-1][1]["text_raw"]) if found else None
    if closed:
        found[-1][1]["text_raw"] = closed[0]
    return closed[1] if closed else None


def _open(found: list, kinds: tuple[str, ...], at: str, default: str | None = None, named: bool = False) -> list:
    """A list whose lead-in names no kind, or two: its records carry the kinds their items may
    tell, decided where items are coded (pipeline/run/normalize.py, resolve_open_lists); when
    they tell none, the lead-in's own kind (`default`) stands, or the list is dropped.  `named`:
    the lead-in named `default` alone, which only items clearly of another kind overrule."""
    for _, r in found:
        r.update(list_kind=default, open_kinds=list(kinds), list_at=at, **({"open_named": True} if named else {}))
    return found


def _by_items(doc: Document, lines: list[Line], i: int, lead: Marker | None, body: str,
              budget: list[int]) -> tuple[list, int] | None:
    """(records, end) of the list after line i where the line names no kind — a lead-in in words no
    cue knows, a heading over a marked list (a bold one over unmarked lines), or any line over a
    table of items —, and its items read as names (item_lists.py); None otherwise (the lines are
    read on as any other)."""
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    if nxt is None or body.endswith(":") and vetoed(body) or _titled(lines[i:i + 1 + vocab()["title_lines"]]):
        return None                    # (the procedure's own title, perhaps wrapped, heads all of it: no list)
    if any(titles_a_plan(ln.text) for ln in lines[max(i - 1, 0):i + 1]):
        return None                    # a plan's caption, over its table's header too: measures, no list
    found = _table_below(doc, lines, i, "")
    if found is None:
        bold = _heading_line(doc)(lines[i])
        if not unnamed_lead(body, lead, nxt.text.strip(), bold) or not (
                body.endswith(":") or heading_over(nxt.text) or bold):
            return None
        items, _ = read_items(lines, i + 1, lead, _heading_line(doc))
        if any(it.subs for it in items):
            return None                # points over points of their own: the order's clauses, no list
        found = _read_list(lines, i, lead, "", _heading_line(doc))
    if not names_items([r for _, r in found[0]]):
        return None
    kept = items_kinds(found[0], budget)
    return (kept, max(found[1], i + 1)) if kept else None


def _inline_by_items(ln: Line, budget: list[int]) -> list[tuple[int, dict]]:
    """An inline list after a colon whose lead-in names no kind («Министерство держит связь так: сайт,
    почта, группа ВКонтакте»): three items at least, names, each of the kind it reads surely as."""
    head, _, rest = ln.text.partition(":")
    if not rest.strip() or not unnamed_lead(f"{head.strip()}:", None, rest):
        return []
    parts = split_top(rest, ";") if ";" in rest else last_joined(split_top(rest, ","))   # «a, b и c»: three
    items = valid_items(parts[:-1] + [last_sentence_end(parts[-1])], whole=";" in rest) if parts else []
    found = [(p.block, _record("", None, t, p)) for _, t, p in _sourced(ln, [("", t) for t in items])]
    return items_kinds(found, budget) if len(found) >= 3 and names_items([r for _, r in found]) else []


def _lead_in_kinds(body: str, kind: str | None, open_ok: bool) -> tuple[tuple[str, ...], bool]:
    """The kinds left to a list's items, and whether the lead-in named one kind (then only items
    that clearly are of another overrule it): every kind its lead-in may mean when it names none,
    the kinds it names when they are two (or more)."""
    if not body.endswith(":"):
        return (), False
    if kind is None:
        return (open_kinds(body) if open_ok else ()), False
    rivals = rival_kinds(body)
    if len(rivals) > 1 and kind in rivals:
        return rivals, False
    return (tuple(vocab()["open_kinds"]), True) if kind in vocab()["open_kinds"] else ((), False)


def _below(lines: list[Line], i: int) -> tuple[Line | None, Line | None]:
    """The two lines under line i (None past the end)."""
    return tuple((lines[i + 1:i + 3] + [None, None])[:2])   # type: ignore[return-value]


def _subheading_kind(body: str, nxt: Line | None, after: Line | None = None, lead: Marker | None = None) -> str | None:
    """"Цифровые точки взаимодействия" over an enumerated list: a short subheading, with no
    closing punctuation, that names a kind is its list's lead-in.  A numbered one over its own
    sub-points («3. Клиент может обратиться … посредством» over «3.1.», a table's full-width row
    that dropped the colon) is read as a lead-in with its colon, at a lead-in's length where it
    states a clause (a section's heading «2. Порядок формирования перечня …» is none)."""
    if body.endswith(".") and ":" not in body:     # «… приведены ниже.» over its items (pointing_lead.py)
        return pointing_kind(body, nxt.text if nxt else None, lead, after.text if after else None)
    # ("name: items" holds its list already: a table row «Потребности | a; b» read as a line)
    if not body or body[-1] in ".,;:!?" or ":" in body or nxt is None or marker(nxt.text) is None:
        return None
    n = len(body.split())
    if over_subpoints(lead, marker(nxt.text)) and (n <= vocab()["subheading_max_words"] or
                                                   n <= vocab()["lead_in_max_words"] and states_clause(body)):
        return classify(body + ":")
    if n > vocab()["subheading_max_words"]:   # "К цифровым каналам … относятся" over its list, or «Выделяются следующие …»
        return copula_lead_kind(body) or pointing_kind(body, nxt.text, lead, after.text if after else None)
    return classify(body)


def extract_procedure(doc: Document, titled: bool | None = None) -> list[dict]:
    """One dict per item of an enumerated list in a procedure, in reading order.  In a
    document titled as a procedure a list whose lead-in names no kind is read too, its
    kind left open (`open_kinds`, `list_at`) for its items to tell.  `titled`:
    looks_like_procedure(doc), when the caller has it already."""
    lines, bare = _text_lines(doc), without_notes(doc)   # bare: tables without a remarks column (notetable.py)
    open_ok = _titled(lines) if titled is None else titled
    out: list[tuple[int, dict]] = []        # (block index, record): forms join in reading order
    prev_kind, prev_end, i, appendix = None, -1, 0, appendix_lead_ins(lines) | caption_lead_ins(lines)   # its title's kind
    budget = reads_budget()            # items read by their kinds, the whole document (item_lists.py)
    while i < len(lines):
        text = lines[i].text.strip()
        lead = marker(text)
        body = lead.rest if lead else text
        kind = appendix.get(i) or (_lead_in_kind(body, i, prev_kind, prev_end) if body.endswith(":") else
                                   _subheading_kind(body, *_below(lines, i), lead))
        kinds, named = _lead_in_kinds(body, kind, open_ok)
        if (kind or kinds) and holds_lead_ins(lines, i, lead, kind):
            i += 1                     # «2.1. … в том числе:» over «2.1.1. Потребности:»: each list has its own
            continue
        if kind or kinds:
            found, end = _table_below(bare, lines, i, kind or "") or \
                _read_list(lines, i, lead, kind or "", _heading_line(doc))
            closing = named_after(found)
            if closing and kind not in vocab()["open_kinds"]:     # (a lead-in naming the list's fields, or nothing)
                kind = closing
                kinds, named = _lead_in_kinds(body, kind, open_ok)
            titled_list = i in appendix and not names_officials(text)    # (officials': their duties)
            if titled_list or not ((kind is None and kinds or kind in vocab()["duties_not"]) and
                                   states_duties([r for _, r in found])):   # duties: no list (but what a
                out += _open(found, kinds, str(i), kind, named) if kinds else found  # list's title names)
            prev_kind, prev_end = kind, end
            i = max(end, i + 1)
            continue
        by_items = _by_items(bare, lines, i, lead, body, budget) if open_ok else None
        if by_items:                   # a lead-in naming nothing known, or a heading: the items tell
            out += by_items[0]
            i = by_items[1]
            continue
        inline = _sourced(lines[i], _line_items(text, open_ok))
        for k, t, ln in inline:
            rec = (ln.block, _record(k, None, t, ln))
            out += _open([rec], k, str(i)) if isinstance(k, tuple) else [rec]
        out += _inline_by_items(lines[i], budget) if open_ok and not inline else []
        i += 1
    for b, block in enumerate(doc.blocks):
        if isinstance(block, Table):
            out += [(b, r) for r in form_columns(block)] + _kind_table(b, block, open_ok)
    return with_glossary(lines, [r for _, r in sorted(out, key=lambda p: p[0])  # (abbreviations: glossary.py)
                                 if not vocab()["repealed_re"].match(r["text_raw"])])  # «2) утратил силу …»: no row


def _line_items(text: str, titled: bool) -> list[tuple[str, str]]:
    """(kind, item) a paragraph states inline: a copula's first where the paragraph's colon is an
    item's («… относятся a; b; телефон: +7 …»), else an inline list's, else a copula's (each
    reader asked once)."""
    if colon_in_items(text):
        return _copula(text, titled) or inline_items(text, titled)
    return inline_items(text, titled) or _copula(text, titled)


def _copula(text: str, titled: bool) -> list[tuple[str, str]]:
    """Lists stated with a copula verb (copula.py); outside a procedure only of the kinds
    `copula_untitled_kinds`: directions so stated are any department's regulation."""
    found = copula_items(text)
    return found if titled else [(k, t) for k, t in found if k in vocab()["copula_untitled_kinds"]]


def _kind_table(b: int, table: Table, titled: bool) -> list[tuple[int, dict]]:
    """The lists of a table whose columns are the kinds (kindtable.py), or of channels with a column of their kinds
    (kindcolumn.py), in a procedure only: elsewhere such a table is data (a touchpoint list's summary)."""
    if not titled or grid_items(table) is not None:
        return []                      # (a list's items in a grid of cells: one list, read as lines)
    out = [(b, _record(kind, None, text, Line(text, row.source.line, row.source.row, b, row.source)))
           for kind, text, row in kind_column_items(table) or kind_table_items(table)]
    # points of either kind: each takes its own channel's kind where items are coded
    _open([pair for pair in out if pair[1]["list_kind"] == POINTS], tuple(vocab()["means_kinds"]), f"table {b}")
    return out


def holds_procedure(doc: Document, items: list[dict], other_kinds: bool, titled: bool | None = None) -> bool:
    """Whether the document holds a procedure: its title, or lists of a procedure's kinds in a
    document that is not a touchpoint list or roadmap (whose cells may name points and needs)."""
    return (looks_like_procedure(doc) if titled is None else titled) or (bool(items) and not other_kinds)


def missing_lists(items: list[dict]) -> list[str]:
    """The list kinds a procedure is expected to hold (procedure.yaml) that `items` lack."""
    exp = vocab()["expected_lists"]
    found = {r["list_kind"] for r in items}
    missing = [k for k in exp["always"] if k not in found]
    for pair in exp["pairs"]:
        if found & set(pair):
            missing += [k for k in pair if k not in found]
    return missing




def looks_like_procedure(doc: Document) -> bool:
    """A «порядок ведения (формирования) перечня …», by a line that starts like its title."""
    return _titled(_text_lines(doc))
