"""A direction read by the meaning of its words, where no rule of the vocabulary names them.

Two readings, tried after the rules (direction.yaml, direction_process.yaml); a stated
heading or list item takes the first only (normalizers/direction_names.py), a process
(the list states no direction) both in turn (normalizers.direction_by_process):

* **word family** — a rule's words found as cognates rather than as the same lemma:
  "Надзорные мероприятия" meets the rule "надзор", "субсидирование" the rule "субсидия".
  Two lemmas are of one family when they share a stem of at least five letters
  (`same_family`: "контроль"/"контрольный", not "контроль"/"контракт").
* **closeness** — the mean navec vector of the phrase's content words (generic process
  words such as "проведение", "организация" left out) against each direction's
  centroid — the mean of its vocabulary's terms and rules, the direction's definition
  in words —, when it is clearly closer than any other direction's (`meaning` in
  direction.yaml, measured by benchmarks/calibrate_directions.py).

Neither is the list's own statement, so both score below the review threshold (0.85):
the code is kept and a person sees it in `review`.  `process_direction` is the whole
reading of a process: rules, families, closeness, else `other` barely scored.
"""
from __future__ import annotations

import re
from functools import lru_cache, partial

from textcore.lemmas import lemmas
from textcore.vocab import VocabularyError

from .matcher import _OVERRIDE_HOOKS, _STOP, REVIEW, Match, _key, expand_abbreviations, taxonomy
from .phrase import words
from .similar import Classes

_CONTENT_POS = frozenset({"NOUN", "ADJF", "ADJS", "PRTF", "VERB", "INFN", "LATN"})


def same_family(a: str, b: str) -> bool:
    """Two lemmas of one word family: a shared stem of five letters or more, and the
    longer it is, the more of the shorter word may differ after it ("пенсия"/"пенсионный",
    "инспекция"/"инспектирование", "регистрация"/"регистрировать"; not "контроль"/
    "контракт", nor "предоставление"/"предостережение")."""
    if a == b:
        return True
    if a[:5] != b[:5]:          # most pairs: no stem of five (~90,000 calls a rebuild of the seeds)
        return False
    m, n = min(len(a), len(b)), 5
    while n < m and a[n] == b[n]:
        n += 1
    return n >= m - (1 if n == 5 else 3 if n == 6 else 4)


@lru_cache(maxsize=1)
def _settings() -> dict:
    m = taxonomy("direction").setting("meaning")
    for k in ("family_score", "similar_score", "unread_score"):
        if not 0 < float(m[k]) < REVIEW:
            raise VocabularyError(f"direction.yaml: meaning.{k} must be below the review threshold {REVIEW}")
    return {"family": float(m["family_score"]), "similar": float(m["similar_score"]),
            "unread": float(m["unread_score"]),
            "cosine": float(m["sure_cosine"]), "margin": float(m["sure_margin"]),
            "generic": frozenset(str(w) for w in m.get("generic", [])),
            "external": frozenset(str(w) for w in m.get("external_party", [])),
            "other_words": frozenset(str(w) for w in m.get("other_words", [])),
            "bare": frozenset(str(w) for w in m.get("bare_actions", []))}


@lru_cache(maxsize=1)
def _process_cap() -> float:
    cap = float(taxonomy("direction_process").setting("score"))
    if not 0 < cap < REVIEW:
        raise VocabularyError(f"direction_process.yaml: score {cap} must be below the review threshold {REVIEW}")
    return cap


def names_the_rest(text: str) -> Match | None:
    """`other` for a name that says only "the rest": an other-word ("иной", "прочий") and
    generic words ("Прочие полномочия", "Иная деятельность министерства")."""
    s = _settings()
    key = set(_key(text))
    if key & s["other_words"] and key <= s["other_words"] | s["generic"]:
        return Match(taxonomy("direction").other, 0.9, "rule", text)
    return None


def names_the_body(text: str) -> Match | None:
    """The body's housekeeping for a name of nothing but its own functioning being provided
    for ("Обеспечение деятельности министерства"; `upkeep` in direction.yaml), below review;
    read as a process name is (method `process`): in a list, a row's own process words say
    more (such a section may hold its staff, IT and accounts as well)."""
    up = taxonomy("direction").setting("meaning").get("upkeep")
    if not up:
        return None
    key = {k for k in _key(text) if re.search("[а-я]", k)}       # a heading's number aside
    action, of = set(up["action"]), set(up["of"])
    if key & action and key & of and key <= action | of | set(up["body"]) | _settings()["generic"]:
        return Match(str(up["code"]), min(float(up["score"]), REVIEW - 0.01), "process", text)
    return None


def by_family(name: str, text: str, allowed: frozenset[str] | None = None) -> Match | None:
    """The code of the taxonomy (`direction`, `direction_process`) whose rule the phrase
    meets by word families (its generic words aside: "работа" is not "работник"): most
    rule words first, then the code's priority; `allowed` restricts the codes."""
    return _by_family(name, text or "", allowed)


@lru_cache(maxsize=20_000)
def _by_family(name: str, text: str, allowed: frozenset[str] | None) -> Match | None:
    key = tuple(k for k in _key(text) if k not in _settings()["generic"])
    # the taxonomy's own ranking of rule readings, with cognates for the same lemma
    ranked = taxonomy(name).ranked(key, allowed, meets=same_family)
    if not ranked:
        return None
    score = _settings()["family"]
    if len(ranked) > 1 and ranked[1][1][:2] == ranked[0][1][:2]:
        score -= 0.15                       # two directions' families equally: a weak guess
    return Match(ranked[0][0], score, "family", text, tuple(c for c, _ in ranked[1:4]))


@lru_cache(maxsize=4)
def _classes(allowed: frozenset[str] | None = None) -> Classes:
    """Each direction's words: the terms and rules of both direction vocabularies."""
    entries: dict[str, list[str]] = {}
    for name in ("direction", "direction_process"):
        tax = taxonomy(name)
        for code, spec in tax.codes.items():
            if code == tax.other or (allowed is not None and code not in allowed):
                continue            # "other" has no meaning of its own to be close to
            entries.setdefault(code, []).extend(str(w) for w in spec.get("terms", []) + spec.get("rules", []))
    return Classes(entries, by="centroid")


def content_words(text: str) -> tuple[tuple[str, ...], ...]:
    """(lemma, form) of the words that carry the phrase's meaning."""
    generic = _settings()["generic"]
    return tuple((w.lemma, w.text) for w in words(text)
                 if w.pos in _CONTENT_POS and w.lemma not in generic and len(w.text) > 2)


def by_closeness(text: str, allowed: frozenset[str] | None = None) -> Match | None:
    """The direction whose words are nearest the phrase's by navec, when clearly nearest."""
    return _by_closeness(text or "", allowed)


@lru_cache(maxsize=20_000)
def _by_closeness(text: str, allowed: frozenset[str] | None) -> Match | None:
    found = content_words(text)
    if not found:
        return None
    s = _settings()
    near = _classes(allowed).nearest(found)
    if near is None or near.cosine < s["cosine"] or near.margin < s["margin"]:
        return None
    return Match(near.cls, s["similar"], "similar", text)


def process_direction(text: str) -> Match:
    """A process's direction, for a row whose list states none; always below review.

    The rules of both vocabularies (the processes' and the headings'), the one explaining
    more of the process winning; else word families, else navec closeness; else `other`
    ("иные функции": what no direction's words describe), with a low score.  A process
    naming an external party (население, заявители: `external_party`) serves no internal
    client, so no internal direction is read for it.  Method `process` for a reading by the
    words themselves (rules, families), `process:similar` by closeness, `process:unread`."""
    return _process_direction(text or "")


def _rule_holds(name: str, code: str, text: str, word: str | None, min_words: int = 1) -> bool:
    """Whether a rule of `code` (of `min_words` words or more) met by the text holds the word."""
    key = set(_key(text))
    return word is not None and any(r.code == code and word in r.words and r.words <= key
                                    and len(r.words) >= min_words for r in taxonomy(name).rules)


def external_only(text: str):
    """The external directions where the text names an external party (население, заявители), else None."""
    return _allowed(text)


def _allowed(text: str):
    """No internal direction for a process naming an external party."""
    if _settings()["external"] & set(_key(text)):
        return taxonomy("direction").codes_where("client", "external")
    return None


@lru_cache(maxsize=20_000)
def _process_direction(text: str) -> Match:
    m = process_by_words(text)
    if m is not None:
        return m
    cap, s, allowed = _process_cap(), _settings(), _allowed(text)
    m = by_closeness(text, allowed)
    if m is not None:
        return Match(m.code, min(cap, m.score), "process:similar", text, m.alternatives)
    return Match(taxonomy("direction").other, s["unread"], "process:unread", text)


@lru_cache(maxsize=20_000)
def process_by_words(text: str) -> Match | None:
    """A process's direction read by its own words (rules, then word families; method
    `process`), or None: the part of `process_direction` that needs no embeddings.  What
    stands before a sector ("Контроль | в сфере закупок") is read first."""
    head_part = before_sector(text)
    m = process_by_words(head_part) if head_part else None
    if m is not None:
        return Match(m.code, m.score, m.method, text, m.alternatives)
    cap, s, allowed = _process_cap(), _settings(), _allowed(text)
    # the reading whose rule holds the process's head, then the one explaining more; the
    # process vocabulary first on a tie.  The head is its first word that is neither generic
    # nor a bare action: "Публикация отчётов о контрольной деятельности" is about publishing,
    # "Рассмотрение запросов редакций СМИ" about requests, "Выдача пропусков" about passes
    head = process_head(text)
    ruled = [(n, taxonomy(n).rule_reading(text, allowed, partial(_leads, n, text, head)))
             for n in ("direction_process", "direction")]
    ruled = [(n, m) for n, m in ruled if m is not None]
    if ruled:
        m = max(ruled, key=lambda nm: (_rule_holds(nm[0], nm[1].code, text, head), nm[1].score))[1]
        return Match(m.code, round(min(cap, m.score * cap), 3), "process", text, m.alternatives)
    m = by_family("direction_process", text, allowed) or by_family("direction", text, allowed)
    if m is not None:
        return Match(m.code, min(cap, m.score), "process", text, m.alternatives)
    return None


def _leads(name: str, text: str, head: str | None, code: str, ranked: list) -> bool:
    """Whether `code` leads the rule readings of a process: a rule of it holds the head with
    its complement ("РАССМОТРЕНИЕ ЗАПРОСОВ редакций СМИ"), or holds the head while the best
    reading's longer rule lies outside the head's own words ("ТОРГИ на право аренды земельных
    участков"); a longer name inside them specifies the head ("сертификаты ключей
    электронной подписи")."""
    if not _rule_holds(name, code, text, head):
        return False
    best, (n, _, _) = ranked[0]
    if code == best or _rule_holds(name, code, text, head, 2):
        return True
    group = _head_group(text, head)
    key = set(_key(text))
    return not any(r.code == best and len(r.words) == n and r.words <= key and r.words <= group
                   for r in taxonomy(name).rules)


def _head_group(text: str, head: str | None) -> set[str]:
    """The head and the words after it up to a preposition or conjunction (its complements)."""
    seq = lemmas(expand_abbreviations(text))
    if head not in seq:
        return set()
    group = []
    for w in seq[seq.index(head):]:
        if w in _STOP:
            break
        group.append(w)
    return set(group)


def process_head(text: str) -> str | None:
    """The word a process is about: its first that is neither generic ("проведение") nor a
    bare action that names its object after it ("выдача", `bare_actions` in direction.yaml)."""
    s = _settings()
    return next((k for k in _key(text) if k not in s["generic"] and k not in s["bare"]
                 and re.search("[а-яa-z]", k)), None)


def before_sector(text: str) -> str | None:
    """The words before a sector the name is narrowed to ("Государственные услуги | в сфере
    социальной защиты"): they name the direction, the sector only where they cannot;
    None when no sector follows words of their own (`sector_markers` in direction.yaml)."""
    tokens = list(re.finditer(r"[^\s,;:]+", text or ""))
    lem = [(lemmas(t.group()) or ("",))[0] for t in tokens]
    for i in range(1, len(tokens)):
        if any(tuple(lem[i:i + len(mk)]) == mk for mk in _sector_markers()):
            return text[:tokens[i].start()].strip(" ,;:-–—") or None
    return None


@lru_cache(maxsize=1)
def _sector_markers() -> tuple[tuple[str, ...], ...]:
    return tuple(lemmas(str(p)) for p in taxonomy("direction").setting("sector_markers"))


# both read the taxonomies' rules and families, cached per phrase: they forget what they
# read when the analysts' overrides change, as every coder's cache does
_OVERRIDE_HOOKS.extend((process_by_words.cache_clear, _process_direction.cache_clear))
