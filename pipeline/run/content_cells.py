"""The normalizers' readers of one cell, given to the parsers' reading of a table with no header
(`parsers/tables/content_roles.py`: parsers never import normalizers).  Each says whether a cell
reads as its kind with a good score — a channel or a need the rules name, not a guess for review.
`item_kinds` reads a whole list nothing names (`parsers/extract/item_lists.py`): each item's kind."""
from __future__ import annotations

from normalizers import item_kinds, match_channel
from normalizers.activity_term import activity_term
from normalizers.deadlines import parse_deadline
from normalizers.matcher import REVIEW
from normalizers.needs import need_phrase_matches
from normalizers.people import parse_people
from parsers.tables.content_roles import use_cell_readers


def _channel(text: str) -> bool:
    return _channel_code(text) is not None


def _channel_code(text: str) -> str | None:
    m = match_channel(text)
    return m.code if m.code != "other" and m.score >= REVIEW else None


def _needs(text: str) -> bool:
    found = need_phrase_matches(text)
    return bool(found) and sum(m.score >= REVIEW and m.code != "other" for m in found) * 2 >= len(found)


def _deadline(text: str) -> bool:
    d = parse_deadline(text)      # a relative term's words («после», «согласно») are an activity's as well
    return d.kind not in ("none", "not_applicable", "relative")


def _person(text: str) -> bool:
    return bool(parse_people(text).names)


def _states_own_term(text: str) -> bool:
    """An activity stating its term («Провести опрос (срок – II кв. 2025)»): a term, and three words more."""
    term = activity_term(text)
    return term is not None and sum(any(ch.isalpha() for ch in w) for w in text.replace(term, " ").split()) >= 3


def install() -> None:
    use_cell_readers({"channel": _channel, "channel_code": _channel_code, "needs": _needs, "deadline": _deadline,
                      "person": _person, "item_kinds": item_kinds,
                      "activity_term": _states_own_term})
