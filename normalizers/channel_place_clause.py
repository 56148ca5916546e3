"""The words of a place a meeting is held at ("приём В МФЦ …"), from the "в"/"на" up to the
conjunction that ends it, read once for every "в"/"на" inside it: a long clause ("приём в
приём в …") is indexed once, not re-read after each of its prepositions (that was quadratic).
normalizers/channel_heads.py reads a place's words with `PlaceBag` as their bag: the same
answers as the list of their word bags, a word form looked up, not searched for.  A phrase's
whole bag (its words and details, asked at every head) is a `WordBag`: its forms gathered once,
not each word's bag scanned at each head ("обмен документами в отделе" × n was quadratic)."""
from __future__ import annotations

from bisect import bisect_left

from .channel_head_words import act_of_channel, head_key, word_bag
from .channel_vocab import Heads
from .phrase import Word

_ADJ = ("ADJF", "PRTF")


class PlaceClause:
    """ws[lo:hi]: the words after a place's preposition up to the conjunction (or the end)."""

    def __init__(self, ws: list[Word], lo: int, hi: int, h: Heads):
        self.words, self.lo, self.hi = ws[lo:hi], lo, hi
        self.bags = [word_bag(w, h) for w in self.words]
        self.at: dict[str, list[int]] = {}
        for n, ls in enumerate(self.bags):
            for form in ls:
                self.at.setdefault(form, []).append(n)
        self._acts(h)

    def _acts(self, h: Heads) -> None:
        """What `act_of_channel` asks of the words after each, as the next index that answers:
        a word past the adjectives, a comma or conjunction, a definite head in the instrumental
        (one hanging on the act itself past adjectives, or on any word but a preposition or a
        noun in the instrumental)."""
        ws, n = self.words, len(self.words)

        def definite(w: Word) -> bool:
            key = head_key(w, h)
            return key is not None and not h.heads[key].get("weak") and bool(h.heads[key].get("default"))

        def good(m: int) -> bool:
            return ws[m].pos != "PREP" and not (ws[m].pos == "NOUN" and "ablt" in ws[m].cases)
        self.definite = [definite(w) for w in ws]
        cand = [self.definite[k] and "ablt" in ws[k].cases for k in range(n)]
        back, last = [], -1            # the nearest word before k that is no adjective
        for k in range(n):
            back.append(last)
            last = last if ws[k].pos in _ADJ else k
        self.next_nonadj = _next(n, lambda k: ws[k].pos not in _ADJ)
        self.next_end = _next(n, lambda k: ws[k].is_punct or ws[k].is_conj)
        self.next_cand = _next(n, lambda k: cand[k])
        self.next_held = _next(n, lambda k: cand[k] and back[k] >= 0 and good(back[k]))

    def bag(self, start: int) -> PlaceBag:
        """The bag of the words from ws[start] on."""
        return PlaceBag(self, start - self.lo)

    def act(self, p: int) -> bool:
        """`act_of_channel(ws[lo + off:hi], i, h)` for the word p = off + i of the clause."""
        n = len(self.words)
        j = self.next_nonadj[p + 1]
        if j < n and "gent" in self.words[j].cases and self.definite[j]:
            return True
        end = self.next_end[p + 1]
        # up to j every word between the act and k is an adjective: k hangs on the act itself
        return (self.next_cand[min(p + 2, n)] < min(end, j + 1)
                or self.next_held[min(max(p + 2, j + 1), n)] < end)


def _next(n: int, yes) -> list[int]:
    """For each k (to n inclusive) the least index >= k where `yes` holds, else n."""
    out, after = [n] * (n + 2), n
    for k in reversed(range(n)):
        after = k if yes(k) else after
        out[k] = after
    out[n + 1] = n
    return out


class PlaceBag:
    """The word bags of the clause's words from off on, as the list of them reads."""

    def __init__(self, clause: PlaceClause, off: int):
        self.clause, self.off = clause, off

    def has(self, form: str) -> bool:
        at = self.clause.at.get(form, ())
        return bisect_left(at, self.off) < len(at)

    def act(self, i: int) -> bool:
        return self.clause.act(self.off + i)

    def __iter__(self):
        return iter(self.clause.bags[self.off:])

    def __len__(self) -> int:
        return len(self.clause.bags) - self.off


class WordBag(list):
    """The list of a phrase's word bags, its forms gathered once: `has` looks a form up (the list is
    not changed after it is made)."""

    def __init__(self, bags):
        super().__init__(bags)
        self.forms: frozenset[str] = frozenset().union(*self)

    def has(self, form: str) -> bool:
        return form in self.forms


def forms_of(bags) -> frozenset[str]:
    """Every form in the bags: a `WordBag`'s gathered ones, another list's gathered now."""
    return bags.forms if isinstance(bags, WordBag) else frozenset().union(*bags)


def place_clause(clause: PlaceClause | None, ws: list[Word], lo: int, hi: int, h: Heads) -> PlaceClause:
    """The clause of ws[lo:hi]: the one read for an earlier "в"/"на" when it ends at the same place."""
    return clause if clause is not None and clause.hi == hi and clause.lo <= lo else PlaceClause(ws, lo, hi, h)


def act_on(ws: list[Word], i: int, h: Heads, bag) -> bool:
    """`act_of_channel`, looked up in a place's index when the words are a place's."""
    return bag.act(i) if isinstance(bag, PlaceBag) else act_of_channel(ws, i, h)
