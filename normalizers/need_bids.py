"""A verb of looking that is the agency's deed, not the client's: a bid to the agency to come and look at
the client's thing ("проверьте моё стадо", "приезжайте посмотреть крышу", "пусть приедут посмотреть",
"инспектор хочет посмотреть теплицу") — the client shows his thing (`@bid`, read by need_grammar's
`refine` rules).  Kept apart from need_context.py, which holds the other marks, for its size."""
from __future__ import annotations

from textcore.lemmas import morph

from .phrase import Word

BID = "@bid"


def bid_to_look(ws: tuple[Word, ...], start: int, inspecting: frozenset[str]) -> list[frozenset[str]]:
    """[{"@bid"}] when the verb of looking that leads the clause (ending at `start`) is the
    agency's deed, not the client's: addressed to it ("проверьте моё стадо"), after a bid to come
    ("приезжайте посмотреть крышу") or with an inspector as its subject ("инспектор хочет
    посмотреть теплицу") — the client shows his thing."""
    if not start:
        return []
    tags = [morph().parse(w.text)[0].tag for w in ws[:start]]
    bid = any("impr" in t for t in tags) or any(_bids(ws, k, start - 1, inspecting) for k in range(start - 1))
    return [frozenset({BID})] if bid else []


def _bids(ws: tuple[Word, ...], k: int, verb: int, inspecting: frozenset[str]) -> bool:
    """Does the word at k make the verb of looking at `verb` the agency's?  An inspector does; a
    particle of a bid in the third person («пусть», `inspectors` in the data) only with no other
    subject before the verb: «пусть приедут посмотреть» bids the agency, «пусть родители проверят
    дневник» bids the parents."""
    if ws[k].lemma not in inspecting:
        return False
    return ws[k].pos != "PRCL" or not any(w.pos == "NOUN" and "nomn" in w.cases and w.lemma not in inspecting
                                          for w in ws[k + 1:verb])
