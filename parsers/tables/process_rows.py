"""Process-major lists: which full-width rows of a touchpoint table name a process.

Most lists give the process a column; some write it as a full-width row (in converted
text a line of its own between the table's rows) with its channels on the rows below, under a direction's full-width row, a direction column or
a caption above the table.  A full-width row is read by where it stands, never by its
words:

* a full-width row directly above another (a point-type sub-row such as «Цифровые
  точки» between them does not count) heads that one where the numbering nests («I.» or
  «1.» over «1.1.», a number over none) or, unnumbered, where the pattern repeats (two such
  heads at least): it is the upper level, a direction, and so is any row numbered like it.
  The same title twice (a repeat at a page break) and two siblings numbered alike (an
  empty section) are one level;
* a full-width row above data rows that leave the process unsaid (no process column, or
  its cells empty under it) supplies their process, where something above it already
  says the direction (a row of the upper level before it, a direction column, a
  direction caption above the table) or the table has a process column no data row fills;
* any other full-width row is a direction's, as before: with one level of such rows and
  nothing else to tell, a section of a list is far more often a direction than a process.

A full-width row its reader found labelled as a field of the rows under it (`fields`: «Потребности
клиента: …», «Примечание: …»; `parsers/extract/block_rows.py`) neither heads nor ends the rows under
the row above it, as a point-type sub-row, save a labelled process («Процесс: …»), which names their
process itself (a row above it is no process); a row right above one stating the needs is a process
(a list states needs per process: «Выдача справок» over «Потребности клиента: …» over its channels),
save one whose words make it a section («Раздел 2. …», «Направление «…»»: `sections.says_direction`) or
whose Roman number does («II. Охота»: Roman numbers head a document's sections, the upper level; the needs
under it are then the section's, stated once, `block_rows.py`); a row labelled a direction's («Направление деятельности: …») never is.

    process_rows(table, captioned, fields) -> set of item indices (RepairedTable.items)
"""
from __future__ import annotations

from textcore.clean import clean_text
from textcore.numbering import ARABIC, ROMAN, parse_item_number

from .repair import Heading, RepairedRow, RepairedTable
from .sections import read_heading, says_direction


def _role(item) -> str | None:
    """"direction", "point_type", "skip" for a full-width row or a line between two parts of
    the table (converted text writes a merged row as a line of its own); None for a data row."""
    if not isinstance(item, Heading):
        return None
    return read_heading(clean_text(item.text), item.marked).role


_PASSED = ("point_type", "field", "note")   # sub-rows that qualify the rows under them, remarks and counts
#                                            (`note_rows.py`): they head nothing


def _next_at(roles: list, k: int) -> int | None:
    """The index of the item after k, sub-rows, remarks and counts passed over (they head nothing)."""
    j = k + 1
    while j < len(roles) and roles[j] in _PASSED:
        j += 1
    return j if j < len(roles) else None


def _rows_under(items: list, roles: list, k: int) -> list[RepairedRow]:
    """The data rows after item k up to the next full-width row that is not a sub-row."""
    out: list[RepairedRow] = []
    for item, role in zip(items[k + 1:], roles[k + 1:]):
        if isinstance(item, RepairedRow):
            out.append(item)
        elif role not in (None, *_PASSED):
            break
    return out


def _states_process(row: RepairedRow) -> bool:
    return "process" in row.lost or bool(row.get("process").strip())


def _level(item) -> tuple[str, int] | None:
    """A numbered heading's level: its numbering style and depth ("I." -> roman 1, "1.1." -> arabic 2)."""
    number = read_heading(clean_text(item.text), item.marked).number
    n = parse_item_number(number + ".", (ARABIC, ROMAN)) if number else None
    return (n.style, n.depth) if n else None


def _heads(upper, lower) -> bool | None:
    """Whether the full-width row `upper`, right above the full-width row `lower`, is a level
    above it: True where the numbering nests ("I." or "1." over "1.1.", a number over none),
    False where the two are one level (the same title repeated at a page break, siblings
    numbered alike: an empty section), None where nothing tells (neither numbered, or an unnumbered row over
    a numbered one: «Меры поддержки» over «1. Выдача пособия» is a direction over its numbered processes where
    the pattern repeats — numbers count a list's processes as often as its directions)."""
    if read_heading(clean_text(upper.text), upper.marked).title == \
            read_heading(clean_text(lower.text), lower.marked).title:
        return False
    up, low = _level(upper), _level(lower)
    if up is None:
        return None
    if low is None or up[0] != low[0]:
        return True
    return low[1] > up[1]


def _upper_heads(items: list, roles: list, heads: list[int]) -> set[int]:
    """The full-width rows of the upper level: those heading another whose numbering nests,
    those unnumbered where the pattern repeats (at least two), and any numbered like one of them."""
    said = {k: _heads(items[k], items[j]) for k in heads
            if (j := _next_at(roles, k)) is not None and roles[j] == "direction"}
    upper = {k for k, v in said.items() if v}
    maybe = {k for k, v in said.items() if v is None}
    if len(upper) + len(maybe) >= 2:
        upper |= maybe
    levels = {_level(items[k]) for k in upper} - {None}
    return upper | {k for k in heads if _level(items[k]) in levels}


def process_rows(table: RepairedTable, captioned: bool = False, fields: dict[int, str] | None = None) -> set[int]:
    """Indices of the items of `table` that are full-width rows naming a process.
    `captioned`: a caption above the table already gave the direction; `fields`: the items
    that are labelled field rows, each with the field («interaction» for a row of needs; «direction»
    for a row labelled a direction's, «Направление деятельности: …», which is never a process)."""
    items, fields = table.items, fields or {}
    # a labelled process row names the process of the rows under it: it ends the rows above, as a heading
    roles = [("labelled" if fields[k] == "process" else "field") if fields.get(k, "direction") != "direction"
             else _role(item) for k, item in enumerate(items)]
    heads = [k for k, role in enumerate(roles) if role == "direction"]
    if not heads:
        return set()
    upper = _upper_heads(items, roles, heads)
    unused_column = "process" in table.columns and not any(_states_process(r) for r in table.rows)
    above = captioned or "direction" in table.columns or unused_column
    out: set[int] = set()
    for k in heads:
        needs_under = k + 1 < len(items) and fields.get(k + 1) == "interaction" and \
            not says_direction(clean_text(items[k].text)) and \
            (_level(items[k]) or ("",))[0] != ROMAN   # «Раздел 2. …», «II. Охота» over needs: the section's
        if k in upper or fields.get(k) == "direction" or not (above or needs_under or any(u < k for u in upper)):
            continue                        # a direction (labelled so, too), or no direction said above it
        rows = _rows_under(items, roles, k)
        if rows and not any(_states_process(r) for r in rows):
            out.add(k)
    return out
