"""Facts of one phrase's word list found once, for readers that ask them per head: a run of n heads each
walking the phrase's rest for the next stop or the next means was quadratic (`channel_heads._by_means`,
`channel_head_words.act_of_channel`).  Kept for the last few lists by identity — the entry holds its list, so
its id is never another's; a list `phrase.words` made is never changed after."""
from __future__ import annotations

from typing import Callable, TypeVar

T = TypeVar("T")
_KEPT = 16                     # a phrase, its clauses and the slices read within it
_memo: dict[tuple[int, str], tuple[list, object]] = {}


def of_phrase(ws: list, name: str, build: Callable[[list], T]) -> T:
    """`build(ws)`, computed once while `ws` is among the last lists asked about under `name`."""
    key = (id(ws), name)
    hit = _memo.get(key)
    if hit is not None and hit[0] is ws:
        return hit[1]
    value = build(ws)
    while len(_memo) >= _KEPT:
        _memo.pop(next(iter(_memo)), None)
    _memo[key] = (ws, value)
    return value
