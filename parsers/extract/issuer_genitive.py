"""The issuer named in the genitive under the act's kind: "ПОСТАНОВЛЕНИЕ" / "ГУБЕРНАТОРА" / "… ОБЛАСТИ",
and how many lines its name takes there."""
from __future__ import annotations

import re

from textcore.lemmas import morph
from textcore.regions import find_regions, words

from .header_words import head_at, starts_with, vocab

_HAS_DIGIT = re.compile(r"\d|№")
# a remit after the subject, on its line or opening the next one («ПО ДЕЛАМ …»)
_REMIT_WRAPPED = re.compile(r"(?:ПО|ПРИ)\s")
_REMIT_AFTER = re.compile(r"\s+(?:ПО|ПРИ)(?:\s|$)")      # «… РЕСПУБЛИКИ X ПО ДЕЛАМ ЗАПИСИ» / «АКТОВ …»


def genitive_head_line(text: str) -> bool:
    """A line under the act's kind that names its issuer in the genitive: "ПОСТАНОВЛЕНИЕ" /
    "ГУБЕРНАТОРА" (the header's top line names the administration, not the issuer)."""
    ws, at = words(text), head_at(text)
    if not 0 < len(ws) <= 7 or _HAS_DIGIT.search(text) or at is None or at > 2 or not all(
            any("ADJF" in p.tag and p.tag.case == "gent" for p in morph().parse(text[s:e].lower())) for _, s, e in ws[:at]):
        return False                       # «ГОСУДАРСТВЕННОЙ ЖИЛИЩНОЙ ИНСПЕКЦИИ»: its adjectives before it
    heads = set(vocab()["authority_heads"])
    parses = [p for p in morph().parse(text[ws[at][1]:ws[at][2]].lower()) if p.normal_form in heads]
    return any(p.tag.case == "gent" and "sing" in p.tag for p in parses) and not any(
        p.tag.case == "nomn" and "sing" in p.tag for p in parses)


def genitive_head_at(texts: list[str]) -> bool:
    """The first line under the kind names the issuer in the genitive, or opens its name with
    adjectives whose head is on the next line («ПОСТОЯННОГО» / «ПРЕДСТАВИТЕЛЬСТВА …»)."""
    if not texts:
        return False
    if genitive_head_line(texts[0]) or len(texts) < 2 or head_at(texts[0]) is not None:
        return genitive_head_line(texts[0])
    return genitive_head_line(f"{texts[0].strip()} {texts[1].strip()}")


_GENITIVE_NAME_LINES = 6


def genitive_name_lines(texts: list[str]) -> int:
    """How many lines under the act's kind name its issuer in the genitive: the head's line and,
    where the name wraps ("ПРИКАЗ" / "МИНИСТЕРСТВА ФИНАНСОВ" / "ТВЕРСКОЙ ОБЛАСТИ"), the lines in
    capitals after it up to the one that completes its subject's name (a subject wrapped too,
    «КЕМЕРОВСКОЙ ОБЛАСТИ» / «– КУЗБАССА»), and on over a remit that follows it («КОМИТЕТА ТОМСКОЙ
    ОБЛАСТИ ПО» / «ФИЗИЧЕСКОЙ КУЛЬТУРЕ И СПОРТУ»); the head's line alone where none names a subject."""
    block = [texts[0].strip()] if texts else []
    for text in texts[1:_GENITIVE_NAME_LINES]:
        t = text.strip()
        if not t or t.upper() != t or _HAS_DIGIT.search(t) or starts_with(t, vocab()["title_starts"]):
            break
        block.append(t)
    k = next((n for n in range(1, len(block) + 1) if find_regions(" ".join(block[:n]))), None)
    if k is None:
        return 1
    while k < len(block):
        before, longer = " ".join(block[:k]), find_regions(" ".join(block[:k + 1]))
        if longer and longer[-1].end > len(before):
            k += 1                            # the subject's name goes on: «… ОБЛАСТИ» / «– КУЗБАССА»
        elif _REMIT_AFTER.match(before, find_regions(before)[-1].end) or _REMIT_WRAPPED.match(block[k]):
            goes_on = [_continues(t) for t in block[k:]] + [False]
            return k + goes_on.index(False)   # a remit after the subject runs on over the lines that continue it
        else:
            break
    return k


def _continues(text: str) -> bool:
    """A line that goes on with a remit wrapped above it: opening with a preposition or conjunction
    («ПО», «И») or a word in an oblique case («ДЕЛАМ», «АРХИВОВ», «ФИЗИЧЕСКОЙ»); a line opening with a
    word that can only be a nominative, a place «ТАМБОВ» or a title «ПЕРЕЧЕНЬ ТОЧЕК …», is no remit's."""
    ws = words(text)
    if not ws:
        return False
    parses = morph().parse(text[ws[0][1]:ws[0][2]].lower())
    return any(p.tag.case is None or p.tag.case not in ("nomn", "accs") for p in parses)
