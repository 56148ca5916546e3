"""The last item of an inline comma list joined by «и» or «, а также» («a, b, c и d», «a, b, а также c»), and a name
the list is given after its items («… (далее – цифровые каналы взаимодействия).»): the item set apart, the name left
out (parsers/extract/inline.py reads the list).

    last_joined(["a", "b", "c и d (далее – …)"]) -> ["a", "b", "c", "d"]
"""
from __future__ import annotations

import re

from textcore.lemmas import lemma, morph

from .leadin import classify, vocab
from .listread import top_level


# a name given to the list after its items, closing it: «a, b и c (далее – цифровые каналы)»
# (no spaces before the bracket in the pattern: a run of them, tried from each place, was quadratic)
_NAMED_AFTER = re.compile(r"\(\s*далее\s*(?:[–—-]|по\s+тексту\s*[–—-]?)\s*[^()]*\)\s*[.;]?\s*$", re.I)
_NAME = re.compile(r"\(\s*далее\s*(?:[–—-]|по\s+тексту\s*[–—-]?)\s*([^()]{3,80})\)\s*(?:[.;]\s*)?$", re.I)
_ALSO = re.compile(r"^а\s+также\s+", re.I)
_JOIN = re.compile(r"(?<!\s)\s+и\s+")     # from a run of spaces' start only: from each of its places, quadratic


def last_joined(parts: list[str]) -> list[str]:
    """A comma list's last item joined by «и» or «, а также» («a, b, c и d», «a, b, а также c») set apart, and a
    name the list is given after its items («… (далее – потребности клиентов).») left out.  Only where the list
    has commas, and at the one «и» outside brackets and quotes whose neighbours are no adjectives or participles
    («плановых и внеплановых проверок» is one item)."""
    if len(parts) < 2:
        return parts
    last = _ALSO.sub("", _NAMED_AFTER.sub("", parts[-1]).rstrip())
    if vocab()["open_end_re"].search(last):
        return parts[:-1] + [last]         # «… и др.», «и т.д.»: the list left open, no item after the «и»
    top = top_level(last)
    joins = [m for m in _JOIN.finditer(last) if top[m.start()]]
    # an item labelled «topic: details» keeps its details whole («обращения граждан: приём и рассмотрение»)
    if len(joins) == 1 and not _qualifiers_joined(last, joins[0]) and ":" not in last[:joins[0].start()] \
            and not _shares_dependents(parts[:-1], last, joins[0]) and not _inside_clause(last[:joins[0].start()]):
        m = joins[0]
        return parts[:-1] + [last[:m.start()].strip(), last[m.end():].strip()]
    return parts[:-1] + [last]


_WORD = re.compile(r"[\w-]+")
# words opening a clause inside an item («учреждения, где … предоставляются услуги и сервисы»), as lemmas
_CLAUSE_WORDS = frozenset({"где", "куда", "откуда", "когда", "если", "чтобы", "который"})


def _inside_clause(before: str) -> bool:
    """Whether the «и» stands inside a clause of the last item: a relative word before it in that item («обособленные учреждения, где в режиме «одного окна» предоставляются услуги и
    сервисы»: the «и» joins the verb's subjects, no two items of the list)."""
    return any(lemma(w) in _CLAUSE_WORDS for w in _WORD.findall(before))


def _shares_dependents(items: list[str], text: str, m: re.Match) -> bool:
    """Whether a bare word before the «и» shares the words after the next one («приём и регистрация обращений»,
    «информирование и консультирование по мерам поддержки»): no item of a list where every other item is a
    phrase of several words (the items are parallel)."""
    before, after = _WORD.findall(text[:m.start()]), _WORD.findall(text[m.end():])
    if len(before) != 1 or len(after) < 2 or not before[0].islower() or any(len(_WORD.findall(it)) < 2 for it in items):
        return False
    # the two words alike (a name or abbreviation is an item of its own: «МФЦ и выезд на место»)
    one, two = morph().parse(before[0])[:3], morph().parse(after[0].lower())[:3]
    return one[0].tag.POS == two[0].tag.POS and bool({p.tag.case for p in one} & {p.tag.case for p in two}) \
        and after[0].islower()


def _qualifiers_joined(text: str, m: re.Match) -> bool:
    """Whether the «и» joins words inside one item: two qualifiers of one noun («плановых и внеплановых»), or two
    nouns in an oblique case, objects of one word or preposition («работа с обращениями и запросами», «подача
    предложений и замечаний») — an item of a list opens in the nominative (or a verb) —, or two genitives after
    one noun; or ends nothing."""
    before, after = re.findall(r"[А-Яа-яЁё]+", text[:m.start()])[-1:], re.findall(r"[А-Яа-яЁё]+", text[m.end():])[:1]
    if not before or not after:
        return True
    parses = [morph().parse(w.lower())[0] for w in before + after]
    if all(p.tag.POS in ("ADJF", "PRTF") for p in parses):
        return True
    nxt = morph().parse(after[0].lower())
    # two genitives, dependents of one noun («сайт министерства сельского хозяйства и продовольствия», «отдел опеки
    # и попечительства»): the word after «и» read as nominative plural is still the genitive's pair
    # and only between bare words: a closing bracket or quote ends an item («… (подпункт 3.2 Стандарта) и …»)
    bare = text[m.start() - 1:m.start()].isalpha() and text[m.end():m.end() + 1].isalpha()
    if bare and parses[0].tag.case == nxt[0].tag.case == "gent" and "Fixd" not in nxt[0].tag:
        return True
    return not any(p.tag.case in (None, "nomn", "accs") or p.tag.POS in ("INFN", "VERB") for p in nxt[:3])


def named_kind(segment: str) -> str | None:
    """The kind a list's closing name gives it where its lead-in names none: «Министерство применяет: сайт, почту и
    чат-бот (далее – цифровые каналы).» is a list of digital channels."""
    m = _NAME.search(segment)
    return classify(m.group(1)) if m else None


def closing_name(text: str) -> tuple[str, str | None] | None:
    """A list's last item closed by the list's name («… электронная почта (далее – цифровые каналы).», items on
    lines of their own): (the item without it, the kind the name gives); None where no name of a kind closes it
    («… рабочее место (далее – АРМ)» names the item, and keeps it; so does a name in the singular, «… система «ЕИС»
    (далее – информационная система)»: a list's name names many)."""
    m = _NAME.search(text)
    kind = classify(m.group(1)) if m and m.start() and _names_many(m.group(1)) else None
    return (text[:m.start()].rstrip(" ,;"), kind) if kind else None


def _names_many(name: str) -> bool:
    """Whether a name opens with a word in the nominative plural («цифровые каналы», «сферы деятельности»)."""
    first = re.findall(r"[А-Яа-яЁё-]+", name)[:1]
    return bool(first) and any("plur" in p.tag and "nomn" in p.tag for p in morph().parse(first[0].lower()))


def last_closed(item: str) -> str:
    """The last item of a semicolon list without the «и» / «а также» that joins it («…; и выдача справок.») and
    without a name the list is given after it («… (далее – потребности клиентов)»; a name of the item stays)."""
    closed = closing_name(item)
    return _ALSO_OR_AND.sub("", closed[0] if closed else item, count=1)


_ALSO_OR_AND = re.compile(r"^(?:и|а\s+также)\s+(?=\S)", re.I)
