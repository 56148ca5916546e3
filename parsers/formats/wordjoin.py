"""Join the lines of a wrapped text, mending words the layout broke in two.

What a line break is comes from layout evidence first (`Break`):
- SPACE: the renderer wrote the space it wrapped at (LibreOffice, Word) or the
  next line's first word could not have fitted: an ordinary wrap, a space;
- MID_WORD: no space was written although the page writes them at wraps, and
  the next word would not have fitted: the word itself was broken (a narrow
  column forces it inside a date, an e-mail, before a hyphen...) - joined as
  it is, in any script;
- MAYBE_MID: only geometry hints a broken word (the line holds that one word and
  it meets the column's edge) - joined where the morphology dictionary knows the
  whole word, or inside digits/addresses;
- UNKNOWN: no evidence - joined only where morphology says a word was broken.
A hyphen (also U+2010, U+2011; a soft hyphen U+00AD always goes) at a break is
dropped where it only broke a word ("много-|функциональный", "Куз-|басса") and
kept in a compound ("Офлайн-|точка": "точка" is a word of its own).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from contextlib import contextmanager
from contextvars import ContextVar
from enum import Enum
from functools import lru_cache

HYPHENS = "-\u2010\u2011"
SOFT_HYPHEN = "\u00ad"
_WORD = re.compile(r"^[А-Яа-яЁё]+$")
_TAIL = re.compile(r"([А-Яа-яЁё]+)([-\u2010\u2011\u00ad]?)$")
_HEAD = re.compile(r"^([А-Яа-яЁё]+)")
_PHRASE_ABBREVIATION = re.compile(r"^[А-Яа-яЁё]\.\s*[А-Яа-яЁё]\.")    # «т. е.», «т. д.», «и. о.»
_LATIN_END = re.compile(r"[A-Za-z0-9][@./_:-]$")   # broke after a separator inside an address
_LATIN_START = re.compile(r"^[A-Za-z0-9@./_-]")
_LATIN_PIECE = re.compile(r"(?:^|[\s(«\":;,])[A-Za-z0-9@._-]*[A-Za-z0-9]$")  # a line's last token in Latin
_WHOLE_ADDRESS = re.compile(r"(?:@|www\.|://)\S*\.[A-Za-z]{2,}$")   # ends a complete e-mail / site
_NUMBER_DOT = re.compile(r"\d\.$")                  # "3.1." before "4."
_OPEN_ADDRESS = re.compile(r"\S+@[^\s.]*$")        # "kuzbass@a": an e-mail's domain cut short
# a site's address going on to the line's end ("https://x.ru/recep", "https://minselho", "vk.com/mins"):
# one longer than its column is cut wherever the line runs out, its rest in lower-case letters (a digit
# after it opens a phone's number or a house's: "gosuslugi.ru|8 800…"; digit pieces join as numbers)
_OPEN_URL = re.compile(r"(?:://|www\.|[A-Za-z0-9-]\.[A-Za-z]{2,}/)[^\s«»\"()]*[A-Za-z0-9_-]$")
_URL_REST = re.compile(r"^[a-z_]")
# a site's address to the text's end, whatever its last character: its query's «?», «;», «!» are no stops
_URL_END = re.compile(r"(?:://|www\.|[A-Za-z0-9-]\.[A-Za-z]{2,}/)\S*$")
# how far back from a text's end its last word or address is looked for: a long cell joined
# line by line would else be searched whole at every line (quadratic)
_REACH = 100


def _at_end(pattern: re.Pattern, text: str):
    """`pattern` (anchored at the end with $) searched in the last `_REACH` characters only."""
    return pattern.search(text, max(0, len(text) - _REACH))


_VOCAB: ContextVar[list[str]] = ContextVar("document_vocabulary", default=[])


@contextmanager
def document_words(words):
    """Joins inside this block may consult the document's own words (sorted, lower case):
    a hyphen at a break is kept where the document writes the hyphenated form elsewhere,
    dropped where it writes the plain one ("реинжини-|рингу": "реинжиниринг" occurs)."""
    vocab = sorted({w.lower().strip(".,;:()«»\"!?") for w in words})
    token = _VOCAB.set(vocab)
    try:
        yield
    finally:
        _VOCAB.reset(token)


def _in_document(prefix: str) -> bool:
    vocab = _VOCAB.get()
    i = bisect_left(vocab, prefix)
    return i < len(vocab) and vocab[i].startswith(prefix)


class Break(Enum):
    SPACE = "space"
    MID_WORD = "mid_word"
    MAYBE_MID = "maybe_mid"
    UNKNOWN = "unknown"


@lru_cache(maxsize=1)
def _morph():
    from textcore.lemmas import morph   # the one shared morphology object
    return morph()


@lru_cache(maxsize=200_000)
def is_known(word: str) -> bool:
    """A dictionary word (not a guess from its ending)."""
    return bool(_WORD.match(word)) and _morph().word_is_known(word.lower())


def _hyphen_join(left: str, right: str) -> str:
    """`left` ends in a hyphen at a line break: a broken word loses it, a compound keeps it."""
    mark = left[-1]
    if mark == SOFT_HYPHEN:
        return left[:-1] + right
    tail, head = _at_end(_TAIL, left), _HEAD.match(right)
    if tail and head:
        a, b = tail.group(1), head.group(1)
        hyphenated = _in_document(f"{a}-{b[:3]}".lower())
        plain = _in_document((a + b)[:len(a) + 3].lower())
        if hyphenated != plain:                   # the document itself says which
            return left + right if hyphenated else left[:-1] + right
        if is_known(a + b):
            return left[:-1] + right
        # a compound's second part is a word of its own ("Офлайн-|точка", "интернет-|приёмная");
        # an unknown word (a name) hyphenated by the renderer leaves a fragment ("Куз-|басса")
        # ... but a name's first part («Ново-|речинск») is no compound's: its rest is no word
        compound = len(b) >= 3 and is_known(b) or len(a) >= 3 and len(b) >= 5 and is_known(a) and a[:1].islower()
        return left + right if compound else left[:-1] + right
    return left + right                           # "mincult-|kuzbass@ako.ru", "2023-|2024"


# a small Cyrillic letter or a sentence's mark, then a capital, or a closing quote or bracket,
# then any letter: a broken word never goes on so (a name written "МойБизнес" broken there reads "Мой Бизнес",
# still its words); nor does one written in capitals go on with a capitalised word ("СВО|Ознакомиться")
_CASE_TURN = re.compile(r"^[а-яё][А-ЯЁ]$|^[.;:!?][А-ЯЁA-Z]$|^[»\")\]][А-Яа-яЁёA-Za-z]$|^[А-ЯЁ]{2}[А-ЯЁ][а-яё]$")
# a Cyrillic word, then Latin or a digit, or the reverse ("Одноклассниках|https://", "стенд|1 этаж",
# "primer.ru|раздел"): a line ended a paragraph of a cell there; no word changes script
_SCRIPT_TURN = re.compile(r"^(?:[А-Яа-яЁё]{2}[A-Za-z0-9]|[A-Za-z0-9][А-Яа-яЁё]{2})$")
# an item's mark opening the line after a stop, «;» or «:» ("кабинет;|3) Видеосвязь", "…:|а) …"): a
# cell's item ended there (a full line left no room for the mark, no wrap space is written at an
# item's end); a number's own dot takes no space after it ("13.04.|2023")
_ITEM_MARK = re.compile(r"(?:\d{1,3}|[А-Яа-яЁёA-Za-z])[.)]\s")


def _new_word(left: str, right: str) -> bool:
    """Whatever the layout says, does `right` start a word of its own (a case or script turn)?"""
    if right[:1] in "-–—•" and right[1:2] == " " and left[-1:].isalnum():
        return True                               # "…подведомственных|- получение": a dash item begins
    if left[-1:] in ";?!" and right[:1].isalnum() and not _at_end(_URL_END, left) \
            or left[-1:] in ".;:" and _ITEM_MARK.match(right) and not (left[-2:-1].isdigit() and right[:1].isdigit()):
        # no word holds «;», «?», «!» (an address's query does: "index.php?|id=12"); an item's mark
        # after an item's end, not a number's next part after its dot ("п. 3.|1. Регламента")
        return True
    return bool(_CASE_TURN.match(left[-1:] + right[:1]) or _CASE_TURN.match(left[-2:] + right[:2])
                or _SCRIPT_TURN.match(left[-2:] + right[:1]) or _SCRIPT_TURN.match(left[-1:] + right[:2]))


def _too_long_for_column(left: str, right: str) -> bool:
    """A word longer than its column, broken where the line ran out ("Проконсультироват|ься"):
    neither piece is a word, the two together are.  The layout read it as a wrap (the rest
    could not have fitted on the full line)."""
    tail, head = _at_end(_TAIL, left), _HEAD.match(right)
    if not tail or not head or tail.group(2):
        return False
    a, b = tail.group(1), head.group(1)
    return len(a) >= 3 and not is_known(a) and not is_known(b) and is_known(a + b)


def _two_words(left: str, right: str) -> bool:
    """Two dictionary words that make none together ("отбор|получение", "Ответ|на обратную"): a
    cell's paragraph ended or a narrow cell's renderer wrote no wrap space, whatever the
    spacing says."""
    tail, head = _at_end(_TAIL, left), _HEAD.match(right)
    if not tail or not head or tail.group(2):
        return False
    a, b = tail.group(1), head.group(1)
    if len(a) < 4 or not is_known(a):
        return False
    if _word_then_function_word(left, right):
        return True                               # "Ответ|на …", though "ответна" is a word too
    if right[len(b):len(b) + 1] == "." and not is_known(a + b):
        return True                               # "бухгалтерии|каб. 214": an abbreviation follows a word
    return len(b) >= 4 and is_known(b) and not is_known(a + b)


def _word_then_function_word(left: str, right: str) -> bool:
    """A known word of four letters or more, then a preposition or conjunction standing alone or
    leading its line ("Ответ|на обратную"): two words, though "ответна" is a word too."""
    tail, head = _at_end(_TAIL, left), _HEAD.match(right)
    if not tail or not head or tail.group(2) or len(tail.group(1)) < 4 or not is_known(tail.group(1)):
        return False
    b = head.group(1)
    return _function_word(b) and right[len(b):len(b) + 1] in (" ", "")


@lru_cache(maxsize=20_000)
def is_abbreviation(word: str) -> bool:
    """A dictionary abbreviation, in any of its readings («напр», «прим», «канд», «табл»): the
    dot after it is the abbreviation's, not punctuation."""
    return bool(_WORD.match(word)) and any("Abbr" in p.tag for p in _morph().parse(word.lower()))


@lru_cache(maxsize=20_000)
def _function_word(word: str) -> bool:
    """A preposition or conjunction ("на", "и", "по"): a word of its own, however short."""
    return len(word) >= 2 and is_known(word) and _morph().parse(word.lower())[0].tag.POS in ("PREP", "CONJ")


def glue(left: str, right: str, forced: bool | Break = False) -> str:
    """`left` line + `right` line: with a space, or as one word when a word was broken.
    `forced`: a `Break` (the layout's evidence); True means MAYBE_MID, False UNKNOWN."""
    brk = forced if isinstance(forced, Break) else (Break.MAYBE_MID if forced else Break.UNKNOWN)
    if not left:
        return right
    if not right:
        return left
    hyphen_end = left[-1] in HYPHENS + SOFT_HYPHEN and len(left) > 1 and left[-2].isalnum()
    if brk is Break.SPACE:
        if left[-1] == SOFT_HYPHEN:
            return left[:-1] + right
        return left + right if _too_long_for_column(left, right) else f"{left} {right}"
    if hyphen_end and right[:1].isalnum():
        return _hyphen_join(left, right)
    if _new_word(left, right):
        return f"{left} {right}"                  # "ресурсов|Ознакомиться": a paragraph ended, no word broke
    if brk is Break.MID_WORD:
        return f"{left} {right}" if _two_words(left, right) else left + right
    if brk is Break.MAYBE_MID and _two_words(left, right):
        return f"{left} {right}"                  # a narrow header's "Ответ|на|обратную связь"
    if brk is Break.MAYBE_MID and left[-1:] == "/" and len(left) > 1 and left[-2].isalnum() \
            and right[:1].isalnum():
        return left + right                       # "клиентов/|рабочее": a break chance after a slash
    if brk is Break.MAYBE_MID and right[:1] in ",.;:)»" and left[-1:].isalnum():
        return left + right                       # "организациях|,"
    if brk is Break.MAYBE_MID and left[-1:].isalnum() and right[:1] in HYPHENS and (
            len(right) > 1 and right[1].isalnum() or len(right) == 1):
        # "Офлайн|-точка": broke before the hyphen; "информационно|-|телекоммуникационной": a narrow
        # column had no room for the hyphen after its word, which came on a line of its own
        return left + right
    tail, head = _at_end(_TAIL, left), _HEAD.match(right)
    if tail and head:
        a, b = tail.group(1), head.group(1)
        if brk is Break.MAYBE_MID:
            # `left` may hold the word's earlier pieces ("бухгал терско" + "го учета)")
            before = left.rsplit(" ", 3)          # its last three words and the rest
            for n in (2, 3):
                if len(before) >= n and all(_WORD.match(w) for w in before[-n:]) \
                        and not all(is_known(w) for w in before[-n:]) \
                        and is_known("".join(before[-n:]) + b):
                    return " ".join(before[:-n] + ["".join(before[-n:]) + right])
        if is_known(a + b) and (brk is Break.MAYBE_MID or not (is_known(a) and is_known(b))):
            return left + right
        if brk is Break.MAYBE_MID and len(a) >= 3 and b[:1].islower() and not is_known(a) and not a.isupper() \
                and (not is_known(b) or _abbreviation_end(a, right)):
            return left + right                   # pieces of a word no dictionary knows ("автом|атизи|р.")
        if brk is Break.MAYBE_MID:
            # `right` may hold the word's further pieces, already joined with spaces where
            # its own lines gave no evidence ("Циф" + "рова я точка" across a page break)
            words = right.split(" ")
            for n in (2, 3):
                if len(words) >= n and all(_WORD.match(w) for w in words[:n]) \
                        and is_known(a + "".join(words[:n])):
                    return left + "".join(words[:n]) + "".join(" " + w for w in words[n:])
    elif brk is Break.MAYBE_MID and _address_or_number_piece(left, right):
        return left + right
    return f"{left} {right}"


def _abbreviation_end(a: str, right: str) -> bool:
    """`right` opens with one letter and a dot after an unknown lower-case piece: the end of an
    abbreviated word ("автоматизи|р." is «автоматизир.»), not a one-letter word, which takes no dot;
    nor the first of a phrase's abbreviations («т. е.», «т. д.»), which stand after a whole word."""
    return a[:1].islower() and len(right) >= 2 and right[0].isalpha() and right[1] == "." \
        and (len(right) == 2 or not right[2].isalpha()) and not _PHRASE_ABBREVIATION.match(right)


def _address_or_number_piece(left: str, right: str) -> bool:
    """An address or a number broken inside, where words do not say it."""
    return bool(_at_end(_LATIN_END, left) and _LATIN_START.match(right)          # "kuzbass@ako." + "ru"
                or left[-1:].isdigit() and right[:1].isdigit()                 # "13.04.20" + "23"
                or _at_end(_NUMBER_DOT, left) and right[:1].isdigit()            # "3.1." + "4.", "01." + "09.2024"
                or _at_end(_OPEN_ADDRESS, left) and right[:1].isalnum()         # "kuzbass@a" + "ko.ru"
                or _at_end(_OPEN_URL, left) and _URL_REST.match(right)          # "…example.ru/recep" + "tion)"
                or _at_end(_LATIN_PIECE, left) and not _at_end(_WHOLE_ADDRESS, left)
                and _LATIN_START.match(right))                                 # "attes" + "tazia.cro@"


def join_lines(lines: list[str], forced: list | None = None) -> str:
    """Lines of one text joined; `forced[i]` is the evidence (a `Break` or a bool) for
    the break after line i.  A word broken into three or more pieces is mended whole:
    under MAYBE_MID the pieces are tried together ("Многофунк|циональ|ный")."""
    lines = [ln.strip() for ln in lines]
    breaks = [(forced[i] if forced and i < len(forced) else False) for i in range(len(lines) - 1)]
    out = lines[0] if lines else ""
    i = 1
    while i < len(lines):
        brk = breaks[i - 1]
        if _list_dash(out, lines, i):             # the dash and its item's first line, a new item whatever the break
            out, i = f"{out} {lines[i]} {lines[i + 1]}", i + 2
            continue
        chain = _hyphen_chain(out, lines, i) or _hyphen_ahead(out, lines, breaks, i)
        if chain is not None:
            out, i = chain
            continue
        joined = glue(out, lines[i], brk)
        if joined == f"{out} {lines[i]}" and _maybe(brk) and not _word_then_function_word(out, lines[i]):
            chain = _chain(out, lines, breaks, i) or _fresh_chain(out, lines, breaks, i)
            if chain is not None:
                out, i = chain
                continue
        out, i = joined, i + 1
    return out


def _list_dash(out: str, lines: list[str], i: int) -> bool:
    """lines[i] a hyphen alone, a capital after it and a word in lower case before it ("документов|-|Получение
    справки"): a list's dash, no compound's hyphen, whose second part is in lower case unless both parts
    are names' ("Ханты|-|Мансийский")."""
    return lines[i] in tuple(HYPHENS) and lines[i + 1:i + 2] != [] and lines[i + 1][:1].isupper() \
        and not out.rsplit(" ", 1)[-1][:1].isupper()


def _maybe(brk) -> bool:
    """MAYBE_MID, or a true flag (a numpy one too: a scan's geometry computes it)."""
    return brk is Break.MAYBE_MID or not isinstance(brk, Break) and bool(brk)


def _fresh_chain(out: str, lines: list[str], breaks: list, i: int):
    """lines[i] is no word but starts one going on over the next lines, a narrow column's
    pieces ("Получение|консу|льта-|ции"): (`out` + the word, next index), else None."""
    if not _WORD.match(lines[i]) or is_known(lines[i]) or i >= len(breaks) \
            or not (_maybe(breaks[i]) or breaks[i] is Break.MID_WORD):
        return None
    chain = _chain(lines[i], lines, breaks, i + 1)
    return (f"{out} {chain[0]}", chain[1]) if chain else None


# a word broken across lines has few pieces and no more letters than a long Russian word:
# without these bounds a long narrow column of one-word lines is tried as one growing word
# from every line (cubic in the column's length)
_MAX_PIECES, _MAX_WORD = 6, 40
_HYPHENED_PIECE = re.compile(r"[А-Яа-яЁё]+[-\u2010\u2011\u00ad]")     # "ставле-": a piece of a hyphenated word


def _chain(out: str, lines: list[str], breaks: list, i: int):
    """Pieces lines[i..k] (one word each - a hyphenated one too - with MAYBE_MID or MID_WORD
    breaks between) that with `out`'s last word make one known word: (joined text, next
    index), else None.  "Предо|став-|ление" -> "Предоставление"."""
    tail = _at_end(_TAIL, out)
    if not tail or tail.group(2):
        return None
    word = tail.group(1)
    pieces: list[str] = []
    k = i
    while k < len(lines) and k - i < _MAX_PIECES and _HEAD.match(lines[k]):
        head = _HEAD.match(lines[k]).group(1)
        word += head
        if len(word) > _MAX_WORD:
            return None
        if is_known(word):
            return out + "".join(pieces) + lines[k], k + 1
        hyphenated = lines[k] == head + lines[k][-1:] and lines[k][-1:] in HYPHENS + SOFT_HYPHEN
        if head != lines[k] and not hyphenated or k >= len(breaks) \
                or not (_maybe(breaks[k]) or breaks[k] is Break.MID_WORD or hyphenated):
            return None
        pieces.append(head)
        k += 1
    return None


def _hyphen_ahead(out: str, lines: list[str], breaks: list, i: int):
    """`out` ends with a hyphen and lines[i] is a piece of the word after it, broken again
    ("Интернет-|приё|мная"): the hyphen is judged against that whole word (a compound's
    part keeps it), the pieces joined; else None."""
    if not out or out[-1] not in HYPHENS or not _WORD.match(lines[i]) or is_known(lines[i]) \
            or i >= len(breaks) or not (_maybe(breaks[i]) or breaks[i] is Break.MID_WORD):
        return None
    ahead = _chain(lines[i], lines, breaks, i + 1)
    return (glue(out, ahead[0], Break.MAYBE_MID), ahead[1]) if ahead else None


def _hyphen_chain(out: str, lines: list[str], i: int):
    """A word hyphenated into three or more pieces ("Предо-|ставле-|ние"): when the pieces
    without their hyphens make a known word, they are joined so; else None."""
    if not out or out[-1] not in HYPHENS + SOFT_HYPHEN or not _at_end(_TAIL, out):
        return None
    word = _at_end(_TAIL, out).group(1)
    k = i
    while k < len(lines) - 1 and k - i < _MAX_PIECES and _HYPHENED_PIECE.fullmatch(lines[k]):
        word += lines[k][:-1]
        k += 1
        if len(word) > _MAX_WORD:
            return None
    if k == i or not _HEAD.match(lines[k]):
        return None                       # two pieces: glue's rules
    whole = word + _HEAD.match(lines[k]).group(1)
    if not is_known(whole) and not _in_document(whole[:len(word) + 2].lower()):
        return None
    return out[:-1] + "".join(ln[:-1] for ln in lines[i:k]) + lines[k], k + 1
