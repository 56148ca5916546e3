"""Roadmap areas and milestones (docs/dataset.md, `milestone`) from the wording of sections and items.

Vocabulary and rules are data (`normalizers/data/milestones.yaml`); see its
header for the pattern semantics.  Patterns name concepts through word
`families` (appointing, being in charge, HR, carrying out, remaking), so a new
wording of a template item needs a word in a family, not a new pattern.  The
block an item sits in breaks ties and allows that block's `scoped` patterns; an
item naming another block's milestone more specifically keeps it: a milestone is
what the item says (contract §4.5), whatever section a region filed it under.
An unknown area (no section rows, or a section naming neither a block nor a
direction) lets specificity alone decide.  A conformity phrase («согласно
целевому состоянию», «по итогам самооценки») names what the item follows, not
what it makes: the item is read without it first.  Two words run together where a space was
lost («реестрпроцессов») are read as the two (`phrase.unglue`).
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from textcore.lemmas import lemmas, morph, normalize
from textcore.lookalike import fix_lookalikes
from textcore.vocab import vocabulary

from .phrase import unglue
from .verb_family import verb_forms

_DATA = Path(__file__).resolve().parent / "data" / "milestones.yaml"
BLOCK_AREAS = ("general", "hr")


class _Pattern(tuple):
    """Terms, each a frozenset of accepted lemmas; `ordered`: the first term (the item's
    action, "^" in the data) must come before the others ("внедрение целевой модели")."""
    ordered = False


@dataclass(frozen=True)
class _Rule:
    code: str
    scope: str
    any: tuple[tuple[frozenset[str], ...], ...]      # patterns: terms, each a set of accepted lemmas
    scoped: tuple[tuple[frozenset[str], ...], ...]
    none: frozenset[str]
    none_before: frozenset[str]        # vetoes only before the pattern's first term: the item's action


@dataclass(frozen=True)
class _Vocab:
    areas: tuple[_Rule, ...]
    milestones: tuple[_Rule, ...]
    reference: re.Pattern | None        # a conformity phrase, up to the next punctuation
    words: frozenset[str]               # every lemma a pattern names
    side: frozenset[str]                # actions that tell, teach or report: no milestone made
    light: frozenset[str]               # verbs before the item's real action


def _term(raw: str, families: dict[str, list[str]]) -> frozenset[str]:
    """A term's accepted lemmas: "a|b|$family" -> a, b and every word of the family; a verb
    with its other aspect and reflexive forms (`verb_forms`: "назначается", "назначает")."""
    out: set[str] = set()
    for part in str(raw).split("|"):
        out.update(families[part[1:]] if part.startswith("$") else (part,))
    return frozenset(f for w in out for f in verb_forms(w))


def _pattern(raw: list, families) -> _Pattern:
    p = _Pattern(_term(str(t).lstrip("^"), families) for t in raw)
    p.ordered = str(raw[0]).startswith("^")
    return p


def _matches(p: _Pattern, seq: tuple[str, ...], words: frozenset[str]) -> bool:
    if not all(t & words for t in p):
        return False
    if not p.ordered:
        return True
    first = lambda t: next(i for i, w in enumerate(seq) if w in t)  # noqa: E731
    return first(p[0]) < min(first(t) for t in p[1:])


def _terms(raw, families) -> frozenset[str]:
    return frozenset().union(*(_term(t, families) for t in raw or ()))


@vocabulary(_DATA, required=("families", "references", "areas", "milestones"))
def _data(d: dict) -> _Vocab:
    fam = {k: [str(w) for w in v] for k, v in d["families"].items()}
    pats = lambda raw: tuple(_pattern(p, fam) for p in (raw or ()))  # noqa: E731
    mk = lambda code, r, scope: _Rule(code, scope, pats(r.get("any")), pats(r.get("scoped")),  # noqa: E731
                                      _terms(r.get("none"), fam), _terms(r.get("none_before"), fam))
    markers = sorted((normalize(m) for m in d["references"]), key=len, reverse=True)
    ref = re.compile(rf"(?<![а-яa-z0-9])(?:{'|'.join(map(re.escape, markers))})(?![а-яa-z0-9])[^,;()\n—–:]*") \
        if markers else None
    areas = tuple(mk(c, r, c) for c, r in d["areas"].items())
    rules = tuple(mk(c, r, r["scope"]) for c, r in d["milestones"].items())
    words = frozenset(w for r in areas + rules for p in r.any + r.scoped for t in p for w in t)
    return _Vocab(areas, rules, ref, words, _terms(d.get("side_actions"), fam), _terms(d.get("light_actions"), fam))


@lru_cache(maxsize=10_000)
def _as_listed(word: str) -> str:
    """A word the dictionary does not know gets a guessed lemma that may miss the listed one
    ("самодиагностику" -> "самодиагностик"): it stands for the listed word it shares all but
    that word's last two letters with, and all but its own last three (at least six letters:
    a compound "клиентоориентированный" is no "клиент"); a known word stays itself."""
    words = _data().words
    if word in words or len(word) < 6 or morph().word_is_known(word):
        return word
    near = [w for w in words if len(os.path.commonprefix((w, word))) >= max(6, len(w) - 2, len(word) - 3)]
    return max(near, key=lambda w: len(os.path.commonprefix((w, word))), default=word)


@lru_cache(maxsize=10_000)
def _listed(word: str) -> tuple[str, ...]:
    """A word as the patterns know it: two words run together where a space was lost
    («реестрпроцессов», one of them a listed word) are those two; else `_as_listed`."""
    words = _data().words           # a listed word the dictionary does not know stays whole («самодиагностика»)
    split = unglue(word, words) if word not in words and len(word) >= 6 and not morph().word_is_known(word) else None
    return lemmas(split) if split else (_as_listed(word),)


def _vetoed(r: _Rule, seq: tuple[str, ...], words: frozenset[str]) -> bool:
    """`none` anywhere; `none_before` as the item's action, ahead of the pattern's first term
    ("реализация плана реинжиниринга" carries a plan out; "план ... процессов осуществления
    контроля" makes one)."""
    if r.none & words:
        return True
    if not r.none_before & words:
        return False
    heads = frozenset().union(*(p[0] for p in r.any + r.scoped))
    cut = next((i for i, w in enumerate(seq) if w in heads), len(seq))
    return bool(r.none_before & set(seq[:cut]))


def _best(rules, seq: tuple[str, ...], use_scoped) -> tuple[str | None, int]:
    """(code, number of terms) of the most specific matching rule."""
    best, best_n = None, 0
    words = frozenset(seq)
    for r in rules:
        if _vetoed(r, seq, words):
            continue
        pats = r.any + (r.scoped if use_scoped(r) else ())
        n = max((len(p) for p in pats if _matches(p, seq, words)), default=0)
        if n > best_n:                   # strictly more specific; ties keep the earlier code
            best, best_n = r.code, n
    return best, best_n


def block_area(text: str) -> str | None:
    """`general` / `hr` when a section's wording names block 1 or 2, else None."""
    return _best(_data().areas, lemmas(text), lambda r: False)[0]


def scope_of(area: str | None) -> str | None:
    """Which block an area is; None when unknown (no section, or one naming no block nor direction)."""
    if area is None or area == "other":
        return None
    return area if area in BLOCK_AREAS else "direction"


def _in_text(scope: str | None, words: tuple[str, ...]) -> str | None:
    """The area decides ties and allows its block's `scoped` patterns, but an item whose
    own wording names another block's milestone more specifically keeps that milestone:
    regions file items under sections of their own making (an HR section holding the
    process registry, a general section holding the touchpoint list)."""
    rules = _data().milestones
    if scope is None:
        return _best(rules, words, lambda r: False)[0]
    code, n = _best([r for r in rules if r.scope == scope], words, lambda r: True)
    other, n_other = _best([r for r in rules if r.scope != scope], words, lambda r: False)
    return other if n_other > n else code


def _readings(text: str) -> list[str]:
    """The item without its conformity phrases first, then as written."""
    ref = _data().reference
    bare = ref.sub(" ", normalize(text)) if ref else text
    return [bare, text] if bare.strip() and bare != normalize(text) else [text]


def _tells_only(words: tuple[str, ...]) -> bool:
    """The item's action (its first word of three letters or more past the light verbs)
    only informs, teaches or reports: "Подготовка и размещение на сайте перечня …"."""
    v = _data()
    head = next((w for w in words if len(w) > 2 and w not in v.light), None)
    return head in v.side


def match_milestone(area: str | None, *texts: str) -> str:
    """Milestone code of an item from its texts (activity first, then e.g. the deliverable)."""
    scope = scope_of(area)
    for i, text in enumerate(fix_lookalikes(t or "") for t in texts):
        # a deliverable "Отчёт о проведённой сегментации" shows the work done: only the
        # activity's own action may tell nothing
        if i == 0 and _tells_only(lemmas(text or "")):
            continue
        for reading in _readings(text or ""):
            code = _in_text(scope, tuple(w for x in lemmas(reading) for w in _listed(x)))
            if code:
                return code
    return "other"
