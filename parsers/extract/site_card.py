"""A site's card of an act: the fields a legal database or a region's site prints above (or
instead of) the act's own header ("Вид документа: Приказ", "Дата принятия: 19.05.2016",
"Номер документа: 59-мпр", "Принявший орган: …").  They are the site's record of this act, so they fill what the
header leaves unstated; the header's own value always wins.  A card's other dates (publication,
the edition's start) are not the act's, and a register's number in the number field (НГР
"RU78000201200263") is not its number.  Labels: parsers/data/metadata.yaml (`card_labels`).
A site's listing row over the act, «46-IHC | О противодействии терроризму (…)», is its record of the
number where the header prints none, when the row's title is the act's own (`listed_number`).
"""
from __future__ import annotations

import re
from typing import Callable

from textcore.dates import parse_date
from textcore.order_numbers import parse_number
from textcore.regions import words

from .header_words import own_kinds, vocab
from .issuer import authority_in


def _value(field: str, text: str) -> str | None:
    """The value of a card's line whose label is one of the field's ("Дата принятия: | … |")."""
    label, sep, value = text.partition(":")
    value = value.replace("|", " ").strip()
    return value if sep and value and label.strip().lower() in vocab()["card_labels"][field] else None


def _read(field: str, value: str):
    if field == "authority":      # the label says a body's name follows, even one no head noun opens («Фонд …»)
        return authority_in(value, header=True) or value
    if field == "order_number":
        return None if re.match(vocab()["register_number"], value) else parse_number(f"№ {value}")
    if field == "order_date":
        return parse_date(value)
    kinds = own_kinds()                       # "Приказ, Регламент", "Распоряжения", "Закон"
    return next((lem for lem, _, _ in words(value) if lem in kinds), None)


def card_fields(texts: list[str]) -> dict:
    """The act's number, date, kind and issuer as the card's fields give them (a field it lacks: absent)."""
    found = {}
    for text in texts:
        for field in vocab()["card_labels"]:
            value = _value(field, text)
            if field not in found and value and (got := _read(field, value)) is not None:
                found[field] = got
    return found


_PAIR = ("order_number", "order_date")


def fill_unstated(head: dict, texts: list[str]) -> None:
    """The header's unstated fields taken from the card; `from_card` names them."""
    card = card_fields(texts)
    head["from_card"] = {f for f in card if head[f] is None}
    head.update({f: card[f] for f in head["from_card"]})


def signed_fill(head: dict, signed: Callable[[], tuple]) -> None:
    """Where the header states neither number nor date, the pair printed after the signature
    (signed.py's `signed_pair`) gives them; a card's half of it ("Дата принятия: …" with no
    number field) leaves the other half to the pair, where the pair agrees with the card.  A header
    that states a date and no number (a date above the kind: a site's page's) yields to a pair the
    signature states whole."""
    stated = {f for f in _PAIR if head[f] is not None and f not in head["from_card"]}
    if "order_number" in stated or all(head[f] is not None for f in _PAIR):
        return
    pair = dict(zip(_PAIR, signed()))
    if stated:          # a date with no number (a page's date above the kind): a pair signed whole wins
        if all(pair[f] is not None for f in _PAIR):
            head.update(pair)
        return
    if all(head[f] in (None, pair[f]) for f in _PAIR):
        head.update({f: head[f] or pair[f] for f in _PAIR})


_LISTING_ROW = re.compile(r"\s*(?:№\s*)?(\S*\d\S*)\s*\|\s*(\S.*)")     # «46-IHC | О …»: number, title


def listed_number(texts: list[str], title: str | None) -> str | None:
    """The number a listing row above the header gives the act: the row's title opens with the act's
    own title's words (a row of another act on the page has its own title)."""
    own = [w for w, _, _ in words(title or "")[:4]]
    if len(own) < 2:
        return None
    for text in texts:
        m = _LISTING_ROW.fullmatch(text)
        if m and [w for w, _, _ in words(m.group(2))[:len(own)]] == own:
            return parse_number(f"№ {m.group(1)}")
    return None
