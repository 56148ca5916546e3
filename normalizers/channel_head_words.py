"""Which head of data/channel_heads.yaml a word reads as, and what the words around a head
say of it (normalizers/channel_heads.py reads the phrase with these): an adjective that only
qualifies a head noun, an act whose object is a channel's head, a head used as a manner."""
from __future__ import annotations

import re

from .channel_vocab import Heads
from .phrase import Word


def head_key(w: Word, h: Heads) -> str | None:
    if w.text in h.heads:
        return w.text
    key = next((lem for lem in sorted(w.lemmas) if lem in h.heads), None)
    if key is None and w.pos == "ADJF":
        # a noun declined as an adjective ("в приёмной") is read as one: its feminine form
        key = next((f for f in (re.sub(r"(?:ый|ой)$", "ая", w.lemma), re.sub(r"ий$", "яя", w.lemma))
                    if f != w.lemma and f in h.heads), None)
    return key


def word_bag(w: Word, h: Heads) -> frozenset[str]:
    """A word's forms as the vocabulary may name it: lemmas, the form, the head it reads as."""
    key = head_key(w, h)
    return w.lemmas | {w.text} | ({key} if key else set())


def noun_head_follows(ws: list[Word], i: int, h: Heads) -> bool:
    """Is the adjective at i one of a definite head noun's ("ПИСЬМЕННОЕ анкетирование";
    not "выездные встречи": a generic noun leaves the adjective to decide)?"""
    j = i + 1
    while j < len(ws) and ws[j].pos in ("ADJF", "PRTF") and head_key(ws[j], h) is None:
        j += 1
    key = head_key(ws[j], h) if j < len(ws) else None
    spec = h.heads[key] if key is not None else {"weak": True}
    if spec.get("weak"):
        return False
    # a noun that names a channel only with words it lacks here ("ТЕЛЕФОННЫЕ консультации": a
    # consultation is a channel only by video or away) leaves the adjective to decide
    group = [w.lemmas | {w.text} for w in ws[i:j + 1]]
    return bool(spec.get("default") or "pair" in spec
                or any(all(any(k in ls for ls in group) for k in keys) for keys, _ in spec["with"]))


def act_of_channel(ws: list[Word], i: int, h: Heads) -> bool:
    """Is the act at i (a `by_means` head) one of taking in what a channel carries, that
    channel's head its object ("приём ЗВОНКОВ", "приём электронных писем"): the object decides?"""
    j = i + 1
    while j < len(ws) and ws[j].pos in ("ADJF", "PRTF"):
        j += 1
    key = head_key(ws[j], h) if j < len(ws) and "gent" in ws[j].cases else None
    return key is not None and not h.heads[key].get("weak") and bool(h.heads[key].get("default"))


def as_manner(ws: list[Word], i: int, spec: dict) -> bool:
    """Does the head at i stand after one of its `manner` prepositions, its adjectives between
    ("в электронной ФОРМЕ через ЕПГУ": how the paper is made, a channel named later decides)?"""
    k = i - 1
    while k >= 0 and ws[k].pos in ("ADJF", "PRTF"):
        k -= 1
    return k >= 0 and ws[k].text in spec.get("manner", ())
