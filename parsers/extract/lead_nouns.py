"""A procedure lead-in's head noun read by its MEANING CLASS (parsers/data/lead_nouns.yaml), for leadin.py.

The cues of procedure.yaml are phrases; each new writer names a list by a noun no phrase held («Выделяются
следующие жизненные ситуации граждан:», «Онлайн-инструменты связи могут быть следующими:», «Функции органа
власти:»).  Here the lead-in's head noun — the noun it lists: a subject or object (nominative, accusative), a
predicate in the instrumental («Основными запросами … являются:»), the dative after «К» («К традиционным формам
относятся:»), or the genitive after «Перечень» — is looked up by lemma in its class (needs, directions,
channels), and the words beside it say the rest: a client whose the need is, a channel's kind word, the body
whose the function is.  A noun governed by another preposition («по вопросам …», «в рамках направлений …») is
no head: the list is not of it."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from textcore.lemmas import morph, normalize
from textcore.vocab import vocabulary

_DATA = Path(__file__).resolve().parent.parent / "data" / "lead_nouns.yaml"
_KEEP = frozenset({"ADJF", "PRTF", "ADVB", "NUMR", "CONJ", "PRCL"})   # inside a noun's group: the state holds
_HEAD_CASES = frozenset({"nomn", "accs", "ablt"})
_LIST_NOUNS = frozenset({"перечень", "список", "состав"})
_COMPOUND = re.compile(r"[а-яёa-z0-9]+(?:-[а-яёa-z0-9]+)*")   # a hyphenated word whole: its last part is its noun


@vocabulary(_DATA, required=("classes", "channel_kind_words", "channel_kind_weight", "channel_interaction_nouns",
                             "need_owner_words",
                             "need_owner_weight", "direction_owner_nouns", "direction_owner_words",
                             "direction_owner_weight", "dangling_ends", "pointer_words"))
def vocab(data: dict) -> dict:
    data["class_of"] = {noun: cls for cls, nouns in data["classes"].items() for noun in nouns}
    data["dangling"] = [tuple(p.split()) for p in data["dangling_ends"]]
    return data


def _synonyms() -> dict[str, str]:
    from .leadin import vocab as lead_vocab      # (leadin imports this module: its word families read late)
    return lead_vocab()["synonyms"]


def noun_class(lem: str) -> str | None:
    """The class of a noun's lemma, itself or its family's word («нужда» is «потребность»)."""
    c = vocab()["class_of"]
    return c.get(lem) or c.get(_synonyms().get(lem, lem))


def names_kind(noun: str, kind: str) -> bool:
    """Whether a noun («инструмент», «ситуация») is of the class a list kind belongs to."""
    cls = noun_class(noun)
    return cls is not None and (cls == kind or cls == "channel" and kind.startswith("channel"))


@lru_cache(maxsize=20_000)
def _words(text: str) -> tuple[tuple[str, str | None, frozenset], ...]:
    """(lemma, part of speech, cases) of each word as leadin._negated splits it (hyphenated parts apart), a
    compound's leading parts marked «PFX» (their noun is the compound's last part: «онлайн-инструменты»)."""
    out = []
    for m in _COMPOUND.finditer(normalize(text)):
        parts = m.group().split("-")
        out += [(part, "PFX", frozenset()) for part in parts[:-1]]
        parses = morph().parse(parts[-1])
        lem, pos = parses[0].normal_form, parses[0].tag.POS
        cases = frozenset(str(p.tag.case) for p in parses if p.normal_form == lem and p.tag.POS == pos)
        out.append((lem, str(pos) if pos else None, cases))
    return tuple(out)


@lru_cache(maxsize=20_000)
def _head_at(text: str) -> int | None:
    """The index (in `_words`) of the class noun the lead-in lists, or None (see the module's doc)."""
    prep, after_noun, after_list = None, False, False
    for i, (lem, pos, cases) in enumerate(_words(text)):
        if pos == "PREP":
            prep = lem
            continue
        if pos in _KEEP or pos == "PFX":
            continue
        if pos != "NOUN":
            prep, after_noun, after_list = None, False, False
            continue
        if noun_class(lem):
            # a noun after a noun is its genitive («… экологии Херсонской области»), but after «Перечень»
            if prep is None and not after_noun and cases & _HEAD_CASES or prep == "к" and "datv" in cases or \
                    after_list and "gent" in cases:
                return i
        prep, after_noun, after_list = None, True, lem in _LIST_NOUNS
    return None


def head_noun(text: str) -> str | None:
    """The lemma of the class noun the lead-in lists, or None (see the module's doc)."""
    at = _head_at(text)
    if at is None:
        return None
    lem = _words(text)[at][0]
    return _synonyms().get(lem, lem)


def _client_owns(text: str, at: int) -> bool:
    """Whether a client is whose the head noun is: an adjective of it («клиентские запросы»), a genitive of its
    group through at most one other noun («вопросы заявителей», «поводы обращения получателей услуг»), or the
    doer of a clause on it, a subject or an agent no preposition governs («Жизненные ситуации, в которых
    оказываются граждане:», «Вопросы, задаваемые заявителями:») — not a client named otherwise («Причины
    отказа заявителю …:», «Вопросы, рассматриваемые … с участием заявителей:» list no needs)."""
    words, synonyms, owners = _words(text), _synonyms(), vocab()["need_owner_words"]
    before = at
    while before > 0 and words[before - 1][1] in ("ADJF", "PRTF", "PFX"):
        before -= 1
        if synonyms.get(words[before][0], words[before][0]) in owners:
            return True
    return _genitive_client(words[at + 1:], synonyms, owners) or _doing_client(words[at + 1:], synonyms, owners)


def _genitive_client(words: tuple, synonyms: dict, owners: list) -> bool:
    others = 0
    for lem, pos, cases in words:
        if pos == "NOUN" and "gent" in cases and synonyms.get(lem, lem) in owners:
            return True
        if pos == "NOUN" and "gent" in cases and others < 1:
            others += 1
        elif not (pos == "CONJ" or pos == "ADJF" and "gent" in cases):
            return False
    return False


def _doing_client(words: tuple, synonyms: dict, owners: list) -> bool:
    prep = False                              # a preposition governs the nouns up to the next word of another sort
    for lem, pos, cases in words:
        if pos == "NOUN" and not prep and cases & {"nomn", "ablt"} and synonyms.get(lem, lem) in owners:
            return True
        prep = pos == "PREP" or prep and pos in ("ADJF", "PRTF", "NOUN", "CONJ", "PFX")
    return False


def _kind_words_count(words: tuple, at: int) -> list[bool]:
    """Per word, whether a channel kind's word there would say the head's kind: not an adjective of another
    thing in the head's genitive («Инструменты электронного голосования:», «Места проведения очных
    мероприятий:»): an adjective counts in the head's own group, of an interaction noun («средства
    дистанционной связи»), or in a prepositional phrase («каналы обращения в электронной форме»).  One pass
    each way: a lead-in of thousands of adjectives stays linear."""
    interaction, synonyms = vocab()["channel_interaction_nouns"], _synonyms()
    noun_after: list[int | None] = [None] * len(words)
    j = None
    for k in range(len(words) - 1, -1, -1):
        noun_after[k] = j
        j = k if words[k][1] == "NOUN" else j
    out, in_phrase = [], False                # in_phrase: the adjectives' run follows a preposition
    for k, (_, pos, _) in enumerate(words):
        if pos not in ("ADJF", "CONJ", "PFX"):
            out.append(True)                  # «интернет», «дистанционно»
            in_phrase = pos == "PREP"
            continue
        noun = noun_after[k]
        out.append(pos != "ADJF" or in_phrase or noun is None or noun == at or
                   synonyms.get(words[noun][0], words[noun][0]) in interaction)
    return out


def _own_negation(parsed: tuple, words: tuple[str, ...], neg: tuple[bool, ...], at: int) -> tuple[bool, ...]:
    """The negation flags with the head's own qualifiers negated only by their own prefix («нецифровые
    инструменты»): a negated clause before them ends at its comma, which the flags do not see («Для жителей, не
    пользующихся интернетом, доступны следующие офлайн-каналы:» lists offline ones)."""
    out, k = list(neg), at
    while k > 0 and parsed[k - 1][1] in ("ADJF", "PRTF", "PFX"):
        k -= 1
        out[k] = neg[k] and parsed[k][0] != words[k]     # «нецифровой» read as «цифровой», negated
    return tuple(out)


def noun_scores(text: str, words: tuple[str, ...], neg: tuple[bool, ...], negation: dict[str, str]) -> dict[str, int]:
    """Weights the head noun's class and the words beside it give the kinds: a need with its client, a channel
    with its kind's word (a negated one counts for the other kind), a function with its body."""
    v = vocab()
    at = _head_at(text)
    head = head_noun(text)
    cls = noun_class(head) if head else None
    out: dict[str, int] = {}
    parsed = _words(text)
    if cls == "need" and _client_owns(text, at):
        out["need"] = v["need_owner_weight"]
    elif cls == "channel" and len(parsed) == len(words):
        counts, neg = _kind_words_count(parsed, at), _own_negation(parsed, words, neg, at)
        for kind, kind_words in v["channel_kind_words"].items():
            for w, n, c in zip(words, neg, counts):
                if w in kind_words and c:
                    k = negation.get(kind, kind) if n else kind
                    out[k] = v["channel_kind_weight"]
    elif cls == "direction" and head in v["direction_owner_nouns"] and set(words) & set(v["direction_owner_words"]):
        out["direction"] = v["direction_owner_weight"]
    return out


def dangling(words: tuple[str, ...]) -> bool:
    """Whether the lead-in ends with a preposition whose object is the list itself («… в рамках:»)."""
    return any(len(words) >= len(p) and words[-len(p):] == p for p in vocab()["dangling"])
