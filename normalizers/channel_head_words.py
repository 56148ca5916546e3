"""Which head of data/channel_heads.yaml a word reads as, and what the words around a head
say of it (normalizers/channel_heads.py reads the phrase with these): an adjective that only
qualifies a head noun, an act whose object is a channel's head, a head used as a manner."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .channel_vocab import Heads
from .channel_words import expand
from .phrase import Word, words
from .phrase_memo import of_phrase

# (a word starts where no letter precedes: a long word is not scanned from each of its letters; a
# hyphened one is whole, «интернет-портал», as the phrase's words are)
_NAMED = re.compile(r"(?<![А-Яа-яЁёA-Za-z-])([А-Яа-яЁёA-Za-z]+(?:-[А-Яа-яЁёA-Za-z]+)*)\s*[«\"“]([^»\"”]{1,80})[»\"”]")


def head_key(w: Word, h: Heads) -> str | None:
    if w.text in h.heads:
        return w.text
    key = next((lem for lem in sorted(w.lemmas) if lem in h.heads), None)
    if key is None and w.pos in ("ADJF", "ADJS"):
        # a noun declined as an adjective ("в приёмной") is read as one: its feminine form (and one
        # whose ending was lost, «приёмна», that the dictionary reads as a short adjective)
        key = next((f for f in (re.sub(r"(?:ый|ой)$", "ая", w.lemma), re.sub(r"ий$", "яя", w.lemma))
                    if f != w.lemma and f in h.heads), None)
    return key


def quoted_names(text: str, h: Heads) -> dict[str, list[frozenset[str]]]:
    """The quoted names of a phrase by the word they follow: a name right after a noun is that
    noun's own ("портал «Госуслуги»"), one of its words, not a detail beside it."""
    out: dict[str, list[frozenset[str]]] = {}
    for m in _NAMED.finditer(text):
        key = m.group(1).lower().replace("ё", "е")
        out.setdefault(key, []).extend(word_bag(w, h) for w in expand(words(m.group(2), h.speller), h))
    return out


def unknown_brand(ws: list[Word], names: dict[str, list[frozenset[str]]], h: Heads) -> tuple[str, str] | None:
    """(code, head): the first head of `brands` in the data followed by a quoted name none of whose
    words names a channel («портал «Работа России»», «система «Электронный дневник»»): a product of
    that name, no body's site; None where the name says what it is («портал «Госуслуги»»)."""
    def names_channel(bags: list[frozenset[str]]) -> bool:
        # a head with a channel of its own, or one its `with` words within the name make one («Решаем вместе»)
        specs = [h.heads[k] for b in bags for k in b & h.head_words]
        return any(s.get("default") or "pair" in s or any(all(any(x in b for b in bags) for x in keys)
                                                          for keys, _ in s["with"]) for s in specs)
    for w in ws:
        key = head_key(w, h)
        bags = names.get(w.text, ()) if key in h.brands else ()
        if bags:
            # (a name of a body's, «портал «Администрация города»», is no product: the body's site)
            return None if names_channel(bags) or any(b & h.bodies for b in bags) else (h.brands[key], key)
    return None


def alone(ws: list[Word]) -> bool:
    """Is the head the only word of letters among `ws` (a phrase's words and its details'), «Кабинет»,
    «Сервис (№ 2)»: nothing says which one it is?"""
    lettered = [w for w in ws if re.search(r"[^\W\d_]", w.text) and w.pos not in ("PREP", "CONJ", "PRCL")
                and w.text not in ("№", "n")]
    return len(lettered) <= 1


def word_bag(w: Word, h: Heads) -> frozenset[str]:
    """A word's forms as the vocabulary may name it: lemmas, the form, the head it reads as."""
    key = head_key(w, h)
    return w.lemmas | {w.text} | ({key} if key else set())


def noun_head_follows(ws: list[Word], i: int, h: Heads) -> bool:
    """Is the adjective at i one of a definite head noun's ("ПИСЬМЕННОЕ анкетирование";
    not "выездные встречи": a generic noun leaves the adjective to decide)?"""
    j = i + 1
    while j < len(ws) and ws[j].pos in ("ADJF", "PRTF") and head_key(ws[j], h) is None:
        j += 1
    key = head_key(ws[j], h) if j < len(ws) else None
    spec = h.heads[key] if key is not None else {"weak": True}
    group = [w.lemmas | {w.text} for w in ws[i:j + 1]]
    # a noun the adjective says is no head ("в ПИСЬМЕННОЙ форме": `not_with`), or that names a
    # channel only with words it lacks here ("ТЕЛЕФОННЫЕ консультации": a consultation is a
    # channel only by video or away), leaves the adjective to decide
    if spec.get("weak") or any(n in ls for n in spec.get("not_with", ()) for ls in group):
        return False
    return bool(spec.get("default") or "pair" in spec
                or any(all(any(k in ls for ls in group) for k in keys) for keys, _ in spec["with"]))


def act_of_channel(ws: list[Word], i: int, h: Heads) -> bool:
    """Is the act at i (a `by_means` head) one of taking in what a channel carries, that
    channel's head its object ("приём ЗВОНКОВ", "приём электронных писем"), or done by a
    channel named in the instrumental ("приём документов НАРОЧНЫМ"): that head decides?"""
    def definite(k: int) -> bool:
        key = head_key(ws[k], h)
        return key is not None and not h.heads[key].get("weak") and bool(h.heads[key].get("default"))
    j = i + 1
    while j < len(ws) and ws[j].pos in ("ADJF", "PRTF"):
        j += 1
    if j < len(ws) and "gent" in ws[j].cases and definite(j):
        return True
    # the instrumental is the act's only within its own group (up to a comma or a conjunction),
    # hanging on no preposition ("с телефоном") and on no other noun in the instrumental ("с
    # уведомлением телефонограммой": the notice is sent so, the reception is in person)
    stops, ablt = of_phrase(ws, "stops_ablt", _stops_and_ablt)
    end = stops[bisect_left(stops, i + 1)] if i + 1 < len(ws) else len(ws)
    return any(_of_act(ws, i, k) and definite(k) for k in ablt[bisect_left(ablt, i + 2):bisect_left(ablt, end)])


def means_after(ws: list[Word], i: int, h: Heads) -> list[int]:
    """Where, after the head at i and before the last word, a word books («по записи»), or is a venue's or a
    means' preposition: the only words `channel_heads._by_means` reads (found once per phrase)."""
    marks = of_phrase(ws, "means", lambda ws: [j for j, w in enumerate(ws) if w.lemmas & h.booking
                                               or w.text in h.venue_preps or w.text in h.means], by=h)
    return marks[bisect_right(marks, i):bisect_left(marks, len(ws) - 1)]


def _stops_and_ablt(ws: list[Word]) -> tuple[list[int], list[int]]:
    """Where a group ends (punctuation, a conjunction; the length last) and where an instrumental stands."""
    return ([k for k, w in enumerate(ws) if w.is_punct or w.is_conj] + [len(ws)],
            [k for k, w in enumerate(ws) if "ablt" in w.cases])


def _of_act(ws: list[Word], i: int, k: int) -> bool:
    """Does the instrumental at k hang on the act at i (past its adjectives), not on a
    preposition or a noun in the instrumental between them?"""
    m = k - 1
    while m > i and ws[m].pos in ("ADJF", "PRTF"):
        m -= 1
    return m == i or ws[m].pos != "PREP" and not (ws[m].pos == "NOUN" and "ablt" in ws[m].cases)


def unquote_means(text: str, h: Heads) -> str:
    """A name quoted right after a preposition of means is the means itself ("по «горячей
    линии»"), no detail beside it: its quotes are dropped."""
    return h.quoted_means.sub(r"\1\2", text) if h.quoted_means else text


def as_manner(ws: list[Word], i: int, spec: dict) -> bool:
    """Does the head at i stand after one of its `manner` prepositions, its adjectives between
    ("в электронной ФОРМЕ через ЕПГУ": how the paper is made, a channel named later decides)?"""
    k = i - 1
    while k >= 0 and ws[k].pos in ("ADJF", "PRTF"):
        k -= 1
    return k >= 0 and ws[k].text in spec.get("manner", ())


class HeldPlaces:
    """The words of the places the phrase's meetings are held at: after "в"/"на", up to a
    conjunction.  A meeting holds the places that begin after it, so the words held by all
    the meetings read so far are those of the places from the first one's on: the phrase is
    walked once, not once per meeting ("приём в приём в …" was quadratic)."""

    def __init__(self, ws: list[Word], h: Heads):
        self.ws, self.h, self.start, self._next_free = ws, h, None, None

    def hold(self, i: int) -> None:
        """The meeting at i holds its places: from the first "в"/"на" or conjunction after it."""
        if self.start is None:
            self.start = next((k for k in range(i + 1, len(self.ws))
                               if self.ws[k].text in self.h.venue_preps or self.ws[k].is_conj), len(self.ws))

    def unheld(self):
        """The words' indices in order, those held skipped (read as the meetings are found)."""
        i = 0
        while i < len(self.ws):
            if self.start is not None and i >= self.start and self._free_from(i) != i:
                i = self._free_from(i)
            else:
                yield i
                i += 1

    def _free_from(self, k: int) -> int:
        if self._next_free is None:         # flags from start on: "в"/"на" opens a place, a conjunction ends it
            inside, flag = [], False
            for w in self.ws[self.start:]:
                flag = w.text in self.h.venue_preps or flag and not w.is_conj
                inside.append(flag)
            self._next_free, after = [0] * len(inside), len(self.ws)
            for n in reversed(range(len(inside))):
                after = after if inside[n] else self.start + n
                self._next_free[n] = after
        return self._next_free[k - self.start]


def one_venue(reads, h: Heads, own: bool, printed: bool = False) -> list | None:
    """The readings of a place's words if they name one channel, a venue (or a medium, unless
    the head's `own` words name one); None from the first reading that shows they do not, so
    a long clause is not read to its end after each of its "в".  A board (`venue.boards`) is the
    venue of `printed` matter only (a head whose default is other: «объявление на стенде»), never
    of a meeting or an appeal («приём на стенде выставки» stays a reception)."""
    found: list = []
    for r in reads:
        if found and r.code != found[0].code or not (r.code in h.venues or r.code in h.media and not own) \
                or r.code in h.boards and not printed:
            return None
        found.append(r)
    return found or None
