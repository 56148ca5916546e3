"""Facts of one phrase's word list found once, for readers that ask them per head: a run of n heads each
walking the phrase's rest for the next stop or the next means was quadratic (`channel_heads._by_means`,
`channel_head_words.act_of_channel`).  Kept for the last few lists by identity — the entry holds its list, so
its id is never another's; a list `phrase.words` made is never changed after.  A fact built with another
object (a vocabulary, `by`) is kept under that object too, held the same way: a freed vocabulary's id taken by
another one must not hand the new one the old one's facts."""
from __future__ import annotations

import threading
from typing import Callable, TypeVar

T = TypeVar("T")
_KEPT = 16                     # a phrase, its clauses and the slices read within it
_memo: dict[tuple[int, str, int], tuple[list, object, object]] = {}
_lock = threading.Lock()        # a document's reading thread (pipeline/run/dask_executor.py) beside another's:
                                # the oldest entry sought while another thread adds one raised RuntimeError


def of_phrase(ws: list, name: str, build: Callable[[list], T], by: object = None) -> T:
    """`build(ws)`, computed once while `ws` is among the last lists asked about under `name` (and `by`, the
    object `build` reads besides the list)."""
    key = (id(ws), name, id(by))
    hit = _memo.get(key)
    if hit is not None and hit[0] is ws and hit[1] is by:
        return hit[2]
    value = build(ws)
    with _lock:
        while len(_memo) >= _KEPT:
            _memo.pop(next(iter(_memo)), None)
        _memo[key] = (ws, by, value)
    return value
