"""When a need reading that the grammar made with confidence is still likely wrong
(issue 17: among codes scored >= 0.85, at least 0.98 right; the rest go to review).

Measured on the tune halves (benchmarks/eval_codes.py --curve), and on a pool the
grammar had never been tuned on, two kinds of reading were wrong far more often than
the others:

* `unread` — the action alone decided (its table's default: no known object), while its
  direct complement (the words after it, up to a preposition or a comma) holds content
  words the vocabulary does not know at all ("предложите маршрут экскурсии", "оценить
  уровень шума"): those words may be what the need is about.  A topic after a preposition
  ("консультирование по порядку начисления платы") is only the need's subject.
* `coordinated` — one phrase of several clauses coded differently ("сообщить о …
  и предложить изменения"): the later clause often only explains the first, or takes
  its meaning from it, and the set of codes is then wrong as a whole.

Thresholds are data (`doubt` in data/need_grammar.yaml); 0 turns a test off.
"""
from __future__ import annotations

from typing import Iterable

from .phrase import Word

UNREAD_WORDS = 0.83   # the action alone decided, and the clause has words nobody read
COORDINATED = 0.84    # clauses of one phrase with different codes

_CONTENT = ("NOUN", "VERB", "INFN")


def known_words(data: dict) -> frozenset[str]:
    """Every lemma the need vocabulary names in any role (action, object, modal,
    question word, modifier, a case's stage, a manner preposition)."""
    out: set[str] = set()
    for key in ("actions", "objects", "modifier_lists", "case_stage", "manner"):
        for ws in (data.get(key) or {}).values():
            out.update(w for entry in ws for w in str(entry).split("@")[0].split())
    for key in ("modals", "question_words"):
        out.update(str(w) for w in data.get(key) or ())
    for rule in data.get("refine") or ():
        if isinstance(rule.get("modifier"), list):
            out.update(w for entry in rule["modifier"] for w in str(entry).split("@")[0].split())
    return frozenset(out)


def unread_words(ws: tuple[Word, ...], start: int, used: Iterable[int], known: frozenset[str]) -> int:
    """Content words of the action's direct complement (after it, up to a preposition or
    a comma) that are neither its object nor any word of the vocabulary."""
    skip = set(used)
    end = next((p for p in range(start, len(ws)) if ws[p].pos == "PREP" or ws[p].is_punct), len(ws))
    return sum(1 for p in range(start, end) if p not in skip and ws[p].pos in _CONTENT
               and not ws[p].lemmas & known and not (ws[p].parts and ws[p].parts[-1] in known))


def coordinated(codes_per_clause: list[set[str]], threshold: int) -> bool:
    """Does the phrase hold at least `threshold` clauses that gave needs, coded differently?"""
    coded = [c for c in codes_per_clause if c]
    return threshold > 0 and len(coded) >= threshold and len(set().union(*coded)) > 1
