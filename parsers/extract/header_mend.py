"""A header line as a copy spoilt it, mended before the header is read: Latin look-alikes in its
words («ПРИKАЗ»), OCR's digits for letters («МИНИСТЕРСТВ0») and letters for digits in its date
(«2О24»), a date's spaces («12. 03.2024», «1 2.03.2024»), a year «20» before the number («от 05.10.20
№ 869-р»), words run together (unglue.py) and a body's short name written out («Минздрава»)."""
from __future__ import annotations

import re
from dataclasses import replace

from textcore.date_words import join_split_day, repair_digits, year_before_number
from textcore.lookalike import fix_digit_letters, fix_lookalikes
from textcore.order_numbers import find_numbers

from .header_words import expand_short_names
from .lines import Line
from .unglue import unglue

_DIGIT = re.compile(r"\d")


def _mended(text: str) -> str:
    text = fix_digit_letters(fix_lookalikes(text))
    if not _DIGIT.search(text):                 # no date to mend (most lines: the cheap test first)
        return text
    return year_before_number(join_split_day(_repaired_outside_numbers(text)))


def _repaired_outside_numbers(text: str) -> str:
    """`repair_digits` on the text but the act numbers in it: a number's letters are its own («№ 120о»,
    «№ 10з», «№ 5о/д»), never OCR's digits."""
    cuts = [0, *(k for n in find_numbers(text) for k in (n.start, n.end)), len(text)]
    return "".join(repair_digits(text[a:b])[0] if k % 2 == 0 else text[a:b]
                   for k, (a, b) in enumerate(zip(cuts, cuts[1:])))


def mended_line(ln: Line) -> Line:
    text = expand_short_names(unglue(_mended(ln.text)))
    return ln if text == ln.text else replace(ln, text=text)      # most lines need nothing
