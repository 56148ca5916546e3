"""Questions of an FAQ page or a survey that name no deed of the client's and ask a fact
(need_grammar._lead_action reads them as `asked_after`'s action, `learn`: information):

* a question word inside the prepositional group that opens the clause, «С какого возраста можно
  сдавать нормы?», «В какие дни работает приёмная?», «До скольки принимают документы?» — the
  grammar's walk to the action stops at a preposition;
* a question word before a thing no vocabulary names, with no verb but «быть», «Когда открытие
  фестиваля?», «Когда будет ярмарка вакансий?», «Где в городе бесплатные курсы?» — an event or a
  place of the agency's, no paper of the client's: «Где сейчас мой запрос?», «Когда будут
  результаты?» name a known object and are left to the grammar (status, result).
"""
from __future__ import annotations

from .need_objects import action_of, object_at
from .phrase import Word

_MODIFIERS = frozenset({"ADJF", "PRTF", "ADVB", "NUMR", "NUMB"})
_OBJECT_WITHIN = 3      # «получить (эту) справку», «подать (своё) заявление»


def asked_fact(ws: tuple[Word, ...], g) -> tuple[int, str, float] | None:
    """(index after the question's head, action class, cap) or None.  `g`: the need grammar."""
    spec = g.asked
    if not spec or len(ws) < 2:
        return None
    if ws[0].pos == "PREP" and ws[1].lemma in g.what_words:
        # a deed of the client's on a thing the vocabulary names, after the group, is what he asks
        # to do, the grammar's: «В каком МФЦ можно получить справку?» (receiving), «В каком окне
        # подать заявление?» (submission); «С какого возраста можно сдавать нормы?» stays a fact
        return None if _deed_on_object(ws, g) else (2, g.what_words[ws[1].lemma], 1.0)
    if not ws[0].lemmas & (spec["when"] | spec["present"]) or any(_verb(w, g) for w in ws[1:]):
        return None
    # a place named before the thing asked («где в Саранске бесплатные курсы»): a preposition and
    # one noun, skipped while the thing asked, a noun in the nominative, is still to come
    last = max((k for k, w in enumerate(ws) if w.pos == "NOUN" and "nomn" in w.cases), default=-1)
    j = 1
    while j < len(ws) and (ws[j].pos in _MODIFIERS or ws[j].lemma in g.plain_verbs
                           or ws[j].pos == "PREP" and j + 1 < len(ws) and ws[j + 1].pos == "NOUN" and j + 2 <= last):
        j += 2 if ws[j].pos == "PREP" else 1
    if j >= len(ws) or ws[j].pos != "NOUN" or "nomn" not in ws[j].cases or action_of(ws[j], g) or object_at(ws, j, g):
        return None
    return j + 1, spec["as"], 1.0


def _verb(w: Word, g) -> bool:
    """A verb or an infinitive other than «быть»: the question is about a deed, the grammar's."""
    return w.pos in ("VERB", "INFN") and w.lemma not in g.plain_verbs


def _deed_on_object(ws: tuple[Word, ...], g) -> bool:
    """Does the first verb or infinitive an action names take a known object within
    `_OBJECT_WITHIN` words after it?  Only the first is looked at: one walk, however long."""
    k = next((k for k, w in enumerate(ws) if w.pos in ("VERB", "INFN") and action_of(w, g)), None)
    return k is not None and any(object_at(ws, j, g) for j in range(k + 1, min(len(ws), k + 1 + _OBJECT_WITHIN)))
