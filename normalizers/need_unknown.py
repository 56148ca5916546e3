"""Words of a need clause that the vocabulary lacks (data/need_grammar.yaml): a leading
verb or deverbal noun classed by its nearest vocabulary word (navec, normalizers/similar.py),
an unknown direct complement likewise, and an unknown noun heading a known object."""
from __future__ import annotations

from .need_objects import action_of as _action_of, object_at as _object_at
from .phrase import Word

SIMILAR = 0.8        # a word outside the vocabulary, clearly close to one class (see `similar`):
                     # embeddings alone never decide without review
UNREAD = 0.78        # the clause leads with a word nobody read: its object alone may mislead


def looks_like_action(w: Word, g) -> bool:
    """A verb, or a noun made from one ("сопровождение"): it names what the client does."""
    return w.pos in ("INFN", "VERB") or (w.pos == "NOUN" and w.lemma.endswith(g.deverbal))


def guess(g, kind: str, span: tuple[Word, ...]) -> tuple[str, float] | None:
    """(class, score cap) of words the vocabulary lacks, by their nearest vocabulary word —
    only when clearly close: a vaguer guess did worse than the grammar's own default on
    the phrase pools' tune half (see `similar` in need_grammar.yaml)."""
    near = g.similar[kind].nearest(tuple((w.lemma, w.text) for w in span if not w.is_punct))
    if near is None or near.cosine < g.sure_cosine or near.margin < g.sure_margin:
        return None
    return near.cls, SIMILAR


def unknown_object(ws: tuple[Word, ...], start: int, g) -> tuple[str, int, int, float] | None:
    """The action's direct complement — the noun right after it, adjectives between —
    classed by its nearest vocabulary word when no object is known: (class, start, end,
    score cap).  A noun after a preposition is a modifier ("в электронной форме")."""
    i = start
    while i < len(ws) and ws[i].pos in ("ADJF", "PRTF"):
        i += 1
    if i >= len(ws) or ws[i].pos != "NOUN" or _action_of(ws[i], g):
        return None                    # an action word ("получение обеспечения") is no unknown word
    found = guess(g, "objects", ws[start:i + 1])
    return (found[0], start, i + 1, found[1]) if found else None


def headed(ws: tuple[Word, ...], i: int, g) -> float:
    """Cap of a clause led by the noun at i: UNREAD when the vocabulary lacks it and a known
    object is its genitive complement ("аренда спортивного объекта": what is done to it is
    unread), or ends a genitive chain of nouns of action under it ("ср. рассмотрения заявки":
    a cut no dictionary reads heads the chain), else none."""
    if not (ws[i].pos == "NOUN" or ws[i].pos is None and ws[i].text.isalpha()) or _object_at(ws, i, g):
        return 1.0
    j = i + 1
    while j < len(ws) and ws[j].pos in ("ADJF", "PRTF"):
        j += 1
    # past nouns of action in the genitive ("рассмотрения"), none of them read as an action of its own
    while j + 1 < len(ws) and ws[j].pos == "NOUN" and "gent" in ws[j].cases and ws[j].lemma.endswith(g.deverbal) \
            and not _object_at(ws, j, g):
        j += 1
    complement = j < len(ws) and "gent" in ws[j].cases and _object_at(ws, j, g)
    return UNREAD if complement else 1.0
