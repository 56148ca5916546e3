"""Inline list items named otherwise than by a noun (parsers/extract/inline.py, `valid_items`): a channel
by how the client reaches the body («лично», «через МФЦ»), a need by the client's action or own words
(«узнать порядок …», «хочу записаться …»).  Vocabulary: procedure.yaml, `manner_words`, `manner_not`,
`need_predicates`."""
from __future__ import annotations

import re

from textcore.lemmas import morph

from .leadin import vocab


def _lemma(word: str) -> str:
    return morph().parse(word)[0].normal_form.replace("ё", "е")


def manner(item: str, max_words: int) -> bool:
    """A channel named by how the client reaches the body: a manner's adverb or a preposition first
    («лично», «устно по телефону», «через МФЦ»), no finite verb (that would be a sentence), as short
    as a name.  A preposition whose noun says when, why or by what rule («в течение рабочего дня», «в
    случае необходимости», «по согласованию с …», `manner_not`) names no way of coming."""
    words = re.findall(r"[А-Яа-яЁё]+", item.lower())
    if not 0 < len(words) <= max_words or _lemma(words[0]) not in vocab()["manner_words"]:
        return False
    tags = [morph().parse(w)[0].tag.POS for w in words]
    if "VERB" in tags:
        return False
    if tags[0] != "PREP":
        return True
    # the words after the preposition up to its noun («в установленный срок»: «срок»)
    noun = next((k for k, pos in enumerate(tags[1:], 1) if pos == "NOUN"), len(words) - 1)
    return not {_lemma(w) for w in words[1:noun + 1]} & set(vocab()["manner_not"])


def client_action(item: str, max_words: int) -> bool:
    """A need named by what the client wants to do: an infinitive first («узнать порядок …»,
    «проконсультироваться по …», «подать заявление»), or in the client's own words («хочу
    записаться …», «нужна помощь юриста», «что с моей заявкой?», as journey maps word needs);
    each action joined by «и» («предъявить груз … и получить разрешение») as short as a name.
    A predicate first says the client's need only when it is one of `need_predicates` («нужна»,
    «необходимо»): «должны быть учтены …», «вправе дополнять …» are the order's own sentences."""
    words = re.findall(r"[А-Яа-яЁё]+", item.lower())
    # too long even were each «и» to join an action: the order's prose, its words never parsed
    if not words or len(words) > max_words * (1 + words.count("и")):
        return False
    tags = [morph().parse(w)[0].tag for w in words]
    pos = [t.POS for t in tags]
    # the client's own words: a question («что с моей заявкой?», «как подать …», «где бланк …»), «нужна помощь …»,
    # «хочу …»
    said = item.rstrip().endswith("?") or pos[0] == "VERB" and "1per" in tags[0] \
        or pos[0] in ("ADJS", "PRED") and _lemma(words[0]) in vocab()["need_predicates"] \
        or _lemma(words[0]) in vocab()["relative_words"] and asks(item)
    if pos[0] != "INFN" and not said:
        return False
    actions = 1 + sum(w == "и" and p == "INFN" for w, p in zip(words, pos[1:]))
    return len(words) <= max_words * actions


def mostly_named(items: list[str], named: list[bool], max_words: int) -> bool:
    """Whether a comma list after a head naming its kind is a list of names though some item reads as none: one odd
    item among names («…, не знаю статус заявки, …», a chapter of terms' «потребности клиентов – a, b, c»), at
    least `inline_named_share` of three items or more, none longer than a name."""
    return len(items) >= 3 and sum(named) >= vocab()["inline_named_share"] * len(items) \
        and all(len(t.split()) <= max_words for t in items)


_PREDICATES = ("VERB", "ADJS", "PRTS", "PRED")      # what a relative clause holds; an infinitive is none of them


def asks(part: str, before: str = "") -> bool:
    """Whether a part opening with a relative word is the client's own question, not a clause of the part before:
    closed by «?», a question word then an infinitive («как подать заявление», «куда обратиться»), or no predicate
    at all («где шаблон заявки»: a relative clause «где … предоставляются услуги» has one).  Without «?» only a
    question word opening the part, a preposition before it or none (never «который», `relative_only_words`:
    «в которых …»), and not after a verb whose object it is («узнать, как подать заявление», `before`)."""
    if part.rstrip(" .;").endswith("?"):
        return True
    words = re.findall(r"[а-яё]+", part.lower())
    if len(words) < 2:
        return False
    at = 1 if morph().parse(words[0])[0].tag.POS == "PREP" else 0       # «на каком этапе …», «в какие сроки …»
    first = _lemma(words[at]) if at < len(words) else ""
    if first not in vocab()["relative_words"] or first in vocab().get("relative_only_words", ()):
        return False
    words = words[at:]
    if len(words) < 2:
        return False
    last = re.findall(r"[а-яё]+", before.lower())[-1:]
    if last and morph().parse(last[0])[0].tag.POS in ("VERB", "INFN"):
        return False                                  # an indirect question: the verb's object
    tags = [morph().parse(w)[0].tag for w in words[1:]]
    return tags[0].POS == "INFN" or not any(t.POS in _PREDICATES for t in tags)
