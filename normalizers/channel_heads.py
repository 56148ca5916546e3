"""A channel phrase -> channel code by its head (vocabulary: data/channel_heads.yaml).

    "Платформа обратной связи портала Госуслуг"  head платформа (+ обратной связи) -> feedback_platform
    "Интернет-приёмная на официальном сайте"      head приёмная (+ интернет)       -> online_service
    "Опрос на платформе Госуслуги"                head опрос; "платформа" digital  -> online_survey
    "gosuslugi.ru", "vk.com/club1", "t.me/x"     the address itself                -> gosuslugi, …

Steps: a cell of several clauses (";") is read clause by clause (`read_channel`); words
spoiled in a regular way are mended (channel_words.py: look-alike Latin letters, glued
and cut words); addresses (e-mail, URL, bare domain, phone; a postal address, a room, working
hours: channel_places.py), quoted names and parentheses are taken out as details; the
remaining words are read with natasha's morphology (normalizers/phrase.py), hyphenated words split
when the whole is unknown ("колл-центр" -> колл + центр); the first known head decides, refined by
its own noun group; details, the rest and the list's stated kind only break ties. With no head, a
known address decides; otherwise nothing is read.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache, reduce

from .channel_place_clause import PlaceBag, WordBag, act_on, forms_of, place_clause
from .channel_places import (ADDRESS, DOMAIN_RX, EMAIL_RX, PHONE_RX, URL_RX, address_code, address_words,
                             addresses_of, channel_detail, own_contact, page_code, split_details, split_places)
from .channel_head_words import (HeldPlaces, alone, as_manner, head_key, means_after, noun_head_follows, one_venue,
                                 quoted_names, unknown_brand, unquote_means, word_bag)
from .channel_feed import commented_under
from .channel_hosts import framed, lead_words, no_place, sent_from, timed, topic_after, unplaced, written_to
from .channel_noun_groups import NounGroups, scope as noun_group
from .channel_platform_place import platform_in_main
from .channel_visit import who_comes
from .channel_vocab import Heads, heads
from .channel_words import clauses, conjuncts, expand, one_script, untruncate
from .direction_meaning import same_family
from .matcher import taxonomy
from .phrase import Word, words

HEAD = 0.95          # the head (with its own noun group) decides
TIE = 0.88           # a detail, the rest of the phrase or the list's kind broke the tie
# a head's `with` word met only outside its own words, in the rest or a detail ("Отдел …, каб.
# 101 (приём документов)"): which word the phrase is about is a guess — below review
DETAIL_TIE = 0.84
DETAIL_HEAD = 0.88   # the head was found only in a parenthesis or a quoted name
WEAK = 0.8           # a generic word's default ("группа", "номер") or an unresolved pair
FUZZY_FACTOR = 0.88
SEVERAL = 0.84       # clauses of one cell name different channels
# a `with` reading written "code?" in the data: writers of the taxonomy's definitions disagree on it
# ("выездной приём": a reception held away, or a visit?), the likelier code, below review
GUESS = 0.84

@dataclass(frozen=True)
class ChannelReading:
    code: str
    score: float
    how: str                 # head | head+with | tie:<source> | detail | address | weak | alone
    head: str = ""
    details: tuple[str, ...] = ()


def _fits(key: tuple[str, ...], bag: list[frozenset[str]]) -> bool:
    return all(bag.has(k) if isinstance(bag, (PlaceBag, WordBag)) else any(k in ls for ls in bag) for k in key)


def _with(spec: dict, bag: list[frozenset[str]]) -> str | None:
    return next((code for key, code in spec["with"] if _fits(key, bag)), None)


def _pair(spec: dict, bags: list[tuple[list[frozenset[str]], float, str]], kind: str | None, h: Heads):
    for bag, score, src in bags:
        forms = forms_of(bag)
        found = {"digital"} if forms & h.survey_devices and not forms & h.survey_paper else {side for side, ws in h.evidence.items() if forms & ws}
        if len(found) == 1:
            return spec["pair"][found.pop()], score, src
    # a survey is the channel; another channel named with it says where it is held, so
    # its kind ("анкета … (заполняется в кабинете)", "опрос посетителей МФЦ": offline)
    named = _kinds_named(bags[-1][0], h)
    if len(named) == 1:
        return spec["pair"][named.pop()], TIE, "tie:details"
    if kind in spec["pair"]:
        return spec["pair"][kind], TIE, "tie:list_kind"
    return spec.get("default"), WEAK, "weak"


def _kinds_named(bag: list[frozenset[str]], h: Heads) -> set[str]:
    """The kinds (digital/offline) of the channels that definite heads in the bag name,
    each refined by the bag's words ("личный кабинет": online)."""
    kinds = set()
    for key in forms_of(bag) & h.heads.keys():
        spec = h.heads[key]
        if "pair" in spec or spec.get("weak"):
            continue
        code = (_with(spec, bag) or spec.get("default") or "").rstrip("?")
        if code and _kind_of(code):
            kinds.add(_kind_of(code))
    return kinds


def _by_means(ws: list[Word], i: int, rest_bag, kind, h: Heads, base: float,
              own: bool = False, named: dict | None = None) -> ChannelReading | None:
    """The channel a meeting is held by ("приём ПО ВИДЕОСВЯЗИ", "через интернет-приёмную");
    none when the means names several ("посредством СЭД, терминала с доступом к ЕПГУ":
    the head and the list's kind decide as without a means).  After a preposition of place
    ("приём В МФЦ", "письмо НА e-mail") only a channel that is itself a venue decides: "приём
    в кабинете" stays a reception; a medium ("приём документов НА БУМАЖНОМ НОСИТЕЛЕ") decides
    only where the head's own words name no channel (`own`: "электронным письмом на ящик")."""
    conj, topic, clause = -1, -1, None
    for j in means_after(ws, i, h):   # (the words that book, are a venue's or a means' preposition: no other reads)
        if ws[j].lemmas & h.booking:
            return None         # "приём по записи по телефону": the phone books, the act is in person
        venue = ws[j].text in h.venue_preps and not no_place(ws, j, h.not_places)
        if ws[j].text not in h.means and not venue:
            continue
        # a means whose own noun group names no channel ("приём ПО АДРЕСУ: …, тел. …") is none:
        # a later word of the phrase is a contact or a detail, not what the meeting is held by
        if not venue and not _place_codes(ws, j, kind, h, base):
            continue
        # a venue is read on its own words, up to a conjunction ("письмом на ящик": no e-mail
        # from "электронным"; "обращение в МФЦ или по телефону": the venue is the МФЦ)
        conj = conj if conj > j else next((k for k in range(j + 1, len(ws)) if ws[k].is_conj), len(ws))
        # a means is read up to a place it lives at ("через чат-бот В Telegram": the bot) or any
        # other preposition ("приём по ВКС ИЗ ТОСП": where the client connects from is no means)
        topic = topic if topic > j else topic_after(ws, j, conj, h.topic_preps)
        end = topic if venue else next((k for k in range(j + 2, len(ws))
                                       if ws[k].text in h.venue_preps or ws[k].pos == "PREP"), len(ws))
        bag = (clause := place_clause(clause, ws, j + 1, conj, h)).bag(j + 1) if venue else rest_bag
        # read flat: a meeting named within the means takes no means of its own (each level
        # reading the rest again made a run of "приём по приём по …" exponential)
        # (the quoted names of the phrase go with it: «обращение на портал «Госуслуги»» is the portal's)
        reads = (r for r in _readings(ws[sent_from(ws, j, h) if venue else j + 1:end], bag, kind, h, base, named, means=False) if r.how != "weak")
        found = one_venue(reads, h, own, h.heads[head_key(ws[i], h)].get("default") == "other") if venue else list(reads)
        if found is None:
            continue
        codes = {r.code for r in found}
        second = _place_codes(ws, conj + 1, kind, h, base) if conj + 1 < len(ws) else codes
        if len(codes) == 1 and second != codes and (ws[conj + 1].text in h.venue_preps
                                                    or ws[conj + 1].text in h.means and second):
            # held at two places ("приём в МФЦ и в министерстве"; a topic after "и по" is none):
            # the first named, below review
            return ChannelReading(found[0].code, min(found[0].score, SEVERAL), found[0].how, found[0].head)
        return found[0] if len(codes) == 1 else None
    return None


def _place_codes(ws: list[Word], j: int, kind, h: Heads, base: float, details=None) -> set[str]:
    """The channels named by the noun group after the preposition at j (up to punctuation, a
    conjunction or the next preposition); `details`: the whole phrase's bag, its details too, read instead."""
    end = next((k for k in range(j + 1, len(ws)) if ws[k].is_punct or ws[k].is_conj or ws[k].pos == "PREP"),
               len(ws))
    group = ws[j + 1:end]
    bag = details if details is not None else WordBag(word_bag(w, h) for w in group)
    return {r.code for r in _readings(group, bag, kind, h, base) if r.how != "weak"}


def _readings(ws: list[Word], rest_bag: list[frozenset[str]], kind: str | None, h: Heads,
              base: float, named: dict | None = None, means: bool = True, detail: bool = False):
    """Every head of the phrase, in order, each read on its own (weak ones flagged); an adjective yields to the
    head noun it qualifies, and a `by_means` head (a meeting) to the channel it is held by; the place it is held
    at, when no venue, is no head ("совещание в кабинете министра": a meeting, in person).  `means` False: a
    means' own words, where a meeting is read by its head alone; `detail`: a quoted name's or a parenthesis' words."""
    came: list = []
    groups = NounGroups(ws, named, h.manners)
    for i in (held := HeldPlaces(ws, h)).unheld():
        w = ws[i]
        key = head_key(w, h)
        if key is None or h.heads[key].get("name") and not (detail or any(key in b for bs in (named or {}).values() for b in bs)) \
                or w.pos in ("ADJF", "PRTF") and noun_head_follows(ws, i, h) or timed(ws, i, h.time_preps):
            continue
        spec = h.heads[key]
        scope = groups.of(i)
        if any(_fits((n,), scope) for n in spec.get("not_with", ())) or spec.get("by_means") and act_on(ws, i, h, rest_bag):
            continue
        r = (_by_means(ws, i, rest_bag, kind, h, base, bool(_with(spec, scope)), named) if spec.get("by_means") and means
             else None) \
            or _read_head(key, spec, scope, rest_bag, kind, h, base, lead_words(ws, i, h) if "pair" in spec else None)
        r = written_to(ws, r, h, i) if r is not None and spec.get("owned") else r   # «рассылка на почту фермерам»
        if r is not None and w.pos == "ADJS" and key not in w.lemmas | {w.text}:
            # a noun's ending lost, «приёмна», read by its form: a guess, below review
            r = ChannelReading(r.code, min(r.score, GUESS), r.how + "?", key)
        if r is not None and as_manner(ws, i, spec):
            r = ChannelReading(r.code, min(r.score, WEAK), "weak", key)
        r = ChannelReading(r.code, r.score, "~" + r.how, key) if r is not None and framed(ws, i, h.frames) else r
        if r is not None and spec.get("visit") and (came := came or [who_comes(ws, h.visit)])[0]:
            # who comes where, read once per phrase (not once per coming): still yields to a definite head
            r = ChannelReading(came[0], min(TIE, base), "weak", key)
        if r is not None:
            yield r
        if spec.get("by_means"):
            held.hold(i)


def _resolve(ws: list[Word], rest_bag: list[frozenset[str]], kind: str | None, h: Heads,
             base: float, named: dict | None = None, detail: bool = False) -> ChannelReading | None:
    weak = last = None      # the first weak reading; the first of a fallback or a setting
    for r in _readings(ws, rest_bag, kind, h, base, named, detail=detail):
        setting = r.how.startswith("~")     # a head in a setting («в ходе приёма») yields to any head named
        if r.how != "weak" and not setting:
            return r
        if setting or h.heads.get(r.head, {}).get("fallback"):      # so does a verb of writing («пишет … в группе»)
            last = last or (ChannelReading(r.code, r.score, "setting", r.head) if setting else r)
            continue
        weak = weak or r
    return weak or last


def _read_head(key: str, spec: dict, scope, rest_bag, kind, h: Heads, base: float, lead=None) -> ChannelReading | None:
    # "личный кабинет на ЕПГУ": the platform a service lives on names the channel
    code = None if spec["unless_platform"] and forms_of(rest_bag) & spec["unless_platform"] else _with({"with": spec["platform"]}, rest_bag)
    if code:
        return ChannelReading(code, base, "head+platform", key)
    if "pair" in spec:
        # a survey's own words, then those before it in its clause, where the client takes it ("сканирует QR-код
        # … и проходит опрос"; a time's words none, channel_hosts.lead_words), then the whole phrase
        code, score, how = _pair(spec, [(scope, base, "head")] + ([(lead, TIE, "tie:lead")] if lead else [])
                                 + [(rest_bag, TIE, "tie:details")], kind, h)
        return ChannelReading(code, min(score, base), how, key)
    code = _with({"with": spec["bots"] + spec["with"] + [(k, c) for k, c, unless in spec["classes"] if not forms_of(rest_bag) & unless]}, scope)
    if code:
        return _guessed(ChannelReading(code, base, "head+with", key))
    if spec.get("weak"):
        return ChannelReading(spec["default"], WEAK, "weak", key) if spec.get("default") else None
    code = _with(spec, rest_bag)
    if code:
        return _guessed(ChannelReading(code, min(DETAIL_TIE, base), "tie:details", key))
    if spec.get("default"):
        return _guessed(ChannelReading(spec["default"], base, "head", key))
    return None


def _guessed(r: ChannelReading) -> ChannelReading:
    """A reading whose code the data writes "code?" (the likelier of two): that code, below review."""
    if not r.code.endswith("?"):
        return r
    return ChannelReading(r.code[:-1], min(r.score, GUESS), r.how + "?", r.head, r.details)


def _by_family(ws: list[Word], rest_bag, kind, h: Heads) -> ChannelReading | None:
    """Where no head is named, a cognate of one ("опросник" of "опрос"), read as that head
    would be, below review: a guess by the word's family."""
    keys = sorted(h.vocab & h.heads.keys())      # (once, not once a word)
    for i, w in enumerate(ws):
        key = None if w.is_punct else next((k for k in keys if len(w.lemma) > len(k) and same_family(w.lemma, k)), None)
        if key is None:
            continue
        r = _read_head(key, h.heads[key], noun_group(ws, i), rest_bag, kind, h, WEAK)
        if r is not None:
            return ChannelReading(r.code, min(r.score, WEAK), "family", key)
    return None


def _kind_of(code: str) -> str | None:
    return taxonomy("channel").attr(code, "point_type")


def _of_stated_kind(found: ChannelReading, others: list[ChannelReading], kind: str | None) -> ChannelReading:
    """A head of the other kind than the list states yields to a channel of the stated
    kind named elsewhere in the phrase (highest taxonomy priority, then first named)."""
    if kind is None or _kind_of(found.code) in (None, kind):
        return found
    fits = [r for r in others if r.how != "weak" and _kind_of(r.code) == kind]
    if not fits:
        return found            # "колл-центры" in a digital list stays `phone`
    tax = taxonomy("channel")
    best = max(enumerate(fits), key=lambda p: (int(tax.attr(p[1].code, "priority", 0)), -p[0]))[1]
    return ChannelReading(best.code, min(TIE, best.score), "tie:list_kind", best.head)


@lru_cache(maxsize=50_000)
def read_channel(text: str, kind: str | None = None, point: bool = True) -> ChannelReading | None:
    """The channel of a phrase by its head; None when nothing in it names a channel.
    `kind` ("digital"/"offline", what the list says) only breaks ties.

    A cell of several clauses ("сайт министерства; группа ВКонтакте") is read clause by
    clause: a clause that says the channel is not used is left out; clauses naming
    different channels keep the first one's code, below review (which one is the point?).
    `point`: the text is one touchpoint's channel, so that channels named side by side within a
    clause are a doubt too; a procedure's list item names the classes of channels it covers
    ("социальные сети, публичные чаты в мессенджерах, которые: …") and is read by its first."""
    parts = clauses(text)
    if len(parts) < 2:
        return _read_clause(text, kind, point)
    neg = heads().negation
    kept = [c for c in parts if not neg.search(split_details(c)[0].replace("ё", "е"))] or parts
    found = [r for c in kept if (r := _read_clause(c, kind, point)) is not None]
    if not found:
        return None
    first, score = found[0], found[0].score
    if len({r.code for r in found}) > 1:
        score = min(score, SEVERAL)
    elif len(kept) < len(parts):
        score = min(score, TIE)
    details = tuple(dict.fromkeys(d for r in found for d in r.details))
    return ChannelReading(first.code, score, first.how, first.head, details)


def _first_of_several(text: str, found: ChannelReading, kind: str | None, h: Heads) -> ChannelReading:
    """Channels side by side ("лично или почтой"): the first (or a definite later) one's, below review."""
    read = [r for _, r in peers(text, kind) if r.how != "setting"]
    # a place and what it carries or the means past it (channel_hosts.unplaced), or a setting, are no channels side by side
    if len({r.code for r in read}) < 2 or found.how in ("hosted", "means"):
        return found
    if found.how == "head+platform" and read[0].head == found.head and read[0].code != found.code:
        # the platform the first part's head leads to is named in a later part («сканирует QR-код и проходит опрос»)
        return ChannelReading(found.code, min(found.score, TIE), found.how, found.head, found.details)
    first = found if read[0].how == "weak" and found.how != "weak" else read[0]
    return ChannelReading(first.code, min(first.score, SEVERAL), first.how, first.head, found.details)


def peers(text: str, kind: str | None = None) -> list[tuple[str, ChannelReading]]:
    """The parts of a clause naming channels side by side ("сайт, группа в ВК"), each read by its
    own main words; none for one part.  A part opened by a preposition after a head that has one
    ("опрос на сайте и в соцсетях") is another place of the same channel, unless a means holds the
    head; a generic head after the first part, a detail ("…, каб. 12") or a contact name none."""
    h = heads()
    addresses = (EMAIL_RX, URL_RX, DOMAIN_RX, PHONE_RX)
    parts = conjuncts(text, h.coordinators, h.not_peer, addresses, h.head_words)
    if len(parts) < 2:
        return []
    if places := split_places(text)[1]:           # "г. …, ул. …, каб. 12": no channel of its own
        text = reduce(lambda t, place: t.replace(place, " "), places, text)
        parts = conjuncts(text, h.coordinators, h.not_peer, addresses, h.head_words)
    read: list[tuple[str, ChannelReading]] = []
    for i, part in enumerate(parts):
        main, details = split_details(part)
        ws = expand(words(untruncate(main, h.vocab, h.speller.forms), h.speller), h)
        bag = WordBag([word_bag(w, h) for w in ws] + [word_bag(w, h) for d in details for w in words(d)])
        r = _resolve(ws, bag, kind, h, HEAD)
        r = written_to(ws, r, h) if r is not None else r
        if i == 0:
            # the head that gave the first part's reading ("отдела … по телефону": телефон)
            at = next((k for k, w in enumerate(ws) if r and head_key(w, h) == r.head), None)
            placed = at is not None and not h.heads[r.head].get("by_means") and any(
                w.pos == "PREP" for w in ws[at + 1:])
        elif r is None or r.how == "weak" or placed and ws[0].pos == "PREP" or own_contact(details, r.code, h.hosts):
            continue
        read += [(part, r)] if r else []
    return read


def _named_section(text: str, kind: str | None, h: Heads) -> ChannelReading | None:
    """A part of a site named, outside parentheses (a detail), as another channel."""
    for m in h.sections.finditer(re.sub(r"\([^)]*\)", " ", text)) if h.sections else ():
        r = _read_clause(m.group(1), kind, False)
        if r is not None and r.how != "weak" and r.code in h.section_channels:
            return ChannelReading(r.code, min(r.score, HEAD), "section", r.head)
    return None


def _read_clause(text: str, kind: str | None, point: bool = True) -> ChannelReading | None:
    h = heads()
    main, details = split_details(unquote_means(one_script(text), h))
    ws = expand(words(untruncate(main, h.vocab, h.speller.forms), h.speller), h)
    detail_words = [expand(words(untruncate(d, h.vocab, h.speller.forms), h.speller), h) for d in details]
    addresses = addresses_of(details)   # each a word "@code" too: «почта info@…» (a head's `platform`)
    rest_bag = WordBag([word_bag(w, h) for w in ws] + [word_bag(w, h) for dw in detail_words for w in dw]
                       + address_words(details, h.hosts))
    fuzzy = any(w.fuzzy for w in ws)
    found = _resolve(ws, rest_bag, kind, h, HEAD, names := quoted_names(text, h))
    if details:         # a platform named only in a parenthesis, a place named in the phrase's own words
        found = platform_in_main(ws, found, h, lambda j: _place_codes(ws, j, kind, h, HEAD, rest_bag),
                                 lambda: _resolve(ws, WordBag([word_bag(w, h) for w in ws]), kind, h, HEAD, names), SEVERAL)
    if found is None or found.how == "weak":
        # a generic head ("платформа «МАХ»", "группа") yields to a definite one in a detail,
        # whichever detail names it ("ГБУ «МФЦ …», окно № 3": the place, then the name)
        in_details = [d for dw in detail_words if (d := _resolve(dw, rest_bag, kind, h, DETAIL_HEAD, detail=True))]
        definite = next((d for d in in_details if d.how != "weak"), None)
        if definite and len({d.code for d in in_details if d.how != "weak"}) > 1:
            # details naming different channels ("«Прямая линия» (теле- и радиоэфир)"): which?
            definite = ChannelReading(definite.code, min(definite.score, SEVERAL), definite.how, definite.head)
        found = definite or found or next(iter(in_details), None)
    section = _named_section(text, kind, h)
    if section and (found is None or found.how == "weak" or found.code in h.section_of | {section.code}):
        found = section         # a section of a site, or of nothing named: not one of a platform
    found = commented_under(ws, found or _by_family(ws, rest_bag, kind, h), h, ChannelReading)
    by_address = address_code(addresses, h.hosts) if found is None or found.how == "weak" else None
    if by_address and (found is None or by_address[1] > found.score):
        return ChannelReading(by_address[0], by_address[1], "address", "", tuple(details))
    page = page_code(addresses, h.hosts) if found is not None and found.code == "website" else None
    if page:
        return ChannelReading(page, ADDRESS, "address", "", tuple(details))
    brand = unknown_brand(ws, names, h)         # «портал «Работа России»», «система «Электронный дневник»»
    if brand and (found is None or found.how in ("head", "weak", "family") and found.head == brand[1]):
        found = ChannelReading(brand[0], GUESS, "brand?", brand[1])
    if found is None:
        return None
    found = written_to(ws, found, h)
    found = unplaced(ws, found, h, lambda part, detail: _readings(part, rest_bag, kind, h, DETAIL_HEAD if detail else HEAD,
                     detail=detail), lambda j: _place_codes(ws, j, kind, h, HEAD), detail_words) or found
    found = _first_of_several(text, found, kind, h) if point else found
    if found.how == "head" and found.head in h.generic and alone(ws + [w for dw in detail_words for w in dw]):
        found = ChannelReading(found.code, min(found.score, WEAK), "alone", found.head)
    if kind is not None:
        others = list(_readings(ws, rest_bag, kind, h, HEAD))
        for dw in detail_words:
            others += list(_readings(dw, rest_bag, kind, h, DETAIL_HEAD, detail=True))
        found = _of_stated_kind(found, [r for r in others if r != found], kind)
    score = round(found.score * (FUZZY_FACTOR if fuzzy else 1.0), 3)
    return ChannelReading(found.code, score, found.how, found.head, tuple(details))
