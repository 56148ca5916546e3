"""Text -> canonical codes of the contract's taxonomies (CONTRACT §4, §5).

    from normalizers import match_channel, match_needs, match_direction
    match_channel("Сообщества ОИВ в социальных сетях")   # Match(code="social_network", score=…, method="rule")
    match_needs("Получение ответа. Получение консультации")  # [Match("result"), Match("consultation")]
"""
from __future__ import annotations

from .matcher import Match, Taxonomy, taxonomy
from .needs import match_needs, split_needs
from .point_type import match_point_type

__all__ = ["Match", "match_channel", "match_needs", "match_direction", "match_point_type",
           "expected_point_type", "client_of", "match_list_item", "split_needs", "taxonomy", "Taxonomy"]


def match_channel(text: str) -> Match:
    """A touchpoint cell ("Электронная почта mincult@…") -> channel code."""
    return taxonomy("channel").match(text)


def match_direction(text: str) -> Match:
    """A direction / process-group cell -> direction code."""
    return taxonomy("direction").match(text)


_LIST_TAXONOMY = {"channel_digital": "channel", "channel_offline": "channel",
                  "need": "needs", "direction": "direction"}


def match_list_item(list_kind: str, text: str) -> Match | None:
    """The code of one item of a procedure's enumerated list (None for `column` lists).

    A list the document calls digital (offline) holds digital (offline) channels,
    so candidates are restricted to those."""
    name = _LIST_TAXONOMY.get(list_kind)
    if name is None:
        return None
    if name == "needs":
        found = match_needs(text)
        return found[0] if found else None
    tax = taxonomy(name)
    allowed = tax.codes_where("point_type", list_kind.split("_")[1]) if name == "channel" else None
    return tax.match(text, allowed)


def expected_point_type(channel: str) -> str | None:
    """The point type the taxonomy expects for a channel (`point_type_expected`)."""
    return taxonomy("channel").attr(channel, "point_type")


def client_of(direction: str) -> str:
    """`internal` for the internal_* directions, `external` otherwise."""
    return taxonomy("direction").attr(direction, "client", "external")
