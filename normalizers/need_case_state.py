"""A paper said to be in a procedure's state — «заявление на рассмотрении», «запрос в работе», «на
доработке», «взяли в работу» — says where the client's case stands: a stage asked or told (session 19).

A state is a preposition of `at` + a procedure's noun of `states` in the prepositional case (where a thing
is: «на рассмотрении»), or in the accusative after a verb of `taken` told of it («взяли в работу»: taken
into it; not the deed asked, «принять заявление в работу»); not the accusative alone, where a paper is filed for a procedure («подать на рассмотрение»), nor a noun
with a genitive after it naming whose work it is («недостатки в работе МФЦ»).  Read only in a clause that
names a paper of the case (need_context.case_marks), it marks the clause `@stage`."""
from __future__ import annotations

from textcore.lemmas import morph

from .phrase import Word


def in_state(ws: tuple[Word, ...], spec: dict[str, set[str]]) -> bool:
    """Does the clause say a thing is in a procedure's state (`states` in `case_stage`)?"""
    states, at, taken = spec.get("states", set()), spec.get("at", set()), spec.get("taken", set())
    took = next((k for k, x in enumerate(ws) if x.lemma in taken and _told(x)), len(ws))   # once: linear on long cells
    for i, w in enumerate(ws[1:], 1):
        if w.lemma not in states or ws[i - 1].text.lower() not in at:
            continue
        # the next word past quotes, by index: a slice at each state word was quadratic on long clauses
        nxt = next((ws[k] for k in range(i + 1, len(ws)) if ws[k].text not in "«»\"'"), None)
        if nxt is not None and nxt.pos == "NOUN" and "gent" in nxt.cases:
            continue                     # «в работе МФЦ»: whose work, no state
        if "loct" in w.cases or "accs" in w.cases and took < i - 1:
            return True
    return False


def _told(w: Word) -> bool:
    """Is the verb of taking told of the paper — «взяли», «возьмут», «принято» — not the deed asked of the
    agency, an infinitive or an imperative («принять заявление в работу», «возьмите на рассмотрение»)?"""
    return w.pos in ("VERB", "PRTF", "PRTS") and "impr" not in morph().parse(w.text)[0].tag
