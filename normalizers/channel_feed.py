"""A comment left under a thing a feed publishes (data/channel_heads.yaml `under`).

    "оставил отзыв под новостью"              no head: the client comments under a post -> social_network?
    "ответ в комментариях к посту"           nothing read, a feed's comments as the place -> social_network?
    "пишет под публикацией администрации"    a publication's default (other) is no place one writes under
    "отзыв под новостью на сайте"            the channel named with it decides: website (kept)
    "консультация под запись"                «под» with the accusative is a purpose, no place beneath: no feed
    "комментарии к проекту постановления"    a comment that is no feed's place is a remark: no feed

A writer may name the channel only by the client's deed there: one writes under a post, a news item
or a video where a feed takes comments — a social network's, most often (the comments of the pools'
writers: every one a network's where no other channel is named) —, so a thing published, named after
«под» in the instrumental (beneath it), reads as that feed's below review, where the phrase names no
definite channel of its own.
"""
from __future__ import annotations

from textcore.lemmas import morph

from .channel_head_words import alone
from .channel_hosts import governing_preposition
from .phrase import Word

GUESS = 0.84        # channel_heads.GUESS: below review
# readings that name no definite channel: none, a weak head's, a cognate's, a lone generic head's
_INDEFINITE = ("weak", "family", "alone")


def commented_under(ws: list[Word], found, h, reading):
    """`found`, or the feed's reading (`reading(code, score, how, head)`) where a thing published is named
    under «под» and `found` names no definite channel (none, a weak head's, or the published thing's own
    default, «публикация»: other)."""
    under = h.under
    if not under or found is not None and found.how not in _INDEFINITE and not (
            found.code == "other" and found.head in under["published"]):
        return found
    for i, w in enumerate(ws):
        if w.lemmas & under["published"] and governing_preposition(ws, i) in under["prepositions"] and _beneath(w):
            return reading(under["code"], GUESS, "under?", w.lemma)
    # what only a feed holds, or its comments as the place («в комментариях»), where nothing was read ("ответ
    # в комментариях к посту": a place no venue; «Комментарий» alone, «комментарии к проекту акта» are remarks)
    feed = next((w.lemma for k, w in enumerate(ws) if w.lemmas & under["feed"] or w.lemmas & under["feed_places"]
                 and governing_preposition(ws, k) in under["place_prepositions"]),
                None) if found is None and not alone(ws) else None
    return reading(under["code"], GUESS, "feed?", feed) if feed else found


def _beneath(w: Word) -> bool:
    """Is the word in the instrumental, where «под» says beneath («под постом»; an indeclinable «под видео»
    may be), not in the accusative of a purpose («под запись», «под роспись»)?"""
    return "ablt" in w.cases or any("Fixd" in p.tag for p in morph().parse(w.text))
