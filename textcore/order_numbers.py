"""The ONE order-number grammar: "№ 694", "N 48-П", "№01-02/01", "№ 05-05/491.", "78-НПА",
a joint order's "№ 56-п /960/465" (read whole, as "56-п/960/465"), a suffix printed apart
("№ 45 -нп", read "45-нп"), a register's mark after it ("N 210/01-07 о/д"); its letters typed
as Latin look-alikes are read Cyrillic ("869-p" is "869-р").  A word a
converted page glued to the number ("№ 567Постановление Кабинета …": a capital and small
letters right after a digit) is not part of it.

A number follows the sign "№" (or a Latin/Cyrillic "N" standing for it, "No.", "Nº", "N°")
and runs to the next space or closing punctuation; it must hold a digit, so a blank
form ("№______"), a table's "№ п/п" or "б/н" is no number.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .lookalike import LOOKALIKE_LATIN, TO_CYRILLIC

# a Latin/Cyrillic "N" is a sign only before a number: its digits, or letters and a dash first ("N УП-41")
# «No», «Nº», «N°», «No.»: the sign as fonts without «№» and OCR write it
_SIGN = r"(?:№|(?<![\w.])[NН](?=\s*(?:[А-ЯЁ]{1,4}-)?\d)|(?<![\w.])N[oº°]\.?(?=\s*\d))"
# brackets close a number too: a database's note "{Изменение: Приказ … N 237}" wraps the act it names
_NUMBER = re.compile(_SIGN + r"\s*([^\s«»\"“”,;()\[\]{}]+)")
# a joint order's number is its issuers' numbers joined by "/", sometimes printed with a
# space before a part ("№ 56-п /960/465"): those parts belong to the number
_JOINT_PART = re.compile(r"\s*/\s*(\d[^\s«»\"“”,;()\[\]{}]*)")
_TRAILING = ".,;:)"
# a register's mark printed after the number: "N 210/01-07 о/д" (основная деятельность), "№ 7 л/с"
_REGISTER = re.compile(r"\s+([а-яё]{1,2}/[а-яё]{1,2})(?![\w/])")
# a word glued on after the number's digits: a letter suffix is short or hyphenated ("48-П", "12пр")
_GLUED_WORD = re.compile(r"(?<=\d)[А-ЯЁA-Z][а-яёa-z]{3,}")
# a letter suffix a converted form's field printed apart from its digits: "№ 45 -нп" is "45-нп"
_SPACED_SUFFIX = re.compile(r"\s+[-–]([А-ЯЁа-яё]{1,4})(?!\w)")
_OTHER_LATIN = re.compile(rf"[^\W\d_{LOOKALIKE_LATIN}А-Яа-яЁё]")


def _cyrillic_letters(value: str) -> str:
    """A number's letters typed or recognised as their Latin look-alikes made Cyrillic, «869-p» ->
    «869-р», «209a» -> «209а»: a region's numbers are lettered in Russian.  A number holding any other
    Latin letter, «12-FZ», «3-IV», is left as written."""
    if not re.search(r"[A-Za-z]", value) or _OTHER_LATIN.search(value):
        return value
    return value.translate(TO_CYRILLIC)


@dataclass(frozen=True)
class OrderNumber:
    value: str
    start: int       # span of sign and number in the text
    end: int


def find_numbers(text: str) -> list[OrderNumber]:
    out = []
    for m in _NUMBER.finditer(text):
        value, end = m.group(1), m.end()
        if glued := _GLUED_WORD.search(value):
            value, end = value[:glued.start()], m.start(1) + glued.start()
        if value.isdigit() and (suffix := _SPACED_SUFFIX.match(text, end)):
            value, end = f"{value}-{suffix.group(1)}", suffix.end()
        while value[-1:] != "/" and (part := _JOINT_PART.match(text, end)):
            value, end = value + "/" + part.group(1), part.end()
        if (mark := _REGISTER.match(text, end)) and value[-1:] not in _TRAILING:
            value, end = value + " " + mark.group(1), mark.end()
        value = _cyrillic_letters(value)
        stripped = value.rstrip(_TRAILING)
        if stripped and "_" not in stripped and re.search(r"\d", stripped):
            out.append(OrderNumber(stripped, m.start(), end - (len(value) - len(stripped))))
    return out


def without_numbers(text: str) -> str:
    """The text with every order number (its sign and value) blanked out."""
    parts, at = [], 0
    for n in find_numbers(text):
        parts.append(text[at:n.start])
        at = n.end
    return " ".join([*parts, text[at:]])


def number_alone(text: str) -> str | None:
    """The number of a line that holds nothing else ("N 281-пг" under a signature), or None."""
    t = text.strip()
    found = find_numbers(t)
    return found[0].value if len(found) == 1 and found[0].start == 0 and not t[found[0].end:].strip() else None


def has_number_sign(text: str) -> bool:
    """Whether a text holds a number sign followed by a token with a digit (maybe unreadable).

    A blank form's sign ("№ ______ г. Новосибирск") states no number.
    """
    return bool(re.search(_SIGN + r"\s*[^\s_]*\d", text))


def parse_number(text: str) -> str | None:
    """The first order number in a text, as printed; None when the form is blank."""
    found = find_numbers(text)
    return found[0].value if found else None
