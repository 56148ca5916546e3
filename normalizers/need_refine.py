"""A `refine` rule's sequences of marks (data/need_grammar.yaml) looked for in a row among a clause's
modifiers (need_objects.modifier_words and the context's marks): the marks' places indexed once a clause, each
sequence answered once (perf17).  Asked for each object with every rule, a cell of n coordinated objects,
«формы заявления в отдел и выписки, …», rescanned its n modifiers per object and rule: quadratic."""
from __future__ import annotations

from typing import Callable


def marks_in_row(mods: list[frozenset[str]]) -> Callable[[tuple[str, ...]], bool]:
    """The test for one clause: does a sequence of marks stand in a row among `mods` (one set of marks a
    modifier)?  An empty sequence does anywhere, as a scan of every position says."""
    at: dict[str, list[int]] = {}
    for i, m in enumerate(mods):
        for s in m:
            at.setdefault(s, []).append(i)
    known: dict[tuple[str, ...], bool] = {}

    def has(seq: tuple[str, ...]) -> bool:
        if seq not in known:
            known[seq] = not seq or any(i + len(seq) <= len(mods) and all(s in mods[i + k] for k, s in enumerate(seq[1:], 1))
                                        for i in at.get(seq[0], ()))
        return known[seq]
    return has
