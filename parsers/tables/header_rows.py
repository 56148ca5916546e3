"""Two-level table headers: a group heading spanning sub-columns, and what the sub-columns say.

Orders often head a table in two rows: «Точки взаимодействия» over «цифровые» | «офлайн», or
«Потребности клиента» over one column per need whose cells are check marks.  The group names
the field; each sub-heading qualifies what its column holds:

* sub-columns holding text split one field by a quality the sub-heading states (the point
  type of the channel written under it);
* sub-columns holding marks («+», «✓», «да»: `cell_marks` in `parsers/data/columns.yaml`)
  each stand for their heading: a row's value is the headings of its marked columns.

    read_header(rows, i, kind) -> Header | None     the header starting at row i (one, two or three
                                                    rows: a group over sub-groups over sub-headings)
    split_value(cells, subs, shift) -> (text, qualifier)   a split field's value in one row
    split_marks(cells, subs, shift) -> (text, qualifier, [heading], [column])   and the headings its
                                                           marks say yes to (a channel matrix), one pass

Where the sub-headings name fields of their own («Точка взаимодействия» over «наименование» |
«тип»), the columns are mapped one by one, each by the group's words and its sub-heading.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from textcore.clean import is_blank_mark
from textcore.lemmas import normalize
from textcore.point_type import match_point_type, polar_type, read_type_value
from textcore.vocab import vocabulary

from ..document import Row
from .column_roles import standing_in
from .columns import field_scores, is_header, map_columns
from .content_roles import cell_reader
from .as_above import is_as_above
from .header_levels import fold_third_level

_DATA = Path(__file__).resolve().parent.parent / "data" / "columns.yaml"
_MAX_SUB_WORDS = 8          # a sub-heading is a label, not a sentence of a data row


_MARK_SHARE = 0.8           # of a column's filled cells, marks: the column is a matrix's
_START = "period_start"      # columns.yaml: a period's start, never a value of the field it stands under
_MAX_TYPE_WORDS = 3         # a mark column headed by a point type: «Цифровая», «Офлайн точка»


@vocabulary(_DATA, required=("cell_marks", "blank_cells", "matrix_field", "type_mark_field", "type_answer_no"))
def _cells(data: dict) -> dict:
    return {"marks": {normalize(m) for m in data["cell_marks"]},
            "blanks": {normalize(b) for b in data["blank_cells"]}, "field": dict(data["matrix_field"]),
            "type_field": dict(data["type_mark_field"]), "no": {normalize(n) for n in data["type_answer_no"]}}


def type_answers() -> tuple[frozenset[str], frozenset[str]]:
    """The cells that answer yes (the marks) and no («нет») in a column of one point type."""
    return frozenset(_cells()["marks"]), frozenset(_cells()["no"])


def is_mark(text: str) -> bool:
    """«+», «✓», «V», «да»: a cell that says yes to its column's heading."""
    return normalize(text).strip(" .") in _cells()["marks"]


def is_blank(text: str) -> bool:
    """An empty cell, one holding only a dash, or a word saying no («нет»)."""
    t = normalize(text).strip(" .")
    return not t or is_blank_mark(text.strip()) or t in _cells()["blanks"]


@dataclass
class Header:
    texts: list[str]                      # per column, the text its field is mapped by
    columns: dict[str, int]               # field -> column index
    n_rows: int = 1                       # header rows (the sub-heading row included)
    splits: dict[str, list[tuple[int, str]]] = field(default_factory=dict)  # field -> (column, sub-heading)
    rows: list[list[str]] = field(default_factory=list)   # the header rows' texts, to drop repeats
    sub_groups: dict[int, str] = field(default_factory=dict)  # column -> the middle heading of a three-row header


def _groups(top: Row) -> list[tuple[int, int]]:
    """(first, end) of each top cell spanning several columns: a colspan, the covered
    positions after it, or (converted text keeps no spans) the empty cells after it."""
    cells, out, k = top.cells, [], 0
    while k < len(cells):
        end = k + 1
        if cells[k].colspan > 1:
            end = k + cells[k].colspan
        elif cells[k].text.strip():
            while end < len(cells) and not cells[end].text.strip():
                end += 1
        if end - k > 1 and cells[k].text.strip() and end - k < len(cells):
            out.append((k, end))        # a cell spanning every column is the table's title
        k = end
    return out


def _is_sub_row(top: Row, below: Row) -> list[tuple[int, int]]:
    """The groups of `top` when `below` is its sub-heading row, else []: text only under
    groups, short labels, nothing under the columns headed alone (merged down, or empty)."""
    groups = _groups(top)
    if not groups or len(below.cells) > len(top.cells):
        return []
    inside = {k for a, b in groups for k in range(a, b)}
    filled = {k for k, c in enumerate(below.cells) if c.text.strip() and not c.covered}
    if not filled or not filled <= inside:
        return []
    if any(len(below.cells[k].text.split()) > _MAX_SUB_WORDS or below.cells[k].text.strip().rstrip(".").isdigit()
           for k in filled):
        return []
    # every group is divided: its sub-headings fill it
    return groups if all(any(k in filled for k in range(a, b)) for a, b in groups) else []


def _middle_row(head: list[Row], groups) -> dict[int, str]:
    """A group heading over a row of sub-groups over the sub-headings («Точки взаимодействия» over
    «цифровые» | «офлайн» over a column per channel): {column: its sub-group's words}, else {}.
    Each middle heading runs from its column to the next one (converted text keeps no spans)
    within its group; the bottom row divides every group, and some sub-group more finely — or,
    one heading under each, the row below marks them (a matrix), which a row of values never is."""
    mid, bottom = head[1], head[2]
    filled = {k for k, c in enumerate(bottom.cells) if c.text.strip() and not c.covered}
    inside = {k for a, b in groups for k in range(a, b)}
    # headings only under the groups (a data row fills its process cell); a channel heading may
    # be long (an address), so no word limit, but marks or numbers are a data or numbering row
    if not filled or not filled <= inside or any(
            is_mark(bottom.cells[k].text) or bottom.cells[k].text.strip().rstrip(".").isdigit() for k in filled):
        return {}
    out: dict[int, str] = {}
    finer = False
    for a, b in groups:
        starts = [k for k in range(a, min(b, len(mid.cells))) if mid.cells[k].text.strip() and not mid.cells[k].covered]
        if not starts or starts[0] != a:
            return {}
        for s, e in zip(starts, starts[1:] + [b]):
            under = [k for k in range(s, e) if k in filled]
            if not under:
                return {}
            finer |= len(under) > 1
            out.update({k: mid.cells[s].text.strip() for k in range(s, e)})
    below = head[3].cells if len(head) > 3 else []
    marks_below = any(k < len(below) and is_mark(below[k].text) for k in filled)
    return out if finer or marks_below else {}


def _best(kind: str, text: str) -> str | None:
    scores = field_scores(kind, text)
    return max(scores, key=scores.get) if scores else None


def _each_own(kind: str, texts: list[str], subs: list[str]) -> bool:
    """Whether each heading names a field, no two the same — never where a sub-heading names a point's kind
    («цифровые» | «нецифровые (офлайн)»: the group's field split by kind, `_typed_twins`)."""
    if any(match_point_type(t) for t in subs):
        return False
    fields = [_best(kind, t) for t in texts]
    return len(fields) >= 2 and None not in fields and len(set(fields)) == len(fields)


def _merged(kind: str, top: Row, below: Row, groups, own_fields: bool = True) -> Header:
    """The group's and the sub-headings' texts as one header; with `own_fields` False (sub-headings
    under sub-groups of a three-row header are values of the group's field, never fields) no
    sub-heading is mapped as a field of its own."""
    texts = list(top.texts)
    subs = below.texts + [""] * (len(texts) - len(below.cells))   # a short row lost its empty last cells
    split_groups = []
    for a, b in groups:
        whole = [f"{top.texts[a]} {subs[k]}" for k in range(a, b)]
        if own_fields and len({_best(kind, t) for t in whole} - {None}) >= 2:   # sub-headings name fields
            texts[a:b] = whole
        elif own_fields and len({_best(kind, subs[k]) for k in range(a, b)} - {None}) >= 2:
            texts[a:b] = subs[a:b]      # a group only gathering fields («Характеристика» over «Канал» | «Вид»)
        elif own_fields and _each_own(kind, mixed := [subs[k] if _best(kind, subs[k]) else whole[k - a]
                                                      for k in range(a, b)], subs[a:b]):
            texts[a:b] = mixed          # generic lower words, alone or with the group's: «сфера» | «наименование»
        elif _best(kind, top.texts[a]) is None:   # a group naming no field: its sub-headings stand alone
            texts[a:b] = subs[a:b]                # (a matrix's columns, read by `with_mark_columns`)
        else:
            split_groups.append((a, b))
            for k in range(a + 1, b):
                texts[k] = ""
    columns = map_columns(kind, texts)
    splits = _typed_twins(kind, texts, columns)   # «Вид точки» over «цифровая» | «офлайн», folded in
    for a, b in split_groups:
        name = next((f for f, col in columns.items() if col == a), None)
        if name:
            # a period's start under a term («Срок» over «начало» | «окончание»): the end is the value
            splits[name] = [(k, subs[k]) for k in range(a, b) if subs[k].strip() and _best(kind, subs[k]) != _START]
    return Header(texts, columns, 2, splits, [list(top.texts), list(subs)])


def read_header(rows: list[Row], i: int, kind: str) -> Header | None:
    """The header starting at row i, over one row or two (a group heading over sub-headings)."""
    top = rows[i]
    if i + 1 < len(rows):
        groups = _is_sub_row(top, rows[i + 1])
        # sub-groups type the marked columns under them («цифровые» | «офлайн»): only a kind whose
        # marks carry a type has them; elsewhere a third row folds into the second (quarters of years)
        typed = _cells()["type_field"].get(kind)
        middle = _middle_row(rows[i:i + 4], groups) if typed and groups and i + 2 < len(rows) else {}
        if middle:
            merged = _merged(kind, top, rows[i + 2], groups, own_fields=False)
            if is_header(kind, merged.texts):
                merged.n_rows, merged.sub_groups = 3, middle
                merged.rows.insert(1, list(rows[i + 1].texts))
                return merged
        if groups:
            below, read = fold_third_level(rows, i + 1, _is_sub_row, is_mark)
            merged = _merged(kind, top, below, groups)
            if is_header(kind, merged.texts):
                merged.n_rows, merged.rows = 1 + len(read), [list(top.texts)] + [list(r.texts) for r in read]
                return merged
        wrapped = _wrapped(kind, top, rows[i + 1])
        if wrapped:
            return wrapped
    if is_header(kind, top.texts):
        columns = map_columns(kind, top.texts)
        return Header(list(top.texts), columns, 1, _typed_twins(kind, top.texts, columns), [list(top.texts)])
    return None


def _wrapped(kind: str, top: Row, below: Row) -> Header | None:
    """Headings whose words run on into a second row («Канал» over «взаимодействия», «Наименование»
    over «услуги (функции)»; equal first words a cell over both columns, a one-word heading merged
    down): each column's words top and bottom read as one heading.  Taken where the row below holds
    short labels — no number, no mark — and the joined headings name more of the kind's fields, or
    name them surer, than the top row alone (a first data row under a header adds nothing to it)."""
    texts, subs = list(top.texts), below.texts + [""] * (len(top.cells) - len(below.cells))
    if len(below.cells) > len(top.cells) or not any(t.strip() for t in subs) or \
            sum(1 for c in top.cells if c.text.strip() and not c.covered) < 2 or \
            any(t.strip().rstrip(".").isdigit() for t in top.texts):
        return None     # a title over the header; a data row (its number) over a header, repeated at a break
    for k, sub in enumerate(subs):
        sub = "" if k < len(below.cells) and below.cells[k].covered else sub.strip()
        if sub and (len(sub.split()) > _MAX_SUB_WORDS or any(ch.isdigit() for ch in sub) or is_mark(sub)):
            return None
        over = next((top.texts[j] for j in range(k, -1, -1) if top.texts[j].strip()), "") if sub else texts[k]
        texts[k] = f"{over.strip()} {sub}".strip()
    if not is_header(kind, texts) or _sureness(kind, texts) <= (_sureness(kind, top.texts) if is_header(
            kind, top.texts) else (0, 0.0)):
        return None
    if is_header(kind, below.texts) and _sureness(kind, texts)[0] <= _sureness(kind, below.texts)[0]:
        return None     # a row over a header by itself (a point over its header repeated at a break) —
    # unless the words run on name more fields than the second row's halves alone: «Вид точки» over
    # «взаимодействия», «Потребности» over «клиента» (halves a vocabulary reads as other fields)
    columns = map_columns(kind, texts)
    if _holds_values(columns, subs):
        return None     # «Наименование | Канал» over «Выдача справок | Телефон»: the first point, no words run on
    return Header(texts, columns, 2, _typed_twins(kind, texts, columns), [list(top.texts), list(below.texts)])


# a field whose cells a reader knows surely: its heading's words run on are no channel, no term
_VALUE_READERS = {"touchpoint": "channel", "deadline": "deadline"}


def _holds_values(columns: dict[str, int], subs: list[str]) -> bool:
    """Whether the row below holds a value under a heading whose cells a reader knows (a channel
    under the channel's heading, a term under the term's): a data row, not a heading's rest
    («взаимодействия», «исполнения»).  (No reader given — a parser alone —: none is asked.)"""
    for field, role in _VALUE_READERS.items():
        read, k = cell_reader(role), columns.get(field)
        if read and k is not None and k < len(subs) and subs[k].strip() and read(subs[k].strip()):
            return True
    return False


def _sureness(kind: str, texts: list[str]) -> tuple[int, float]:
    columns = map_columns(kind, texts)
    return len(columns), sum(field_scores(kind, texts[k]).get(f, 0.0) for f, k in columns.items())


def _typed_twins(kind: str, texts: list[str], columns: dict[str, int]) -> dict[str, list[tuple[int, str]]]:
    """One field headed twice in one row, each heading naming a point type («Цифровые каналы» |
    «Офлайн-каналы»): the field split by the type its heading states."""
    out = {}
    for name, col in columns.items():
        twins = [k for k, t in enumerate(texts) if k == col or k not in columns.values() and _best(kind, t) == name]
        types = [match_point_type(texts[k]) for k in twins]
        if len(twins) >= 2 and None not in types and len(set(types)) == len(types):
            out[name] = [(k, texts[k]) for k in twins]
    return out


def with_mark_columns(kind: str, head: Header, rows: list[Row]) -> Header:
    """Columns no field claims, holding only marks, under a one-row header: headed by a point
    type («Цифровая» | «Офлайн»), they give the kind's type field (the marked column's heading;
    a single column of one type, «Цифровая точка (да/нет)», is the type column itself, its «да»
    and «нет» read as that type and the other: `point_type_cells.table_legends`);
    headed by what else they stand for («Подача заявления» | «Получение результата»), the kind's
    matrix field (a touchpoint's needs) when no column of the table names it — a column only
    standing in for it (a journey stage, `column_roles`) gives way and is its own kind again."""
    cells = _cells()
    wanted = [cells[key].get(kind) for key in ("type_field", "field")]
    standing = standing_in(kind, head.columns, head.texts, _best)
    if not any(name and (name not in head.columns or name in standing) for name in wanted):
        return head                      # nothing left to read from marks: no column is scanned
    used = set(head.columns.values())
    marked = [(k, label) for k, label in enumerate(head.texts)
              if k not in used and _mark_column(rows, k, label, cells["no"] if polar_type(label) else frozenset())]
    typed = [(k, label) for k, label in marked if _names_type(label)]
    columns, splits = dict(head.columns), dict(head.splits)
    for name, subs in ((cells["type_field"].get(kind), typed),
                       (cells["field"].get(kind), [m for m in marked if m not in typed])):
        if name and subs and (name not in columns or name in standing):
            if name in standing:
                columns[standing[name]] = columns[name]
            columns[name] = subs[0][0]
            if not (subs is typed and len(typed) == 1 and polar_type(typed[0][1])):
                splits[name] = subs      # one column of one type is answered yes or no: its cells are read
    if columns == head.columns:
        return head
    return Header(head.texts, columns, head.n_rows, splits, head.rows)


def _mark_column(rows: list[Row], k: int, label: str, no: frozenset = frozenset()) -> bool:
    """Whether the column's cells are marks; its heading repeated (a table per part of the list,
    each with its header) is no cell of it, nor is a cell repeating the one above («-//-», «"»,
    «то же»: tables/as_above.py), whatever that held.  Each cell is asked once whether it is a mark.
    `no`: the answers that count as marks, under a heading of one point type (a list of offline
    points only answers «нет» in every row of «Цифровая точка (да/нет)»)."""
    if not label.strip():
        return False
    marks = filled = 0
    for r in rows:
        text = r.cells[k].text if k < len(r.cells) else ""
        said_no = bool(no) and normalize(text).strip(" .") in no
        if not said_no and (is_blank(text) or is_as_above(text)) or text.strip() == label.strip():
            continue
        mark = said_no or is_mark(text)
        if mark or any(ch.isalnum() for ch in text):
            marks, filled = marks + mark, filled + 1
    return bool(filled) and marks >= _MARK_SHARE * filled


def _names_type(label: str) -> bool:
    """A short heading naming a point type («Цифровая», «Офлайн-точка»), or cut short as a
    narrow mark column's heading is («Цифр.», «Офл.», «Ц»)."""
    return len(label.split()) <= _MAX_TYPE_WORDS and read_type_value(label) is not None


def split_value(texts: list[str], subs: list[tuple[int, str]], shift: int = 0) -> tuple[str, str]:
    """A split field's value in one row and the sub-heading it stands under.

    Marked sub-columns give their headings (a need matrix: «Информирование; Консультация»);
    a sub-column holding text gives the text, qualified by its heading («офлайн»).
    """
    return split_marks(texts, subs, shift)[:2]


def split_marks(texts: list[str], subs: list[tuple[int, str]],
                shift: int = 0) -> tuple[str, str, list[str], list[int], list[str]]:
    """`split_value`'s value and qualifier, and the headings of the row's marked sub-columns each on
    its own (a channel matrix: one touchpoint per marked channel; [] where a sub-column holds
    text) with their columns and the kind each is of where a kind column's heading says it (else ""), from one
    pass over the cells."""
    marked, written, cols = [], [], []
    for col, label in subs:
        src = col - shift
        text = texts[src].strip() if 0 <= src < len(texts) else ""
        if is_blank(text):
            continue
        if is_mark(text):
            marked.append(label.strip())
            cols.append(col)
        else:
            written.append((text, label.strip(), col))
    kinds = [match_point_type(label) for _, label, _ in written]
    if len(written) > 1 and None not in kinds and len(set(kinds)) > 1:
        # text under several typed headings (a process's digital channels beside its offline ones): each cell its
        # own points, typed by its heading, the headings given as the points' kinds
        return ("; ".join(t for t, _, _ in written), "", [t for t, _, _ in written], [c for _, _, c in written],
                [label for _, label, _ in written])
    if written:
        return "; ".join(t for t, _, _ in written), written[0][1], [], [], []
    value = "; ".join(marked)
    return value, "", marked if value else [], cols if value else [], [""] * len(marked) if value else []
