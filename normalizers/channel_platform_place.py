"""A platform named only in a parenthesis against a place the phrase's own words name (normalizers/
channel_heads.py asks): «форма обратной связи на сайте (также на Госуслугах)» is the site's form, the
portal a detail; the form read on its own words, below review (two places named)."""
from __future__ import annotations

from dataclasses import replace
from typing import Callable


def platform_in_main(ws, found, h, place_codes: Callable[[int], set[str]], read_main: Callable, cap: float):
    """`found` read by a head's `platform` in the details yields to `read_main()` (the head on the
    phrase's own words) where a noun group after «в»/«на» names another place (`place_codes(j)`, read
    with the details too: «на портале (Госуслуги)» is the portal's).  Only a platform that is a place
    itself (`venue.channels`): what the head is, a survey («QR-код на стенде (опрос)»), holds."""
    if found is None or found.how != "head+platform" or found.code not in h.venues:
        return found
    places = {c for j, w in enumerate(ws) if w.text in h.venue_preps for c in place_codes(j)}
    alt = read_main() if places & h.venues - {found.code} else None
    if alt is None or alt.how == "head+platform" or alt.code == found.code:
        return found
    return replace(alt, score=min(alt.score, cap))
