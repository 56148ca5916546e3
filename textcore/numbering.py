"""The one grammar of item numbers in front of a list item, a plan row or a clause.

    "3.1.2. Текст"  arabic  (3, 1, 2)   dotted levels, closer "." / ")" / none
    "IV. Раздел"    roman   (4,)        upper-case Roman numeral, closer or nothing after it
    "а) пункт"      letter  (1,)        one lower-case letter, always with ")"
    "– пункт"       bullet  ()          a dash or bullet sign
    "ЦК-02 – пункт" a register's code (`register_code`): letters, a hyphen, a number, then a dash, «.» or «)»

What is NOT an item number: a date ("01.02.2023": a part of four digits), a
number glued to a word or sign ("12-п", "5%"), a decimal with a comma
("1,5"), three digits in a row ("123.").  Each caller picks the styles it
accepts and whether the number must stand apart from the text (`spaced`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .clean import strip_markup

ARABIC, ROMAN, LETTER, BULLET = "arabic", "roman", "letter", "bullet"
STYLES = (ARABIC, ROMAN, LETTER, BULLET)

# each style's label, tried in this order (leading white space allowed)
_LABELS = tuple((style, re.compile(r"\s*" + label)) for style, label in (
    (ARABIC, r"(\d{1,2}(?:\.\d{1,2}){0,4})(?![\d,])"),     # up to five levels, no more digits after
    (ROMAN, r"([IVXLC]+)(?![\w])"),                        # checked by _ROMAN_VALID
    (LETTER, r"([а-яёa-z])(?=\))"),                        # a letter only with its ")"
    (BULLET, r"([-–—•·*▪●])"),
))
_ROMAN_VALID = re.compile(r"^(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")
_CLOSER = re.compile(r"[ \t]*([.)])|")            # "." or ")" (after a space, even), or nothing
_NO_CLOSER = re.compile(r"()")                    # a bullet has none
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_ALPHABETS = ("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", "abcdefghijklmnopqrstuvwxyz")


@dataclass(frozen=True)
class ItemNumber:
    style: str          # arabic | roman | letter | bullet
    label: str          # as written, without its closer: "3.1.2", "IV", "а", "–"
    closer: str         # "." or ")" or ""
    rest: str           # the text after it, stripped
    spaced: bool        # white space or the end follows it ("1)текст" is not spaced)

    @property
    def parts(self) -> tuple[int, ...]:
        """The levels as numbers: (3, 1, 2); (4,) for "IV"; a letter's place in its alphabet; () for a bullet."""
        if self.style == ARABIC:
            return tuple(int(p) for p in self.label.split("."))
        if self.style == ROMAN:
            return (roman_value(self.label),)
        if self.style == LETTER:
            return next((a.index(self.label) + 1,) for a in _ALPHABETS if self.label in a)
        return ()

    @property
    def depth(self) -> int:
        return len(self.parts) if self.style == ARABIC else 1


def roman_value(numeral: str) -> int:
    """"XIV" -> 14 (a valid numeral up to CCCXCIX)."""
    values = [_ROMAN_VALUES[ch] for ch in numeral]
    return sum(-v if v < after else v for v, after in zip(values, values[1:] + [0]))


def parse_item_number(text: str, styles: tuple[str, ...] = STYLES) -> ItemNumber | None:
    """The item number `text` starts with, in one of `styles`; None when it starts with none."""
    for style, pattern in _LABELS:
        m = pattern.match(text) if style in styles else None
        if m is None or (style == ROMAN and not _ROMAN_VALID.match(m.group(1))):
            continue
        close = _CLOSER.match(text, m.end()) if style != BULLET else _NO_CLOSER.match(text, m.end())
        closer, end = close.group(1) or "", close.end()
        spaced = end == len(text) or text[end].isspace()
        if style == ARABIC and not (spaced or closer == ")"):
            continue                    # "12-п", "5%", "1.5x": a number inside a word
        if style == ROMAN and not (closer or end == len(text.rstrip())):
            continue                    # a Roman numeral stands alone or is closed: "IV." / "IV)" / "IV"
        return ItemNumber(style, m.group(1), closer, text[end:].strip(), spaced)
    return None


def item_number(text: str) -> tuple[str, str] | None:
    """("3.1.2", rest of the text) for "3.1.2. Rest"; None when the text is not numbered
    (arabic numbers only: a plan's rows and numbered clauses)."""
    n = parse_item_number(strip_markup(text), (ARABIC,))
    return (n.label, n.rest) if n and n.spaced else None


def parent_of(no: str) -> str | None:
    """"3.1.2" -> "3.1"; None for a top-level number."""
    return no.rsplit(".", 1)[0] if "." in no else None


# a register's code before an item, «НД-01 – …», «ЦК-2. …», «К-1) …»: capital letters (the register's section),
# a hyphen, a number; then a spaced dash, «.» or «)» and the item's words.  The code marks the item, as «1)» does:
# its letters name the section only where a legend says so, so they are never the item's words
_REGISTER_CODE = re.compile(r"([А-ЯЁ]{1,4}-\d{1,3}(?:\.\d{1,3})?)(?:[ \t]*[–—]|[ \t]+-|[.)])[ \t]+(?=\S)")


def register_code(text: str) -> tuple[str, str] | None:
    """("ЦК-02", "rest") for «ЦК-02 – rest»; None where the text opens with no register code."""
    m = _REGISTER_CODE.match(text)
    return (m.group(1), text[m.end():].strip()) if m else None


def opens_register(code: str, next_text: str) -> bool:
    """Whether a register's code opens a list: its number one («ЦК-01»), or the next line's code has its letters (a
    register numbered on across sections, «ОК-03 – …; ОК-04 – …»).  A lone «ФЗ-44. …», «ПП-12) …» is an act's number
    opening a sentence, no list."""
    nxt = register_code(next_text.strip())
    return int(code.rpartition("-")[2].split(".")[0]) == 1 or nxt is not None and \
        nxt[0].rpartition("-")[0] == code.rpartition("-")[0]
