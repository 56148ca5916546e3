"""Who comes where, in a channel phrase that names a coming (data/channel_heads.yaml `visit`).

A head of coming (`visit: true`: «лично», «прийти», «приходить») says nothing of who comes;
the words of its clause do.  A worker who comes to the client's home or from a body visits
(«соцработник приходит домой», «приходили из соцзащиты»: in person); a client who comes to a
place of the body is received there («прийти в министерство», «лично, в отделе опеки»: a
reception).  A worker who comes to the client's own place or to the client («инспектор приезжает на
ферму», «выезжает к арендатору», «посещение объекта», «навещает семью») visits: in person — unless the
client is named as the one who comes («получатель приходит на склад», «посещение заявителем отдела»):
the place is then the body's.  A thing that comes («ответ приходит из министерства») is no one's coming: the
head's own weak reading stands.  A place named as a definite channel still decides over the coming (the heads
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
    if _thing_comes(ws, visit.get("things", frozenset()), visit.get("bringing", frozenset())):
        return None         # «ответ приходит из министерства», «данные приходят из ЕГРН»: no one comes
    if any(w.lemmas & visit["home"] for w in ws):
        return codes["home"]
    # the client's own place or the client, gone to («приезжает на ферму», «к арендатору») or visited
    # («посещение объекта», «навещает семью»): the worker comes to the client
    # (not past a client named as the one who comes or visits: «фермер приезжает на склад», «посещение
    # заявителем отдела» — the body's place, a reception)
    theirs = visit.get("premises", frozenset()) | visit.get("clients", frozenset())
    doer = _client_doer(ws, visit.get("clients", frozenset()))
    for k, w in enumerate(ws[:doer - 1]):
        at = _place_after(ws, k, visit["not_places"]) if w.text in visit["to"] else \
            (k + 1 if w.lemmas & visit.get("visiting", frozenset()) else None)
        if at is not None and at < doer and ws[at].lemmas & theirs:
            return codes["home"]
    for side in ("from", "to"):
        if any(w.text in visit[side] and _place_after(ws, k, visit["not_places"]) is not None for k, w in enumerate(ws)):
            return codes[side]
    return None


def _thing_comes(ws: list[Word], things: frozenset[str], bringing: frozenset[str]) -> bool:
    """Is a thing sent — an answer, data, a notice — named in the nominative, no preposition before it and no
    verb of bringing (its object, «приносит документы», a form the nominative shares): the one that comes?"""
    brought = next((k for k, w in enumerate(ws) if w.lemmas & bringing), len(ws))
    return any(w.lemmas & things and "nomn" in w.cases and (k == 0 or ws[k - 1].pos != "PREP")
               for k, w in enumerate(ws[:brought]))


def _place_after(ws: list[Word], k: int, not_places: frozenset[str]) -> int | None:
    """The index of the noun naming a place or a body after the preposition at k (past its adjectives),
    None where none or a time or a manner follows («в рабочее время», «в устной форме»)."""
    j = k + 1
    while j < len(ws) and ws[j].pos in _BETWEEN:
        j += 1
    return j if j < len(ws) and ws[j].pos == "NOUN" and not ws[j].lemmas & not_places else None


def _client_doer(ws: list[Word], clients: frozenset[str]) -> int:
    """Where a client is named as the one who comes (len(ws) where none): a client's word in the nominative
    («заявитель приезжает»; a form that may be another case, «семьи», none), or in the instrumental with no
    preposition, the doer of a visit («посещение заявителем отдела»)."""
    return next((k for k, w in enumerate(ws) if w.lemmas & clients and (
        "nomn" in w.cases and not w.cases & {"gent", "datv"} or "ablt" in w.cases and (k == 0 or ws[k - 1].pos != "PREP"))),
        len(ws))
