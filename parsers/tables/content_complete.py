"""Fields a header claimed for some columns leaves out, found by what its other columns hold.

A header read for part of its columns («№» unread as «п.», a term's heading cut to «Сро. исп.») does not
drop the columns it names no field for: each is read by its content with the content reader's facts
(`content_roles.column_facts`), and given a field only where its reader reads it surely."""
from __future__ import annotations

from .content_roles import _NUMBER_SHARE, _SAMPLE, _TYPE_SHARE, _best, column_facts, judged_rows

_COMPLETING = {"touchpoint_list": (("group_no", "number", _NUMBER_SHARE, 1.5), ("point_type", "point_type", _TYPE_SHARE, 3)),
               "roadmap": (("item_no", "number", _NUMBER_SHARE, 1.5), ("deadline", "term", 0.8, 8))}


def completed_columns(kind: str, rows: list[list[str]], columns: dict[str, int],
                      unnamed: set[int]) -> dict[str, int]:
    """The fields a header claimed for some columns leaves out, found by what the columns it maps to
    no field hold (`unnamed`): «п.» over row numbers, an abbreviation over deadlines — a column a
    header does not name is read by its content, not dropped.  Only a field its column's reader
    reads surely, and never a column a field already holds."""
    wanted = [w for w in _COMPLETING.get(kind, ()) if w[0] not in columns]
    free = {k for k in unnamed if k not in columns.values()}
    if not wanted or not free:
        return {}
    facts = column_facts(judged_rows(rows)[:_SAMPLE * 4])
    out: dict[str, int] = {}
    for field, role, least, words in wanted:
        col = _best(facts, free, role, least, max_words=words)
        while field == "deadline" and col is not None and _best(facts, free & {col + 1}, role, least, words) is not None:
            col += 1    # a start | end pair of period columns («Старт | Финиш»): the item is due at its end
        if col is not None and facts[col].filled >= 2:
            out[field] = col
            free.discard(col)
    return out
