"""A header line as a copy spoilt it, mended before the header is read: Latin look-alikes in its
words («ПРИKАЗ»), OCR's digits for letters («МИНИСТЕРСТВ0») and letters for digits in its date
(«2О24»), a date's spaces («12. 03.2024», «1 2.03.2024»), a year «20» before the number («от 05.10.20
№ 869-р»), words run together (unglue.py) and a body's short name written out («Минздрава»)."""
from __future__ import annotations

import re
from dataclasses import replace

from textcore.date_words import join_split_day, repair_digits, year_before_number
from textcore.lookalike import fix_digit_letters, fix_lookalikes
from textcore.order_numbers import find_numbers, parse_number
from textcore.regions import words

from .header_words import act_kind_in, expand_short_names, vocab
from .lines import Line
from .signed import date_alone
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


_PAIR_FIRST = re.compile(r"^\s*(?:от|№|N)\s", re.I)


def pair_apart(lines: list[Line]) -> list[Line]:
    """A line a register ran on from the act's date and number into its title («от 31.12.2010 № 2253 Об
    утверждении …»), set out as the two lines a header prints: the pair alone on its line is the act's."""
    starts = "|".join(w.capitalize() for w in sorted(vocab()["title_starts"], key=len, reverse=True))
    out = []
    for ln in lines:
        m = re.search(rf"\s(?:{starts})\s+[а-яё]", ln.text) if _PAIR_FIRST.match(ln.text) else None
        if m and parse_number(ln.text[:m.start()]) and date_alone(ln.text[:m.start()]) is not None:
            out += [replace(ln, text=ln.text[:m.start()]), replace(ln, text=ln.text[m.start() + 1:])]
        else:
            out.append(ln)
    return out


_ITEM_NUMBER = re.compile(r"^\s*(?:\d{1,3}[.)]|[а-я]\))\s+(?=[а-яё])")


def lone_item(lines: list[Line]) -> list[Line]:
    """A page holding one list item naming an act («2. приказ департамента … от … № …»: a list of one, cut
    from a site's listing) is that act's title line: its item number cut, its kind's first letter raised (a
    list of several names acts a page cites)."""
    held = [k for k, ln in enumerate(lines) if ln.text.strip()]
    m = _ITEM_NUMBER.match(lines[held[0]].text) if len(held) == 1 else None
    rest = lines[held[0]].text[m.end():] if m else ""
    if not (rest and act_kind_in(rest.split()[0]) and rest.split()[0].islower()) or _deed_on(rest):
        return lines
    return [replace(ln, text=rest[0].upper() + rest[1:]) if k == held[0] else ln for k, ln in enumerate(lines)]


def _deed_on(item: str) -> bool:
    """An item that does something to the act it names before its title or quote («1. приказ … от … № 45
    признать утратившим силу», «… внести изменения»): an act's clause on a cited act, no list of one."""
    cut = re.search(rf"[«\"“]|\s(?:{'|'.join(vocab()['title_starts'])})\s", item, re.I)
    return bool(set(vocab()["cited_cues"]) & {w[0] for w in words(item[:cut.start() if cut else len(item)])})
