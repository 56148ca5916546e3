"""A channel named before a need's action: «через госуслуги подать на пособие», «по видеосвязи
проконсультироваться с юристом», «в телегу написать».  The prepositional group says how the client
acts, never what he wants: the need is read from the verb after it (need_grammar._lead_action).

The group is a channel only where the channel reader names one with confidence (a code other than
`other`, scored for no review): «в школу записаться» names a target, not a channel, and is left to
the grammar as before.  The group is short (a preposition and at most `_MAX_GROUP` words) and the
word right after it is a verb or an infinitive of the vocabulary's actions.
"""
from __future__ import annotations

from .matcher import REVIEW
from .need_objects import action_of
from .phrase import Word

_MAX_GROUP = 4      # «через личный кабинет на портале» — a channel's name is short
_GROUP_POS = frozenset({"NOUN", "ADJF", "PRTF", "PREP", "LATN", "NUMB", None})


def channel_lead(ws: tuple[Word, ...], g) -> tuple[int, str, float] | None:
    """(index after the action, action class, cap) of a clause opening with a channel's
    prepositional group before its action's verb, or None.  `g`: the need grammar."""
    if len(ws) < 3 or ws[0].pos != "PREP":
        return None
    for k in range(2, min(len(ws), _MAX_GROUP + 2)):
        w = ws[k]
        if w.pos in ("INFN", "VERB") and (a := action_of(w, g)):
            return (k + 1, a, 1.0) if _names_channel(" ".join(x.text for x in ws[:k])) else None
        if w.is_punct or w.pos not in _GROUP_POS:
            return None
    return None


def _names_channel(group: str) -> bool:
    return _named(group) is not None


def names_digital_channel(group: str) -> bool:
    """Do the words name, sure, a digital channel (a system, a cabinet, a site: `point_type` digital)?"""
    from .matcher import taxonomy
    m = _named(group)
    return m is not None and taxonomy("channel").attr(m.code, "point_type") == "digital"


def _named(group: str):
    from . import match_channel      # the package's reader: imported late, it imports the need reader's modules
    m = match_channel(group)
    return m if m.code != "other" and m.score >= REVIEW else None
