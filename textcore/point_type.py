"""What the document says a point's type is: `digital`, `offline` or None."""
from __future__ import annotations

from functools import lru_cache

from .lemmas import normalize
from .vocab import DATA, vocabulary


@vocabulary(DATA / "point_type.yaml", required=("prefixes",))
def _prefixes(data: dict) -> dict[str, tuple[str, ...]]:
    return {code: tuple(p) for code, p in data["prefixes"].items()}


@lru_cache(maxsize=5_000)
def match_point_type(text: str | None) -> str | None:
    """"Цифровая точка", truncated "Цифровая", "Офлайн-точка" -> code; None when unstated."""
    words = normalize(text or "").replace("-", " ").split()
    for word in words:
        for code, prefixes in _prefixes().items():
            if word.startswith(prefixes):
                return code
    # "офлайн" is sometimes glued to the next word ("офлайнточка")
    return None
