"""Inline lists of a procedure: "цифровые точки: сайт, соцсети; офлайн-точки: …", "… по
направлениям деятельности: а) …; б) …", a lead-in and its items in one paragraph or one table row.

An item's text as printed (`item_text`) is shared with the enumerated lists (procedure.py).
"""
from __future__ import annotations

import re
from bisect import bisect_left

from textcore.lemmas import lemmas, morph
from textcore.clean import strip_markup

from .item_words import asks, client_action, manner, mostly_named
from .leadin import classify, open_kinds, vocab
from .inline_joins import last_closed, last_joined, named_kind
from .listread import marker, split_top, top_level


def item_text(text: str) -> str:
    """An item as printed, without its enumerator, closing punctuation or dangling "…, который"."""
    text = strip_markup(text).strip()
    text = re.sub(r"[\s;:.,]+((?:\[\d{1,3}\])*)$", r"\1", text)     # footnote marks stay
    last = re.search(r",\s*([А-Яа-яЁё]+)$", text)
    if last and describing_word(last.group(1)):
        text = text[:last.start()]
    return vocab()["open_end_re"].sub("", text).strip()


def describing_word(word: str) -> bool:
    lem = lemmas(word)
    return bool(lem) and (lem[-1] in vocab()["describing"]
                          or any("PRTF" in p.tag for p in morph().parse(word.lower())[:1]))


# --- inline lists ---------------------------------------------------------------------

_RELATIVE_TAIL = re.compile(r",\s*(?:в\s+|на\s+|из\s+)?(?:где|котор\w+|куда|откуда|когда|чь\w+)\b", re.I)


def _is_noun_phrase(item: str, max_words: int) -> bool:
    """Items of a real list name things: a noun or adjective first, no relative clause."""
    # the name itself: a relative clause rejoined to it ("учреждения, где …") and what
    # stands in parentheses or quotes do not count against its length
    item = _RELATIVE_TAIL.split(item, maxsplit=1)[0]
    bare = re.sub(r"\([^()]*\)|«[^«»]*»|\"[^\"]*\"", " ", item)
    # a name that is all in quotes («Кадры») is read inside them
    item = bare if re.search(r"\w", bare) else item.strip(" «»\"")
    words = re.findall(r"[А-Яа-яЁёA-Za-z]+", item)
    if not words or len(words) > max_words:
        return False
    if any(lem in vocab()["describing"] for lem in lemmas(item)):
        return False
    # the first word whole with its hyphenated parts: "контрольно-надзорная" is an adjective,
    # its first part alone an adverb
    first = re.match(r"[^А-Яа-яЁёA-Za-z]*([А-Яа-яЁёA-Za-z]+(?:-[А-Яа-яЁёA-Za-z]+)*)", item).group(1)
    if not re.match("[А-Яа-яЁё]", first) or (first.isupper() and len(first) > 1):
        return True                                  # Latin names, abbreviations (ЕПГУ)
    if re.match(rf"[^А-Яа-яЁёA-Za-z]*{re.escape(first)}\.\s", item):
        return True                                  # a word cut short («моб. приложение», «эл. почта»)
    # a word the dictionary does not know is a name too («сэд», «мфц»: abbreviations in lower case)
    parses = morph().parse(first.lower())[:2]
    if not any(p.tag.POS in ("NOUN", "ADJF") or "UNKN" in p.tag for p in parses):
        return False
    # "в", "с", "по" are read as letters' names too: a name («в сфере образования») only where the
    # preposition's noun says no time or rule («в течение дня», «по согласованию с …», `manner_not`)
    return parses[0].tag.POS != "PREP" or manner(item, max_words)


def _join_relative(parts: list[str]) -> list[str]:
    """Rejoin a relative clause split off at its comma ("учреждения, где … предоставляются услуги")."""
    out: list[str] = []
    rel = set(vocab()["relative_words"])
    for p in parts:
        # a question is the client's own words («когда будет готово …?», «как подать …»), no clause of the item before
        if out and not asks(p, out[-1]) and any(w in rel for w in lemmas(" ".join(p.split()[:2]))):
            out[-1] += ", " + p
        else:
            out.append(p)
    return out


def _inline_parts(text: str) -> list[str]:
    """The items of one inline segment: "а) …" is one item; else split at top-level commas."""
    e = marker(text)
    if e is not None and e.style not in ("clause", "bullet"):
        return [e.rest]
    # a dash after the lead-in's colon opens the items, not one bullet («…: — приём, контроль, …»)
    return last_joined(_join_relative(split_top(e.rest if e is not None and e.style == "bullet" else text, ",")))


def _whole_item(part: str) -> str:
    """A semicolon-closed item, without its inline number ("б) рассмотрение …")."""
    e = marker(part)
    return e.rest if e is not None and e.style != "clause" else part


_MARKED_ITEMS = re.compile(r"^(.{3,}?):\s*(?=(?:[0-9]{1,2}|[а-яa-z])\)\s)")


def _inline_head(segment: str, open_ok: bool = False) -> tuple[str | tuple[str, ...], str] | None:
    """(kind, the rest) of a segment that opens a list: "цифровые точки: …", "… являются: …".
    With `open_ok`, a clause before the colon naming no kind gives the kinds its items may tell."""
    m = re.match(r"^(.{3,80}?)(?::|\s[–—-]\s)\s*(.+)$", segment)
    kind = (classify(m.group(1)) or named_kind(segment)) if m and len(m.group(1).split()) <= 6 else None
    if kind:
        return kind, _past_colon(m.group(2))
    named = _dash_name(segment)
    if named:
        return named[0], _past_colon(named[1])
    if ":" not in segment:
        return None
    # the colon its numbered items follow ("…: 1) сотрудник: узнать …"), else the lead-in's colon
    marked = _MARKED_ITEMS.match(segment)
    if marked:
        before, after = marked.group(1), segment[marked.end():]
        kind = _head_kind(before)
        if kind:
            return kind, after
    else:
        found = _lead_colon(segment)
        if found:
            return found
        before, after = segment.rsplit(":", 1)
    limit = vocab()["lead_in_max_words"]
    kinds = open_kinds(" ".join(_last_clause(before).split()[-limit:])) if open_ok else ()
    return (kinds, after) if kinds else None


def _head_kind(before: str) -> str | None:
    """The kind the words before a colon name: the last clause first; then its sentence ("… по
    каждой группе процессов, а именно:"), of a long sentence its last words ("В соответствии с … в
    качестве офлайн-точек … учитываются:"); then with the sentence before it, which may name the
    list ("… цифровые каналы. К ним относятся:")."""
    limit = vocab()["lead_in_max_words"]
    sentences = re.split(r"[:.]", before)
    for head, words in ((_last_clause(before), limit), (sentences[-1], limit), (".".join(sentences[-2:]), 2 * limit)):
        kind = classify(" ".join(head.split()[-words:]))
        if kind:
            return kind
    return None


def _lead_colon(segment: str) -> tuple[str, str] | None:
    """(kind, the rest) after the first colon whose lead-in names a kind.  Items may hold colons of
    their own («…: приём обращений, внутренние клиенты: бухгалтерия, электронная почта: info@…»):
    a later colon opens the list only where the words between are a bare name of a kind («…
    подразделяются на: цифровые точки: …»), never once an item's comma has been passed."""
    colons = [k for k, ch in enumerate(segment) if ch == ":"]
    stops = [-1] + [k for k, ch in enumerate(segment) if ch in ":."]
    for n, k in enumerate(colons):
        # `_head_kind` reads at most the two sentences before the colon: the whole prefix at each
        # colon of a long paragraph would be read over and over
        at = bisect_left(stops, k)
        kind = _head_kind(segment[stops[max(0, at - 2)] + 1:k])
        if not kind:
            continue
        for j in colons[n + 1:]:
            between = segment[k + 1:j]
            nested = None if "," in between or len(between.split()) > vocab()["lead_in_max_words"] \
                else classify(between)
            if not nested:
                break
            kind, k = nested, j
        return kind, segment[k + 1:]
    return None


def _past_colon(rest: str) -> str:
    """The items after a lead-in that goes on past its dash up to a colon («Зачем клиент приходит —
    возможные варианты: …»): a few words before the colon that only say "the list's items"
    (`list_words`) are the lead-in's; any other («сайт: www…») is an item's."""
    m = re.match(r"^([^,;:«\"(]{1,60}):\s*(\S.*)$", rest)
    said = m and len(m.group(1).split()) <= 3 and set(lemmas(m.group(1))) & set(vocab()["list_words"])
    return m.group(2) if said else rest


def _dash_name(segment: str) -> tuple[str, str] | None:
    """(kind, the rest) of «name – items» whose name is longer («Цифровые каналы взаимодействия
    министерства с заявителями – …»): a name holds no finite verb (a sentence with a dash in it
    is no name), at most `lead_in_max_words` words."""
    m = re.match(r"^([^:;]{3,200}?)\s[–—-]\s+(.+)$", segment)
    if not m or len(m.group(1).split()) > vocab()["lead_in_max_words"]:
        return None
    kind = classify(m.group(1))         # cached, and most dashes name no kind: asked first
    if kind is None:
        return None
    words = re.findall(r"[а-яё]+", m.group(1).lower())
    return None if any(morph().parse(w)[0].tag.POS == "VERB" for w in words) else (kind, m.group(2))


def _last_clause(before: str) -> str:
    """The clause just before a colon.  A clause opening with a participle or a relative
    word ("Потребности клиента, реализуемые в рамках взаимодействия:") qualifies the noun
    before it: that noun's clause is taken with it, since it names what is listed."""
    clauses = re.split(r"[:.]", before)[-1].split(",")
    k = len(clauses) - 1
    while k > 0 and _qualifies(clauses[k]):
        k -= 1
    return ",".join(clauses[k:])


def _qualifies(clause: str) -> bool:
    words = re.findall(r"[а-яё]+", clause.lower())
    if not words:
        return False
    # the relative word may follow its preposition ("в рамках которых", "по которым")
    if any(lemmas(w)[0] in vocab()["relative_words"] for w in words[:3]):
        return True
    return morph().parse(words[0])[0].tag.POS in ("PRTF", "PRTS")


def inline_items(text: str, open_ok: bool = False) -> list[tuple[str | tuple[str, ...], str]]:
    """(kind, item) of "цифровые точки: a, b, c; офлайн-точки: d, e" (empty when not such a list).

    The list may follow a sentence's lead-in anywhere in running text ("… подразделяются
    на: цифровые точки: …; оффлайн-точки: …", "Перечень формируется по каждому
    направлению деятельности: а) …; б) …").  Items separated by semicolons are whole
    (commas inside them stay); a list held before one semicolon is split at its commas.
    With `open_ok` (a procedure), a lead-in naming no kind opens a list of semicolon-closed
    items whose kind is the tuple of kinds its items may tell (`open_kinds`).
    """
    text = marker(text).rest if marker(text) else text
    chunks = _lists_of_sentences(text)
    if len(chunks) > 1:
        return [found for chunk in chunks for found in inline_items(chunk, open_ok)]
    groups: list[tuple[str, list[str]]] = []
    for k, segment in enumerate(part for seg in split_top(text, ";") for part in _inner_heads(seg)):
        # inside a list "…; группа процессов: x;" is an item, and so is any "x: y" naming no kind; a head
        # with no colon («name – items») opens the paragraph or a list after another, else it is an item's dash
        head = _inline_head(segment, open_ok and not groups) if k == 0 or groups or ":" in segment else None
        if head and not (groups and groups[-1][0] == head[0]):
            groups.append((head[0], [head[1]]))
        elif groups:
            groups[-1][1].append(segment)
    out = []
    for kind, parts in groups:
        if isinstance(kind, tuple) and len(parts) < 3:
            continue                 # an unnamed list only of semicolon-closed items, three or more
        if len(parts) > 1:           # "…: x; y; z." (the last item's sentence ends the list)
            # ... though not at its own number's dot ("4. КОНТРОЛЬ") nor an abbreviation's ("г. Светлоград")
            items = [_whole_item(p) for p in _numbered_parts(parts)]
            items[-1] = last_closed(last_sentence_end(items[-1]))
        else:
            items = _inline_parts(parts[0])
        out += [(kind, i) for i in valid_items(items, alone=len(groups) == 1, whole=len(parts) > 1, kind=kind)]
    return out


_AND = re.compile(r"(?:^|\s)(?:и|а также)\s+", re.I)
_AND_TAIL = re.compile(r"(?:^|\s)(?:и|а также)\s*$", re.I)


def _inner_heads(segment: str) -> list[str]:
    """A comma list that goes on into a list of another kind in the same clause («цифровые точки:
    сайт, почта, и оффлайн-точки: приём, телефон»): cut before the part that opens the other list,
    without its «и», so that neither list takes the other's items.  The text is cut, never re-joined."""
    if segment.count(":") < 2:
        return [segment]
    out, at = [], 0
    lead = _lead_colon(segment)
    current = lead[0] if lead else None
    for part in split_top(segment, ",")[1:]:
        head = _opens_named_list(part)
        start = segment.find(head, at) if head else -1
        # an item naming the kind of its own list («…по направлениям: …, направление: субсидии»)
        # stays in it
        if start > at and classify(head.split(":", 1)[0]) != current:
            out.append(_AND_TAIL.sub("", segment[at:start]).rstrip(" ,"))
            at, current = start, classify(head.split(":", 1)[0])
    return out + [segment[at:]]


def _opens_named_list(part: str) -> str | None:
    """The head and items of a part that opens a list of a named kind after its «и» or at its
    start («портал и оффлайн-точки: приём» -> «оффлайн-точки: приём»), or None.  The head after
    the «и» is tried first: the words before it are the last item of the list before."""
    if ":" not in part:
        return None
    before = part.split(":", 1)[0]
    starts = [m.end() for m in _AND.finditer(before)][::-1] + [0]
    return next((part[at:].strip() for at in starts if _named_head(part[at:].strip())), None)


def _lists_of_sentences(text: str) -> list[str]:
    """A paragraph holding two lists, each in a sentence of its own ("Цифровые каналы: a, b.
    Офлайн-каналы: c; d."): cut where a sentence that opens a list of a named kind follows a
    sentence holding a list, so that neither takes the other's items."""
    if text.count(":") < 2:
        return [text]
    cuts = [0]
    colons = [k for k, ch in enumerate(text) if ch == ":"]
    for m in _SENTENCE_END.finditer(text):
        # the colons looked up, the sentence after read in a window its head fits: slices or
        # searches of a long paragraph at each of its sentences would read it over and over
        k = bisect_left(colons, cuts[-1])
        if k < len(colons) and colons[k] < m.start() and not _LABEL.match(text, 0, m.start()) \
                and not _abbreviated(text, m.start()) and _named_head(text[m.end():m.end() + _HEAD_WINDOW]):
            cuts.append(m.end())
    return [text[a:b] for a, b in zip(cuts, cuts[1:] + [len(text)])]


_HEAD_WINDOW = 96             # a head of 80 characters after a clause number («2.3.1. »)
_CLAUSE_NO = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,4}\.?\s+")


def _named_head(sentence: str) -> bool:
    """Whether a sentence opens with a lead-in naming a kind, up to its colon ("Офлайн-каналы: …"),
    after its clause number where it has one ("2.3. Офлайн-каналы: …")."""
    m = re.match(r"^([^.:;]{3,80}):", _CLAUSE_NO.sub("", sentence, count=1))
    return bool(m) and len(m.group(1).split()) <= vocab()["lead_in_max_words"] and classify(m.group(1)) is not None


# a sentence ends at a dot before a capital, or before the next clause's number and its capital
# («… деятельность. 2.2. Цифровыми точками …»: a section written as one paragraph), its dot closing
# it: a reference after an abbreviation («ст. 7 Федерального закона») ends no sentence
_SENTENCE_END = re.compile(r"(?<!\b[а-яёa-z])\.\s+(?=[А-ЯЁA-Z]|\d{1,2}(?:\.\d{1,2}){0,4}\.\s+[А-ЯЁA-Z])")
_LABEL = re.compile(r"^\s*[А-ЯЁA-Zа-яёa-z]+\s+[0-9]{1,3}[а-яёa-z]?$")      # "Блок 6", "Направление 11", "Раздел 4а"


def last_sentence_end(item: str) -> str:
    """The last item up to the end of its sentence ("…; c. Перечень утверждается …" -> "c"), though
    not at its own number's dot ("4. КОНТРОЛЬ"), an abbreviation's ("г. Светлоград") or a label's
    ("Блок 6. Обеспечение доступа …", «…; блок 10. Прочее»: a word and a number are no sentence), nor
    inside quotes or brackets («приложение «Госуслуги. Решаем вместе»»)."""
    top = top_level(item)
    for m in _SENTENCE_END.finditer(item):
        if top[m.start()] and not _LABEL.match(item, 0, m.start()) and not numbered_item(item, m.start()) \
                and not _abbreviated(item, m.start()):
            return item[:m.start()]
    return item


# an item so far only its number, a word naming it or not («…; блок 10. Прочее», «…; VII. Кадры»)
_NUMBERED_ITEM = re.compile(r"[\s*«\"]*(?:[А-ЯЁA-Zа-яёa-z]+\s+)?(?:\d{1,3}[а-яёa-z]?|[IVXLC]{1,6})$")   # «раздел 4а»
_ITEM_LOOKBACK = 80         # characters: a word and a number, never more


def numbered_item(text: str, dot: int, start: int = 0) -> bool:
    """Whether the dot at `dot` closes an item's number, the item (after the last «;» or «:»,
    or the text's start) holding nothing else yet: no sentence ends there.  Only a short
    stretch before the dot is looked at, so that a paragraph of thousands of numbered items
    costs each dot the same (a search from `start` made the paragraph's cost quadratic)."""
    low = max(start, dot - _ITEM_LOOKBACK)
    sep = max(text.rfind(";", low, dot), text.rfind(":", low, dot))
    if sep < 0 and low > 0:
        return False                    # no item's start near the dot
    return bool(_NUMBERED_ITEM.match(text, sep + 1 if sep >= 0 else 0, dot))


def _abbreviated(text: str, dot: int) -> bool:
    """Whether the dot at `dot` closes a word cut short («ул. Садовая», `abbreviations`)."""
    word = re.search(r"([А-Яа-яЁё]+)$", text[max(0, dot - 8):dot])
    return bool(word) and word.group(1).lower() in vocab()["abbreviations"]


def _numbered_parts(parts: list[str]) -> list[str]:
    """Items numbered inline ("1) подать заявку; узнать срок; 2) …"): a part with no number of
    its own continues the item before it, whose semicolon it is."""
    numbered = [marker(p) is not None and marker(p).style != "clause" for p in parts]
    if not numbered or not numbered[0] or sum(numbered) < 2:
        return parts
    out: list[str] = []
    for part, has in zip(parts, numbered):
        if has or not out:
            out.append(part)
        else:
            out[-1] += "; " + part
    return out


def numbered_run(text: str) -> list[str] | None:
    """The items of a line holding a whole numbered list ("1) a; b; 2) c; 3) d."), or None."""
    parts = split_top(text, ";")
    whole = _numbered_parts(parts)
    if len(whole) < 2 or len(whole) == len(parts) and not all(marker(p) for p in parts):
        return None
    items = [_whole_item(p) for p in whole]
    items[-1] = re.sub(r"\.$", "", items[-1].strip())
    return [t for t in (item_text(x) for x in items) if t]


def valid_items(parts: list[str], alone: bool = True, whole: bool = False, kind: object = None) -> list[str]:
    """The parts of an inline list, or none when they do not read as a list of names.

    `whole`: items a semicolon closes, which may be longer than names split at commas.
    `kind` "need": an item may name the client's action instead (`client_action`); a channel, how
    the client comes (`manner`)."""
    items = [t for t in (item_text(p) for p in parts) if t]
    if len(items) < 2 and alone:
        return []
    if whole:   # closed by semicolons after a lead-in: any wording ("узнать о …"), not too long
        limit = vocab()["inline_max_words_semicolon"]
        return items if all(len(t.split()) <= limit for t in items) else []
    most = vocab()["inline_max_words_need" if kind == "need" else "inline_max_words"]
    named = [_is_noun_phrase(t, most) or kind == "need" and client_action(t, most)
             or str(kind).startswith("channel") and manner(t, most) for t in items]
    return items if all(named) or kind is not None and mostly_named(items, named, most) else []

