"""Abbreviations a procedure explains once and its lists then use bare.

A point «1.3. В настоящем Порядке используются следующие сокращения:» is followed by lines
«ЕКЦ – единый контакт-центр;» (or holds them inline after its colon, split at «;»): a glossary,
never a list.  An item naming such an abbreviation («1. ЕКЦ;» in the offline channels) carries
its text with the abbreviation spelled out (`text_glossed`), which the coding stage reads where
the item's own words read unsurely (pipeline/run/normalize.py, code_procedure_items).
"""
from __future__ import annotations

import re

from textcore.lemmas import lemmas

from .leadin import vocab
from .lines import Line
from .listread import marker

# «ЕКЦ – единый контакт-центр;», «ФГИС ПОС - федеральная …»: capitals (a word or two), a dash, the words
_ABBR = r"[A-ZА-ЯЁ][A-ZА-ЯЁ0-9]{1,9}(?:\s[A-ZА-ЯЁ][A-ZА-ЯЁ0-9]{1,9})?"
_ENTRY = re.compile(rf"\s*({_ABBR})\s+[–—-]\s+(\S.*)")


def _entry(text: str) -> tuple[str, str] | None:
    m = _ENTRY.fullmatch(text)       # the closing «;» / «.» taken off by strip: no backtracking over spaces
    return (m.group(1), m.group(2).rstrip().rstrip(";.").rstrip()) if m else None


def names_glossary(text: str) -> bool:
    return bool(set(lemmas(text.split(":")[0])) & set(vocab()["glossary_words"]))


def glossary(lines: list[Line]) -> dict[str, str]:
    """{abbreviation: expansion} of the glossaries in `lines`: the entries after a lead-in naming
    abbreviations, on lines of their own (perhaps numbered) or inline after its colon."""
    out: dict[str, str] = {}
    for i, ln in enumerate(lines):
        text = ln.text.strip()
        if ":" not in text or not names_glossary(text):
            continue
        inline = [_entry(p) for p in text.split(":", 1)[1].split(";")]
        out.update(e for e in inline if e)
        for nxt in lines[i + 1:]:
            m = marker(nxt.text)
            found = _entry(m.rest if m else nxt.text)
            if found is None:
                break
            out[found[0]] = found[1]
    return out


def with_glossary(lines: list[Line], records: list[dict]) -> list[dict]:
    """`records`, each naming an abbreviation of the document's glossary given `text_glossed`."""
    terms = glossary(lines)
    if not terms:
        return records
    found = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, sorted(terms, key=len, reverse=True))) + r")(?![\w-])")
    for r in records:
        text = r.get("text_raw") or ""
        if found.search(text):
            r["text_glossed"] = found.sub(lambda m: terms[m.group(1)], text)
    return records
