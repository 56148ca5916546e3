"""Where a space between two need-looking parts cuts no need (normalizers/needs._starts_bare_need):
the two parts are one deed and its object (a noun governing an infinitive: need_governed.py).

* `object_first`: a noun phrase, then an impersonal modal and a bare infinitive ("бланк
  заявления можно скачать на сайте"): the noun is what is done;
* `object_after`: an infinitive and a manner or condition group, then a small accusative noun
  ("получить без личного визита уведомление о …"): the noun is the verb's object;
Word classes in data/need_frames.yaml.
"""
from __future__ import annotations

from typing import Callable, Sequence

from textcore.vocab import vocabulary

from .matcher import DATA
from .phrase import words

_VERBAL = {"VERB", "INFN", "GRND"}


@vocabulary(DATA / "need_frames.yaml", required=("impersonal_modals",))
def _modals(data: dict) -> frozenset[str]:
    return frozenset(data["impersonal_modals"])


def object_first(left: str, right: str, read: Callable[[str], Sequence]) -> bool:
    """Is `right` an impersonal modal word and a bare infinitive ("можно скачать", "нужно
    заполнить") whose object is the noun phrase `left` ends with ("бланк заявления можно скачать
    на сайте")?  Then nothing is cut between them: the thing named first is what is done.
    `read`: the grammar's reading of a phrase (its needs' `action` and `obj`)."""
    ws = [w for w in words(right) if not w.is_punct]
    if len(ws) < 2 or ws[0].pos in _VERBAL or ws[1].pos != "INFN" or ws[0].lemma not in _modals():
        return False
    said, done = read(left), read(right)
    return bool(said) and bool(done) and all(n.action == "none" and n.obj != "*" for n in said) \
        and all(n.obj == "*" for n in done)


def object_after(left: str, right: str, read: Callable[[str], Sequence]) -> bool:
    """Is `right`'s first noun the object of the infinitive `left` leads its last clause with, a
    manner or condition between them in a prepositional group ("получить без личного визита" +
    "уведомление о …", "подать через портал" + "заявление")?  The verb read with no object, the
    group right after it, the noun in the accusative, written small."""
    ws = [w for w in words(left.rsplit(",", 1)[-1]) if w.text not in ";()"]
    k = next((i for i, w in enumerate(ws) if w.pos == "INFN"), None)
    nxt = next((w for w in words(right) if w.pos not in ("ADJF", "PRTF")), None)
    # (a reflexive verb takes no object, "записаться на приём"; a capital opens a paragraph: a need of its own)
    if k is None or k + 1 >= len(ws) or ws[k + 1].pos != "PREP" or ws[k].text.endswith(("ся", "сь")) or right[:1].isupper() \
            or nxt is None or nxt.pos != "NOUN" or "accs" not in nxt.cases:
        return False
    said = read(left)
    return bool(said) and all(n.obj == "*" for n in said) and bool(read(right))

