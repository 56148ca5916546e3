"""A noun that governs an infinitive — «предложение продлить часы работы», «просьба выдать копию», «идея
открыть пункт» — takes it as its content: the infinitive starts no need of its own (needs._starts_bare_need;
session 19).  The nouns are a class of meaning in data/need_grammar.yaml (`infinitive_nouns`): proposals,
requests, wishes and intentions — the words Russian lets an infinitive follow."""
from __future__ import annotations

from textcore.vocab import vocabulary
from .matcher import DATA
from .phrase import Word


@vocabulary(DATA / "need_grammar.yaml", required=("actions",))
def _nouns(data: dict) -> frozenset[str]:
    return frozenset(str(w).replace("ё", "е") for w in data.get("infinitive_nouns") or ())


def governs_infinitive(last: Word, next_pos: str | None) -> bool:
    """Does the noun `last` govern the infinitive right after it (`next_pos`: the next word's part of speech)?"""
    return next_pos == "INFN" and last.pos == "NOUN" and last.lemma in _nouns()
