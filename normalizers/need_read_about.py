"""What is read ABOUT is a topic, not the thing itself (session 21; docs/ARCHITECTURE.md).

A deed of reading (`read` in data/need_grammar.yaml: «прочитать», «ознакомиться») whose object
stands after a preposition of topic (`topic_prepositions`: «о», «об», «про») names what the text
read is about — «прочитать о мерах поддержки», «почитать про льготы многодетным» — and the client
gets news of it (information), never the benefit itself: its object is read as the class `as`
(`read_about` in the data) for the object classes listed there.  A benefit or an answer read
directly («ознакомиться с ответом», «…с мерами поддержки») stays the table's guess.
"""
from __future__ import annotations

from textcore.vocab import vocabulary

from .matcher import DATA
from .phrase import Word


@vocabulary(DATA / "need_grammar.yaml", required=("actions",))
def _spec(data: dict) -> tuple[frozenset[str], frozenset[str], frozenset[str], str | None]:
    spec = data.get("read_about") or {}
    return (frozenset(spec.get("actions", ())), frozenset(spec.get("objects", ())),
            frozenset(data.get("topic_prepositions", ())), spec.get("as"))


def topic_class(ws: tuple[Word, ...], action: str, cls: str, s: int) -> str:
    """The class of the object of class `cls` starting at s of the clause: `as` where the action
    reads (`actions`) and the object, a class of `objects`, follows a preposition of topic — its
    adjectives between («о новых мерах»); else `cls`."""
    actions, objects, preps, as_ = _spec()
    if as_ is None or action not in actions or cls not in objects:
        return cls
    j = s - 1
    while j >= max(0, s - 4) and ws[j].pos in ("ADJF", "PRTF", "NUMR"):   # a few: no hostile scan
        j -= 1
    return as_ if j >= 0 and ws[j].text.lower() in preps else cls
