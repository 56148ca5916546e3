"""Cells merged down over several touchpoints of one process: the needs a process's channels
share, or the kind of a run of points of one kind, written once for all of them.

Word covers the cells under the merged one (`w:vMerge`); converted text prints the value once
and leaves the cells under it empty; a transposed list merges across (`w:gridSpan`), which is
the same once turned (`tables/transposed.py`).  Either way a point with its own channel whose
needs (or kind) cell is empty in the table's column of them, right under a point of the same
process and direction, is covered by that point's cell: it takes its needs (its kind).  A dash
there says «no data» and takes nothing; a kind read from the channel's own cell, or needs from
a matrix of marks, have no such column.  Every point of a list states
its needs, so an empty needs cell there says «as above», not «none»; a list that states no
kind has no kind above to take.  Never across processes: the next process's cell is its own,
and a list naming no process has no process's points to merge over.  A Word file records its
merges: there a cell Word keeps as its own and leaves empty is empty, only a covered one is
«as above» (`MERGES_RECORDED`).

    share_merged(records, merges_recorded)      in place, in document order
"""
from __future__ import annotations

# formats whose reader marks every merged-over cell `covered` (.doc/.rtf/.odt are read as Word's)
MERGES_RECORDED = frozenset({"docx", "doc", "rtf"})


def _same_run(prev, rec) -> bool:
    return (bool(rec.process.name.strip()) and prev.process.name.strip() == rec.process.name.strip()
            and prev.direction_raw == rec.direction_raw and prev.section == rec.section and prev.block == rec.block)


def open_cells(table, row) -> frozenset[tuple[str, bool]]:
    """The row's needs and kind cells that may be covered by the cell above, each with whether the
    reader saw it covered: empty (or covered) in a column the table has for them — the needs a
    column of text, not a matrix of marks —, not lost by sliding, and no dash (a dash says «no
    data», ГОСТ 1.5, 4.5.17: nothing is taken for it)."""
    fields = [f for f in ("interaction", "point_type") if f in table.columns]
    return frozenset((f, f in row.covered) for f in fields
                     if not row.get(f).strip() and f not in row.lost and f not in row.dashed
                     and not (f == "interaction" and f in table.splits))


def _open(rec, name: str, merges_recorded: bool) -> bool:
    return (name, True) in rec.open_cells or not merges_recorded and (name, False) in rec.open_cells


def share_merged(records: list, merges_recorded: bool = False) -> None:
    """Each record whose needs (kind) cell is open takes those of the record above it in the same process."""
    for prev, rec in zip(records, records[1:]):
        if not _same_run(prev, rec):
            continue
        if _open(rec, "interaction", merges_recorded) and not rec.interactions and prev.interactions:
            rec.interactions, rec.legend_rows = list(prev.interactions), list(prev.legend_rows)
        if _open(rec, "point_type", merges_recorded) and not rec.point_type_raw and prev.point_type_raw:
            rec.point_type_raw, rec.point_type_code = prev.point_type_raw, prev.point_type_code
