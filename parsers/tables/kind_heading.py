"""Two columns both named as the channel, one of them by the FORM of the contact: «Точка контакта с
получателем услуг» | «Форма контакта», «Канал взаимодействия» | «Форма взаимодействия».  A head noun × qualifier
phrase (`head_phrases` in parsers/data/columns.yaml) makes «форма контакта» the channel's name, as it is where
it stands alone; beside another column naming the channel, it says how the contact is made — in electronic form,
in person —: the point's kind.  Which head nouns name a kind so is data (`kind_heads`); the rule holds only where
no column names the point type and the other heading does not open with such a noun."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Callable

from textcore.lemmas import lemmas
from textcore.vocab import load_yaml

_DATA = Path(__file__).resolve().parent.parent / "data" / "columns.yaml"
# a heading naming the channel as well as the one mapped to it, at least this share of its score
_NEAR = 0.9


@lru_cache(maxsize=None)
def _kind_heads(kind: str) -> frozenset[str]:
    data = load_yaml(_DATA, required=(kind,))[kind]
    return frozenset(data.get("kind_heads") or ())


def _opens_with_kind_head(kind: str, text: str) -> bool:
    words = [w for w in lemmas(text) if w.isalpha()]
    return bool(words) and words[0] in _kind_heads(kind)


def with_form_as_kind(kind: str, header: list[str], fields: dict[str, int],
                      scores: Callable[[str, str], dict[str, float]]) -> dict[str, int]:
    """The mapping with a second channel heading named by a kind head noun made the point type's column."""
    if "touchpoint" not in fields or "point_type" in fields or not _kind_heads(kind):
        return fields
    mapped = fields["touchpoint"]
    top = scores(kind, header[mapped]).get("touchpoint", 0.0)
    rivals = [i for i, text in enumerate(header) if i != mapped
              and scores(kind, text).get("touchpoint", 0.0) >= _NEAR * top]
    if len(rivals) != 1:
        return fields
    other = rivals[0]
    kind_side = [i for i in (mapped, other) if _opens_with_kind_head(kind, header[i])]
    if len(kind_side) != 1:
        return fields
    out = {f: i for f, i in fields.items() if i not in (mapped, other)}
    out["touchpoint"] = other if kind_side[0] == mapped else mapped
    out["point_type"] = kind_side[0]
    return out
