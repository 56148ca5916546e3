"""Cells merged down over several touchpoints of one process: the needs a process's channels
share, or the kind of a run of points of one kind, written once for all of them.

Word covers the cells under the merged one (`w:vMerge`); converted text prints the value once
and leaves the cells under it empty; a transposed list merges across (`w:gridSpan`), which is
the same once turned (`tables/transposed.py`).  Either way a point with its own channel but no
needs (or no kind) of its own, right under a point of the same process and direction, is
covered by that point's cell: it takes its needs (its kind).  Every point of a list states
its needs, so an empty needs cell there says «as above», not «none»; a list that states no
kind has no kind above to take.  Never across processes: the next process's cell is its own.

    share_merged(records)      in place, in document order
"""
from __future__ import annotations


def _same_run(prev, rec) -> bool:
    return (prev.process.name.strip() == rec.process.name.strip() and prev.direction_raw == rec.direction_raw
            and prev.section == rec.section and prev.block == rec.block)


def share_merged(records: list) -> None:
    """Each record with no needs (kind) takes those of the record above it in the same process."""
    for prev, rec in zip(records, records[1:]):
        if not _same_run(prev, rec):
            continue
        if not rec.interactions and prev.interactions:
            rec.interactions, rec.legend_rows = list(prev.interactions), list(prev.legend_rows)
        if not rec.point_type_raw and prev.point_type_raw:
            rec.point_type_raw, rec.point_type_code = prev.point_type_raw, prev.point_type_code
