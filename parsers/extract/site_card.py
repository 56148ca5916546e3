"""A site's card of an act: the fields a legal database or a region's site prints above (or
instead of) the act's own header ("Вид документа: Приказ", "Дата принятия: 19.05.2016",
"Номер документа: 59-мпр").  They are the site's record of this act, so they fill what the
header leaves unstated; the header's own value always wins.  A card's other dates (publication,
the edition's start) are not the act's, and a register's number in the number field (НГР
"RU78000201200263") is not its number.  Labels: parsers/data/metadata.yaml (`card_labels`).
"""
from __future__ import annotations

import re

from textcore.dates import parse_date
from textcore.order_numbers import parse_number
from textcore.regions import words

from .header_words import vocab


def _value(field: str, text: str) -> str | None:
    """The value of a card's line whose label is one of the field's ("Дата принятия: | … |")."""
    label, sep, value = text.partition(":")
    value = value.replace("|", " ").strip()
    return value if sep and value and label.strip().lower() in vocab()["card_labels"][field] else None


def _read(field: str, value: str):
    if field == "order_number":
        return None if re.match(vocab()["register_number"], value) else parse_number(f"№ {value}")
    if field == "order_date":
        return parse_date(value)
    kinds = set(vocab()["doc_types"])         # "Приказ, Регламент", "Распоряжения"
    return next((lem for lem, _, _ in words(value) if lem in kinds), None)


def card_fields(texts: list[str]) -> dict:
    """The act's number, date and kind as the card's fields give them (a field it lacks: absent)."""
    found = {}
    for text in texts:
        for field in vocab()["card_labels"]:
            value = _value(field, text)
            if field not in found and value and (got := _read(field, value)) is not None:
                found[field] = got
    return found
