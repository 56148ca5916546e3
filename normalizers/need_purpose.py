"""Two clause rules of a needs cell's split (normalizers/needs.split_needs): a bare verb of a
list shares the object named at its end, and a phrase that only says what the next one is
for ("Для получения пособия" + "подать заявление") is not a need of its own."""
from __future__ import annotations

import re

from textcore.vocab import vocabulary

from .matcher import DATA
from .need_grammar import _clauses, _lead_action, grammar, read_needs
from .phrase import words


def bare_verb(part: str) -> bool:
    """Is the part one verb of the vocabulary's actions, in the infinitive or imperative, and
    nothing else — a verb of a list that shares the object named at its end?"""
    if len(part.split()) != 1:
        return False                     # cheap first: most pieces are longer
    ws = words(part)
    return len(ws) == 1 and ws[0].pos in ("INFN", "VERB") and _lead_action(ws, grammar())[1] != "none"


def purposes(phrases: tuple[str, ...]) -> tuple[str, ...]:
    """The phrases less those that only say what the next one is for: a purpose word and an
    action, one clause ("Для получения пособия" + "подать заявление"), a need read after it;
    one naming a need of its own after it ("Для получения субсидии: подать заявку") stays."""
    g = grammar()
    lead = _purpose_lead()
    out = []
    for i, phrase in enumerate(phrases):
        m = lead.match(phrase)
        ws = words(phrase[m.end():]) if m and ":" not in phrase else ()
        if ws and len(_clauses(ws, g)) == 1 and _lead_action(ws, g)[1] != "none" and i + 1 < len(phrases) \
                and read_needs(phrases[i + 1]):
            continue
        out.append(phrase)
    return tuple(out)


@vocabulary(DATA / "need_grammar.yaml", required=("actions",))
def _purpose_lead(data: dict) -> re.Pattern:
    alts = "|".join(re.escape(str(w)).replace(r"\ ", r"\s+") for w in data.get("purpose_words") or ())
    return re.compile(rf"\s*(?:{alts})\s+", re.IGNORECASE) if alts else re.compile(r"(?!)")
