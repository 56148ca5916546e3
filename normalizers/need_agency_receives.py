"""The agency named as the one who receives — in the instrumental right after the noun of receiving,
«получение министерством выписки из ЕГРЮЛ» — does its own deed: the client receives nothing (the dataset's
`other`, an action of `agency`), unless what it receives is the client's own paper (`agency_doer`'s
`passed_on`: «получение министерством заявления», «органом опеки заявления» is the client's filing).
Only the actions of `received.actions` (receiving): «запрос ведомством сведений» is read as a paper named,
the noun «запрос» no action of the grammar's.
The mirror of need_objects.by_agency, where the agency hands over and the client receives (session 19)."""
from __future__ import annotations

from textcore.vocab import vocabulary
from .matcher import DATA
from .need_objects import object_at
from .phrase import Word


@vocabulary(DATA / "need_grammar.yaml", required=("agency_doer",))
def _spec(data: dict) -> tuple[frozenset[str], frozenset[str], frozenset[str], str, str]:
    spec = data["agency_doer"]
    received = spec.get("received") or {}
    return (frozenset(spec.get("words", ())), frozenset(spec.get("passed_on", ())),
            frozenset(received.get("actions", ())), received.get("as", "agency"), received.get("own", "submit"))


def received_by_agency(ws: tuple[Word, ...], start: int, action: str, g) -> str:
    """The action class of the clause whose action ends at `start`: `as` (the agency's own deed) where a
    word of `agency_doer.words` in the instrumental follows a noun of an action of `received.actions`;
    `own` where what it receives is a paper of `passed_on` (past the agency's own genitive name); else the
    action unchanged."""
    words_, papers, actions, own_deed, filed = _spec()
    if action not in actions or not 0 < start < len(ws) or ws[start - 1].pos != "NOUN":
        return action
    if not (ws[start].lemma in words_ and "ablt" in ws[start].cases):
        return action
    hit = _received(ws, start + 1, g)
    return filed if hit and hit[0] in papers else own_deed


_NAME_WORDS = 3     # how far the agency's own name may run on in the genitive («органом социальной защиты»)


def _received(ws: tuple[Word, ...], k: int, g):
    """The thing received: the first one the vocabulary names at k or past the genitive words that name
    the agency further («органом опеки заявления», «отделом кадров документов»); None where none is."""
    for p in range(k, min(k + _NAME_WORDS + 1, len(ws))):
        hit = object_at(ws, p, g)
        if hit or ws[p].pos not in ("NOUN", "ADJF") or "gent" not in ws[p].cases:
            return hit
    return None
