"""The answer to a client's complaint: feedback's result or an appeal's?  (session 15; docs/ARCHITECTURE.md)

Writers who never saw the vocabulary code the answer to a complaint of someone or something
(«ответ на жалобу на врача», «что решили по моей жалобе на регистратуру») as feedback's result, one
against a decision (an appeal) as its result; the grammar's table reads `result` and `open_topics`
(need_doubt.open_topic) sends it to review:

* `open_about` — the likelier code by what the complaint is about (`open_about` in
  data/need_grammar.yaml), still in review;
* `answered_complaint` — a cell that names a complaint and an answer to it, or measures taken on it
  («Жаловался на хамство — какие меры приняли?», «Мне так и не ответили на жалобу»), read with none
  of the codes that settle what the answer is (feedback's result, an appeal, a stage): the codes read
  are a guess (`doubt: answered_complaint`, need_doubt.doubt_cell).
"""
from __future__ import annotations

from functools import lru_cache

from textcore.vocab import vocabulary
from .matcher import DATA
from .phrase import words


@vocabulary(DATA / "need_grammar.yaml", required=("actions",))
def _about(data: dict) -> dict[str, tuple[str, frozenset[str], frozenset[str], frozenset[str], frozenset[str]]]:
    return {c: (t["becomes"], frozenset(t.get("words", ())), frozenset(t.get("prepositions", ())),
                frozenset(t.get("unless", ())), frozenset(t.get("unless_read", ())))
            for c, t in (data.get("open_about") or {}).items()}


def open_about(code: str, phrase: str, read: set[str] = frozenset()) -> str:
    """The likelier reading of a code `open_topic` left open, by what the word that opened it is
    about (`open_about` in the data): a complaint of someone or something — «жалоба на врача», «на
    долгое ожидание», «о нарушении расписания» — is feedback on the service, and the answer to it
    feedback's result; one against a decision or an act («на решение», «на отказ») contests it, and
    a bare complaint tells nothing: the code stays, and so it does after the phrase filed it as a
    paper (`read`: the codes read before it; «подать жалобу на … и узнать, какие меры приняты»:
    the paper's answer)."""
    if code not in _about() or read & _about()[code][4]:
        return code
    becomes, opening, preps, contests, _ = _about()[code]
    ws = [w for w in words(phrase) if not w.is_punct]
    for i, w in enumerate(ws[:-1]):
        if not (w.lemmas & opening and ws[i + 1].text.lower() in preps):
            continue
        topic = next((x for x in ws[i + 2:i + 5] if x.pos not in ("ADJF", "PRTF", "NPRO")), None)
        if topic is not None and topic.pos == "NOUN" and not topic.lemmas & contests:
            return becomes
    return code


@vocabulary(DATA / "need_grammar.yaml", required=("actions",))
def _answered(data: dict) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    spec = data.get("answered_complaint") or {}
    return tuple(frozenset(spec.get(k, ())) for k in ("words", "answers", "settled"))


@lru_cache(maxsize=20_000)
def answered_complaint(cell: str, codes: frozenset[str]) -> bool:
    """Does the cell name a complaint (`words`) and an answer or measures (`answers`) while none of
    the `settled` codes — those that say whose answer it is — was read (`codes`)?"""
    complaint, answers, settled = _answered()
    if codes & settled:
        return False
    lemmas = [w.lemmas for w in words(cell)]
    return any(x & complaint for x in lemmas) and any(x & answers for x in lemmas)
