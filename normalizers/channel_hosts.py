"""Where a channel's head stands in its clause (normalizers/channel_heads.py): a time, a place, a host.

    "после приёма приходит SMS со ссылкой на анкету"   приём names WHEN, not how: no head
    "записка в отдел кадров через СЭД"                 the place it goes to yields to the means: edms
    "форма обращения на сайте министерства"            a site named as the place a service lives on
                                                      yields to that service: online_service

A head is placed when the preposition of its noun group (back over adjectives, numerals and
the nouns of a genitive chain, «на главной странице сайта») is one of the data's; a verb,
punctuation or a conjunction ends the group.  Vocabulary: `placed` in data/channel_heads.yaml.
"""
from __future__ import annotations

from .channel_head_words import head_key, word_bag
from .channel_place_clause import WordBag
from .phrase import Word

LEAD = 12          # words before a survey read for where it is taken
_TIE = 0.88        # channel_heads.TIE: the place's own head was no channel the client used
_GUESS = 0.84      # channel_heads.GUESS: below review
_TO = frozenset({"в", "во", "на"})   # where a thing is sent to
_GROUP = frozenset({"ADJF", "PRTF", "NOUN", "NUMR", "LATN"})


def governing_preposition(ws: list[Word], i: int) -> str | None:
    """The preposition whose noun group holds the word at i, or None."""
    for k in range(i - 1, max(-1, i - 8), -1):
        w = ws[k]
        if w.pos == "PREP":
            return w.text
        if w.is_punct or w.is_conj or w.pos not in _GROUP:
            return None
    return None


def owned(ws: list[Word], i: int, deeds: frozenset[str], h) -> float | None:
    """How surely the word at i, sent TO («на почту», «в почту»), is someone's box one writes to: 1.0 with
    its owner or addressee after it ("отправляет отчёт на почту отдела", "на почту, указанную в заявлении")
    or a deed of writing before it ("рассылка … на почту"); a guess where the frame alone says so ("отправить
    документы на почту"); None where the post office is gone or carried to ("отнести на почту", "письма
    сдаются на почту"), a thing only the post carries is named ("посылку на почту", "на почту заказным
    письмом", `to_the_post`) or no box is named."""
    if ws[i].cases != {"accs"} or (governing_preposition(ws, i) or "") not in _TO:
        return None
    before = ws[max(0, i - LEAD):i]      # the deed is told near its object: a run of boxes stays linear
    if to_the_post(ws, max(0, i - LEAD), i, h, min(len(ws), i + LEAD + 1)):
        return None
    k = i + 2 if i + 2 < len(ws) and ws[i + 1].text == "," else i + 1
    nxt = ws[k] if k < len(ws) else None
    # the owner: a noun in the genitive or dative, or a name the dictionary does not know («на почту ЦЗН»);
    # a participle naming the box («на почту, указанную в заявлении»); a dative that may be an instrumental
    # names how it goes, no owner («на почту обычным порядком»)
    if nxt is not None and (k == i + 1 and (nxt.pos in ("NOUN", "ADJF", "NPRO") and _owner_case(nxt.cases)
                                            or nxt.pos is None and not nxt.is_punct)
                            or k == i + 2 and nxt.pos in ("PRTF", "ADJF") and "accs" in nxt.cases):
        return 1.0
    return 1.0 if any(w.lemmas & deeds for w in before) else _GUESS


def _owner_case(cases: frozenset[str]) -> bool:
    return "gent" in cases or "datv" in cases and "ablt" not in cases


def to_the_post(ws: list[Word], lo: int, at: int, h, hi: int | None = None) -> bool:
    """Do the words lo..at, before the place, go or carry something to the post office (`placed.carrying`,
    its reflexive passive too: «письма сдаются на почту»; a deed after it is another's, «…, оригинал
    отнести в канцелярию»), or the words lo..hi name a thing only the post carries (`placed.posted`:
    «посылка», «заказное письмо», «отделение связи»)?"""
    hi = at if hi is None else hi
    for k in range(lo, hi):
        ls = ws[k].lemmas
        if k < at and (ls & h.carrying or {x[:-2] for x in ls if x.endswith(("ся", "сь"))} & h.carrying):
            return True
        if any(all(k + n < hi and part in ws[k + n].lemmas for n, part in enumerate(p))
               for first in ls for p in h.posted.get(first, ())):
            return True
    return False


def written_to(ws: list[Word], found, h, i: int | None = None):
    """A head whose data names an `owned` channel (at i, or found by its key) read as that where it is a
    box one writes to."""
    spec = h.heads.get(found.head) or {}
    if found.how != "head" or not spec.get("owned"):
        return found
    i = head_index(ws, found.head, lambda w: head_key(w, h)) if i is None else i
    sure = owned(ws, i, h.owned_deeds, h) if i is not None else None
    if sure is None:
        return found
    return type(found)(spec["owned"], min(found.score, sure), "head+owner" + ("" if sure == 1.0 else "?"),
                       found.head, found.details)


def sent_from(ws: list[Word], j: int, h) -> int:
    """Where the words of the place after the venue preposition at j begin: at the preposition (a box
    sent TO, «на почту отдела», is read with it: `owned`), past it where the place is gone or carried
    to («сдать письмо на почту»: the post office; a window of LEAD words, so a run of places is linear)."""
    return j + 1 if to_the_post(ws, max(0, j - LEAD), j, h) else j


def topic_after(ws: list[Word], j: int, conj: int, topics: frozenset[str]) -> int:
    """Where the place after the preposition at j ends: at the conjunction `conj`, or before where its
    topic begins («рассылка на почту фермерам О начале приёма заявок»: what it is about is no place)."""
    return next((k for k in range(j + 2, conj) if ws[k].text in topics), conj)


def no_place(ws: list[Word], j: int, idioms: tuple[tuple[str, ...], ...]) -> bool:
    """The preposition at j opens an idiom, no place ("В ТОМ ЧИСЛЕ посредством СЭД")."""
    return any(tuple(w.text for w in ws[j + 1:j + 1 + len(words)]) == words for words in idioms)


def framed(ws: list[Word], i: int, frames: frozenset[str]) -> bool:
    """The head at i is named in a frame of when or what for, a preposition and a noun of course or
    outcome before it ("В ХОДЕ проверки …", "ПО РЕЗУЛЬТАТАМ приёма", "В РАМКАХ совещания"): the act the
    phrase is set in, no channel it names — a later head decides, alone it is a guess.  Only the frame's own
    noun is so set, right after its noun of course (its adjectives between): the thing that act is of or a
    noun after it is none («в ходе проверки САЙТА», «в ходе выездной проверки ПОСТ в группе»)."""
    for k in range(i - 1, max(-1, i - 8), -1):
        w = ws[k]
        if w.pos == "PREP":
            return k + 1 < i and bool(ws[k + 1].lemmas & frames) and not any(x.pos == "NOUN" for x in ws[k + 2:i])
        if w.is_punct or w.is_conj or w.pos not in _GROUP:
            return False
    return False


def timed(ws: list[Word], i: int, preps: frozenset[str]) -> bool:
    """The head at i names a time ("ПОСЛЕ приёма", "перед вебинаром"): no channel."""
    return bool(preps) and governing_preposition(ws, i) in preps


def head_index(ws: list[Word], head: str, key_of) -> int | None:
    return next((k for k, w in enumerate(ws) if key_of(w) == head), None)


def means_after(ws: list[Word], i: int, means: frozenset[str], codes_at) -> str | None:
    """The one channel a preposition of means after i names ("… через СЭД региона"), read up to
    the next punctuation; `codes_at(j)`: the channels of the noun group after ws[j]."""
    for j in range(i + 1, len(ws) - 1):
        if ws[j].is_punct:          # a means past a comma may be one of several («…, в том числе посредством СЭД, терминала»)
            return None
        if ws[j].text in means:
            codes = codes_at(j)
            return next(iter(codes)) if len(codes) == 1 else None
    return None


def lead_words(ws: list[Word], i: int, h) -> list[frozenset[str]] | None:
    """The word bag of the words before the head at i in its clause, a time's group left out
    ("после приёма приходит SMS со ссылкой на анкету": SMS and link, not the reception); None when empty."""
    # the deed is told near its object: a window of words, so a phrase of n surveys is read in O(n)
    start = next((k + 1 for k in range(i - 1, max(-1, i - LEAD - 1), -1) if ws[k].text == ";"), max(0, i - LEAD))
    kept = [w for k, w in enumerate(ws[start:i], start)
            if not (w.text in h.time_preps or timed(ws, k, h.time_preps))]
    return WordBag(word_bag(w, h) for w in kept) if kept else None


def unplaced(ws: list[Word], found, h, readings, codes_at, detail_words):
    """A head named as a place yields to the means named past it, and a host (a site, a stand) to the
    one channel it carries named in the phrase or a detail; None where it stays.  `readings(words,
    detail)`: the readings of a part; `codes_at(j)`: the channels of the noun group after ws[j]."""
    i = head_index(ws, found.head, lambda w: head_key(w, h)) if found.how != "weak" else None
    prep = governing_preposition(ws, i) if i is not None else None
    if prep is None:
        return None
    code = means_after(ws, i, h.strong_means, codes_at) if prep in h.venue_preps else None
    if code and code != found.code:
        return type(found)(code, min(found.score, _TIE), "means", found.head, found.details)
    if found.code not in h.host_codes or prep not in h.host_preps:
        return None
    carried = [r for r in readings(ws, False) if r.how != "weak" and r.code in h.hosted]
    carried += [r for dw in detail_words for r in readings(dw, True) if r.how != "weak" and r.code in h.hosted]
    # a guess («QR-код»: a service, probably) gives way to what the phrase names definitely («… чат-бота»)
    carried = [r for r in carried if not r.how.endswith("?")] or carried
    if len({r.code for r in carried}) != 1:
        return None
    return type(found)(carried[0].code, min(carried[0].score, _TIE), "hosted", carried[0].head, found.details)
