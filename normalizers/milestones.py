"""Roadmap areas and milestones (docs/dataset.md, `milestone`) from the wording of sections and items.

Vocabulary and rules are data (`normalizers/data/milestones.yaml`); see its
header for the pattern semantics.  The block an item sits in decides which
milestones are possible: block-1 codes only where the area is `general`,
`hr_*` only where it is `hr`, the per-direction codes where it is a direction;
an unknown area (no section rows) allows them all and lets specificity decide.
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


@vocabulary(_DATA, required=("areas", "milestones"))
def _data(d: dict) -> tuple[tuple[_Rule, ...], tuple[_Rule, ...]]:
    mk = lambda code, r, scope: _Rule(code, scope, _patterns(r.get("any")),  # noqa: E731
                                      _patterns(r.get("scoped")), frozenset(r.get("none") or ()))
    areas = tuple(mk(code, r, code) for code, r in d["areas"].items())
    miles = tuple(mk(code, r, r["scope"]) for code, r in d["milestones"].items())
    return areas, miles


def _best(rules, words: frozenset[str], use_scoped) -> str | None:
    best, best_n = None, 0
    for r in rules:
        if r.none & words:
            continue
        pats = r.any + (r.scoped if use_scoped(r) else ())
        n = max((len(p) for p in pats if all(t & words for t in p)), default=0)
        if n > best_n:                   # strictly more specific; ties keep the earlier code
            best, best_n = r.code, n
    return best


def block_area(text: str) -> str | None:
    """`general` / `hr` when a section's wording names block 1 or 2, else None."""
    return _best(_data()[0], frozenset(lemmas(text)), lambda r: False)


def scope_of(area: str | None) -> str | None:
    if area is None:
        return None
    return area if area in BLOCK_AREAS else "direction"


def match_milestone(area: str | None, *texts: str) -> str:
    """Milestone code of an item from its texts (activity first, then e.g. the deliverable)."""
    scope = scope_of(area)
    rules = [r for r in _data()[1] if scope is None or r.scope == scope]
    for text in texts:
        code = _best(rules, frozenset(lemmas(text or "")), lambda r: scope is not None)
        if code:
            return code
    return "other"
