"""A need phrase -> its needs, read as action + object (vocabulary: data/need_grammar.yaml).

    "Получение бланков документов в электронной форме"  -> receive + form        -> forms
    "Получение информации и бланков документов"         -> receive + info, form  -> information, forms
    "Информирование и консультирование"                 -> inform; consult        -> information, consultation
    "Оценка качества предоставления услуги"              -> evaluate               -> feedback

Reading (with natasha's morphology, normalizers/phrase.py):
1. clauses: the phrase is cut before "и"/"," followed by an action word in the
   nominative ("… и получение результата") — each clause has its own action;
2. action: the first action word of the clause (adjectives before it, "досудебное",
   are modifiers);
3. objects: the first word after the action that is a known object; further objects are
   those joined to it by "и"/"," in the same case ("информации и бланков"); a
   word in another case after "и" belongs to a modifier ("об услуге и её результате");
4. modifiers: every other word of the clause; they only matter through `refine`.
A phrase with neither action nor object is not read (the caller falls back).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from textcore.vocab import vocabulary

from .matcher import DATA
from .phrase import Speller, Word, words

FULL = 0.95          # action and object both known and the table names the pair
REFINED = 0.93       # a modifier rule decided
ACTION_ONLY = 0.9    # a decisive action, object absent or not in the table
OBJECT_ONLY = 0.88   # no action word, a known object
GUESS = 0.75         # an action whose default is only a guess ("получение" + unknown)
FUZZY_FACTOR = 0.88  # a misspelt word was corrected: the code goes to review


@dataclass(frozen=True)
class Need:
    code: str
    score: float
    action: str          # action class ("none" when absent)
    obj: str             # object class ("*" when absent/unknown)
    how: str             # table | refine | default


class _Grammar:
    def __init__(self, data: dict):
        self.actions = {w: cls for cls, ws in data["actions"].items() for w in ws}
        self.objects: dict[tuple[str, ...], str] = {}
        for cls, ws in data["objects"].items():
            for w in ws:
                self.objects.setdefault(tuple(str(w).split()), cls)
        self.max_len = max(len(k) for k in self.objects)
        self.table: dict[str, dict[str, str]] = data["table"]
        self.decisive = set(data.get("decisive_actions", []))
        self.yielding = set(data.get("yielding_actions", []))
        self.refine = []
        for r in data["refine"]:
            mods = [tuple(str(m).split()) for m in r["modifier"]]
            self.refine.append((set(r.get("actions", [])) or None, set(r.get("objects", [])) or None, mods, r["code"]))
        vocab = set(self.actions) | {w for k in self.objects for w in k}
        self.speller = Speller(sorted(vocab))


@vocabulary(DATA / "need_grammar.yaml", required=("actions", "objects", "table", "refine"))
def grammar(data: dict) -> _Grammar:
    return _Grammar(data)


def _action_of(w: Word, g: _Grammar) -> str | None:
    if w.pos in ("ADJF", "ADJS", "PRTF") and w.lemma not in g.actions:
        return None
    return next((g.actions[lem] for lem in sorted(w.lemmas) if lem in g.actions), None)


def _object_at(ws: tuple[Word, ...], i: int, g: _Grammar) -> tuple[str, int] | None:
    """(object class, length in words) of the known object starting at word i."""
    for n in range(min(g.max_len, len(ws) - i), 0, -1):
        span = ws[i:i + n]
        if any(w.is_punct for w in span):
            continue
        for combo in _lemma_combos(span):
            if combo in g.objects:
                return g.objects[combo], n
    return None


def _lemma_combos(span: tuple[Word, ...]):
    if len(span) == 1:
        for lem in sorted(span[0].lemmas):
            yield (lem,)
        return
    # multi-word objects are matched on each word's likeliest lemma (adjective + noun)
    yield tuple(w.lemma for w in span)


def _starts_clause(w: Word, g: _Grammar) -> bool:
    return _action_of(w, g) is not None and (w.pos in ("INFN", "VERB") or bool(w.cases & {"nomn", "accs"}))


def _clauses(ws: tuple[Word, ...], g: _Grammar) -> list[tuple[Word, ...]]:
    out, cur = [], []
    for i, w in enumerate(ws):
        if w.is_conj and i + 1 < len(ws) and cur and _starts_clause(ws[i + 1], g) \
                and any(_action_of(x, g) for x in cur):
            out.append(tuple(cur))
            cur = []
            continue
        cur.append(w)
    if cur:
        out.append(tuple(cur))
    return out


def _has(mod_lemmas: list[frozenset[str]], seq: tuple[str, ...]) -> bool:
    if len(seq) == 1:
        return any(seq[0] in ls for ls in mod_lemmas)
    return any(all(s in mod_lemmas[i + k] for k, s in enumerate(seq)) for i in range(len(mod_lemmas) - len(seq) + 1))


def _code(action: str, obj: str, mods: list[frozenset[str]], g: _Grammar) -> tuple[str, float, str] | None:
    for actions, objects, seqs, code in g.refine:
        if actions is not None and action not in actions:
            continue
        if objects is not None and obj not in objects:
            continue
        if any(_has(mods, s) for s in seqs):
            return code, REFINED, "refine"
    row = g.table.get(action, {})
    if obj in row and obj != "*":
        return row[obj], (FULL if action != "none" else OBJECT_ONLY), "table"
    if "*" in row:
        return row["*"], (ACTION_ONLY if action in g.decisive else GUESS), "default"
    return None


def _read_clause(ws: tuple[Word, ...], g: _Grammar) -> list[Need]:
    start, action = 0, "none"
    for i, w in enumerate(ws[:4]):                     # the action leads the clause
        a = _action_of(w, g)
        if a:
            start, action = i + 1, a
            # "Организация подачи запроса": the agency organises, the client submits
            inner = _action_of(ws[i + 1], g) if a == "agency" and i + 1 < len(ws) else None
            if inner and inner != "agency":
                start, action = i + 2, inner
            break
        if w.pos not in ("ADJF", "ADJS", "PRTF", "ADVB") and not w.is_punct:
            break                                      # a noun first: no action word
    objects: list[tuple[str, int, int]] = []           # (class, start, end)
    i = start
    while i < len(ws):
        hit = _object_at(ws, i, g)
        if hit:
            objects.append((hit[0], i, i + hit[1]))
            break
        i += 1
    # coordinated objects: "и"/"," + (adjectives) + a known object in the same case
    while objects:
        cls, s, e = objects[-1]
        j = e
        while j < len(ws) and not ws[j].is_conj and not ws[j].is_punct:
            j += 1
        if j >= len(ws) or not ws[j].is_conj:
            break
        k = j + 1
        while k < len(ws) and ws[k].pos in ("ADJF", "PRTF") and not _object_at(ws, k, g):
            k += 1
        hit = _object_at(ws, k, g) if k < len(ws) else None
        head_cases = ws[e - 1].cases
        if not hit or not (ws[k + hit[1] - 1].cases & head_cases):
            break
        objects.append((hit[0], k, k + hit[1]))
    if action == "none" and not objects:
        return []
    used = {p for _, s, e in objects for p in range(s, e)}
    mods = [w.lemmas for p, w in enumerate(ws) if p not in used and p != start - 1 and not w.is_punct]
    fuzzy = any(w.fuzzy for w in ws)
    out = []
    for cls in ([c for c, _, _ in objects] or ["*"]):
        found = _code(action, cls, mods, g)
        if found:
            code, score, how = found
            out.append(Need(code, round(score * (FUZZY_FACTOR if fuzzy else 1.0), 3), action, cls, how))
    return out


@lru_cache(maxsize=50_000)
def read_needs(phrase: str) -> tuple[Need, ...]:
    """The needs one phrase states, in order (empty when it cannot be read)."""
    g = grammar()
    ws = words(phrase, g.speller)
    out: list[Need] = []
    for clause in _clauses(ws, g):
        out += _read_clause(clause, g)
    if any(n.action not in g.yielding for n in out):
        out = [n for n in out if n.action not in g.yielding]
    return tuple(out)
