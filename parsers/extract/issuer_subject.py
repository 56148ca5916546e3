"""An issuer's subject in canonical form: written as the regions table writes its genitive, a subject
named by its kind alone («Администрация области») or by an adjective of its kind («Областное министерство
здравоохранения») given the subject the document is of."""
from __future__ import annotations

import re
from functools import lru_cache

from textcore.lemmas import morph
from textcore.regions import Region, all_regions, find_regions, stands_for, words

from .header_words import vocab


@lru_cache(maxsize=None)
def _spelled(genitive: str) -> re.Pattern:
    """A pattern of a subject's genitive that ignores the characters between its words
    (compiled once per subject: every issuer's name is tried against all of them)."""
    parts = [re.escape(w) for w in re.findall(r"[А-Яа-яЁёA-Za-z0-9]+", genitive)]
    return re.compile(r"(?<![А-Яа-яЁё])" + r"[\s\-‐–—()]*".join(parts) + r"\)?(?![А-Яа-яЁё])", re.I)


# what a republic's full official form adds after its name: its short name in brackets or after a dash
_FULL_FORM_TAIL = re.compile(r"\s*(?:\(\s*([^()]{2,40}?)\s*\)|[-–—]\s*([А-ЯЁ][А-Яа-яЁё-]{2,40}))(?![\w(])")


def canonical_subject(name: str, region: Region | None) -> str:
    """The issuer's subject written as the regions table writes it (its genitive).

    Converted text and sites space and dash a subject's name their own way ("Северная
    Осетия-Алания", "Северная Осетия - Алания", "Курскойобласти" with the space lost); the
    canonical name differs from them only in the characters between its words; the short name a
    republic's full form adds after it, «Чувашской Республики – Чувашии», «Республики Татарстан
    (Татарстан)», is the same subject's and left out.  A name that
    ends with its subject's kind alone ("Администрация области", "Минздрав региона") or opens with an
    adjective of it ("Краевое министерство …") is given the subject the document is of.
    """
    if region is None or not region.genitive:
        return name
    m = None
    for m in _spelled(region.genitive).finditer(name):
        pass                               # the last mention: the one the name ends with
    if m is not None:
        rest = name[m.end():]
        tail = _FULL_FORM_TAIL.match(rest)    # «… Чувашской Республики – Чувашии», «… Татарстан (Татарстан)»
        if tail and {w for w, _, _ in words(tail.group(1) or tail.group(2))} <= region.proper:
            rest = rest[tail.end():]
        return name[:m.start()] + region.genitive + rest
    ws = words(name)
    last = ws[-1] if ws else None
    kinds = {w for w, _, _ in words(region.genitive)}
    if last and not find_regions(name) and (last[0] in kinds or stands_for(last[0]) & kinds
                                            or last[0] in vocab()["subject_words"] and _genitive(name[last[1]:last[2]])):
        end = last[2] + (name[last[2]:last[2] + 1] == ".")           # "Администрация обл." too
        return name[:last[1]] + region.genitive + name[end:]          # "Администрация области", "… региона"
    return _kind_adjective_first(name, ws, region, kinds)


def _genitive(word: str) -> bool:
    """A word written in the genitive, as a subject ending a body's name is («… региона»; «Управление …
    по региону» names its remit's place in the dative, no subject the genitive could stand for)."""
    return any(p.tag.case == "gent" for p in morph().parse(word.lower()))


def _kind_adjective_first(name: str, ws, region: Region, kinds: set[str]) -> str:
    """«Областное министерство здравоохранения» -> «Министерство здравоохранения Курской области»: an
    adjective of the subject's kind (`subject_kind_adjectives`) opening the name, before an executive body's
    head, stands for the subject ("Тверская областная Дума", its proper name, is no such name)."""
    kind = vocab()["subject_kind_adjectives"].get(ws[0][0]) if len(ws) > 1 else None
    if kind not in kinds or find_regions(name) or ws[1][0] not in vocab()["subject_bodies_with_kind"] \
            or any(w[0] in vocab()["subject_kind_others"] for w in ws):
        return name                        # «Областное управление Федеральной службы …»: a federal body's office
    rest = name[ws[1][1]:]
    return f"{rest[:1].upper()}{rest[1:]} {region.genitive}"


def subject_in_name(name: str) -> Region | None:
    """The subject an issuer's name ends with though its spacing hides it from the lemma
    matcher ("Администрация Тверскойобласти"): the region when the text names none."""
    found = [(m.end(), r) for r in all_regions() if r.genitive
             for m in _spelled(r.genitive).finditer(name)]
    return max(found, key=lambda x: x[0])[1] if found else None
