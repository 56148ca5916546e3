"""Needs an order states as what the agency ensures (`ensuring` in data/need_grammar.yaml):
«Обеспечение возможности получения заявителем сведений о ходе …», «Обеспечение ознакомления
с перечнем документов», «Обеспечение доступа заявителей к формам заявлений».  The agency's verb of
ensuring says nothing of the need; the act it ensures, the noun of action in the genitive
after it (past a possibility, conditions, the client, adjectives), is the client's.  Access
ensured to a thing is that thing received.  Used by need_grammar._inner_action.
"""
from __future__ import annotations

from dataclasses import dataclass

from textcore.vocab import vocabulary

from .matcher import DATA
from .need_channel_lead import names_digital_channel
from .need_objects import action_of, object_at
from .phrase import Word

# words between the verb of ensuring and the act ensured: "возможности беспрепятственного получения"
_MAX_BETWEEN = 4
# the words of the thing access is given to, read for a channel named (a system, a cabinet)
_MAX_GROUP = 4


@dataclass(frozen=True)
class Ensuring:
    words: frozenset[str]         # the agency's verbs and nouns of ensuring
    between: frozenset[str]       # words of no need skipped before the act (data may name some)
    access: frozenset[str]        # access ensured …
    access_to: frozenset[str]     # … to a thing ("к")
    access_as: str                # the action the thing is read with (received)
    inspectors: frozenset[str]    # … given to one who inspects ("доступ проверяющего к …")
    inspected_as: str             # the action the thing is then read with (inspected)
    things: frozenset[str]        # things read as themselves whoever is given access (info, forms)


@vocabulary(DATA / "need_grammar.yaml", required=("actions",))
def ensuring(data: dict) -> Ensuring:
    """The `ensuring` section of the needs grammar's data."""
    spec = data.get("ensuring") or {}
    access = spec.get("access") or {}
    return Ensuring(frozenset(spec.get("words", ())), frozenset(spec.get("between", ())),
                    frozenset(access.get("words", ())), frozenset(access.get("to", ())), str(access.get("as", "receive")),
                    frozenset(access.get("inspectors", ())), str(access.get("inspected_as", "inspect")),
                    frozenset(access.get("things", ())))


def _skipped(w: Word, g) -> bool:
    """A word standing between the verb of ensuring and what it ensures: a possibility or the
    client (`modals`), a word the data names, an adjective ("беспрепятственного")."""
    return w.lemma in g.modals or w.lemma in ensuring().between or w.pos in ("ADJF", "PRTF")


def ensured_act(ws: tuple[Word, ...], i: int, g) -> tuple[int, str, float] | None:
    """(index after, action class, cap) of the act the word of ensuring at i ensures, as
    need_grammar._inner_action returns it; None when ws[i] ensures nothing this way (the
    phrase is read as before: "обеспечение бланками" provides blanks)."""
    e = ensuring()
    if ws[i].lemma not in e.words:
        return None
    j = i + 1
    while j < len(ws) and j - i <= _MAX_BETWEEN and _skipped(ws[j], g):
        j += 1
    if j >= len(ws):
        return None
    if ws[j].lemma in e.access:
        return _access_to(ws, j, g, e)
    act = action_of(ws[j], g)
    # the act is a noun of action in the genitive, the agency's own work ("организации") excluded;
    # after a short passive participle it is the subject, in the nominative ("не обеспечено информирование")
    case = "nomn" if ws[i].pos == "PRTS" else "gent"
    if act is None or act == "agency" or ws[j].pos != "NOUN" or case not in ws[j].cases:
        return None
    return j + 1, act, 1.0


def _access_to(ws: tuple[Word, ...], j: int, g, e: Ensuring) -> tuple[int, str, float] | None:
    """Access at j ensured TO a thing ("доступа (заявителей) к формам"): the thing received — or
    inspected, when the one given access inspects ("доступа проверяющего к приборам", "доступа
    комиссии к месту", "должностных лиц к объектам"): an official let in to look at it."""
    k, inspector = j + 1, False
    while k < len(ws) and k - j <= _MAX_BETWEEN:
        if ws[k].lemma in e.inspectors:
            inspector = True
        # (the inspector's noun after its adjective: "должностных ЛИЦ")
        elif not (_skipped(ws[k], g) or inspector and ws[k].pos == "NOUN" and "gent" in ws[k].cases):
            break
        k += 1
    if k + 1 >= len(ws) or ws[k].text not in e.access_to:
        return None
    return k + 1, e.inspected_as if inspector and not _a_thing_read(ws, k + 1, g, e) else e.access_as, 1.0


def _a_thing_read(ws: tuple[Word, ...], s: int, g, e: Ensuring) -> bool:
    """Is the thing at s, past a few qualifiers, one that is read or received whoever gets access to it
    (`things`: "доступ экспертов к информации о проекте", "комиссии к бланкам"), or a digital channel one works in
    ("должностных лиц к системе документооборота", "к личному кабинету"), no object looked at?"""
    group = ws[s:s + _MAX_GROUP]                   # a few words: no hostile scan
    group = group[:next((n for n, w in enumerate(group) if w.is_punct), len(group))]
    end = min(len(ws) - 1, s + 3)
    while s < end and ws[s].pos in ("ADJF", "PRTF", "NUMR"):
        s += 1
    found = object_at(ws, s, g)
    return bool(found) and found[0] in e.things or bool(group) and names_digital_channel(" ".join(w.text for w in group))
