"""What a procedure's lead-in introduces: `classify("К офлайн-точкам относятся:")` -> "channel_offline".

Cues (parsers/data/procedure.yaml) are lemma phrases, each with a weight per kind.  A cue
whose words stand in a negated phrase ("без использования сети «Интернет»", "не в
электронной форме", "вне сети") says the opposite: it counts for the kind `negation` names
(digital and offline points), so that an offline lead-in worded by what it is not is not
read as a digital one.  A cue that itself holds the negator ("без личного присутствия")
is read as written.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from textcore.lemmas import _WORD, lemma, lemmas, morph, normalize
from textcore.vocab import vocabulary

from .lead_nouns import dangling, names_kind, noun_scores

_DATA = Path(__file__).resolve().parent.parent / "data" / "procedure.yaml"


@vocabulary(_DATA, required=("min_score", "kinds", "veto", "describing", "inline_max_words", "open_end",
                             "procedure_title", "amending_title", "procedure_object", "title_lines", "title_words",
                             "relative_words", "expected_lists", "list_words", "lead_in_max_words",
                             "inline_max_words_semicolon", "inline_max_words_need", "abbreviations",
                             "manner_words", "manner_not", "need_predicates", "negators", "negation", "negation_span",
                             "means_end", "purpose_end", "client_words", "purpose_weight", "open_kinds",
                             "means_kinds", "negator_prefixes", "subheading_max_words", "kind_nouns",
                             "open_words", "open_short_words", "synonyms", "note_headers",
                             "last_noun_kinds", "last_noun_weight", "copula_verbs", "copula_instrumental",
                             "point_column_words", "repealed_item", "name_header_words", "apparatus_words",
                             "by_items_reads", "duty_words", "duties_not", "official_words"))
def vocab(data: dict) -> dict:
    syn = data["synonyms"]
    data["cues"] = {kind: [(_cue(p, syn), w) for p, w in cues.items()] for kind, cues in data["kinds"].items()}
    data["titles"] = [lemmas(p) for p in data["procedure_title"]]
    data["amending_titles"] = [lemmas(p) for p in data["amending_title"]]
    data["purpose_ends"] = [lemmas(p) for p in data["purpose_end"]]
    data["cue_words"] = {w for cues in data["cues"].values() for p, _ in cues for w in p}
    data["repealed_re"] = re.compile(data["repealed_item"], re.I)
    # the comma and its spaces one run (`\s*,?\s*` before them was cubic on a run of spaces under `search`)
    data["open_end_re"] = re.compile(r"(?:,\s*)?(?:" + "|".join(data["open_end"]) + r")\s*$")
    return data


def _cue(phrase: str, synonyms: dict[str, str]) -> tuple[str, ...] | frozenset[str]:
    """A cue's words, each as its family's word (`synonyms`): a sequence, or a set ("a + b":
    anywhere, in any order)."""
    if " + " in phrase:
        return frozenset(synonyms.get(w, w) for part in phrase.split(" + ") for w in lemmas(part))
    return tuple(synonyms.get(w, w) for w in lemmas(phrase))


@lru_cache(maxsize=50_000)           # every line ending with ":" and every inline head is tried
def _negated(text: str) -> tuple[tuple[str, ...], tuple[bool, ...]]:
    """The lemmas of a lead-in and, for each, whether it stands in a negated phrase: the words
    after a negator up to a finite verb or a conjunction, at most `negation_span` of them."""
    v = vocab()
    words = _WORD.findall(normalize(text))
    out, neg, left = [], [], 0
    for w in words:
        lem = lemma(w)
        lem = v["synonyms"].get(lem, lem)
        stem = _prefix_negated(lem)
        if stem:                              # "внецифровые точки": not digital ones
            out.append(stem)
            neg.append(True)
            continue
        if lem in v["negators"]:
            out.append(lem)
            neg.append(False)
            left = v["negation_span"]
            continue
        if left and morph().parse(w)[0].tag.POS in ("VERB", "CONJ"):
            left = 0                          # "без … осуществляется через электронные …"
        out.append(lem)
        neg.append(left > 0)
        left = max(0, left - 1)
    return tuple(out), tuple(neg)


def _prefix_negated(lem: str) -> str | None:
    """"внецифровой" -> "цифровой", "неэлектронный" -> "электронный": a cue word behind a
    negating prefix (`negator_prefixes`) is that word negated."""
    for prefix in vocab()["negator_prefixes"]:
        if lem.startswith(prefix) and lem[len(prefix):] in vocab()["cue_words"]:
            return lem[len(prefix):]
    return None


def _match(words: tuple[str, ...], neg: tuple[bool, ...], phrase) -> str | None:
    """"plain", "negated" (every occurrence touches a negated word) or None."""
    negators = set(vocab()["negators"])
    if isinstance(phrase, frozenset):
        spots = [[i for i, w in enumerate(words) if w == p] for p in phrase]
        if not all(spots):
            return None
        plain = phrase & negators or all(any(not neg[i] for i in s) for s in spots)
        return "plain" if plain else "negated"
    n = len(phrase)
    hits = [i for i in range(len(words) - n + 1) if words[i:i + n] == phrase]
    if not hits:
        return None
    plain = set(phrase) & negators or any(not any(neg[i:i + n]) for i in hits)
    return "plain" if plain else "negated"


@lru_cache(maxsize=20_000)          # classify, open_kinds and rival_kinds read the same lead-in
def _scores(text: str) -> tuple[tuple[str, ...], dict[str, int]] | None:
    """The lead-in's lemmas and each kind's summed cue weights; None for a vetoed lead-in.
    Callers only read the (cached) scores."""
    v = vocab()
    words, neg = _negated(text)
    vetoed = [i for i, w in enumerate(words) if w in v["veto"]]
    # "задачи клиента", "требования заявителя": what the client wants is a need, not the procedure's;
    # "определение потребностей": the act done on what is listed, no definitions either
    owned = [i for i in vetoed if i + 1 < len(words) and words[i + 1] in v["client_words"]]
    acted = [i for i in vetoed if i + 1 < len(words) and words[i + 1] in v["kind_nouns"]]
    if len(owned) + len(acted) < len(vetoed) or set(words) & set(v["duty_words"]) and not _kind_named_directly(text):
        return None
    scores = dict.fromkeys(v["cues"], 0)
    scores["need"] += v["purpose_weight"] if owned else 0
    present = set(words)
    for kind, cues in v["cues"].items():
        for phrase, weight in cues:
            if not present.issuperset(phrase):
                continue                  # a cue word missing: no match (most cues, most lead-ins)
            how = _match(words, neg, phrase)
            if how:
                scores[v["negation"].get(kind, kind) if how == "negated" else kind] += weight
    headed = noun_scores(text, words, neg, v["negation"])     # the head noun's class (lead_nouns.py)
    for kind, weight in headed.items():
        if scores[kind] < v["min_score"]:               # where no cue named the kind (their balance kept) …
            scores[kind] += weight
    if len(headed) == 1:                                # … but a head so named outranks its modifiers' cues
        kind = next(iter(headed))                       # («Электронные каналы обращения клиентов могут быть …»)
        scores[kind] = max(scores[kind], max(s for k, s in scores.items() if k != kind) + 1)
    if dangling(words):
        scores["column"] = 0                            # «… ведётся в рамках:» frames nothing
    if _ends_with_purpose(words) and set(words) & set(v["client_words"]):
        scores["need"] += v["purpose_weight"]           # "Клиенты обращаются … в целях:"
    if words and words[-1] in v["last_noun_kinds"]:          # "… относящиеся к направлениям:"
        scores[v["last_noun_kinds"][words[-1]]] += v["last_noun_weight"]
    if words and words[-1] in v["means_end"]:
        scores["need"] = 0                              # "… обратиться через:" lists the ways
    named = _named_by_next(words)
    if named and named not in v["list_words"]:   # "по следующим направлениям": what is listed (a clause after it
        # tells no other kind: «следующие данные, которые заполняются в электронной форме:» list no channels)
        scores = {k: s if any(named in phrase for phrase, _ in v["cues"][k]) or names_kind(named, k) else 0
                  for k, s in scores.items()}
    return words, scores


_GROUP_POS = frozenset({"ADJF", "PRTF", "NUMR", "ADVB"})     # words inside a noun's group, before it


def _kind_named_directly(text: str) -> bool:
    """Whether a kind's noun (`kind_nouns`) stands in the lead-in as its subject or object: in the
    nominative or accusative, its group opened by no preposition nor hung on a noun before it
    («… используются следующие каналы:»).  A lead-in naming duties lists them unless it so names
    what it lists, the duties then only its occasion («Для исполнения обязанностей …»); «Обязанности
    работников по направлениям:», «…, ответственных за каналы:», «Перечень обязанностей …» list duties."""
    v, before = vocab(), None
    for w in _WORD.findall(normalize(text)):
        parses = morph().parse(w.lower())
        pos = parses[0].tag.POS
        if pos in _GROUP_POS:
            continue
        lem = v["synonyms"].get(parses[0].normal_form, parses[0].normal_form)
        if pos == "NOUN" and lem in v["kind_nouns"] and before not in ("PREP", "NOUN") and any(
                p.tag.case in ("nomn", "accs") for p in parses if p.normal_form == parses[0].normal_form):
            return True
        before = pos
    return False


# a name the lead-in gives its list: «Министерство использует следующие средства (далее – офлайн-каналы):»
# — at its end: a name given mid-sentence names a term of it («… граждан (далее – потребности) используются …»)
_GIVEN_NAME = re.compile(r"\(\s*далее\s*(?:[–—-]|по\s+тексту\s*[–—-]?)\s*([^()]{3,80})\)\s*(?::\s*)?$", re.I)


def classify(text: str) -> str | None:
    """The kind of list a lead-in introduces, by its wording; None when it says none.  A name it gives the list
    («… (далее – цифровые каналы):») says it first."""
    given = _GIVEN_NAME.search(text)
    kind = classify(given.group(1)) if given else None
    if kind:
        return kind
    read = _scores(text)
    if read is None:
        return None
    scores = read[1]
    head = _head_kind(text, scores)
    if head:
        return head
    kind = max(scores, key=lambda k: scores[k])        # ties: the order of the data file
    return kind if scores[kind] >= vocab()["min_score"] else None


def _head_kind(text: str, scores: dict[str, int]) -> str | None:
    """Where a lead-in names two content kinds and the second stands in a clause qualifying the
    first ("Потребности клиентов, удовлетворяемые через цифровые каналы:", "Цифровые точки, через
    которые клиенты обращаются:"), the head noun's clause says what is listed: its kind."""
    v = vocab()
    rivals = {k for k in v["open_kinds"] if scores[k] >= v["min_score"]}
    if len(rivals) < 2 or rivals <= set(v["means_kinds"]):
        return None                      # points of both kinds: each item takes its own
    head = _head(text)
    if not head:
        return None
    read = _scores(head)
    if read is None:
        return None
    named = [k for k in v["open_kinds"] if read[1][k] >= v["min_score"]]
    return named[0] if len(named) == 1 and scores[named[0]] >= v["min_score"] else None


def _head(text: str) -> str | None:
    """The head noun's clause, before a qualifying clause ("…, удовлетворяемые …", "…, через
    которые …"); None when there is none.  (A preposition does not end it: «Потребности клиентов
    по каждому направлению:» may list either, its items tell.)"""
    if "," not in text:
        return None
    head, rest = text.split(",", 1)
    return head if _qualifying(rest) else None


def _qualifying(clause: str) -> bool:
    """A participle's or relative clause ("удовлетворяемые …", "через которые …", "в рамках которых …")."""
    words = _WORD.findall(normalize(clause))[:3]
    if not words:
        return False
    if any(lemma(w) in vocab()["relative_words"] for w in words):
        return True
    return morph().parse(words[0])[0].tag.POS in ("PRTF", "PRTS")


def open_kinds(text: str) -> tuple[str, ...]:
    """The kinds a list may be of when its lead-in names none ("Клиент может обратиться через:",
    "К ним относятся:"): its items will tell (pipeline/run/normalize.py, resolve_open_lists).
    None at all for a lead-in that names something else: vetoed words, "по следующему
    алгоритму", a column frame, aims with no client ("Перечень ведётся в целях:"), or a
    sentence of some length about none of the list's concerns (`open_words`: "Сведения
    направляются:" lists how the procedure's papers travel); only ways after a means ("… через:")."""
    v = vocab()
    read = _scores(text)
    if read is None:
        return ()
    words, scores = read
    means = bool(words) and words[-1] in v["means_end"]      # «Связаться … можно через:» lists ways, however long
    if len(words) > v["open_short_words"] and not means and \
            not set(words) & (set(v["open_words"]) | set(v["client_words"])):
        return ()
    named = _named_by_next(words)
    if named and named not in v["list_words"] and not any(named in p for cues in v["cues"].values() for p, _ in cues) \
            and not any(names_kind(named, k) for k in v["open_kinds"]):
        return ()                                      # "по следующему алгоритму": something else
    framed = scores["column"] and scores["column"] >= max(s for k, s in scores.items() if k != "column")
    if framed or (_ends_with_purpose(words) and not set(words) & set(v["client_words"])):
        return ()                                      # a column frame, or the list's own aims
    return tuple(v["means_kinds"] if words and words[-1] in v["means_end"] else v["open_kinds"])


def _ends_with_purpose(words: tuple[str, ...]) -> bool:
    """"… в целях:", "… для:", "… направлено на:" (a purpose phrase closes the lead-in)."""
    return any(len(words) >= len(p) and words[-len(p):] == tuple(p) for p in vocab()["purpose_ends"])


def _named_by_next(words: tuple[str, ...]) -> str | None:
    """The noun after "следующий" ("следующие основные понятия" -> "понятие"), if any."""
    if "следующий" not in words:
        return None
    for w in words[words.index("следующий") + 1:]:   # (past its qualifiers: «наиболее частые», «ключевые»)
        if not any(p.tag.POS in ("ADJF", "ADVB") for p in morph().parse(w)[:1]):
            return w
    return None


def rival_kinds(text: str) -> tuple[str, ...]:
    """The content kinds a lead-in's cues name surely, best first: two of them ("Потребности
    клиентов по каждому направлению деятельности:") leave the choice to the list's items."""
    v = vocab()
    read = _scores(text)
    if read is None:
        return ()
    scores = read[1]
    head = _head_kind(text, scores)
    if head:
        return (head,)                                 # the other stands in a qualifying clause
    return tuple(sorted((k for k in v["open_kinds"] if scores[k] >= v["min_score"]), key=lambda k: -scores[k]))


def vetoed(text: str) -> bool:
    """Whether a lead-in's words stop any list after it («ПРИКАЗЫВАЮ:», «Основные задачи:»): a veto
    word that is no client's («задачи клиента») nor the object of an act on a kind."""
    return _scores(text) is None
