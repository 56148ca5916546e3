"""A list's title naming the kind of its points — «Перечень цифровых точек взаимодействия», «Перечень офлайн-точек
…», «Перечень точек непосредственного взаимодействия …» — over a table with no kind column: a list cut into
appendices by kind states the kind only there, so every row of its table is of that kind.

Only a kind word qualifying the list's noun «точка взаимодействия» counts (right before it, or between «точка» and
«взаимодействие»): «(Министерство цифрового развития …)» names a body, «цифровые точки роста» other points."""
from __future__ import annotations

import re

from textcore.lemmas import lemma
from textcore.point_type import match_point_type

_WORD = re.compile(r"[A-Za-zА-Яа-яЁё]+")


def title_point_type(text: str) -> str | None:
    """The word naming the one kind the title gives its points («цифровых», «непосредственного»), or None."""
    words = _WORD.findall(re.sub(r"\([^()]*\)", " ", text))
    found = set()
    for k, w in enumerate(words):
        if lemma(w.lower()) != "точка":
            continue
        after = lemma(words[k + 1].lower()) if k + 1 < len(words) else ""
        before = words[k - 1] if k and after == "взаимодействие" else ""      # «цифровых точек роста»: no list's
        between = words[k + 1] if k + 2 < len(words) and lemma(words[k + 2].lower()) == "взаимодействие" else ""
        found |= {w for w in (before, between) if w and match_point_type(w)}
    if len(found) != 1 or len({match_point_type(w) for w in words} - {None}) > 1:
        return None                      # «цифровые и офлайн-точки»: both kinds, none for all rows
    return found.pop()
