"""A channel head's own noun group (normalizers/channel_heads.py): its neighbours up to a
preposition, a conjunction or punctuation, and the quoted names that follow a word of it
("центр поддержки «Мой бизнес»").  The groups of a phrase are found once, in one pass each
way, and each group's words are gathered once: a run of n heads in one group ("лично лично …")
was walked and gathered again for each head (quadratic)."""
from __future__ import annotations

from .channel_place_clause import WordBag
from .phrase import Word

# no "INTJ": a channel cell holds no interjection, a letter so parsed is an abbreviation («э/почта»)
_STOP_POS = {"PREP", "CONJ", "PRCL"}
_MANNER_PREPS = ("в", "во")      # «в формате …», «в режиме …»: the nouns of manner are the data's
_MANNER_SPAN = 6                 # words after a group its manner may open within («встреча с жителями района в …»)


def _inside(ws: list[Word], k: int) -> bool:
    """Can the word at k stand within a noun group?"""
    w = ws[k]
    # "портал государственных И муниципальных услуг": a conjunction between adjectives
    # joins the modifiers of one noun
    if w.text in ("и", "или") and 0 < k < len(ws) - 1:
        return all(ws[n].pos in ("ADJF", "PRTF") for n in (k - 1, k + 1))
    return not w.is_punct and not w.is_conj and w.pos not in _STOP_POS


class NounGroups:
    """The noun groups of one phrase, found lazily: a run's bounds are walked once, when a word of
    it or next to it is first asked for (readers ask for a few heads of long slices, often)."""

    def __init__(self, ws: list[Word], named: dict | None = None, manners: frozenset[str] = frozenset()):
        self.ws, self.named, self.manners = ws, named or {}, manners
        self._start: dict[int, int] = {}     # a word within a group -> where its run starts
        self._end: dict[int, int] = {}       # … and where it ends
        self._bags: dict[tuple, WordBag] = {}

    def _run(self, k: int, step: int, bounds: dict[int, int]) -> int:
        """Where the run of words within a group through k ends going `step`-wards (-1: its first
        index, +1: one past its last); every word walked remembers it."""
        walked, j = [], k
        while j not in bounds and 0 <= j + step < len(self.ws) and _inside(self.ws, j + step):
            walked.append(j)
            j += step
        end = bounds.get(j, j if step < 0 else j + 1)
        for w in walked + [j]:
            bounds[w] = end
        return end

    def of(self, i: int) -> list[frozenset[str]]:
        """The words (lemmas and form) of the group of the word at i, and its quoted names' words."""
        ws = self.ws
        lo = self._run(i - 1, -1, self._start) if i > 0 and _inside(ws, i - 1) else i
        hi = self._run(i + 1, 1, self._end) if i + 1 < len(ws) and _inside(ws, i + 1) else i + 1
        # the manner it is held in, after it in its clause, is its own («совещание в режиме онлайн», «встреча с
        # жителями в дистанционном формате»): a few words on, no punctuation or conjunction between
        at = self._manner_after(hi)
        if (lo, hi, at) not in self._bags:
            group = ws[lo:hi] + (ws[at[0]:at[1]] if at else [])
            # (a WordBag: a head's `with` words looked up in its forms, not in each word — a long group's
            # every head walked it)
            self._bags[lo, hi, at] = WordBag([w.lemmas | {w.text} for w in group]
                                             + [b for w in group for b in self.named.get(w.text, ())])
        return self._bags[lo, hi, at]

    def _manner_after(self, hi: int) -> tuple[int, int] | None:
        """The bounds of a manner's group («в режиме онлайн») opening within _MANNER_SPAN words after hi."""
        ws = self.ws
        for k in range(hi, min(len(ws) - 1, hi + _MANNER_SPAN)):
            if ws[k].is_punct or ws[k].is_conj:
                return None
            if self.manners and ws[k].text in _MANNER_PREPS and _inside(ws, k + 1):
                end = self._run(k + 1, 1, self._end)
                if any(w.lemmas & self.manners for w in ws[k + 1:end]):
                    return k + 1, end
        return None


def scope(ws: list[Word], i: int, named: dict | None = None) -> list[frozenset[str]]:
    """The noun group of the head at i (a phrase read for one head)."""
    return NounGroups(ws, named).of(i)
