"""A page whose first line is a federal act's title line, and nothing else heads it.

    federal_page_title(text, rest) -> bool      the line names a federal act's kind (nominative, capital
                                                first), its date and its number, and the header's other
                                                lines `rest` name no subject: the page's own act

A federal body's title line is a cited act's almost everywhere (header_words.names_federal): a
regional act's page names the federal act it carries out.  Only where such a line opens the page
and no heading of an act's kind follows (metadata._header_found asks only then) is it the page's
own title — a federal act's page, whose region stays unstated.  A regional act whose own header was
lost opens on the federal act it carries out just as well («Постановление Правительства РФ от … N 373» /
«… Министерство труда Омской области приказывает:»): a subject named in the lines under it makes the
line a cited act's (a federal act's page naming a subject this early is left unread, as before).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from textcore.dates import parse_date
from textcore.order_numbers import has_number_sign
from textcore.regions import find_regions, words

from .header_words import before_other_act, names_federal, own_kinds

# the line ends at its number: a quoted title and a bracketed edition note may follow, a sentence not
# («Указ Президента РФ от … N 601 исполняется» is a news headline about a cited act)
# (the number and the notes after it bounded: each number sign tries its match, and an unbounded run of
# «(…)» notes or a number sign's long token made a long line's many signs quadratic)
_ENDS_AT_NUMBER = re.compile(r"(?<![A-Za-zА-Яа-яЁё№])(?:№|N)\s?[^\s\"«“(]{1,40}(?:\s[\"«“][^\"»”]{0,600}[\"»”])?"
                             r"(?:\s\([^()]{0,300}\)){0,3}\s*$")


def federal_page_title(text: str, rest: Sequence[str] = ()) -> bool:
    ws = words(text)
    if not ws or ws[0][0] not in own_kinds() or not text[ws[0][1]].isupper():
        return False
    if text[ws[0][1]:ws[0][2]].lower().replace("ё", "е") != ws[0][0]:
        return False                            # «Постановлением …»: an instrumental cites another act
    own = before_other_act(text)
    return (names_federal(own) and parse_date(own) is not None and has_number_sign(own)
            and _ENDS_AT_NUMBER.search(text) is not None and not any(find_regions(t) for t in rest))
