"""Fields a header claimed for some columns leaves out, found by what its other columns hold.

A header read for part of its columns («№» unread as «п.», a term's heading cut to «Сро. исп.») does not
drop the columns it names no field for: each is read by its content with the content reader's facts
(`content_roles.column_facts`), and given a field only where its reader reads it surely.

Of two term columns side by side, the second is the term only where it closes the first's periods
(`closes_periods`): «Старт | Финиш» is a period, «Контрольная точка | Дата утверждения» a term beside
the date of an act done before it."""
from __future__ import annotations

from textcore.dates import periods
from textcore.lemmas import lemmas

from .columns import field_scores, named_phrases
from .content_roles import _NUMBER_SHARE, _SAMPLE, _TYPE_SHARE, _best, column_facts, judged_rows

_COMPLETING = {"touchpoint_list": (("group_no", "number", _NUMBER_SHARE, 1.5), ("point_type", "point_type", _TYPE_SHARE, 3),
                                   ("interaction", "needs", 0.6, 1e9)),
               "roadmap": (("item_no", "number", _NUMBER_SHARE, 1.5), ("deadline", "term", 0.8, 8))}
# columns a header gives to a kind of its own that no field of the contract holds, on one word of several
# («Что нужно заявителю»: «заявитель» is the client category's): read by their content as the unnamed ones
_DROPPED = {"touchpoint_list": ("client_category",)}
_WEAK = 0.5


def weakly_dropped(kind: str, columns: dict[str, int], texts: list[str]) -> set[int]:
    """The columns of `_DROPPED` fields whose heading names that field by a share of its words under `_WEAK`, and
    not by its head noun, the heading's first word: «Категория заявителей, обращающихся за услугой» is the
    category however long its qualifier (its cells, «Граждане, нуждающиеся в консультации», may read as needs)."""
    return {c for f, c in columns.items() if f in _DROPPED.get(kind, ()) and c < len(texts)
            and field_scores(kind, texts[c]).get(f, 0.0) < _WEAK and not _headed_by(kind, f, texts[c])}


def _headed_by(kind: str, field: str, text: str) -> bool:
    words = [w for w in lemmas(text) if w.isalpha()]
    return bool(words) and any(words[0] in p for p in named_phrases(kind, field, text))


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
    rows = judged_rows(rows)[:_SAMPLE * 4]      # (the pair of term columns judged on the same rows)
    facts = column_facts(rows)
    out: dict[str, int] = {}
    for field, role, least, words in wanted:
        col = _best(facts, free, role, least, max_words=words)
        while field == "deadline" and col is not None and _best(facts, free & {col + 1}, role, least, words) is not None \
                and closes_periods(rows, col, col + 1):
            col += 1    # a start | end pair of period columns («Старт | Финиш»): the item is due at its end
        if col is not None and facts[col].filled >= 2:
            out[field] = col
            free.discard(col)
    return out


def closes_periods(rows: list[list[str]], start: int, end: int) -> bool:
    """Whether column `end` closes the periods column `start` opens: in each row where both name a
    date or period, its own ends no earlier than the other's begins, in one row at least.  A date
    beside a term that falls before it (an approval, an entry in a register) is no period's end."""
    both = 0
    for r in rows:
        a = periods(r[start]) if start < len(r) else []
        b = periods(r[end]) if end < len(r) else []
        if a and b:
            if b[-1].last < a[0].first:
                return False
            both += 1
    return both > 0
