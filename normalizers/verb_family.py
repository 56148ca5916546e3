"""A listed verb's family: its other aspect and the nouns of action of both, made by
suffix pairs from data and kept only when the dictionary knows them (used by
normalizers/need_grammar.py so that "заказывает", "подаёт", "выяснение порядка" read like
the listed "заказать", "подать", "выяснить"; and by normalizers/milestones.py, through
`verb_forms`, so that "назначает", "назначается" read like the listed "назначить")."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from textcore.lemmas import morph
from textcore.vocab import vocabulary

# the aspect pairs are the needs grammar's: one list of Russian suffix pairs for the project
_PAIRS = Path(__file__).resolve().parent / "data" / "need_grammar.yaml"


def noun_of(verb: str, known=None) -> str | None:
    """The noun of action of a verb: "выяснить" -> "выяснение", "оценивать" -> "оценивание"."""
    if verb.endswith("ся"):
        return None
    known = known or morph().word_is_known
    cands = [verb[:-2] + "ние"] if verb.endswith(("ать", "ять")) else \
        [verb[:-3] + "ение"] if verb.endswith(("ить", "еть")) else []
    return next((n for n in cands if known(n) and any(p.normal_form == n and p.tag.POS == "NOUN"
                                                       for p in morph().parse(n))), None)


def verb_family(actions: dict[str, str], pairs: list[list[str]], objects: set[str]) -> dict[str, str]:
    """The other-aspect verbs of the vocabulary's verbs and the nouns of action of both,
    each with its verb's class: "заказать" -> "заказывать", "подать" -> "подавать",
    "выяснить" -> "выяснение", so that "заказывает", "подаёт", "выяснение порядка" read like
    the listed words.  A candidate verb made by a suffix pair (data: `aspect_suffixes`, the
    longest ending first) counts only when the dictionary knows it as a verb, the first
    such one ("представить" -> "представлять", not "представать"); a noun only when the
    dictionary knows it and it is no object of the vocabulary ("сообщение")."""
    out: dict[str, str] = {}
    pairs = sorted(pairs, key=lambda p: -len(p[0]))
    known = morph().word_is_known              # a dictionary lookup: cheap, unlike a parse
    for verb, cls in actions.items():
        refl = verb.endswith("ся")
        base = verb[:-2] if refl else verb
        family = [verb]
        for old, new in pairs if verb.endswith(("ть", "ться")) else ():
            if not base.endswith(old):
                continue
            cand = base[: len(base) - len(old)] + new + ("ся" if refl else "")
            if cand not in actions and known(cand) and any(p.normal_form == cand and p.tag.POS == "INFN"
                                                           for p in morph().parse(cand)):
                out.setdefault(cand, cls)
                family.append(cand)
                break
        for v in family if verb.endswith(("ть", "ться")) else ():
            noun = noun_of(v, known)
            if noun and noun not in actions and noun not in objects:
                out.setdefault(noun, cls)
    return out


@vocabulary(_PAIRS, required=("aspect_suffixes",))
def _aspect_pairs(d: dict) -> list[list[str]]:
    return [list(map(str, p)) for p in d["aspect_suffixes"]]


def _is_infinitive(word: str) -> bool:
    return morph().word_is_known(word) and any(p.normal_form == word and p.tag.POS == "INFN"
                                               for p in morph().parse(word))


@lru_cache(maxsize=4096)
def verb_forms(word: str) -> frozenset[str]:
    """A listed verb with its other aspect and the reflexive (passive) forms of both:
    "назначить" -> назначать, назначаться (an order's "назначается ответственный" and a
    roadmap's "назначает" name the same act); any other word is itself alone."""
    if not word.endswith(("ть", "ться")) or " " in word:
        return frozenset((word,))
    verbs = {word} | {w for w in verb_family({word: ""}, _aspect_pairs(), set()) if w.endswith(("ть", "ться"))}
    reflexive = {v + "ся" for v in verbs if not v.endswith("ся") and _is_infinitive(v + "ся")}
    return frozenset(verbs | reflexive)
