"""Lists a procedure states in a sentence with no colon: «Направлениями деятельности
министерства являются социальная поддержка; опека и попечительство; …», «К цифровым каналам
относятся официальный сайт, электронная почта и Единый портал …», «Перечень формируется по
направлениям деятельности. К ним относятся …».

The sentence's verb of being or belonging (`copula_verbs` in parsers/data/procedure.yaml:
«являются», «относятся», «входят», «включают», «признаются») parts the lead-in from its items: the words
before it are read as any lead-in is (`leadin.classify`), the words after it, up to the
sentence's end, are the items — split at semicolons when there are any, else at commas and
the last «и» that joins two items (not one within quotes, nor between two adjectives or
genitives: «портал государственных и муниципальных услуг»); fillers opening them («в себя»,
«в частности») are no item.  «являться», «признаваться», «считаться» (`copula_instrumental`)
need their predicate in the instrumental case («Направлениями …»: «Цифровые каналы являются
основным способом …» defines), and a negated verb («не относятся») states no list.  A lead-in that only points back («К ним относятся», «Ими являются»: a pronoun
and no kind) is read with the sentence before it.  A lead-in ending with the verb itself
(«К офлайн-каналам относятся» over an enumerated list) is a lead-in like one with a colon.
"""
from __future__ import annotations

import re

from textcore.lemmas import _WORD, lemma, morph, normalize

from .leadin import classify, vocab
from .inline import last_sentence_end, numbered_item, valid_items
from .listread import marker, split_top, top_level

_SENTENCE = re.compile(r"(?<=[^\s.][^\s.])\.\s+(?=[А-ЯЁA-Z«\"])")


def _verb_at(words: list[re.Match]) -> int | None:
    """The index of the first copula verb among a sentence's words (a finite form, not the
    infinitive of «… может относиться к …»), or None."""
    verbs = set(vocab()["copula_verbs"])
    for k, m in enumerate(words):
        if lemma(m.group()) in verbs and morph().parse(m.group().lower())[0].tag.POS == "VERB":
            return k
    return None


def copula_lead_kind(body: str) -> str | None:
    """The kind of a lead-in with no colon that ends with its copula verb («К цифровым каналам
    взаимодействия относятся») or with what follows («… включает следующие потребности клиентов»),
    its list on the lines below."""
    words = list(_WORD.finditer(normalize(body)))
    if len(words) < 2 or body.rstrip()[-1:] in ".,;!?":
        return None
    following = any(lemma(m.group()) == "следующий" for m in words[-4:])
    verb = _verb_at(words[-1:]) is not None and words[-2].group().lower() not in vocab()["negators"]
    return classify(body) if following or verb else None


def _pointer(head: str) -> bool:
    """«К ним», «Ими», «В их число»: a short head whose only content is a pronoun."""
    words = re.findall(r"[А-Яа-яЁё]+", head)
    return 0 < len(words) <= vocab()["open_short_words"] and any(
        morph().parse(w.lower())[0].tag.POS == "NPRO" for w in words)


def _instrumental(head: str) -> bool:
    """Whether a head of «являться» holds its predicate: a word in the instrumental case outside a
    preposition's phrase («Направлениями …», «Ими», «В министерстве цифровыми каналами»).  A
    nominative subject («Цифровые каналы являются основным способом …») is a definition, no list;
    nor is a participle's agent («Потребности, выявленные опросом, являются …»)."""
    governed = False                    # inside «с клиентами», «в министерстве»: no predicate
    for w in re.findall(r"[А-Яа-яЁё-]+", head):
        parses = morph().parse(w.lower())
        pos = parses[0].tag.POS
        if pos in ("NOUN", "NPRO", "ADJF", "PRTF") and not governed and any("ablt" in p.tag for p in parses):
            return True
        if pos in ("PREP", "PRTF"):
            governed = True             # up to its object: «с клиентами», «выявленные опросом»
        elif pos in ("NOUN", "NPRO"):
            governed = False
    return False


def _head_kind(head: str, before: str) -> str | None:
    limit = vocab()["lead_in_max_words"]
    words = head.split()
    if not words or len(words) > limit:
        return None
    kind = classify(head)
    if kind is None and before and _pointer(head):
        kind = classify(" ".join(f"{before}. {head}".split()[-2 * limit:]))
    return kind


def _joins_words(before: str, after: str) -> bool:
    """«государственных и муниципальных услуг», «обращений граждан и организаций»: an «и» between
    two adjectives or two genitives, the word after it no nominative, joins words of one item."""
    b, a = morph().parse(before.lower()), morph().parse(after.lower())
    if any("nomn" in p.tag for p in a):
        return False
    adjectives = {b[0].tag.POS, a[0].tag.POS} <= {"ADJF", "PRTF"}
    return adjectives or (any("gent" in p.tag for p in a) and any("gent" in p.tag for p in b))


def _item_ands(part: str) -> list[re.Match]:
    """The «и» of `part` that may join two items: outside quotes and brackets, not within a phrase."""
    top = top_level(part)
    out = []
    for m in re.finditer(r"\s+и\s+", part):
        before = re.search(r"(\w+)\W*$", part[max(0, m.start() - 40):m.start()])
        after = re.match(r"\w+", part[m.end():])
        if top[m.start()] and not (before and after and _joins_words(before.group(1), after.group())):
            out.append(m)
    return out


def _phrases(key: str) -> str:
    return "|".join(re.escape(p) for p in vocab()[key])


def _plain(rest: str) -> str:
    """The items after the verb with its fillers taken off («в себя», «в частности,») and its
    joiners («, а также») made commas."""
    rest = re.sub(rf"^(?:[\s,]*(?:{_phrases('copula_fillers')})\b)+[\s,]*", "", rest.strip(" ,"), flags=re.I)
    top = top_level(rest)
    joiners = [m for m in re.finditer(rf"[\s,]*\b(?:{_phrases('copula_joiners')})\s+", rest) if top[m.start()]]
    for m in reversed(joiners):         # "…; а также c": the semicolon separates already
        sep = " " if rest[:m.start()].endswith(";") else ", "
        rest = f"{rest[:m.start()]}{sep}{rest[m.end():]}"
    return rest


def _items(rest: str) -> tuple[list[str], bool]:
    """The items after the verb, and whether semicolons closed them (then any wording counts)."""
    rest = _plain(rest)
    if ";" in rest:
        return split_top(rest, ";"), True
    parts = split_top(rest, ",")
    cut = _item_ands(parts[-1])
    if cut:
        # "a, b и c": the last "и" joins the last item, though not inside one item of two
        # lone words ("…, опека и попечительство") unless every item is a lone word ("сайт, почта и чат")
        left, right = parts[-1][:cut[-1].start()], parts[-1][cut[-1].end():]
        lone = all(len(p.split()) == 1 for p in parts[:-1]) and len(parts) > 1
        if lone or len(left.split()) > 1 or len(right.split()) > 1:
            parts[-1:] = [left, right]
    return parts, False


def _unnumbered(part: str) -> str:
    e = marker(part)
    return e.rest if e is not None and e.style not in ("clause", "plain") else part


def _sentences(text: str) -> list[str]:
    """The sentences of `text`, cut at a full stop and a capital outside quotes and brackets (an
    item «приложение «Госуслуги. Решаем вместе»» ends no sentence), and not after an item that
    is only its number («блок 10. Прочее»)."""
    top = top_level(text)
    out, start = [], 0
    for m in _SENTENCE.finditer(text):
        if top[m.start()] and not numbered_item(text, m.start(), start):
            out.append(text[start:m.start()])
            start = m.end()
    return out + [text[start:]]


def colon_in_items(text: str) -> bool:
    """Whether a copula sentence's items hold the paragraph's first colon: the sentence the colon
    stands in has a copula verb, the last before the colon, and a semicolon closing an item
    after it («… относятся a; b; телефон приёмной: +7 …»), so the colon is an item's own, no
    lead-in's — not where a next clause or sentence opens its own list with a colon («…; к
    цифровым каналам относятся: сайт, ЕПГУ», «… a; b. Каналы связи: сайт, ЕПГУ»)."""
    if ":" not in text:
        return False                    # most paragraphs: no character-wise scan
    top = top_level(text)
    colon = next((k for k, ch in enumerate(text) if ch == ":" and top[k]), None)
    if colon is None:
        return False
    head = _sentences(text[:colon])[-1]
    words = list(_WORD.finditer(head))[::-1]
    at = _verb_at(words)
    if at is None:
        return False
    after = head[words[at].end():]
    return any(ch == ";" and t for ch, t in zip(after, top_level(after)))


def copula_items(text: str) -> list[tuple[str, str]]:
    """(kind, item) of the sentences of `text` that state a list after a copula verb; each
    item as written (its closing punctuation is taken off by the caller's `valid_items`)."""
    sentences = _sentences(text)
    out: list[tuple[str, str]] = []
    for k, sentence in enumerate(sentences):
        words = list(_WORD.finditer(sentence))
        at = _verb_at(words)
        if at is None or at == 0 or words[at - 1].group().lower() in vocab()["negators"]:
            continue                    # «К цифровым каналам не относятся телефон, факс …»
        head, rest = sentence[:words[at].start()], sentence[words[at].end():]
        if lemma(words[at].group()) in vocab()["copula_instrumental"] and not _instrumental(head):
            continue
        kind = _head_kind(head.strip(" ,"), sentences[k - 1] if k else "")
        if kind is None or not rest.strip():
            continue
        parts, whole = _items(last_sentence_end(rest))
        parts = [_unnumbered(p) for p in parts]          # "являются а) …; б) …"
        out += [(kind, t) for t in valid_items(parts, whole=whole, kind=kind)]   # (a need may be a verb: client_action)
    return out
