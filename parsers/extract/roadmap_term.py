"""A roadmap column that holds both the term and the responsible one: «Срок исполнения,
ответственный исполнитель», «Ответственный / срок».

Plans of some regions give the two in one cell («до 01.04.2025, отдел кадров», or a line each).
The header mapping gives such a column one field (one field a column): here it is recognised by
its heading naming the other field too, the other field having no column of its own.  The cell
is then handed on whole as the responsible cell, marked (`textcore.dates.TERM_SHARED`), and split where
deadlines are read (normalizers/term_cell.py): the split needs the deadline grammar.  A plan with no term
column whose responsible cells mostly name a period («Отдел кадров, до 01.04.2025» under «Исполнитель») is
read so too, though its heading names the responsible one only.
"""
from __future__ import annotations

from parsers.tables.columns import MIN_SCORE, field_scores
from parsers.tables.repair import RepairedTable
from textcore.dates import periods

_PAIR = ("deadline", "responsible")
_DATED = 0.6            # of a responsible column's filled cells, naming a period: the terms are in it


def shared_term(table: RepairedTable) -> str | None:
    """The field whose column holds the term and the responsible one alike, or None: by its heading, or
    (the plan having no term column at all) by its cells — the responsible column's cells name periods
    («Отдел кадров, до 01.04.2025» under «Исполнитель»)."""
    for own, other in (_PAIR, _PAIR[::-1]):
        if own in table.columns and other not in table.columns:
            heading = table.header[table.columns[own]] if table.columns[own] < len(table.header) else ""
            if field_scores("roadmap", heading).get(other, 0.0) >= MIN_SCORE:
                return own
    if "responsible" in table.columns and "deadline" not in table.columns:
        cells = [t for r in table.rows if (t := r.get("responsible").strip())]
        if len(cells) >= 2 and sum(1 for t in cells if periods(t)) >= _DATED * len(cells):
            return "responsible"
    return None
