"""Who comes where, in a channel phrase that names a coming (data/channel_heads.yaml `visit`).

A head of coming (`visit: true`: «лично», «прийти», «приходить») says nothing of who comes;
the words of its clause do.  A worker who comes to the client's home or from a body visits
(«соцработник приходит домой», «приходили из соцзащиты»: in person); a client who comes to a
place of the body is received there («прийти в министерство», «лично, в отделе опеки»: a
reception).  A worker who comes to the client's own place or to the client («инспектор приезжает на
ферму», «выезжает к арендатору», «посещение объекта», «навещает семью») visits: in person.  A place named as a definite channel still decides over the coming (the heads
reader reads it first: «прийти в МФЦ», «лично в бухгалтерию»); a time after «в» is no place
(«лично в рабочее время»).
"""
from __future__ import annotations

from .phrase import Word

# words that may stand between a preposition and its noun
_BETWEEN = ("ADJF", "PRTF", "NUMR", "ADJS")


def who_comes(ws: list[Word], visit: dict) -> str | None:
    """The code the clause's words give a coming (`visit` of the data: `home`, `from`, `to`
    words and the code of each, `not_places`), or None where they say nothing of it."""
    codes = visit["codes"]
    if any(w.lemmas & visit["home"] for w in ws):
        return codes["home"]
    # the client's own place or the client, gone to («приезжает на ферму», «к арендатору») or visited
    # («посещение объекта», «навещает семью»): the worker comes to the client
    theirs = visit.get("premises", frozenset()) | visit.get("clients", frozenset())
    for k, w in enumerate(ws[:-1]):
        at = _place_after(ws, k, visit["not_places"]) if w.text in visit["to"] else \
            (k + 1 if w.lemmas & visit.get("visiting", frozenset()) else None)
        if at is not None and ws[at].lemmas & theirs:
            return codes["home"]
    for side in ("from", "to"):
        if any(w.text in visit[side] and _place_after(ws, k, visit["not_places"]) is not None for k, w in enumerate(ws)):
            return codes[side]
    return None


def _place_after(ws: list[Word], k: int, not_places: frozenset[str]) -> int | None:
    """The index of the noun naming a place or a body after the preposition at k (past its adjectives),
    None where none or a time or a manner follows («в рабочее время», «в устной форме»)."""
    j = k + 1
    while j < len(ws) and ws[j].pos in _BETWEEN:
        j += 1
    return j if j < len(ws) and ws[j].pos == "NOUN" and not ws[j].lemmas & not_places else None
