"""Terms and responsible ones written once, on a group row: «1. | Этап … | до 1 марта 2026 г. | Отдел кадров»
over «1.1», «1.2» whose term and responsible cells are blank.  The group row is read as any dated row is (an
item of its own, no section: it has a term); its items take what it holds for the cells they leave blank."""
from __future__ import annotations

from typing import TYPE_CHECKING

from textcore.numbering import parent_of

if TYPE_CHECKING:
    from .roadmap import _Item

FIELDS = ("deadline", "responsible")


def inherit_group_cells(items: list[_Item], keys: list[tuple], joined: list[dict]) -> None:
    """Each item's blank term or responsible cell (`joined`, in place) takes its nearest numbered ancestor's: the
    last row above it so numbered within its scope (`keys`; a number met again further on, as in a table's
    continuation, is another row).  An item's own cell stands; a heading with no term gives its items none.
    A row of its own labelled by the field, right above the item's run (`it.given`: roadmap_label_rows.py),
    comes before an ancestor's cell."""
    seen: dict[tuple, dict] = {}
    for it, k, j in zip(items, keys, joined):
        for f in FIELDS:
            j[f] = j[f] or it.given.get(f, "")
            no = it.no
            while not j[f] and (no := parent_of(no)) is not None:
                j[f] = seen.get((it.part, no), {}).get(f, "")
        seen[k] = j
