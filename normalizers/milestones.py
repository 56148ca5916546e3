"""Roadmap areas and milestones (docs/dataset.md, `milestone`) from the wording of sections and items.

Vocabulary and rules are data (`normalizers/data/milestones.yaml`); see its
header for the pattern semantics.  The block an item sits in breaks ties and
allows that block's `scoped` patterns; an item naming another block's milestone
more specifically keeps it, except that per-direction codes are given under
block 1 or 2 only to an item that names its direction.  An unknown area (no section rows, or a section naming
neither a block nor a direction) lets specificity alone decide.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textcore.vocab import vocabulary

from textcore.lemmas import lemmas

_DATA = Path(__file__).resolve().parent / "data" / "milestones.yaml"
BLOCK_AREAS = ("general", "hr")


@dataclass(frozen=True)
class _Rule:
    code: str
    scope: str
    any: tuple[tuple[frozenset[str], ...], ...]      # patterns: terms, each a set of accepted lemmas
    scoped: tuple[tuple[frozenset[str], ...], ...]
    none: frozenset[str]


def _patterns(raw) -> tuple[tuple[frozenset[str], ...], ...]:
    return tuple(tuple(frozenset(str(t).split("|")) for t in p) for p in (raw or ()))


@vocabulary(_DATA, required=("areas", "milestones", "names_direction"))
def _data(d: dict) -> tuple[tuple[_Rule, ...], tuple[_Rule, ...], frozenset[str]]:
    mk = lambda code, r, scope: _Rule(code, scope, _patterns(r.get("any")),  # noqa: E731
                                      _patterns(r.get("scoped")), frozenset(r.get("none") or ()))
    areas = tuple(mk(code, r, code) for code, r in d["areas"].items())
    miles = tuple(mk(code, r, r["scope"]) for code, r in d["milestones"].items())
    return areas, miles, frozenset(d["names_direction"])


def _best(rules, words: frozenset[str], use_scoped) -> tuple[str | None, int]:
    """(code, number of terms) of the most specific matching rule."""
    best, best_n = None, 0
    for r in rules:
        if r.none & words:
            continue
        pats = r.any + (r.scoped if use_scoped(r) else ())
        n = max((len(p) for p in pats if all(t & words for t in p)), default=0)
        if n > best_n:                   # strictly more specific; ties keep the earlier code
            best, best_n = r.code, n
    return best, best_n


def block_area(text: str) -> str | None:
    """`general` / `hr` when a section's wording names block 1 or 2, else None."""
    return _best(_data()[0], frozenset(lemmas(text)), lambda r: False)[0]


def scope_of(area: str | None) -> str | None:
    """Which block an area is; None when unknown (no section, or one naming no block nor direction)."""
    if area is None or area == "other":
        return None
    return area if area in BLOCK_AREAS else "direction"


def _in_text(scope: str | None, words: frozenset[str]) -> str | None:
    """The area decides ties and allows its block's `scoped` patterns, but an item whose
    own wording names another block's milestone more specifically keeps that milestone:
    regions file items under sections of their own making (an HR section holding the
    process registry, a direction's section holding the journey maps).  Per-direction
    codes stay out of blocks 1 and 2, where they count for no direction, unless the
    item names its direction ("... по направлению «...»")."""
    _, rules, names_direction = _data()
    if scope is None:
        return _best(rules, words, lambda r: False)[0]
    code, n = _best([r for r in rules if r.scope == scope], words, lambda r: True)
    own_direction = scope == "direction" or bool(names_direction & words)
    others = [r for r in rules if r.scope != scope and (own_direction or r.scope in BLOCK_AREAS)]
    other, n_other = _best(others, words, lambda r: False)
    return other if n_other > n else code


def match_milestone(area: str | None, *texts: str) -> str:
    """Milestone code of an item from its texts (activity first, then e.g. the deliverable)."""
    scope = scope_of(area)
    for text in texts:
        code = _in_text(scope, frozenset(lemmas(text or "")))
        if code:
            return code
    return "other"
