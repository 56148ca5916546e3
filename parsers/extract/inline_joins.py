"""The last item of an inline comma list joined by «и» or «, а также» («a, b, c и d», «a, b, а также c»), and a name
the list is given after its items («… (далее – цифровые каналы взаимодействия).»): the item set apart, the name left
out (parsers/extract/inline.py reads the list).

    last_joined(["a", "b", "c и d (далее – …)"]) -> ["a", "b", "c", "d"]
"""
from __future__ import annotations

import re

from textcore.lemmas import morph

from .leadin import classify, vocab
from .listread import top_level


# a name given to the list after its items, closing it: «a, b и c (далее – цифровые каналы)»
_NAMED_AFTER = re.compile(r"\s*\(\s*далее\s*(?:[–—-]|по\s+тексту\s*[–—-]?)\s*[^()]*\)\s*[.;]?\s*$", re.I)
_NAME = re.compile(r"\(\s*далее\s*(?:[–—-]|по\s+тексту\s*[–—-]?)\s*([^()]{3,80})\)\s*[.;]?\s*$", re.I)
_ALSO = re.compile(r"^а\s+также\s+", re.I)
_JOIN = re.compile(r"\s+и\s+")


def last_joined(parts: list[str]) -> list[str]:
    """A comma list's last item joined by «и» or «, а также» («a, b, c и d», «a, b, а также c») set apart, and a
    name the list is given after its items («… (далее – потребности клиентов).») left out.  Only where the list
    has commas, and at the one «и» outside brackets and quotes whose neighbours are no adjectives or participles
    («плановых и внеплановых проверок» is one item)."""
    if len(parts) < 2:
        return parts
    last = _ALSO.sub("", _NAMED_AFTER.sub("", parts[-1]))
    if vocab()["open_end_re"].search(last):
        return parts[:-1] + [last]         # «… и др.», «и т.д.»: the list left open, no item after the «и»
    top = top_level(last)
    joins = [m for m in _JOIN.finditer(last) if top[m.start()]]
    # an item labelled «topic: details» keeps its details whole («обращения граждан: приём и рассмотрение»)
    if len(joins) == 1 and not _qualifiers_joined(last, joins[0]) and ":" not in last[:joins[0].start()]:
        m = joins[0]
        return parts[:-1] + [last[:m.start()].strip(), last[m.end():].strip()]
    return parts[:-1] + [last]


def _qualifiers_joined(text: str, m: re.Match) -> bool:
    """Whether the «и» joins words inside one item: two qualifiers of one noun («плановых и внеплановых»), or two
    nouns in an oblique case, objects of one word or preposition («работа с обращениями и запросами», «подача
    предложений и замечаний») — an item of a list opens in the nominative (or a verb) —; or ends nothing."""
    before, after = re.findall(r"[А-Яа-яЁё]+", text[:m.start()])[-1:], re.findall(r"[А-Яа-яЁё]+", text[m.end():])[:1]
    if not before or not after:
        return True
    parses = [morph().parse(w.lower())[0] for w in before + after]
    if all(p.tag.POS in ("ADJF", "PRTF") for p in parses):
        return True
    nxt = morph().parse(after[0].lower())
    return not any(p.tag.case in (None, "nomn", "accs") or p.tag.POS in ("INFN", "VERB") for p in nxt[:3])


def named_kind(segment: str) -> str | None:
    """The kind a list's closing name gives it where its lead-in names none: «Министерство применяет: сайт, почту и
    чат-бот (далее – цифровые каналы).» is a list of digital channels."""
    m = _NAME.search(segment)
    return classify(m.group(1)) if m else None
