"""The signature under a plan printed as its table's last row: «Заместитель министра | | И.И. Петров» (converted
text keeps the tabs that set the signer's name to the right; a Word file may put the signature in a borderless
table right under the plan).  Read as a row, it went on with the last measure (its post in the term, the name
in the result) or, in a plan that numbers no rows, became a measure of its own.

A row at the table's end whose filled cells are a post (its first word after «И.о.», «Первый», «Заместитель»
one of the signatory posts, `signatory_positions` in data/metadata.yaml) and a cell holding a person's name
alone (`textcore.name_shape`) — a line to sign on or a date blank («____», «"__" ______ 2025 г.») aside — is
no row of the plan; unless the post stands in the plan's responsible column: then it is a responsible one, the
last measure's row going on («» | «» | «Заместитель министра» | «Петров И.И.», a second person of it).

    without_signature(items) -> items     the table's items less its signature rows at the end
"""
from __future__ import annotations

import re

from textcore.name_shape import names_person, without_names

from .header_words import first_lemmas, vocab

# a line to sign on, a date left to fill in; the second run only after the year (two runs side by side over the
# same characters split a long line every way: quadratic)
_BLANK = re.compile(r"[\s_.«»\"“”г/-]*(?:\d{4}[\s_.«»\"“”г/-]*)?")
_MAX_POST_WORDS = 12


def _post(text: str) -> bool:
    v = vocab()
    skip = set(v["signatory_prefixes"])
    words = first_lemmas(text, 5)
    at = next((w for w in words if w not in skip), None)
    return at in v["signatory_positions"] and len(text.split()) <= _MAX_POST_WORDS and text[:1].isupper()


def signature_row(texts: list[str]) -> bool:
    """A row holding a post and its signer's name, alone."""
    filled = [t.strip() for t in texts if t.strip() and not _BLANK.fullmatch(t.strip())]
    if len(filled) != 2:
        return False
    names = [t for t in filled if names_person(t) and not without_names(t).strip(" ,.")]
    return len(names) == 1 and _post(next(t for t in filled if t is not names[0]))


def without_signature(items: list) -> list:
    """The table's rows and headings less the signature rows closing it (`RepairedRow.values`)."""
    end = len(items)
    while end and hasattr(items[end - 1], "values") and _signature(items[end - 1].values):
        end -= 1
    return items[:end]


def _signature(values: dict[str, str]) -> bool:
    """A signature row, its post outside the responsible column (a post there is the measure's responsible one)."""
    return signature_row(list(values.values())) and not _post(values.get("responsible", "").strip())
