"""The ONE order-number grammar: "№ 694", "N 48-П", "№01-02/01", "№ 05-05/491.", "78-НПА".

A number follows the sign "№" (or a Latin/Cyrillic "N" standing for it, or "No.")
and runs to the next space or closing punctuation; it must hold a digit, so a blank
form ("№______"), a table's "№ п/п" or "б/н" is no number.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_SIGN = r"(?:№|(?<![\w.])[NН](?=\s*\d)|(?<![\w.])No\.?(?=\s*\d))"
_NUMBER = re.compile(_SIGN + r"\s*([^\s«»\"“”,;()]+)")
_TRAILING = ".,;:)"


@dataclass(frozen=True)
class OrderNumber:
    value: str
    start: int       # span of sign and number in the text
    end: int


def find_numbers(text: str) -> list[OrderNumber]:
    out = []
    for m in _NUMBER.finditer(text):
        value = m.group(1).rstrip(_TRAILING)
        if value and "_" not in value and re.search(r"\d", value):
            out.append(OrderNumber(value, m.start(), m.start(1) + len(value)))
    return out


def has_number_sign(text: str) -> bool:
    """Whether a text holds a number sign followed by a token with a digit (maybe unreadable).

    A blank form's sign ("№ ______ г. Новосибирск") states no number.
    """
    return bool(re.search(_SIGN + r"\s*[^\s_]*\d", text))


def parse_number(text: str) -> str | None:
    """The first order number in a text, as printed; None when the form is blank."""
    found = find_numbers(text)
    return found[0].value if found else None
