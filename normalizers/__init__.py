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
           "expected_point_type", "client_of", "split_needs", "taxonomy", "Taxonomy"]


def match_channel(text: str) -> Match:
    """A touchpoint cell ("Электронная почта mincult@…") -> channel code."""
    return taxonomy("channel").match(text)


def match_direction(text: str) -> Match:
    """A direction / process-group cell -> direction code."""
    return taxonomy("direction").match(text)


def expected_point_type(channel: str) -> str | None:
    """The point type the taxonomy expects for a channel (`point_type_expected`)."""
    return taxonomy("channel").attr(channel, "point_type")


def client_of(direction: str) -> str:
    """`internal` for the internal_* directions, `external` otherwise."""
    return taxonomy("direction").attr(direction, "client", "external")
