"""A need reading's signature: how it was read, never what it says (need_calibration.py).

A signature is a handful of features the reader sees, each a short value, in the order of
`LEVELS` (the coarsest bucket first: the keyword rules' word, which told right from wrong best
on fresh readings — benchmarks/fit_need_calibration.py —, then the code, the path…):

* `shared` — what the keyword rules of data/needs.yaml (a second reader that knows no grammar)
  say of the phrase: the same code, another code, or nothing;
* `code` — the code read;
* `path` — the rule that gave the code: an override, an exact term, a keyword rule, the
  shared-word fallback (`fuzzy`), or the grammar's `table` (listed action + listed object),
  `refine` (a modifier rule), `default` (the action's default); "?" marks a "code?" reading;
* `unknown` — content words of the phrase that no vocabulary of the grammar names (0, 1, 2+);
* `cell` — the cell's shape: one phrase or several, one code or several;
* `obj` — whether the grammar's reading of that code had a listed object (1) or none (0; `-`:
  not read by the grammar);
* `model` — whether the learned model (need_model.py) gives the code to the need's clause too
  (need_model_hook.agrees: 1, 0, or `-` without a model); given by `with_model`, not by `signature`,
  so that this module still runs inside an old tree that has no model (fresh_need_signatures.py).

The calibration falls back to a coarser bucket where a finer one had too few examples.  Per
phrase it is cached like the reading itself; the cell's shape costs nothing.
"""
from __future__ import annotations

from functools import lru_cache

from .matcher import _OVERRIDE_HOOKS, Match, taxonomy
from .need_grammar import grammar, read_needs
from .phrase import words

LEVELS = ("shared", "model", "code", "path", "unknown", "cell", "obj")
READ = tuple(k for k in LEVELS if k != "model")       # the levels `signature` gives: how the rules read it
_CONTENT = ("NOUN", "VERB", "INFN")


def path_of(method: str) -> str:
    """The reading path of a match's method: "grammar:table?+before+bare" -> "table?"."""
    base = method.split("+", 1)[0]
    return base.split(":", 1)[1] if base.startswith("grammar:") else base


@lru_cache(maxsize=20_000)
def phrase_facts(phrase: str) -> tuple[int, str, frozenset[str]]:
    """(unknown content words, capped at 2; the keyword rules' code or "";
    the codes the grammar read with a listed object) of one phrase."""
    g = grammar()
    ws = words(phrase, g.speller)
    unknown = sum(1 for w in ws if w.pos in _CONTENT and not w.lemmas & g.known
                  and not (w.parts and w.parts[-1] in g.known))
    rule = taxonomy("needs").match(phrase)
    with_object = frozenset(n.code for n in read_needs(phrase) if n.obj != "*")
    return min(unknown, 2), rule.code if rule.method == "rule" else "", with_object


# it holds the keyword rules' code of a phrase, which an analyst's override of it replaces: an
# override set or taken back must not leave a stale `shared` level (the calibration's outcome
# would then hang on the order documents were read in)
_OVERRIDE_HOOKS.append(phrase_facts.cache_clear)


def signature(m: Match, phrases: int, codes: int) -> tuple[str, ...]:
    """The values of `READ` for match `m` in a cell of `phrases` phrases and `codes` codes."""
    unknown, rule, with_object = phrase_facts(m.text)
    path = path_of(m.method)
    grammar_read = m.method.startswith("grammar:")
    obj = ("1" if m.code in with_object else "0") if grammar_read else "-"
    shared = "none" if not rule else "same" if rule == m.code else "other"
    cell = f"{'1' if phrases < 2 else 'n'}p{'1' if codes < 2 else 'n'}c"
    return shared, m.code, path, str(unknown), cell, obj


def with_model(values: tuple[str, ...], agrees: str) -> tuple[str, ...]:
    """A signature of `READ` levels given its `model` level."""
    at = LEVELS.index("model")
    return (*values[:at], agrees, *values[at:])


def bucket_keys(values: tuple[str, ...]) -> list[str]:
    """The bucket keys of a signature, the coarsest ("" = every reading) to the finest."""
    return ["|".join(f"{k}={v}" for k, v in zip(LEVELS[:i], values)) for i in range(len(LEVELS) + 1)]
