"""One generic matcher for every taxonomy: text -> Match(code, score, method).

    clean -> expand abbreviations -> lemmatize (cached per phrase)
          -> override (analysts' corrections) -> exact term -> keyword rules -> fuzzy

Taxonomy terms and input text go through the same `_key` function.  Every
result is cached per phrase; `match_many` resolves a whole column at once and
runs the fuzzy step for all unresolved phrases in one `rapidfuzz.process.cdist`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable

import numpy as np
from textcore.vocab import VocabularyError, load_yaml, vocabulary
from rapidfuzz import fuzz, process

from textcore.lemmas import lemmas, normalize
from textcore.word_mends import mend_case

from .compounds import expand_compounds

DATA = Path(__file__).resolve().parent / "data"

# Scores.  Exact term 1.0; a rule scores by how much of the phrase it explains;
# fuzzy is capped below rules.  Below ACCEPT the code is `other` (but the best
# guess is kept for review); below REVIEW the match is listed for a person.
RULE_BASE = 0.85
FUZZY_CAP = 0.85
ACCEPT = 0.60
REVIEW = 0.85
FALLBACK_CAP = 0.75     # coded by shared words only (the phrase's grammar not read): always reviewed
# words that carry no meaning for classification
_STOP = frozenset("и в во на с со о об по для к от из за а также или при его ее их".split())


@dataclass(frozen=True)
class Match:
    code: str
    score: float
    method: str                    # override | exact | rule | fuzzy | none
    text: str = ""                 # the phrase that was matched
    alternatives: tuple[str, ...] = field(default=(), compare=False)

    @property
    def needs_review(self) -> bool:
        return self.score < REVIEW


def below_review(m: Match) -> Match:
    """The same reading kept, doubted: just below the review threshold (a sure one lowered)."""
    return m if m.score < REVIEW else Match(m.code, round(REVIEW - 0.05, 3), m.method, m.text, m.alternatives)


@vocabulary(DATA / "abbreviations.yaml")
def abbreviations(data: dict) -> dict[str, str]:
    return data


@lru_cache(maxsize=1)
def _abbr_pattern() -> re.Pattern:
    keys = sorted(abbreviations(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, keys)) + r")(?![\w-])")


def expand_abbreviations(text: str) -> str:
    """"Сообщества ОИВ" -> "Сообщества ОИВ (орган исполнительной власти)"; case-sensitive."""
    return _abbr_pattern().sub(lambda m: f"{m.group(1)} {abbreviations()[m.group(1)]}", text)


def _key(text: str) -> tuple[str, ...]:
    """Content lemmas of a phrase, stop words removed: the matching form."""
    # words mended first, while their case shows: «СMИ» typed with a Latin «M» is the abbreviation
    return tuple(w for w in lemmas(expand_compounds(expand_abbreviations(mend_case(text)))) if w not in _STOP)


# cache_clear functions of caches that hold codes (they must forget when overrides change)
_OVERRIDE_HOOKS: list = []


@dataclass
class _Rule:
    code: str
    words: frozenset[str]
    priority: int


class Taxonomy:
    """A taxonomy loaded from `normalizers/data/<name>.yaml`."""

    def __init__(self, name: str):
        self.name = name
        data = load_yaml(DATA / f"{name}.yaml", required=("codes",))
        self._data = data                      # its other settings, read by `setting`: one parse
        self.field = data.get("field", name)
        self.other = data.get("other", "other")
        self.codes: dict[str, dict] = data["codes"]
        self.terms: dict[str, str] = {}        # " ".join(key) -> code
        self.rules: list[_Rule] = []
        for code, spec in self.codes.items():
            prio = int(spec.get("priority", 0))
            for term in spec.get("terms", []) + [spec.get("label", "")]:
                k = " ".join(_key(str(term)))
                if k:
                    self.terms.setdefault(k, code)
            for rule in spec.get("rules", []):
                words = frozenset(_key(str(rule)))
                if words:
                    self.rules.append(_Rule(code, words, prio))
        self._choices = list(self.terms)
        self._choice_codes = [self.terms[c] for c in self._choices]
        self.overrides: dict[str, str] = {}

    def setting(self, key: str):
        """A top-level entry of the taxonomy's file besides its codes ("meaning",
        "heading_labels"): the readers of one file share its one parse."""
        if key not in self._data:
            raise VocabularyError(f"{self.name}.yaml: missing key(s) {key}")
        return self._data[key]

    def codes_where(self, name: str, value) -> frozenset[str]:
        return frozenset(c for c, spec in self.codes.items() if spec.get(name) == value)

    def attr(self, code: str, name: str, default=None):
        return self.codes.get(code, {}).get(name, default)

    def set_overrides(self, mapping: dict[str, str]) -> None:
        """Analysts' corrections: phrase -> code; they win over everything else."""
        self.overrides = {" ".join(_key(k)): v for k, v in mapping.items()}
        self.match.cache_clear()
        for hook in _OVERRIDE_HOOKS:      # per-phrase caches of the grammar-based coders
            hook()

    def override_for(self, text: str) -> Match | None:
        """The analysts' correction of a phrase, if any."""
        if not self.overrides:
            return None
        code = self.overrides.get(" ".join(_key(text or "")))
        return Match(code, 1.0, "override", text) if code else None

    def exact_term(self, text: str) -> Match | None:
        """The code whose taxonomy term the phrase is, word for word (score 1.0)."""
        joined = " ".join(_key(text or ""))
        code = self.terms.get(joined) if joined else None
        return Match(code, 1.0, "exact", text) if code else None

    def decide(self, text: str, read: Callable[[str], tuple[Match, ...]], rule_only: bool = False
               ) -> tuple[Match, ...]:
        """The one order the grammar-read taxonomies (channels, needs) decide in: an
        analysts' override, then an exact term, then `read` (the phrase's grammar), and
        last the shared words, capped at FALLBACK_CAP so that a person reviews it.
        `rule_only`: a fallback neither exact nor by a keyword rule is `other` (the
        guess kept as its alternative)."""
        known = self.override_for(text) or self.exact_term(text)
        if known is not None:
            return (known,)
        found = read(text)
        if found:
            return found
        m = self.match(text)
        if not rule_only:
            return (Match(m.code, min(m.score, FALLBACK_CAP), m.method, text, m.alternatives),)
        code = m.code if m.method in ("exact", "rule") else self.other
        return (Match(code, min(m.score, FALLBACK_CAP), m.method, text, m.alternatives or (m.code,)),)

    # -- single phrase -------------------------------------------------------
    @lru_cache(maxsize=50_000)
    def match(self, text: str, allowed: frozenset[str] | None = None) -> Match:
        """Best code for a phrase; `allowed` restricts the candidates (e.g. digital channels
        only, for an item of a list the document says is digital)."""
        m = self._match_no_fuzzy(text, allowed)
        if m is not None:
            return m
        return self._fuzzy([text], allowed)[0]

    def _match_no_fuzzy(self, text: str, allowed: frozenset[str] | None = None) -> Match | None:
        key = _key(text or "")
        if not key:
            return Match(self.other, 0.0, "none", text)
        joined = " ".join(key)
        if joined in self.overrides:
            return Match(self.overrides[joined], 1.0, "override", text)
        if joined in self.terms and (allowed is None or self.terms[joined] in allowed):
            return Match(self.terms[joined], 1.0, "exact", text)
        return self._rules(text, key, allowed)

    def ranked(self, key: tuple[str, ...], allowed: frozenset[str] | None = None,
               meets: Callable[[str, str], bool] | None = None) -> list[tuple[str, tuple[int, int, int]]]:
        """The codes whose keyword rules the phrase's words meet, best first — the one ranking
        of rule readings: most rule words explained, then the code's priority, then the code
        mentioned first.  `meets(rule_word, word)` is the word test: the same lemma by
        default; word families pass a cognate test (normalizers/direction_meaning.py)."""
        first: dict[str, int] = {}
        for pos, w in enumerate(key):
            first.setdefault(w, pos)
        best: dict[str, tuple[int, int, int]] = {}
        for r in self.rules:
            if allowed is not None and r.code not in allowed:
                continue
            at = _rule_positions(r.words, first, meets)
            if at is None:
                continue
            cand = (len(r.words), r.priority, -min(at))
            if cand > best.get(r.code, (0, -1, -10**6)):
                best[r.code] = cand
        return sorted(best.items(), key=lambda kv: kv[1], reverse=True)

    def _rules(self, text: str, key: tuple[str, ...], allowed: frozenset[str] | None = None,
               prefer: Callable[[str, list], bool] | None = None) -> Match | None:
        ranked = self.ranked(key, allowed)
        if not ranked:
            return None
        if prefer is not None:
            # the first code `prefer` picks (told the whole ranking) leads ("the rule holding the head")
            k = next((i for i, (c, _) in enumerate(ranked) if prefer(c, ranked)), 0)
            ranked = [ranked[k]] + ranked[:k] + ranked[k + 1:]
        code, (n, prio, _) = ranked[0]
        coverage = min(1.0, n / max(1, len(set(key))))
        score = RULE_BASE + (1 - RULE_BASE) * coverage
        if len(ranked) > 1 and ranked[1][1][:2] >= (n, prio):
            score -= 0.15           # two codes explain the phrase equally well: ambiguous
        return Match(code, round(score, 3), "rule", text, tuple(c for c, _ in ranked[1:4]))

    def rule_reading(self, text: str, allowed: frozenset[str] | None = None,
                     prefer: Callable[[str, list], bool] | None = None) -> Match | None:
        """The keyword rules' reading alone (no override, term or fuzzy match); `prefer`
        picks the code that leads among those the rules read, when any."""
        return self._rules(text, _key(text or ""), allowed, prefer)

    # -- many phrases at once ------------------------------------------------
    def _fuzzy(self, texts: list[str], allowed: frozenset[str] | None = None) -> list[Match]:
        keys = [" ".join(_key(t)) for t in texts]
        scores = process.cdist(keys, self._choices, scorer=fuzz.token_sort_ratio,
                               processor=None, workers=1)
        out = []
        for t, row in zip(texts, np.atleast_2d(scores)):
            if allowed is not None:
                row = np.where([c in allowed for c in self._choice_codes], row, 0)
            order = np.argsort(row)[::-1]
            best = float(row[order[0]]) / 100 if len(order) else 0.0
            codes = []
            for i in order[:8]:
                c = self._choice_codes[i]
                if c not in codes:
                    codes.append(c)
            score = round(min(FUZZY_CAP, best * FUZZY_CAP), 3)
            code = codes[0] if codes and score >= ACCEPT else self.other
            out.append(Match(code, score, "fuzzy", t, tuple(codes[:4])))
        return out

    def match_many(self, texts: Iterable[str]) -> list[Match]:
        """Match a column of phrases; duplicates and cached phrases cost nothing."""
        texts = list(texts)
        uniq = list(dict.fromkeys(texts))
        resolved: dict[str, Match] = {}
        pending = []
        for t in uniq:
            m = self._match_no_fuzzy(t)
            if m is None:
                pending.append(t)
            else:
                resolved[t] = m
        if pending:
            for t, m in zip(pending, self._fuzzy(pending)):
                resolved[t] = m
        return [resolved[t] for t in texts]


def _rule_positions(words: frozenset[str], first: dict[str, int],
                    meets: Callable[[str, str], bool] | None) -> list[int] | None:
    """Where in the phrase each rule word is met (its first position), or None when one is not."""
    if meets is None:
        return [first[w] for w in words] if words <= first.keys() else None
    at = []
    for w in words:
        pos = [p for k, p in first.items() if meets(w, k)]
        if not pos:
            return None
        at.append(min(pos))
    return at


@lru_cache(maxsize=None)
def taxonomy(name: str) -> Taxonomy:
    return Taxonomy(name)
