"""Words that tell what a need clause is about, read off the need grammar's data
(normalizers/need_context.py gives the clause its marks with them): the requests a client files,
a stage word that only names a kind of thing, an answer that points back to feedback."""
from __future__ import annotations

from textcore.vocab import vocabulary
from .matcher import DATA
from .phrase import Word


@vocabulary(DATA / "need_grammar.yaml", required=("objects",))
def requests(data: dict) -> frozenset[str]:
    """The one-word requests the client files (the `application` objects: заявление, запрос):
    registering one is a stage of its case, registering any other paper may be the result."""
    return frozenset(str(w).replace("ё", "е") for w in data["objects"].get("application", ()) if " " not in str(w))


def named_kind(ws: tuple[Word, ...], i: int, own: set[str], deverbal: tuple[str, ...] = ()) -> bool:
    """Is the stage word at i, with the adjectives before it, an attribute naming a kind of the
    noun before them ("акт гражданского состояния", "паспорт технического состояния"): a thing,
    no stage of anything?  A stage asked after ("о текущем состоянии", "на каком этапе") has a
    preposition, an owner or a question word before it; a noun of action before it (`deverbal`:
    "об изменении текущего этапа", "отслеживание текущего статуса") is done to that stage."""
    j = i - 1
    while j >= 0 and ws[j].pos in ("ADJF", "PRTF") and ws[j].text not in own and ws[j].lemma not in own:
        j -= 1
    return j < i - 1 and j >= 0 and ws[j].pos == "NOUN" and "gent" in ws[i].cases \
        and not (deverbal and ws[j].lemma.endswith(deverbal))


@vocabulary(DATA / "need_grammar.yaml", required=("actions", "objects"))
def _answers(data: dict) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """`answers`: (answer words, words of the object classes `to`, action classes `acts`)."""
    spec = data.get("answers") or {}
    to = {str(w).replace("ё", "е") for c in spec.get("to", ()) for w in data["objects"].get(c, ())}
    return (frozenset(str(w).replace("ё", "е") for w in spec.get("words", ())), frozenset(to),
            frozenset(spec.get("acts", ())))


def bare_answer(clause: tuple[Word, ...], previous: tuple[Word, ...], action_of) -> bool:
    """Does the clause end on an answer naming nothing it answers, after a clause that gave
    feedback by its own word ("оставить отзыв и получить ответ", "подача предл. в ПОС / получ.
    отв.")?  It answers that feedback.  A paper the clause before only may have been (an appeal
    "по вопросу качества": feedback or an application?) leaves the answer the answer."""
    answers, given, acts = _answers()
    content = [w for w in clause if not w.is_punct]
    if not (content and content[-1].pos == "NOUN" and content[-1].lemma in answers):
        return False
    return any(w.lemma in given or " ".join(x.lemma for x in previous[k:k + 2]) in given or action_of(w) in acts
               for k, w in enumerate(previous))
