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

    process_rows(table, captioned) -> set of item indices (RepairedTable.items)
"""
from __future__ import annotations

from textcore.clean import clean_text
from textcore.numbering import ARABIC, ROMAN, parse_item_number

from .repair import Heading, RepairedRow, RepairedTable
from .sections import read_heading


def _role(item) -> str | None:
    """"direction", "point_type", "skip" for a full-width row or a line between two parts of
    the table (converted text writes a merged row as a line of its own); None for a data row."""
    if not isinstance(item, Heading):
        return None
    return read_heading(clean_text(item.text), item.marked).role


_PASSED = ("point_type", "note")   # sub-rows that qualify, remarks and counts (`note_rows.py`): they head nothing


def _next_item(items: list, k: int):
    """The item after k, point-type sub-rows, remarks and counts passed over (they head nothing)."""
    j = k + 1
    while j < len(items) and isinstance(items[j], Heading) and _role(items[j]) in _PASSED:
        j += 1
    return items[j] if j < len(items) else None


def _rows_under(items: list, k: int) -> list[RepairedRow]:
    """The data rows after item k up to the next full-width row that is not a point-type sub-row, a
    remark or a count."""
    out: list[RepairedRow] = []
    for item in items[k + 1:]:
        if isinstance(item, RepairedRow):
            out.append(item)
        elif _role(item) not in (None, *_PASSED):
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
    numbered alike: an empty section), None where nothing tells (neither numbered)."""
    if read_heading(clean_text(upper.text), upper.marked).title == \
            read_heading(clean_text(lower.text), lower.marked).title:
        return False
    up, low = _level(upper), _level(lower)
    if up is None:
        return None if low is None else False
    if low is None or up[0] != low[0]:
        return True
    return low[1] > up[1]


def _upper_heads(items: list, heads: list[int]) -> set[int]:
    """The full-width rows of the upper level: those heading another whose numbering nests,
    those unnumbered where the pattern repeats (at least two), and any numbered like one of them."""
    said = {k: _heads(items[k], nxt) for k in heads
            if _role(nxt := _next_item(items, k)) == "direction"}
    upper = {k for k, v in said.items() if v}
    maybe = {k for k, v in said.items() if v is None}
    if len(upper) + len(maybe) >= 2:
        upper |= maybe
    levels = {_level(items[k]) for k in upper} - {None}
    return upper | {k for k in heads if _level(items[k]) in levels}


def process_rows(table: RepairedTable, captioned: bool = False) -> set[int]:
    """Indices of the items of `table` that are full-width rows naming a process.
    `captioned`: a caption above the table already gave the direction."""
    items = table.items
    heads = [k for k, item in enumerate(items) if _role(item) == "direction"]
    if not heads:
        return set()
    upper = _upper_heads(items, heads)
    unused_column = "process" in table.columns and not any(_states_process(r) for r in table.rows)
    above = captioned or "direction" in table.columns or unused_column
    out: set[int] = set()
    for k in heads:
        if k in upper or not (above or any(u < k for u in upper)):
            continue                        # a direction, or no direction said above it
        rows = _rows_under(items, k)
        if rows and not any(_states_process(r) for r in rows):
            out.add(k)
    return out
