"""A procedure's lists as a table whose columns are the kinds: a header «Направление
деятельности | Цифровые каналы | Офлайн-каналы | Потребности клиентов» (a «№» column aside),
then a row per direction with its channels and needs, or each column a list, an item a row (a
heading of points over «Цифровые» | «Офлайн» in a second header row splits its columns by kind);
or whose rows are: «Цифровые каналы | сайт; портал» (the items in one cell or a cell each).

Only a header whose every cell names a list kind (parsers/data/procedure.yaml cues, read by
`leadin.classify`), two kinds or more, makes such a table: a touchpoint list's header has
columns no kind names (the process, the point type, «Канал взаимодействия»), so it is never
read here.  A cell holds one item, or several closed by «;» or «,» or a paragraph each; an
item repeated down a column (the same channel for every direction) is listed once.
"""
from __future__ import annotations

import re

from textcore.lemmas import lemmas
from textcore.point_type import match_point_type

from ..document import Row, Table
from ..tables.columns import is_ordinal_header
from .inline import item_text, valid_items
from .leadin import classify, vocab
from .listread import marker, split_top

POINTS = "points"               # a column of points of either kind


def column_kinds(table: Table) -> tuple[int, dict[int, str]] | None:
    """(header row index, {column: kind}) of a table whose header names a list kind in every
    column but a «№» one; None for any other table."""
    rows = [k for k, r in enumerate(table.rows) if any(t.strip() for t in r.texts)]
    if len(rows) < 2:
        return None
    head = table.rows[rows[0]]
    kinds: dict[int, str] = {}
    for c, cell in enumerate(head.cells):
        text = cell.text.strip()
        if not text or cell.covered or is_ordinal_header(text):
            continue
        kind = heading_kind(text)
        if kind is None or kind in kinds.values():
            return None
        kinds[c] = kind
    if len(rows) > 2 and any(k == POINTS for k in kinds.values()):
        return _sub_headed(table, rows[0], rows[1], kinds)
    return (rows[0], kinds) if len(kinds) >= 2 else None


def _sub_headed(table: Table, top: int, sub: int, kinds: dict[int, str]) -> tuple[int, dict[int, str]] | None:
    """A header of two rows: «Каналы взаимодействия» spanning «Цифровые» | «Офлайн» below it.  The
    sub-headings under the points' heading (or under no heading of their own) give those columns
    their kinds; without such a row the points' column stays one of either kind."""
    head = table.rows[top]
    points = {c for c, k in kinds.items() if k == POINTS}
    under = {c for c in range(len(head.cells)) if any(p <= c < p + head.cells[p].colspan for p in points)}
    under |= {c for c, cell in enumerate(head.cells) if cell.covered or not cell.text.strip()}
    named: dict[int, str] = {}
    for c, cell in enumerate(table.rows[sub].cells):
        text = cell.text.strip()
        if not text or cell.covered:
            continue
        kind = _sub_kind(text) if c in under else None
        if kind is None:
            return (top, kinds) if len(kinds) >= 2 else None     # the row is data
        named[c] = kind
    merged = dict(sorted(({c: k for c, k in kinds.items() if not (k == POINTS and named)} | named).items()))
    if len(set(merged.values())) < len(merged) or len(merged) < 2:
        return None
    return sub, merged


def _sub_kind(text: str) -> str | None:
    """A sub-heading's kind: «Цифровые», «Офлайн-точки», «Цифровые каналы»."""
    if len(text.split()) > 3:
        return None
    kind = classify(text)
    if kind in ("channel_digital", "channel_offline"):
        return kind
    return {"digital": "channel_digital", "offline": "channel_offline"}.get(match_point_type(text) or "")


def heading_kind(text: str) -> str | None:
    """A header cell's list kind (or POINTS); None for a longer text (a body cell) or one no
    kind names."""
    return _column_kind(text) if len(text.split()) <= vocab()["subheading_max_words"] else None


def _column_kind(head: str) -> str | None:
    """A column's list kind by its heading; POINTS for points of either kind («Точки
    взаимодействия», «Каналы связи»: each item then takes its own channel's kind)."""
    kind = classify(head)
    if kind in vocab()["open_kinds"]:
        return kind
    return POINTS if kind is None and set(lemmas(head)) & set(vocab()["point_column_words"]) else None


def cell_list(cell: str) -> str:
    """A cell's paragraphs as one inline list: a paragraph each item, unless separators close
    the items (then a line break is a wrapped line, as a PDF's cell gives it)."""
    paras = [p.strip() for p in cell.split("\n") if p.strip()]
    if len(paras) < 2 or marker(paras[0]) is not None:
        return cell
    if re.search(r"[;,]", cell):
        return " ".join(paras)
    return "; ".join(p.rstrip(";,.") for p in paras) + "."


def _cell_items(text: str, kind: str) -> list[str]:
    """A cell's items: a paragraph each (or a numbered line each), else split at «;», else at «,»
    where the parts read as names (a direction «… поддержки, в том числе выплат» stays whole) or,
    in a column of needs, as the client's actions («подать заявление, узнать …»), as inline."""
    paras = [p.strip() for p in text.split("\n") if p.strip()]
    if paras and marker(paras[0]) is not None:
        parts = paras
    else:
        text = cell_list(text)
        parts = split_top(text, ";") if ";" in text else valid_items(split_top(text, ","), kind=kind) or [text]
    parts = [marker(p).rest if marker(p) else p for p in parts]
    return [t for t in (item_text(p) for p in parts) if re.search(r"[А-Яа-яЁёA-Za-z]", t)]


def row_kinds(table: Table) -> dict[int, tuple[int, str]] | None:
    """{row: (name column, kind)} of a table whose rows are the lists: every filled row opens
    (after a «№» cell) with a cell naming a list kind, two kinds or more, the items after it —
    or, below such a row, leaves that cell empty and goes on with its items (a merged cell, or
    converted text writing an item a row)."""
    rows = [(k, [(c, t.strip()) for c, t in enumerate(r.texts) if t.strip()]) for k, r in enumerate(table.rows)]
    continued = any(cells and cells[0][0] > 0 for _, cells in rows)
    if not continued and not any(len(cells) >= 3 for _, cells in rows):
        return None        # two cells a row: read as lines, «name | items» (procedure._row_as_list)
    out: dict[int, tuple[int, str]] = {}
    col = None             # the names' column
    for k, cells in rows:
        if cells and (is_ordinal_header(cells[0][1]) or cells[0][1].rstrip(".").isdigit()):
            cells = cells[1:]
        if not cells:
            continue
        if col is not None and cells[0][0] > col:
            out[k] = (col, out[max(out)][1])         # the list above goes on
            continue
        c, name = cells[0]
        kind = classify(name) if len(cells) > 1 and len(name.split()) <= vocab()["subheading_max_words"] else None
        if kind is None and not out and k == _first_filled(table):
            continue       # a header row («Перечень | Состав»)
        if kind not in vocab()["open_kinds"] or kind in {kd for _, kd in out.values()} or col not in (None, c):
            return None
        out[k], col = (c, kind), c
    return out if len({kd for _, kd in out.values()}) >= 2 else None


def _first_filled(table: Table) -> int:
    return next((k for k, r in enumerate(table.rows) if any(t.strip() for t in r.texts)), -1)


def kind_table_items(table: Table) -> list[tuple[str, str, Row]]:
    """(kind, item, row) of a table whose columns, or rows, are the lists, in reading order,
    each item once per kind."""
    cells: list[tuple[str, str, Row]] = []
    read = column_kinds(table)
    if read is not None:
        start, kinds = read
        cells = [(kind, row.cells[c].text, row) for row in table.rows[start + 1:]
                 for c, kind in kinds.items() if c < len(row.cells) and not row.cells[c].covered]
    else:
        for k, (c, kind) in (row_kinds(table) or {}).items():
            row = table.rows[k]
            cells += [(kind, cell.text, row) for cell in row.cells[c + 1:] if not cell.covered]
    seen: set[tuple[str, str]] = set()
    out = []
    for kind, text, row in cells:
        for item in _cell_items(text, kind):
            if (kind, item.lower()) not in seen:
                seen.add((kind, item.lower()))
                out.append((kind, item, row))
    return out


# an item's number or code as a reference table prints it: «3», «1.», «2.1», «НД.1», «ЦК-2», «П 3» (a code
# is in capitals: «Этап 1» is a word)
_ITEM_CODE = re.compile(r"(?:[A-ZА-ЯЁ]{1,4}\s?[-.]?\s?)?\d{1,3}(?:\.\d{1,3})*[.)]?")


def _number_header(text: str) -> bool:
    """A header over the items' numbers («№ п/п») or codes («Код», «Код направления»)."""
    words = lemmas(text)
    return is_ordinal_header(text) or (bool(words) and words[0] in vocab()["code_header_words"])


def column_list(table: Table) -> list[tuple[str | None, str, Row]] | None:
    """(number, item, row) of a table that is one list under a lead-in above it: a cell a row,
    after a number or code cell, both («1 | НД.1 | …»: the code stands as the item's ordinal) or
    none («1 | Социальная поддержка», «НД.1 | …»), a header «№ п/п | Наименование» or «№ | Код |
    Наименование» aside; or two cells a row, the item and a remark on it (`_named_with_remarks`);
    None when a row holds more (then it is data, or lists of its own)."""
    pairs = _rows_cells(table)
    if pairs is None:
        return None
    if any(len(cells) > 1 for _, _, cells, _ in pairs):
        pairs = _named_with_remarks(pairs)
    elif pairs and len(pairs) > 2 and _remarks_header(pairs):
        pairs = pairs[1:]              # «Канал» over the items, its remarks column left out (notetable.py)
    if any(cells[0].rstrip().endswith(":") for _, _, cells, _ in pairs or ()):
        return None                    # a row opening a list of its own (notetable.py's lead-in rows)
    out = [(number, item_text(cells[0]), row) for number, _, cells, row in (pairs or ())]
    return out if len(out) >= 2 else None


_LABEL = re.compile(r"(?:^|\s)[\dIVXLC]{1,4}[.)]?$")        # a name ending with its number: «Этап 1», «Шаг II»


def _named_with_remarks(pairs: list) -> list | None:
    """The rows of a table of two columns, an item and a remark on it («Официальный сайт |
    размещение сведений о мерах поддержки»), as rows of the items alone: every first cell a name
    (no list of its own; not mostly kinds' names: «Офлайн-каналы | приём; телефон» is a lead-in and
    its items, read as a line), every second one text, no list; a header row («Канал | Комментарий»,
    «Наименование | Описание»: short, over longer remarks) aside."""
    if any(len(cells) > 2 for _, _, cells, _ in pairs):
        return None
    body = pairs[1:] if _remarks_header(pairs) else pairs
    if sum(classify(cells[0]) is not None for _, _, cells, _ in body) * 2 >= len(body):
        return None                    # rows of kinds' names («Офлайн-каналы | приём»): lists, read as lines
    for _, _, cells, _ in body:
        first, second = cells[0], (cells[1] if len(cells) > 1 else "")
        if re.search(r"[;\n]", first) or len(first.split()) > vocab()["inline_max_words"] \
                or _LABEL.search(first) or marker(second) is not None or len(split_top(second, ";")) > 1:
            return None                # («Этап 1 | Подготовка предложений»: a label over its text, no item)
    return [(number, code, cells[:1], row) for number, code, cells, row in body]


def _remarks_header(pairs: list) -> bool:
    """Whether the first row heads the columns: one or two short cells, the first a heading's noun
    and at most one more word (`name_header_words`, `point_column_words`: «Канал», «Наименование»,
    «Каналы связи»); an item's name, «Личный контакт», «Канал в Telegram», heads nothing."""
    _, _, cells, _ = pairs[0]
    if len(cells) > 2 or any(len(c.split()) > 3 for c in cells):
        return False
    return heads_column(cells[0])


def heads_column(text: str) -> bool:
    """Whether a cell (or a line of converted text that was one) is a column's heading: a heading's noun and at most
    one more word («Наименование», «Каналы связи»)."""
    words = lemmas(text) if len(text.split()) <= 2 else []
    return bool(words) and words[0] in vocab()["name_header_words"] + vocab()["point_column_words"]


def _rows_cells(table: Table) -> list[tuple[str | None, int, list[str], Row]] | None:
    """(number, row index, text cells after the number or code, row) of each filled row, the
    «№ п/п | Наименование» header aside."""
    out = []
    for k, row in enumerate(table.rows):
        cells = [t.strip() for t in row.texts if t.strip()]
        number = None
        for _ in range(2):
            # after a row's number a bare number is a value (a count, a term: «1 | 15 | …», a data
            # table), no code of the item's own («1 | НД.1 | …», «1 | 2.1 | …»)
            if cells and _ITEM_CODE.fullmatch(cells[0]) and not (number and cells[0].rstrip(".)").isdigit()):
                number, cells = cells[0].rstrip(".)"), cells[1:]
        if not cells:
            continue
        if k == _first_filled(table) and 2 <= len(cells) <= 3 and all(_number_header(c) for c in cells[:-1]):
            continue                   # the header: «№ п/п | Наименование направления», «Код | Наименование»
        out.append((number, k, cells, row))
    return out


def lists_channels_by_kind(table) -> bool:
    """A procedure's lists as a table, a list a column, with the channels in a digital and an
    offline column («Направление деятельности | Цифровые каналы | Офлайн-каналы | Потребности»,
    kindtable): every column names a list kind and none the process, so it lists kinds of
    points, not a process's touchpoints (a touchpoint list's header names its process; a
    process heading a kind word also names — «Процесс взаимодействия с клиентом» — keeps it one)."""
    if "process" in table.columns:
        return False
    found = column_kinds(table.parts[0])
    return found is not None and {"channel_digital", "channel_offline"} <= set(found[1].values())
