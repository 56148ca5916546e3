"""Frames around a need that name no need themselves (data/need_frames.yaml).

A consultant's board and a regulation's wording set the client's situation, a condition or
a moment before what the client wants: "JTBD: когда болеет скот, хочу вызвать ветврача",
"если отказали — понять, почему", "до подачи заявки — знать, сколько ждать".  The
situation is the client's story, not a need: the need is the main clause after it.  So:

* `cut_conditions`: a phrase opening with a situation (after a short label, "JTBD:",
  "ожидание:") cut at its dash, the condition apart from the need (a comma already cuts
  where an infinitive or a modal word follows, normalizers/need_split.py);
* `path_steps`: a path "от консультации к подаче заявки" names both its steps, each a need;
* `drop_frames`: a phrase that is only such a frame — a subordinate clause of situation
  or condition, or a moment named by a preposition and a noun with no verb ("после
  жалобы", "при подаче заявления") — names no need where a phrase after it names one.  It
  is dropped after the cell is read, so the need after it is still read in its light (the
  answer awaited "после жалобы" is the complaint's).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Sequence, TypeVar

from textcore.vocab import vocabulary

from .matcher import DATA
from .phrase import words

T = TypeVar("T")

_DASH = re.compile(r"(?<!\s)\s+[-–—]+\s+")    # a run of spaces tried where it begins only: no quadratic scan
_VERBAL = {"VERB", "INFN", "GRND"}


@vocabulary(DATA / "need_frames.yaml", required=("situation_words", "moment_prepositions"))
def _frames(data: dict) -> dict:
    def lead(ws):        # a run of words at a phrase's start, each whole ("когдато" is no «когда»)
        alts = "|".join(sorted((re.escape(str(w).replace("ё", "е")).replace(r"\ ", r"\s+") for w in ws), key=len, reverse=True))
        return re.compile(rf"(?:{alts})(?![а-яё])", re.IGNORECASE) if alts else re.compile(r"(?!)")
    return {"situation": lead(list(data["situation_words"]) + list(data.get("situation_phrases") or ())),
            "asking": lead(data.get("asking") or ()),
            "moment": lead(data["moment_prepositions"]),
            "no_longer": _no_longer(data),
            "label_words": int(data.get("label_words", 3)),
            "labels": frozenset(str(w).replace("ё", "е") for w in data.get("frame_labels") or ())}


def _no_longer(data: dict) -> re.Pattern:
    """A phrase's opening deed no longer needed ("Больше не нужно …", "Теперь не надо …")."""
    alt = lambda ws: "|".join(re.escape(str(w).replace("ё", "е")).replace(r"\ ", r"\s+") for w in ws)  # noqa: E731
    if not data.get("no_longer"):
        return re.compile(r"(?!)")
    before = f"(?:(?:{alt(data['no_longer_before'])})\\s+)?" if data.get("no_longer_before") else ""
    # (a question whether it is needed, "не нужно ли платить пошлину", asks: no foil)
    return re.compile(rf"\s*{before}(?:{alt(data['no_longer'])})(?![а-яё])(?!\s*ли(?![а-яё]))", re.IGNORECASE)


def foil(phrase: str) -> str | None:
    """What follows a deed no longer needed and its colon or dash ("Больше не нужно ехать в центр: …"):
    the need; "" where the phrase is that deed alone; None where it opens with no such deed."""
    if not _frames()["no_longer"].match(phrase.replace("ё", "е")):
        return None
    _, colon, rest = phrase.partition(":")
    m = None if colon else _DASH.search(phrase)
    body = rest if colon else phrase[m.end():] if m else ""
    return body.strip()


def _body(phrase: str) -> tuple[str, str]:
    """(label, body): a short label before the phrase's first colon that holds no verb ("JTBD:",
    "боль клиента:"), and the rest; no label: ("", the phrase)."""
    label, colon, rest = phrase.partition(":")
    if not colon or not rest.strip() or len(label.split()) > _frames()["label_words"] \
            or any(w.pos in _VERBAL for w in words(label)):
        return "", phrase
    return label + colon + " ", rest.lstrip()


def _situation(body: str) -> bool:
    return bool(_frames()["situation"].match(body.replace("ё", "е")))


@lru_cache(maxsize=20_000)
def is_frame(phrase: str) -> bool:
    """Is the phrase only a situation, a condition or a moment — no need of its own?"""
    body = _body(phrase)[1].strip(" -–—,")
    if _situation(body):
        # "когда …?" asks when: a question is a need
        if _frames()["asking"].match(body.replace("ё", "е")) and "?" in body:
            return False
        m = _frames()["situation"].match(body.replace("ё", "е"))
        lead = [w for w in words(body[:m.end()]) if not w.is_punct]
        if not (lead and lead[-1].pos == "NOUN"):
            return True             # a conjunction's clause ("если отказали"): the situation only
        # a preposition's case ("в случае отказа обжаловать решение"): a moment, its deed after it the need
    else:
        m = _frames()["moment"].match(body.replace("ё", "е"))
    if not m:
        return False
    ws = [w for w in words(body[m.end():]) if not w.is_punct]
    # a preposition and a noun, no verb: the moment only ("при подаче заявления получить
    # расписку" names its need)
    return bool(ws) and ws[0].pos in ("NOUN", "ADJF", "PRTF") and not any(w.pos in _VERBAL for w in ws)


def unlabel(phrase: str) -> str:
    """The phrase less a board's label before its colon that frames it ("боль клиента: …",
    "этапы пути: …"; `frame_labels`): a topic before a colon ("Справка о доходах: заказать") stays."""
    label, body = _body(phrase)
    return body if _framing(label) else phrase


def _framing(label: str) -> bool:
    ws = [w for w in words(label) if not w.is_punct]
    # (a head with a preposition after it names its topic, no frame: "требования К документам: узнать"
    # asks the requirements, as "Справка о доходах: заказать" asks the paper)
    return bool(ws) and bool(ws[0].lemmas & _frames()["labels"]) and not (len(ws) > 1 and ws[1].pos == "PREP")


def _label_alone(phrase: str) -> bool:
    """Is the phrase a framing label with nothing after its colon — the heading of the list cut after
    it ("требование потребителя: 1) …; 2) …")?"""
    label, colon, rest = phrase.partition(":")
    return bool(colon) and not rest.strip() and len(label.split()) <= _frames()["label_words"] \
        and not any(w.pos in _VERBAL for w in words(label)) and _framing(label)


def cut_conditions(phrases: Sequence[str], split: Callable[[str], Sequence[str]]) -> tuple[str, ...]:
    """The phrases, a board's label left off (`unlabel`), a path cut into its steps (`path_steps`),
    a situation before a dash cut off its need ("если отказали — обжаловать решение": the
    condition, then `split` of the need)."""
    out: list[str] = []
    # (a list's framing heading alone names no need, where the list's items do; a deed no longer
    # needed is left off before what now serves, or dropped beside the cell's other phrases)
    foils = [foil(p) for p in phrases]
    kept = [p if f is None else f for p, f in zip(phrases, foils) if f is None or f]
    kept = [p for p in kept if not _label_alone(p)] or list(phrases)
    for phrase in (step for p in kept for step in path_steps(unlabel(p))):
        label, body = _body(phrase)
        m = _DASH.search(body) if _situation(body) else None
        if m is None or not body[m.end():].strip() or "?" in body[:m.start()]:
            out.append(phrase)
            continue
        out.append(label + body[:m.start()].rstrip())
        out.extend(split(body[m.end():].strip()))
    return tuple(out)


def path_steps(phrase: str) -> tuple[str, ...]:
    """A path from one deed to another ("переход от консультации к подаче заявки"): its two steps,
    each a need of its own, the words before them (the path's name, no deed) left off; both led by a
    noun of the grammar's actions, else the phrase as it is."""
    from .need_grammar import grammar            # (need_grammar reads with need_frames' neighbours: imported late)
    toks = phrase.split()
    i = next((k for k, t in enumerate(toks) if t.lower() == "от"), None)
    j = next((k for k in range(i + 2, len(toks)) if toks[k].lower() in ("к", "ко")), None) if i is not None else None
    if j is None or j + 1 >= len(toks):
        return (phrase,)
    heads = [words(toks[k])[:1] for k in (i + 1, j + 1)]
    acts = grammar().actions
    # (a deed before the path is the need, the path its topic: "узнать сроки от подачи заявления к …")
    if not all(h and h[0].pos == "NOUN" and h[0].lemma in acts for h in heads) \
            or any(w.lemma in acts or w.pos in _VERBAL for w in words(" ".join(toks[:i]))):
        return (phrase,)
    return " ".join(toks[i + 1:j]), " ".join(toks[j + 1:])


def drop_frames(read: list[tuple[str, T]], names_need: Callable[[T], bool]) -> list[tuple[str, T]]:
    """The cell's (phrase, reading) pairs less the frames followed by a phrase that names a
    need (`names_need` of its reading; a frame with none after it is all the cell says)."""
    keep, later = [], False             # from the end: a need named after this phrase (one pass, not one per frame)
    for phrase, found in reversed(read):
        frame = is_frame(phrase)
        keep.append(not (frame and later))
        later = later or (names_need(found) and not frame)
    return [r for r, k in zip(read, reversed(keep)) if k]
