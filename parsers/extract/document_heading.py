"""The date of a document that is no act, headed as one: a body's name, the document's own noun alone on
its line, its date under it («КОМИТЕТ "…" / ТАБЛИЦА / от 5 марта 2004 года», «ИНФОРМАЦИЯ», «СПРАВКА»).

    heading_pair(texts) -> dict | None      the date (and a number the date's line states) of such a heading

Read last, where no act's header was found (metadata._header_found): the page has no act's kind, so
its date is the document's own.  The noun line is one word in capitals that is no act's kind (a kind
line is an act's header, read before); the line above it names a body (issuer.authority_in, as a header
reads it); the date's line holds a date alone after «от» (signed.date_alone).
"""
from __future__ import annotations

import re

from textcore.order_numbers import parse_number

from .header_words import own_kinds
from .issuer import authority_in
from .signed import date_alone

_NOUN_LINE = re.compile(r"\s*([А-ЯЁ]{4,})\s*")
_FROM = re.compile(r"\s*от\s", re.I)


def heading_pair(texts: list[str]) -> dict | None:
    for k in range(2, len(texts)):
        noun = _NOUN_LINE.fullmatch(texts[k - 1])
        if noun is None or not _FROM.match(texts[k]) or noun.group(1).lower() in own_kinds():
            continue
        date = date_alone(texts[k])
        if date is not None and authority_in(texts[k - 2], header=True):
            return {"order_date": date.first, "order_number": parse_number(texts[k]), "header_text": texts[k]}
    return None
