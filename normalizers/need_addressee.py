"""The client named in the dative after a verb of telling: he is told (session 21; docs/ARCHITECTURE.md).

«Уведомить заявителя» names the client told in the accusative (need_objects.told_client); «сообщить
заявителю, что …», «написать гражданину о …» name him in the dative, the addressee.  Either way the
agency tells the client — not the client telling the agency — and the clause reads as the class of being
told (`telling_the_client`'s `as`).  The verbs are `unnamed_doer.telling`, the clients `telling_the_client`'s
`whom` (data/need_grammar.yaml); a pronoun («ему», «мне») names nobody the vocabulary knows: left as it is.
"""
from __future__ import annotations

from typing import NamedTuple

from textcore.vocab import vocabulary

from .matcher import DATA
from .phrase import Word


class Telling(NamedTuple):
    """The grammar's words of telling the client, read once for this module and `need_unnamed_doer`."""
    telling: frozenset[str]       # verbs of telling (`unnamed_doer.telling`)
    whom: frozenset[str]          # client words told in the dative (`telling_the_client.whom`)
    as_: str | None               # the action they make of it (`telling_the_client.as`)
    pronouns: frozenset[str]      # the client as a pronoun beside an unnamed doer (`unnamed_doer.whom`)


@vocabulary(DATA / "need_grammar.yaml", required=("actions",))
def telling_spec(data: dict) -> Telling:
    told, unnamed = data.get("telling_the_client") or {}, data.get("unnamed_doer") or {}
    return Telling(frozenset(unnamed.get("telling", ())), frozenset(told.get("whom", ())), told.get("as"),
                   frozenset(unnamed.get("whom", ())))


def told_in_dative(ws: tuple[Word, ...], start: int, action: str) -> str:
    """`as` where the action word ending at `start` is a verb of telling (infinitive or finite) and the
    word right after it a client in the dative («сообщить заявителю»); else `action`."""
    telling, whom, as_, _ = telling_spec()
    if not start or start >= len(ws) or as_ is None:
        return action
    verb, w = ws[start - 1], ws[start]
    told = verb.lemma in telling and verb.pos in ("INFN", "VERB") and w.lemma in whom and "datv" in w.cases
    return as_ if told else action
