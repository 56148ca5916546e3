"""The class an object is read as, by the word that governs it (session 21; docs/ARCHITECTURE.md).

* What is read or learnt ABOUT is a topic, not the thing itself: a deed of reading or finding out
  whose object stands after a preposition of topic (`topic_prepositions`: «о», «об», «про») names
  what the text is about — «прочитать о мерах поддержки», «узнать о формах обучения» — and the client
  gets news of it: the object is read as the class `as` for the pairs of action and object class
  listed (`read_about.pairs`).  A benefit or an answer read directly («ознакомиться с ответом», «…с
  мерами поддержки») stays the table's guess; a blank found, «найти форму заявления», the blank — but
  only by the verbs of an action listed as taking the thing itself (`read_about.direct`: finding,
  looking); the action's other verbs find out about it, «узнать формы поддержки»: a topic still.
* Access TO a thing is the thing (`ensuring.access` in data/need_grammar.yaml: «доступ», «к»): access
  to blanks or to information, «доступ к образцам документов», is read as them
  (`ensuring.access.things`), as need_officialese reads access an order ensures.  Access to a system
  or a site (a cabinet, a facility) stays access.
"""
from __future__ import annotations

from typing import Callable

from textcore.vocab import vocabulary

from .matcher import DATA
from .phrase import Word

_QUALIFIERS = ("ADJF", "PRTF", "NUMR")


@vocabulary(DATA / "need_grammar.yaml", required=("actions",))
def _spec(data: dict) -> tuple[frozenset[tuple[str, str]], frozenset[str], str | None,
                               frozenset[str], frozenset[str], frozenset[str], dict[str, frozenset[str]]]:
    spec = data.get("read_about") or {}
    access = (data.get("ensuring") or {}).get("access") or {}
    return (frozenset((a, o) for a, os in (spec.get("pairs") or {}).items() for o in os),
            frozenset(data.get("topic_prepositions", ())), spec.get("as"),
            frozenset(access.get("words", ())), frozenset(access.get("to", ())), frozenset(access.get("things", ())),
            {a: frozenset(vs) for a, vs in (spec.get("direct") or {}).items()})


def object_class(ws: tuple[Word, ...], action: str, cls: str, s: int, e: int,
                 object_at: Callable[[tuple[Word, ...], int], tuple[str, int] | None], verb: str = "") -> str:
    """The class the object of class `cls` at ws[s:e] is read as: `read_about.as` for an object
    read about (a preposition of topic before it, its qualifiers between, «о новых мерах») or one
    an action's verb (lemma `verb`) not listed in `read_about.direct` for it takes; the class of the
    thing access is TO, right after it («доступ к образцам»), where that is one of `things`; else `cls`."""
    pairs, preps, as_, access, to, things, direct = _spec()
    if (action, cls) in pairs and as_ is not None:
        if action in direct and verb not in direct[action]:
            return as_                                              # «узнать формы поддержки»: a topic
        j = s - 1
        while j >= max(0, s - 4) and ws[j].pos in _QUALIFIERS:     # a few: no hostile scan
            j -= 1
        return as_ if j >= 0 and ws[j].text.lower() in preps else cls
    if things and ws[s].lemma in access and e < len(ws) and ws[e].text.lower() in to:
        k = e + 1
        while k < min(len(ws), e + 4) and ws[k].pos in _QUALIFIERS:
            k += 1
        found = object_at(ws, k) if k < len(ws) else None
        return found[0] if found and found[0] in things else cls
    return cls
