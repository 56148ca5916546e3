"""Repair of UTF-8 text that was once read as windows-1251 ("в„–" -> "№", "РџСЂРёРєР°Р·" -> "Приказ").

Each UTF-8 byte then became one cp1251 character: a lead byte (cp1251 "В".."Я" for
two-byte sequences, "а".."п" for three-byte ones) followed by continuation bytes
(cp1251 characters of 0x80-0xBF: "Ђ", "„", "–", "№", "ё", "»" …).  Only runs of
that shape are touched, and a run is replaced only when the round trip is exact:
run.encode(cp1251).decode(utf-8) succeeds and encodes back to the same run.  A lone
two-byte pair ("Сё") is left alone: real Russian text holds such pairs.

Text once saved as windows-1251 and shown as Latin-1 ("Ðàñïîðÿæåíèå" -> "Распоряжение") is
repaired too: each Cyrillic letter became one of "À".."ÿ" ("¨"/"¸" for "Ё"/"ё", "¹" for "№").
A text is taken as such only when it holds several words of four or more letters made of
those characters alone, which no Western language writes.

A line once saved as windows-1251 and shown as Mac Cyrillic ("ѕостановление ѕравительства –‘" ->
"Постановление Правительства РФ") is repaired too: the small letters read the same in both, each
capital became a sign ("ѕ", "–", "‘", "ћ" …).  A line is taken as such only when signs that never
begin a Russian word stand before three or more small letters, twice (once where the line holds no
capital letter at all), and the whole line goes back through both code pages — unless the mended line
holds a letter Russian lacks or most of the mended words are no dictionary words: a sound line of
Belarusian («ўлады і ўрада»), Macedonian («ѕвезда», «Ќерка») or Serbian («ћерка») writes those signs as letters.
"""
from __future__ import annotations

import re

_CONT = "".join(bytes([b]).decode("cp1251", errors="ignore") for b in range(0x80, 0xC0))
_LEAD2 = bytes(range(0xC2, 0xE0)).decode("cp1251")
_LEAD3 = bytes(range(0xE0, 0xF0)).decode("cp1251")
_CLASS = lambda chars: "[" + re.escape(chars) + "]"  # noqa: E731
_RUN = re.compile(f"(?:{_CLASS(_LEAD2)}{_CLASS(_CONT)}|{_CLASS(_LEAD3)}{_CLASS(_CONT)}{{2}})+")


def _decoded(run: str) -> str | None:
    try:
        fixed = run.encode("cp1251").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None
    return fixed if fixed.encode("utf-8").decode("cp1251") == run else None


def _strong(run: str, fixed: str | None) -> bool:
    """A run that is mojibake for sure: more than one two-byte pair, or a three-byte
    sequence ("в„–").  A lone pair never is: "В»" in «В» is a letter and a closing quote."""
    return fixed is not None and len(run) > 2


# cp1251 letters seen as Latin-1: "À".."ÿ", "¨" (Ё), "¸" (ё); "¹" was "№"
_LATIN1_WORD = re.compile("[\u00c0-\u00ff\u00a8\u00b8]+")
_LATIN1_SURE = 3          # words of four or more such letters that make a text cp1251-as-Latin-1


def _latin1_repaired(text: str) -> str:
    if sum(len(w) >= 4 for w in _LATIN1_WORD.findall(text)) < _LATIN1_SURE:
        return text
    fixed = _LATIN1_WORD.sub(lambda m: m.group().encode("latin-1").decode("cp1251"), text)
    return fixed.replace("\u00b9", "№")


# cp1251 capitals shown as Mac Cyrillic; a word's start that proves the damage: not quotes, dashes
# or «ё», which real text puts before small letters
_MAC_CAPITALS = bytes(range(0xC0, 0xDF)).decode("mac_cyrillic")
_MAC_SURE = re.compile("(?<![\\w])[" + re.escape("".join(ch for ch in _MAC_CAPITALS if ch.isalpha() or ch in "¬√ƒ≈∆÷")
                                                   .replace("ё", "").replace("Ё", "")) + "][а-ю]{3,}")
_CAPITAL = re.compile("[А-ЯЁ]")


def _mac_line(line: str) -> str:
    sure = len(_MAC_SURE.findall(line))
    if sure < 2 and not (sure and not _CAPITAL.search(line)):
        return line
    try:
        fixed = line.encode("mac_cyrillic").decode("cp1251")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return line
    # a sound line of another Cyrillic language («ўлады і ўрада», «Ќерка», «ћерка») writes those signs as
    # its own letters: mended, its capitals and «і» turn into letters Russian lacks («Џ», «Њ», «ґ»), or its
    # sign-led words into none the dictionary knows («Щрадзе»); a Russian line mended into Russian words
    if _NOT_RUSSIAN.search(fixed) or not _words_known(fixed, [m.start() for m in _MAC_SURE.finditer(line)]):
        return line
    return fixed


# a Cyrillic letter outside the Russian alphabet (Ukrainian, Belarusian, Serbian, Macedonian, Kazakh …)
_NOT_RUSSIAN = re.compile("[\u0400-\u04ff\u0500-\u052f](?<![А-яЁё])")
_WORD = re.compile("[А-Яа-яЁё]+")


def _words_known(fixed: str, starts: list[int]) -> bool:
    """More than half the words the signs began are dictionary words (the encodings map one character to one,
    so a word starts where its sign stood)."""
    from textcore.lemmas import is_known_word       # asked only of a line the signs already mark
    found = [m.group() for s in starts if (m := _WORD.match(fixed, s))]
    return 2 * sum(map(is_known_word, found)) > len(found)


def _mac_repaired(text: str) -> str:
    if not _MAC_SURE.search(text):
        return text
    return "\n".join(_mac_line(line) for line in text.split("\n"))


def looks_broken(text: str) -> bool:
    return any(_strong(m.group(), _decoded(m.group())) for m in _RUN.finditer(text))


def repair_mojibake(text: str) -> str:
    """Text with every exact UTF-8-as-cp1251 run decoded back (and cp1251 shown as Latin-1
    read again as cp1251); other text unchanged.

    A lone two-byte pair ("48-Рџ") is repaired only in a text that holds a sure run too.
    """
    if not text or text.isascii():
        return text
    text = _mac_repaired(_latin1_repaired(text))
    if not looks_broken(text):
        return text
    return _RUN.sub(lambda m: _repaired(m.group()), text)


def _repaired(run: str) -> str:
    fixed = _decoded(run)
    if fixed is None:
        return run
    # a lone pair that decodes to a symbol or a Latin letter ("В»" -> "»", "Г»" -> "û") is
    # Russian text far more often than damage: only Cyrillic ("Рџ" -> "П") is taken from it
    return fixed if _strong(run, fixed) or _cyrillic(fixed) else run


def _cyrillic(text: str) -> bool:
    return all("\u0400" <= ch <= "\u04ff" for ch in text)
