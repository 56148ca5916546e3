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

* `likely_again` — a clause of its own after "и" (not a bare word, nor an item of a comma
  list) read only as likely of a code an earlier clause of another action gave ("получить
  справку и разъяснение по вычетам": a result, or a consultation?): the code is doubted, as
  a phrase of its own would doubt it in its cell; "получение результата, ответа,
  разъяснения внешним клиентом" stays sure.

* `shared_words` — the keyword rules of data/needs.yaml (the shared-words reader, a second
  opinion that knows no grammar) name a code the grammar did not give ("направление
  ответов": submission by the grammar, result by the word "ответ").  On phrases nobody had
  tuned on (benchmarks/need_features.py) such cells were wrong about one time in four, but
  the rules disagree with right readings often too: see the trade-off in `eval_codes.py --curve`.

Thresholds are data (`doubt` in data/need_grammar.yaml); 0 turns a test off.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Iterable

from .phrase import Word

UNREAD_WORDS = 0.83   # the action alone decided, and the clause has words nobody read
COORDINATED = 0.84    # clauses of one phrase with different codes
SHARED_WORDS = 0.84   # the shared-words reader names a code the grammar did not give

_CONTENT = ("NOUN", "VERB", "INFN")


def known_words(g) -> frozenset[str]:
    """Every lemma the built need grammar (`need_grammar._Grammar`) names in any role:
    actions with their verb families ("выяснение", "заказывать"), objects, modal and
    question words, `refine` modifiers (named lists resolved), a case's stage words and
    manner prepositions."""
    out: set[str] = set(g.actions) | g.lead_words
    out.update(w for key in g.objects for w in key)
    out.update(w for _, _, seqs, _ in g.refine for seq in seqs for m in seq for w in [m.split("@")[0]] if w)
    for table in (g.case_stage, g.manner):
        out.update(w for ws in table.values() for w in ws)
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


def likely_again(before: list, read: list) -> list:
    """The needs read before a clause, each doubted to the clause's score where the clause
    gives its code only as the likelier of two readings ("code?" in the data) by an action
    of another class (`need_grammar.Need`s)."""
    guessed = {n.code: n for n in read if "?" in n.how}
    return [replace(m, score=min(m.score, guessed[m.code].score), how=m.how + "+likely")
            if m.code in guessed and guessed[m.code].action != m.action else m for m in before]
