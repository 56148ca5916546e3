"""Text -> canonical codes of the dataset's taxonomies (docs/dataset.md, Codes).

    from normalizers import match_channel, match_needs, match_direction
    match_channel("Сообщества ОИВ в социальных сетях")   # Match(code="social_network", score=…, method="rule")
    match_needs("Получение ответа. Получение консультации")  # [Match("result"), Match("consultation")]
"""
from __future__ import annotations

import re
from functools import lru_cache
from math import ceil

from .channel_heads import channel_detail, read_channel
from .direction_meaning import process_direction
from .direction_names import read_direction
from .matcher import _OVERRIDE_HOOKS, Match, Taxonomy, taxonomy
from .need_frames import foil
from .need_grammar import OBJECT_ONLY
from .needs import match_needs, split_needs
from textcore.lemmas import _WORD, morph
from textcore.point_type import match_point_type

__all__ = ["Match", "match_channel", "match_needs", "match_direction", "direction_by_process", "match_point_type",
           "expected_point_type", "client_of", "match_list_item", "list_kind_by_items", "item_kinds", "item_point_kind", "split_needs", "taxonomy", "Taxonomy",
           "channel_detail"]


def match_channel(text: str, kind: str | None = None, point: bool = True) -> Match:
    """A touchpoint cell ("Электронная почта mincult@…") -> channel code, by the phrase's
    head (normalizers/channel_heads.py).  `kind` ("digital"/"offline": what the document
    says the point or its list is) is evidence that breaks ties, never a filter.  `point`
    False: a procedure's list item, which may name several classes of channels at once."""
    return _match_channel(text or "", kind, point)


# the arrow alone: "\s*" around it made a run of spaces with no arrow quadratic (review 13b)
_ARROWS = re.compile(r"→|⇒|->|=>")


@lru_cache(maxsize=50_000)
def _match_channel(text: str, kind: str | None, point: bool = True) -> Match:
    def by_head(phrase: str) -> tuple[Match, ...]:
        # a way written as a path ("Сайт → «Обращения граждан» → форма отправки"): the point is
        # where it ends, its last step that names a channel
        steps = [s.strip() for s in _ARROWS.split(phrase) if s.strip()]
        ends = (r for s in reversed(steps) if (r := read_channel(s, kind, point)) is not None) if len(steps) > 1 else iter(())
        r = next(ends, None) or read_channel(phrase, kind, point)
        return (Match(r.code, r.score, f"head:{r.how}", phrase),) if r is not None else ()

    # news copy's deed no longer needed before a colon or a dash, "Больше не нужно ехать в МФЦ — можно
    # подать онлайн", names the old way, no point: what follows is the channel, by head and by the shared
    # words alike (need_frames.foil); an analysts' override or an exact term of the whole cell still wins
    tax = taxonomy("channel")
    if (said := foil(text)) and tax.override_for(text) is None and tax.exact_term(text) is None:
        text = said
    # no head: shared words, only when a rule names them
    return tax.decide(text, by_head, rule_only=True)[0]


_OVERRIDE_HOOKS.append(_match_channel.cache_clear)


def match_direction(text: str) -> Match:
    """A direction / process-group cell -> direction code."""
    return taxonomy("direction").match(text)


def direction_by_process(process: str) -> Match | None:
    """The direction a process's meaning suggests, for a row whose list states none.

    "Плановая выездная проверка" -> control.  The list did not say it, so the score stays
    below the review threshold and the row is listed in `review`; an analyst's override of
    the process text (field `direction`) wins.  How the meaning is read:
    normalizers/direction_meaning.py (`process_direction`).  None for an empty process.
    """
    text = (process or "").strip()
    if not text:
        return None
    return taxonomy("direction").override_for(text) or process_direction(text)


_LIST_TAXONOMY = {"channel_digital": "channel", "channel_offline": "channel",
                  "need": "needs", "direction": "direction"}


def match_list_item(list_kind: str, text: str) -> Match | None:
    """The code of one item of a procedure's enumerated list (None for `column` lists).

    A list the document calls digital (offline) is evidence for ties, not a filter:
    "колл-центры" in a list of digital points is still `phone` (point_type vs
    point_type_expected shows the clash)."""
    name = _LIST_TAXONOMY.get(list_kind)
    if name is None:
        return None
    if name == "needs":
        found = match_needs(text)
        return found[0] if found else None
    if name == "channel":
        return match_channel(text, list_kind.split("_")[1], point=False)
    return read_direction(text)             # "Группа процессов: …": its name without the label


def expected_point_type(channel: str) -> str | None:
    """The point type the taxonomy expects for a channel (`point_type_expected`)."""
    return taxonomy("channel").attr(channel, "point_type")


def client_of(direction: str) -> str:
    """`internal` for the internal_* directions, `external` otherwise."""
    return taxonomy("direction").attr(direction, "client", "external")


# a list whose lead-in names no kind is of the kind most of its items read as surely: at least
# this share of them, and at least two, and more than any other kind; on a tie, the kind whose
# readings score higher in sum (a heading read as a need scores lower than as a direction)
_ITEMS_SHARE, _ITEMS_MIN = 0.6, 2
# ... and overrules the kind its lead-in named only with this share of its items, the named kind
# reading surely for at most this share of them
_NAMED_SHARE, _NAMED_LEFT = 0.8, 1 / 3


@lru_cache(maxsize=50_000)
def _reading(kind: str, text: str) -> tuple[bool, float]:
    """Whether an item reads surely (no review) as an item of `kind`, and the reading's score
    (0 when it reads as none: `other`, a point of the other kind, a verb for a direction; a need
    read from its object alone, with no action, is not sure).  Cached: a list's items are read
    again for `item_kinds` and as the lists beside it (the item's text alone decides)."""
    if kind.startswith("channel_"):
        m = match_channel(text, point=False)
        fits = m.code != "other" and expected_point_type(m.code) == kind.split("_")[1]
    elif kind == "direction" and _opens_with_verb(text):
        return False, 0.0            # "подать заявку …" is what a client does: a direction is named, not done
    else:
        m = match_list_item(kind, text)
        fits = m is not None and m.code != "other"
        if fits and kind == "need" and m.score <= OBJECT_ONLY:
            # a need is something done: an object alone ("почтовый адрес") names a thing, not a need
            return False, float(m.score)
    return (fits and not m.needs_review), (float(m.score) if fits else 0.0)


_OVERRIDE_HOOKS.append(_reading.cache_clear)


def _opens_with_verb(text: str) -> bool:
    words = _WORD.findall(text.lower())
    return bool(words) and morph().parse(words[0])[0].tag.POS in ("INFN", "VERB")


POINT_KINDS = ("channel_digital", "channel_offline")


def list_kind_by_items(texts: list[str], kinds: list[str], named: str | None = None) -> str | None:
    """The kind of a list by what its items are ("сайт; чат-бот; электронная почта" -> digital
    points), among `kinds`; None when no kind holds most of them surely, or two tie.  Where
    either kind of points may be listed, the points vote as one ("сайт; личный приём"): the
    kind with more of them is returned, and each item may take its own (`item_point_kind`).
    `named`: the kind the lead-in named; another is returned only where nearly all items read
    surely as that one and few as the named kind (a lead-in's wording read wrongly)."""
    if not kinds:
        return None
    read = {k: [_reading(k, t) for t in texts] for k in kinds}
    if named == "need":        # «позвонить на горячую линию» under needs: a deed done through a channel, a need
        read.update({k: [(sure and not _opens_with_verb(t), score) for (sure, score), t in zip(read[k], texts)]
                     for k in POINT_KINDS if k in read})
    points = all(p in kinds for p in POINT_KINDS)
    if points:
        read["points"] = [max(pair) for pair in zip(*(read[p] for p in POINT_KINDS))]
    votes = {k: (sum(sure for sure, _ in r), round(sum(score for _, score in r), 3)) for k, r in read.items()}
    ranked = sorted((k for k in votes if not (points and k in POINT_KINDS)), key=lambda k: votes[k], reverse=True)
    best = ranked[0]
    enough = max(_ITEMS_MIN, ceil((_NAMED_SHARE if named else _ITEMS_SHARE) * len(texts)))
    if votes[best][0] < enough or (len(ranked) > 1 and votes[ranked[1]] == votes[best]):
        return None
    if named and (best == named or votes[named][0] > len(texts) * _NAMED_LEFT):
        return None
    return max(POINT_KINDS, key=lambda k: votes[k]) if best == "points" else best


def item_kinds(texts: list[str], kinds: list[str]) -> list[str | None]:
    """Each item's kind in a list nothing names (a lead-in in words no cue knows, a heading alone):
    the list's kind where `_NAMED_SHARE` of its items read surely as one (points as one, each then
    of its own channel's kind where it names one); else, mixed, each item its own where every item
    reads surely as one kind (one read as several: as the item beside it), but for items read as none
    at the list's edges or between items of two kinds (a heading line among them: no item).  All None
    where neither holds (an order's clauses, duties: no list)."""
    n = len(texts)
    group = {k: "points" if k in POINT_KINDS else k for k in kinds}
    # either way `_ITEMS_SHARE` of the items must read as some kind: stop reading (each reading costs
    # tens of ms) once too many read as none — a run of names, acts, clauses is given up early
    need, sure = max(_ITEMS_MIN, ceil(_ITEMS_SHARE * n)), []
    for t in texts:
        sure.append({group[k] for k in kinds if _reading(k, t)[0]})
        if sum(not s for s in sure) > n - need:
            return [None] * n
    counts = {g: sum(g in s for s in sure) for g in set(group.values())}
    best = max(counts, key=lambda g: counts[g], default=None)
    if best is not None and counts[best] >= max(_ITEMS_MIN, ceil(_NAMED_SHARE * n)):
        if best != "points":
            return [best] * n
        points = [item_point_kind(t) for t in texts]
        most = max(POINT_KINDS, key=points.count)
        return [p or most for p in points]
    groups = [next(iter(s)) if len(s) == 1 else None for s in sure]
    for i, s in enumerate(sure):        # read surely as several: the kind of an item beside it, if one
        if len(s) > 1:
            groups[i] = next((g for g in (groups[i - 1] if i else None, groups[i + 1] if i + 1 < n else None)
                              if g in s), None)
    own = [(item_point_kind(texts[i]) if g == "points" else g) if g else None for i, g in enumerate(groups)]
    if sum(k is not None for k in own) < max(_ITEMS_MIN, ceil(_ITEMS_SHARE * n)):
        return [None] * n
    # an item read as none (or as two kinds) between two of one kind is of that kind; at an edge, or
    # between two kinds, it is a heading line among the items: no item
    return [k or (own[i - 1] if 0 < i < n - 1 and own[i - 1] == own[i + 1] else None) for i, k in enumerate(own)]


def item_point_kind(text: str) -> str | None:
    """The kind of points an item surely names by its channel, if it does."""
    return next((k for k in POINT_KINDS if _reading(k, text)[0]), None)
