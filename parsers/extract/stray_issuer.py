"""A line of another subject's body left in an act's header by a site's template: «ГУБЕРНАТОР
КАМЧАТСКОГО КРАЯ» above «ПРАВИТЕЛЬСТВО САНКТ-ПЕТЕРБУРГА» / «ПОСТАНОВЛЕНИЕ».  A header names one
subject's bodies (a joint act of two subjects names both again in its title or text); a body's lines
naming a subject the rest of the document never names, above a body whose subject it does name (the
site's card, the title, the enacting clause), are the template's, not the act's issuer.
"""
from __future__ import annotations

from collections.abc import Iterable
from itertools import islice

from textcore.regions import find_regions

from .header_words import head_at

_ELSEWHERE_LINES = 200          # where the document names its subject: the card, title and first clauses


def _bodies(block: list[str]) -> list[list[str]]:
    """The issuer lines parted before each line with a body's head noun among its first words
    («АРХИВНОЕ УПРАВЛЕНИЕ …» too): a subject's line under one («САНКТ-ПЕТЕРБУРГА») stays with it."""
    parts: list[list[str]] = []
    for t in block:
        if not parts or head_at(t) is not None:
            parts.append([])
        parts[-1].append(t)
    return parts


def _codes(text: str) -> set[str]:
    return {m.region.code for m in find_regions(text)}


def own_subject_lines(block: list[str], texts: Iterable[str]) -> list[str]:
    """The header's issuer lines without another subject's body named nowhere else in `texts` (the
    document's lines; the block's own lines are not counted)."""
    bodies = _bodies(block)
    # a body's subject is its head line's (a note wrapped under it, «Утратил силу - Постановление …», names
    # another act's), else its lines' («АДМИНИСТРАЦИЯ … РАЙОНА» / «САНКТ-ПЕТЕРБУРГА»)
    subjects = [_codes(b[0]) or _codes(" ".join(b)) for b in bodies]
    if len(set().union(*subjects)) < 2:            # one subject (nearly every header): nothing to weigh
        return block
    own = set(block)
    named = set().union(*(_codes(t) for t in islice(texts, _ELSEWHERE_LINES) if t not in own))
    kept = [b for b, codes in zip(bodies, subjects) if not codes or codes & named]
    if len(kept) == len(bodies) or not any(codes & named for codes in subjects):
        return block
    return [t for b in kept for t in b]
