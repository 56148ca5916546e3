"""A roadmap term cell merged down over a run of measures, where the table no longer says so:
converted text prints a merged cell once, in its first row, and leaves the rows below blank.  A
plan gives every measure a term, so a measure whose row names its responsible or its result but
leaves the term blank shares the one above — within its stage or section (a merge does not cross a
heading).  A responsible cell is not filled so: plans do leave it blank for a measure (a published
order's converted text has measures with a term and a result and no responsible), and a blank
there cannot be told from a merge.  A row blank but for its title is a heading, not a measure, and
a measure with measures numbered under it states its own terms or none: neither is filled, nor
does either pass its cells on.  Cells a reader knew were covered were filled down already
(`roadmap._vertical_fill`) and are not blank here.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from textcore.numbering import parent_of

if TYPE_CHECKING:
    from .roadmap import _Item

SHARED = ("deadline",)                      # the cells filled from the measure above (see the note)
OTHER = {"deadline": ("responsible", "deliverable")}    # ... where the row names one of these
CELLS = ("deadline", "responsible", "deliverable")


def _said(it: _Item, field: str) -> bool:
    return any(t.strip() for t in it.cells.get(field, []))


def _measure(it: _Item, nxt: _Item | None) -> bool:
    """A row that is a measure of its own: not a heading, no measures numbered under it."""
    heads = nxt is not None and parent_of(nxt.no) == it.no and nxt.part == it.part
    return not it.level and not it.heads_part and not heads and any(_said(it, f) for f in CELLS)


def fill_merged_terms(items: list[_Item]) -> list[_Item]:
    """Blank term cells of measures given the term of the measure above (see the
    module's note); `items` are changed in place and returned."""
    above: _Item | None = None
    for k, it in enumerate(items):
        if not _measure(it, items[k + 1] if k + 1 < len(items) else None):
            above = None
            continue
        if above is not None and (above.part, above.heading) == (it.part, it.heading):
            for f in SHARED:
                if not _said(it, f) and _said(above, f) and any(_said(it, o) for o in OTHER[f]):
                    it.cells[f] = list(above.cells[f])
        above = it
    return items
