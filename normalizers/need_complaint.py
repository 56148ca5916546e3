"""The answer to a client's complaint: feedback's result or an appeal's?  (session 15; docs/ARCHITECTURE.md)

Writers who never saw the vocabulary code the answer to a complaint of someone or something
(«ответ на жалобу на врача», «итоги рассмотрения жалобы на кассира») as feedback's result, one
against a decision (an appeal) as its result; the grammar's table reads `result` and `open_topics`
(need_doubt.open_topic) sends it to review:

* `open_about` — the likelier code by what the complaint is about (`open_about` in
  data/need_grammar.yaml), still in review;
* `answered_complaint` — a cell that asks of a complaint's answer or of measures taken on it
  («пожаловалась на сырость — ответа нет», «на жалобу о протечке не ответили»), read with none of the
  codes that settle what the answer is (feedback's result, an appeal, a stage): the codes read are a
  guess (`doubt: answered_complaint`, need_doubt.doubt_cell).  The answer is told by structure — a
  word of answer governing the complaint, standing alone in a clause after it, or the verb said of it
  — not by an answer word anywhere in the cell: «жалоба на решение», «подача жалобы на результат
  проверки», «пожаловаться, чтобы решить вопрос» ask of no answer (review 13b);
* `third_party` — a complaint of a firm or a person the agency oversees («на застройщика», «на соседей»): an
  appeal to a regulator, a paper filed (needs22) — not of one the agency answers for, named with it
  («на подрядчика министерства»: its own service's quality, feedback; rev18b);
* `review_about` — a review ABOUT something («отзыв об удобстве подачи заявления») is no withdrawal of the
  paper its topic names («отзыв заявления о выдаче лицензии»: the paper right after the word; rev18b).
"""
from __future__ import annotations

import re
from functools import lru_cache

from textcore.vocab import vocabulary
from .matcher import DATA
from .phrase import Word, words


@vocabulary(DATA / "need_grammar.yaml", required=("actions",))
def _about(data: dict) -> dict[str, tuple[str, frozenset[str], frozenset[str], frozenset[str], frozenset[str]]]:
    return {c: (t["becomes"], frozenset(t.get("words", ())), frozenset(t.get("prepositions", ())),
                frozenset(t.get("unless", ())), frozenset(t.get("unless_read", ())))
            for c, t in (data.get("open_about") or {}).items()}


@vocabulary(DATA / "need_grammar.yaml", required=("actions",))
def _third_parties(data: dict) -> frozenset[str]:
    return frozenset(str(w).replace("ё", "е") for w in data.get("third_parties", ()))


# what may stand between a verb of complaining and whom it complains of: «на», «о», «то», «, что»
# (what is complained of; «чтобы» opens a purpose, no complaint's content), qualifiers ("на нерадивого
# подрядчика", «жалуются, что местный застройщик …»)
_BEFORE_TARGET = ("PREP", "ADJF", "PRTF", "NPRO", "ADVB", "PRCL")
# the prepositions of whom a complaint is sent to, and how far its target is looked for (an addressee of a few
# words, «в государственную жилищную инспекцию», passed over)
_TO_WHOM = ("в", "во", "к", "ко")
_TARGET_WITHIN = 9


@vocabulary(DATA / "need_grammar.yaml", required=("actions",))
def _agency_words(data: dict) -> frozenset[str]:
    return frozenset(str(w) for w in (data.get("agency_doer") or {}).get("words", ()))


def _answered_for(ws: tuple[Word, ...], k: int) -> bool:
    """Is the party at k the agency's own, a word of `agency_doer` naming it in the genitive or the
    instrumental past qualifiers and a comma ("подрядчик министерства", "подрядчик, нанятый учреждением")?"""
    for w in ws[k + 1:k + 5]:
        if w.lemma in _agency_words() and w.cases & {"gent", "ablt"}:
            return True
        if not (w.is_punct or w.pos in ("ADJF", "PRTF")):
            return False
    return False


def third_party(ws: tuple[Word, ...], start: int) -> list[frozenset[str]]:
    """["@third_party"] where the first noun after the action (ending at `start`), past prepositions,
    «что» and qualifiers, is a firm or a person outside the agency (`third_parties` in the data):
    «пожаловаться на застройщика», «жалуются, что подрядчик долго не вывозит мусор» — what is complained
    of is a party the agency oversees, not its own service.  One named as the agency's ("на подрядчика
    министерства", `_answered_for`) is its service: no mark.  Where the complaint goes, «в»/«к» and its noun,
    is passed over ("пожаловаться в инспекцию на управляющую компанию"; rev18b)."""
    to = False
    for k in range(start, min(start + _TARGET_WITHIN, len(ws))):
        w = ws[k]
        if w.pos == "NOUN" and not to:
            return [frozenset({"@third_party"})] if w.lemmas & _third_parties() and not _answered_for(ws, k) else []
        if not (w.is_punct or w.pos in _BEFORE_TARGET or w.lemma == "что" or w.pos == "NOUN"):
            return []
        to = w.text in _TO_WHOM or to and w.pos != "NOUN"
    return []


@vocabulary(DATA / "need_grammar.yaml", required=("actions",))
def _review_about(data: dict) -> tuple[frozenset[str], frozenset[str]]:
    spec = data.get("review_about") or {}
    return frozenset(spec.get("objects", ())), frozenset(spec.get("prepositions", ()))


def review_about(ws: tuple[Word, ...], objects: list[tuple]) -> list[frozenset[str]]:
    """["@about"] where a feedback object (`review_about.objects`: class, start, end, …) is followed right
    away by a preposition of its topic ("отзыв ОБ удобстве"); else [].  A withdrawal takes its paper
    there ("отзыв заявления о выдаче лицензии"): a «о» further on is the paper's."""
    classes, preps = _review_about()
    return [frozenset({"@about"})] if any(c in classes and e < len(ws) and ws[e].text in preps
                                          for c, s, e, *_ in objects if s < e) else []


def open_about(code: str, phrase: str, read: set[str] = frozenset()) -> str:
    """The likelier reading of a code `open_topic` left open, by what the word that opened it is
    about (`open_about` in the data): a complaint of someone or something — «жалоба на врача», «на
    долгое ожидание», «о нарушении расписания» — is feedback on the service, and the answer to it
    feedback's result; one against a decision or an act («на решение», «на отказ») contests it, and
    a bare complaint tells nothing: the code stays, and so it does after the phrase filed it as a
    paper (`read`: the codes read before it; «подать жалобу на … и узнать, какие меры приняты»:
    the paper's answer) and for one of a third party the agency oversees («на управляющую компанию»:
    an appeal to a regulator, its answer the case's result; `third_parties`)."""
    if code not in _about() or read & _about()[code][4]:
        return code
    becomes, opening, preps, contests, _ = _about()[code]
    ws = [w for w in words(phrase) if not w.is_punct]
    for i, w in enumerate(ws[:-1]):
        if not (w.lemmas & opening and ws[i + 1].text.lower() in preps):
            continue
        k = next((k for k in range(i + 2, min(i + 5, len(ws))) if ws[k].pos not in ("ADJF", "PRTF", "NPRO")), None)
        topic = None if k is None else ws[k]
        third = topic is not None and bool(topic.lemmas & _third_parties()) and not _answered_for(tuple(ws), k)
        if topic is not None and topic.pos == "NOUN" and not topic.lemmas & contests and not third:
            return becomes
    return code


@vocabulary(DATA / "need_grammar.yaml", required=("actions",))
def _answered(data: dict) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    spec = data.get("answered_complaint") or {}
    return tuple(frozenset(spec.get(k, ())) for k in ("words", "answers", "settled"))


# where a clause surely ends: a dash between words, a sentence's end, a semicolon or colon
_STRONG = re.compile(r"\s[-–—]+\s|[–—.?!;:]")
_PREDICATES = ("VERB", "INFN", "PRTS", "PRED", "ADJS")
# words between an answer and the complaint it answers ("ответ на жалобу", "меры по моей жалобе",
# "итоги рассмотрения жалобы"): prepositions, qualifiers, genitive nouns
_BETWEEN = ("PREP", "ADJF", "PRTF", "NPRO")


def _clauses(cell: str) -> list[list[Word]]:
    """The cell's clauses: parts between strong marks, cut again at a comma or «и», «а», «но» when
    what follows has a predicate of its own ("…, ответа нет", "… и получить ответ"); a list of
    nouns ("жалоба на решение и бездействие") stays one clause."""
    out: list[list[Word]] = []
    for part in _STRONG.split(cell):
        ws, cut = [w for w in words(part) if w.text not in "()"], 0
        marks = [i for i, w in enumerate(ws) if w.text in (",", "и", "а", "но")] + [len(ws)]
        for a, b in zip(marks, marks[1:]):
            if any(w.pos in _PREDICATES for w in ws[a + 1:b]):
                out.append(ws[cut:a])
                cut = a + 1
        out.append(ws[cut:])
    return [c for c in out if c]


def _answers(c: list[Word], k: int, complaint: frozenset[str]) -> bool:
    """Does the answer word at k of clause c answer the complaint its own clause names right after
    it ("ответ на жалобу", "что решили по жалобе", "меры, принятые по жалобе")?"""
    for j, w in enumerate(c[k + 1:k + 7], k + 1):
        if w.lemmas & complaint:
            return True
        participle = w.text == "," and j + 1 < len(c) and c[j + 1].pos == "PRTF"
        if not (w.pos in _BETWEEN or w.pos == "NOUN" and "gent" in w.cases or participle):
            return False
    return False


def _bare_answer(c: list[Word], k: int) -> bool:
    """Is the answer word at k of clause c an answer of the agency's standing alone — no
    infinitive, the client's own deed to do ("чтобы решить"), and no topic of its own after it
    ("результат услуги", "решение о выплате")?"""
    nxt = c[k + 1:k + 3]
    own_topic = bool(nxt) and (nxt[0].pos == "NOUN" or nxt[0].pos == "PREP" and len(nxt) > 1 and nxt[1].pos == "NOUN")
    return c[k].pos != "INFN" and not own_topic


@lru_cache(maxsize=20_000)
def answered_complaint(cell: str, codes: frozenset[str]) -> bool:
    """Does the cell ask of an answer to a complaint — an answer word (`answers`) governing the
    complaint ("ответ на жалобу", "ответили на мою жалобу", "меры по жалобе"), or standing alone in
    a clause after the one naming the complaint ("пожаловался на шум — что решили?", "подать
    жалобу и получить ответ"), or the verb its own clause says of it ("по жалобе ничего не решили")
    — while none of the `settled` codes, those that say whose answer it
    is, was read (`codes`)?  An answer word inside the complaint's topic ("жалоба на решение",
    "на результат проверки") or with a topic of its own in a later clause ("получить результат
    услуги") answers no complaint."""
    complaint, answers, settled = _answered()
    if codes & settled:
        return False
    cs = _clauses(cell)
    said = next((n for n, c in enumerate(cs) if any(w.lemmas & complaint for w in c)), None)
    if said is None:
        return False
    # its own clause's predicate after it ("на жалобу так и не ответили"): the complaint's topic holds none
    first = next(k for k, w in enumerate(cs[said]) if w.lemmas & complaint)
    told = {(said, k) for k, w in enumerate(cs[said]) if k > first and w.pos in ("VERB", "PRTS")}
    return any(w.lemmas & answers and (_answers(c, k, complaint) or n > said and _bare_answer(c, k) or (n, k) in told)
               for n, c in enumerate(cs) for k, w in enumerate(c))
