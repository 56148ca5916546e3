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


def governs_infinitive(clause: tuple[Word, ...], next_pos: str | None, is_action) -> bool:
    """Does the noun ending `clause` govern the infinitive right after it (`next_pos`: the next word's part of
    speech)?  Only where the noun leads its clause («предложение продлить …»): after a deed done with it
    («оставить предложение получить ответ», `is_action(word)`), two needs run together read as well — the
    paper handed in, then what the client wants back — so the split stands as it did."""
    last = clause[-1]
    return next_pos == "INFN" and last.pos == "NOUN" and last.lemma in _nouns() \
        and not any(is_action(w) for w in clause[:-1])
