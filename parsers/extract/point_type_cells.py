"""The point type where a touchpoint list states it outside a type column of full words.

* inside the channel's cell: «Электронная почта (цифровая точка)», «Личный приём (офлайн)»,
  «Официальный сайт — цифровой канал», «Телефон горячей линии [оффлайн-точка]», or the type
  on the cell's last line, under the channel.  The part stating the type is cut off the
  channel (its words are never read as a channel) and is the row's `point_type_raw`; a part
  counts only when it says nothing but the type (`textcore.point_type.states_type`), so
  «Электронная почта» or «Сайт в сети Интернет» keep their words.  A kind in words that also
  begin channels' names («электронная», «очная», `point_type.yaml` `set_apart`), set apart at
  the cell's end, is the kind unless the channel reader reads the channel and it as another
  channel («Сайт (электронная)» digital; «Почта (электронная)» e-mail).  The readers join a
  cell's lines with spaces, so a type on a line of its own is the cell's last words.
* a type column of letters, «Ц» | «О», explained by a legend under or above the table, in a
  note or in the type column's own heading («Ц — цифровая точка взаимодействия; О — офлайн-
  точка», «* О – оффлайн»): the legend decides what each letter means.  Letters and cuts
  with no legend are read by `read_type_value` when the row is coded.
* several points in one cell, each closed by its kind in brackets or opened by a lettered number the legend
  explains (`typed_points`): each its own.
* the letters of the point's NUMBER («Ц-1», «Ц-2», «О-1»: a list numbering its points per kind) where a legend says
  what the letters mean; with no legend a lettered number is only a number.  A legend under the last of a list's
  tables (a table per process) is the legend of the tables before it that have none of their own.
"""
from __future__ import annotations

import re
from functools import lru_cache

from textcore.lemmas import normalize
from textcore.point_type import ends_name_as_type, legend_entries, other_type, polar_type, states_type

from ..document import Document, Paragraph
from ..tables.columns import bracketed_fields
from ..tables.content_roles import cell_reader
from ..tables.header_rows import type_answers
from ..tables.repair import Heading

# a part set apart at the cell's end or anywhere in brackets; the spaces before it taken from a
# run's start only (tried at each of a long run's spaces, a cell of spaces was quadratic)
_BRACKETED = re.compile(r"(?<!\s)\s*[(\[]([^()\[\]]{1,60})[)\]]")
_DASHED_TAIL = re.compile(r"(?<!\s)\s+[—–-]\s+([^—–]{1,60})$")
_BRACKETED_END = re.compile(r"[(\[]([^()\[\]]{1,60})[)\]]\s*$")
# the most words a type under the channel's name takes («цифровая точка взаимодействия»)
_TAIL_WORDS = 3
# a bracketed part closing a point's words: «Сайт министерства (цифровая)»
_BRACKET = re.compile(r"[(\[]([^()\[\]]{1,60})[)\]]")
# a point's number opening its words in a cell of several: «Ц-1 Госуслуги О-1 телефон»
_LETTERED_MARK = re.compile(r"(?:(?<=\s)|^)([^\W\d_]{1,3})[-–]\d{1,3}\.?\s+")
# a point's number led by letters: «Ц-1», «О 2», «ОФ-3.1»
_LETTERED_NO = re.compile(r"([^\W\d_]{1,3})\s*[-–—.]?\s*\d+(?:\.\d+)*\.?")
# paragraphs after a table read for its legend (notes, «Условные обозначения: …»)
_AFTER_TABLE = 4


def split_cell_type(cell: str) -> tuple[str, str | None]:
    """(the channel's text, the words stating its type as written, or None)."""
    text = cell.strip()
    for m in _BRACKETED.finditer(text):
        # the test first: the rest is a copy of the cell, once per bracket it would be quadratic
        if states_type(m.group(1)):
            rest = (text[:m.start()] + text[m.end():]).strip()
            if rest:
                return rest, m.group(1).strip()
    m = _DASHED_TAIL.search(text)
    if m and text[:m.start()].strip() and states_type(m.group(1)):
        return text[:m.start()].strip(), m.group(1).strip()
    return _set_apart_kind(text) or _typed_tail(text) or (cell, None)


def typed_points(cell: str, needs: str, legend: dict[str, str]) -> list[tuple[str, str, str]] | None:
    """A cell naming the points that serve a need (a row per need), a line each in Word, run together in a copy:
    each closed by its kind in brackets («Личный приём (офлайн) Сайт (цифровая)», two at least) or opened by a
    number whose letters the legend explains («Ц-1 Госуслуги О-1 телефон»).  (channel, kind as written, the row's
    needs) of each; None where the cell is not wholly so written."""
    return _bracket_typed_points(cell.strip(), needs) or _lettered_points(cell.strip(), needs, legend)


def _bracket_typed_points(text: str, needs: str) -> list[tuple[str, str, str]] | None:
    spans = list(_BRACKET.finditer(text))       # bracketed parts only: linear, whatever the cell
    if len(spans) < 2 or spans[-1].end() != len(text):
        return None
    starts = [0] + [m.end() for m in spans[:-1]]
    words = [text[a:m.start()].strip() for a, m in zip(starts, spans)]
    if not all(w and not re.search(r"[()\[\]]", w) for w in words) or not all(states_type(m.group(1)) for m in spans):
        return None
    return [(w, m.group(1).strip(), needs) for w, m in zip(words, spans)]


def _lettered_points(text: str, needs: str, legend: dict[str, str]) -> list[tuple[str, str, str]] | None:
    marks = list(_LETTERED_MARK.finditer(text)) if legend else []
    if not marks or marks[0].start() != 0 or any(normalize(m.group(1)) not in legend for m in marks):
        return None
    ends = [m.start() for m in marks[1:]] + [len(text)]
    out = [(text[m.end():e].strip(), m.group(1), needs) for m, e in zip(marks, ends)]
    return out if all(c for c, _, _ in out) else None


def point_channels(points: list[tuple], ptype: str) -> list[tuple[str, str, str]]:
    """(channel, kind as written, needs) of each point a cell names: `typed_points`' as they are, a lined cell's
    (point, needs) with the kind its point states (`split_cell_type`), else the row's `ptype`."""
    out = []
    for p in points:
        channel, typed, said = p if len(p) == 3 else (*split_cell_type(p[0]), p[1])
        out.append((channel, typed or ptype, said))
    return out


def _set_apart_kind(text: str) -> tuple[str, str] | None:
    """A kind in words that also begin channels' names, set apart at the cell's end in brackets or
    after a dash («Сайт (электронная)», «Личный приём — очная»): the kind, unless said after the
    channel's words it makes another channel the channel reader knows («Почта (электронная)» is
    e-mail, «Приёмная — электронная» the online reception).  With no reader (a parser alone) the
    words stay the channel's."""
    m = _BRACKETED_END.search(text) or _DASHED_TAIL.search(text)
    channel = text[:m.start()].strip() if m else ""
    if not channel or not states_type(m.group(1), set_apart=True):
        return None
    code = cell_reader("channel_code")
    if code is None:
        return None
    named = code(f"{channel} {m.group(1).strip()}")
    if named is not None and named != code(channel):
        return None
    return channel, m.group(1).strip()


def type_in_column(table, row, legend: dict[str, str]) -> str | None:
    """The type a column other than the channel's states after its text, where the list has no type column and
    that column's heading names the point's kind in brackets («Адрес (вид точки)» | «1 этаж, холл (офлайн)»);
    else the letters of the row's number that the legend explains («Ц-1»)."""
    m = _LETTERED_NO.fullmatch(row.get("group_no").strip()) if legend and "group_no" not in row.lost else None
    if m and normalize(m.group(1)).strip() in legend:
        return m.group(1)
    for f in _bracket_typed(tuple(table.header), tuple(sorted(table.columns.items()))):
        typed = split_cell_type(row.get(f))[1] if row.get(f).strip() else None
        if typed:
            return typed
    return None


@lru_cache(maxsize=256)
def _bracket_typed(header: tuple[str, ...], columns: tuple[tuple[str, int], ...]) -> tuple[str, ...]:
    cols = dict(columns)
    if "point_type" in cols:
        return ()
    return tuple(f for f, i in cols.items() if f != "touchpoint" and i < len(header)
                 and "point_type" in bracketed_fields("touchpoint_list", [header[i]], {f: 0}))


def _typed_tail(text: str) -> tuple[str, str] | None:
    """The type on a line of its own under the channel: the readers join a cell's lines with
    spaces, so it is the cell's last words — only words that end a channel's name for no other
    reason («цифровая», «офлайн-точка», `point_type.yaml` `tail`; «Запись онлайн» keeps its word)."""
    words = text.split()
    for n in range(min(_TAIL_WORDS, len(words) - 1), 0, -1):
        tail = " ".join(words[-n:])
        if states_type(tail) and ends_name_as_type(words[-n]):
            return " ".join(words[:-n]), tail
    return None


def table_legends(doc: Document, tables: list) -> list[dict[str, str]]:
    """The legend of each repaired table's type letters: its header cells, captions, full-width
    rows, the paragraphs right after it and the document's footnotes.  The footnotes and the
    blocks' places are read once for the document, not once a table (a list of hundreds of
    tables with as many footnotes was quadratic)."""
    notes = _entries(doc.footnotes.values())
    at = {id(b): k for k, b in enumerate(doc.blocks)}
    out = []
    for table in tables:
        texts = list(table.header) + [c.text for c in table.captions]
        texts += [i.text for i in table.items if isinstance(i, Heading)]
        texts += _paragraphs_after(doc, at.get(id(table.parts[-1])) if table.parts else None)
        legend = _entries(texts)
        for key, code in [*notes.items(), *_answers(table).items()]:
            legend.setdefault(key, code)
        out.append(legend)
    return _shared(out)


def _shared(legends: list[dict[str, str]]) -> list[dict[str, str]]:
    """Each table's legend, with the entries the document's other tables' legends give that its own lacks (a
    legend under the last of a list's tables, one per process, explains them all)."""
    every: dict[str, str] = {}
    for legend in legends:
        for key, code in legend.items():
            every.setdefault(key, code)
    return [legend | {k: c for k, c in every.items() if k not in legend} for legend in legends]


def _answers(table) -> dict[str, str]:
    """The type column headed by one type and answered yes or no («Цифровая точка (да/нет)»:
    «да» / «нет»): a yes is that type, a no the other."""
    col = table.columns.get("point_type")
    code = polar_type(table.header[col]) if col is not None and col < len(table.header) else None
    if code is None or "point_type" in table.splits:
        return {}
    yes, no = type_answers()
    return {**{w: code for w in yes}, **{w: other_type(code) for w in no}}


def _entries(texts) -> dict[str, str]:
    legend: dict[str, str] = {}
    for text in texts:
        for key, code in legend_entries(text).items():
            legend.setdefault(key, code)
    return legend


def _paragraphs_after(doc: Document, idx: int | None) -> list[str]:
    if idx is None:
        return []
    out = []
    for block in doc.blocks[idx + 1: idx + 1 + _AFTER_TABLE]:
        if not isinstance(block, Paragraph):
            break
        out.append(block.text)
    return out


def legend_type(value: str, legend: dict[str, str]) -> str | None:
    """The type a legend gives a type cell's whole value («Ц», «О.», «Оф»), or None."""
    if not legend or not value:
        return None
    key = normalize(value).strip().strip("*").strip().rstrip(".")
    return legend.get(key)
