"""A scan's Latin words that Russian OCR garbled, read back by a short list of the words an order
prints in Latin (parsers/data/latin_words.yaml: messengers, portals, their domains, a few technical
words) and the characters Russian alone reads each Latin letter as: «АР!» is «API», «ризВ-уведомления»
«push-уведомления», «www.gosus1ugi.ги» «www.gosuslugi.ru»; a word of seven letters or more may have
lost one («Т@ергат» is «Telegram»).

The rus+eng pass (scan_latin) reads most Latin words right; it misses a sure reading («АР!», sure in
Russian) and a part of a hyphenated word read in one script («ризВ-уведомления» either way).  A part
is taken for a listed word only where it is no dictionary word, matches exactly one listed word
letter by letter, and shows it is no Russian: a character no Cyrillic word holds («!», a digit, a Latin
letter), a capital after a small letter («МеБ»), or four letters at least (a short Cyrillic word —
«мах», «бот», «нет» — is Russian), or it is a part of a web or e-mail address holding a Latin part
already («gosuslugi.ги»), or the head of a compound whose other part is a Russian word («ОВ-код»).
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from textcore.vocab import vocabulary
from .wordjoin import is_known

_DATA = Path(__file__).resolve().parent.parent / "data" / "latin_words.yaml"
_TOKEN = re.compile(r"\S+")
_PARTS = re.compile(r"[-./@:]+")                  # a compound's hyphen, an address's dots, slashes and «@»
_SPLIT = re.compile(r"([-./@:]+)")
_HYPHENS = re.compile(r"(-+)")
_IN_ADDRESS = re.compile(r"[./]")
_EDGE = "«»\"'()[]{},;"                           # around a token; «!», «|» may be a letter
_CYRILLIC_WORD = re.compile(r"^[А-Яа-яЁё]+$")
_LATIN = re.compile(r"[A-Za-z]")
_ADDRESS = re.compile(r"[@/]|\w\.\w")
_MIN_CYRILLIC = 4
_LOST_FROM = 7             # a listed word this long may have lost one letter to the grain («le» read «е»)
_ODD_CASE = re.compile(r"[a-zа-яё][A-ZА-ЯЁ]")     # a capital after a small letter: no Russian word's case


class _Words:
    def __init__(self, data: dict):
        self.by_length: dict[int, list[str]] = {}
        for word in data["words"]:
            for part in _PARTS.split(str(word)):
                if part and part not in self.by_length.setdefault(len(part), []):
                    self.by_length[len(part)].append(part)
        self.shapes = {str(k): set(str(k) + str(v)) for k, v in data["shapes"].items()}
        self.top_domains = {str(d).lower() for d in data["top_domains"]}


@vocabulary(_DATA, required=("words", "shapes", "top_domains"))
def words(data: dict) -> _Words:
    return _Words(data)


# an address OCR cut at its marks: «www. gosuslugi.ru», «vk.com/ club1», «priem @mail.ru», «gosuslugi .ru»
_PIECE = r"(?:https?://?|www\.)?[A-Za-z0-9_-]+(?:[./@:][A-Za-z0-9_-]+)*"
_ENDS_CUT = re.compile(rf"({_PIECE})(:/{{1,2}}|[./@])")         # a piece and the mark OCR cut after
_WHOLE = re.compile(_PIECE)
_STARTS_CUT = re.compile(r"([./@])([A-Za-z0-9_.-]+)")          # the mark OCR cut before, and the rest
_REST = re.compile(r"[A-Za-z0-9_.-]+")
_OPENS = re.compile(r"^(?:https?:|www\.)", re.I)
_MARK_INSIDE = re.compile(r"[./@]")
_LEAD = "«\"'(["


def mend_latin(text: str) -> str:
    """`text` with its addresses' pieces joined (_join_address) and each garbled part of a listed Latin
    word read as that word (module doc)."""
    if not text:
        return text
    return _TOKEN.sub(lambda m: _token(m.group(0)), _join_address(text))


def _join_address(text: str) -> str:
    """A web or e-mail address OCR cut at a dot, a slash or «@» (a space read beside the mark) is one
    token again where it shows it is one: the piece before the cut holds an address's mark already or
    opens with «www.» or «http», or the cut is at an «@» before a domain, or the rest is a top-level
    domain alone («gosuslugi. ru»); «сайт. Далее», «e-mail. telegram», «Telegram @channel» stay apart.
    One walk over the words: a piece joined once is an address («www. gosuslugi. ru»: cut after cut)."""
    if "." not in text and "/" not in text and "@" not in text:
        return text
    words = text.split(" ")
    out, joined = [words[0]], False
    for word in words[1:]:
        if word and _joins(out[-1], word, joined):
            out[-1] += word
            joined = True
        else:
            out.append(word)
            joined = False
    return " ".join(out)


def _joins(head: str, word: str, joined: bool) -> bool:
    """Whether `word` goes on the address piece `head` without the space between them."""
    core = head.lstrip(_LEAD)
    after = None if joined else _ENDS_CUT.fullmatch(core)
    if (joined and core[-1:] in "./@") or after:
        rest = _REST.match(word)
        mark = core[-1] if joined else after.group(2)
        return bool(rest) and (joined or _address(after.group(1), core, mark, rest.group(0)))
    before = _STARTS_CUT.match(word)
    if before and (joined or _WHOLE.fullmatch(core)):
        return joined or _address(core, core, before.group(1), before.group(2))
    return False


def _address(piece: str, head: str, mark: str, rest: str) -> bool:
    # «@» with a domain after it: an e-mail («Telegram @channel_bot» is a messenger's handle)
    return bool(_OPENS.match(head) or _MARK_INSIDE.search(piece) or (mark == "@" and "." in rest.strip("."))
                or (mark == "." and rest.rstrip(".").lower() in words().top_domains))


@lru_cache(maxsize=100_000)
def _token(token: str) -> str:
    core = token.strip(_EDGE)
    if not core:
        return token
    lead = token.index(core)
    # parts at even places, separators between; no address (no dot, no slash): «@» is a letter's reading
    pieces = (_SPLIT if _IN_ADDRESS.search(core) else _HYPHENS).split(core)
    address = bool(_ADDRESS.search(core)) and any(_LATIN.search(p) for p in pieces[::2])
    mended = "".join(_part(p, lambda i=i: address or _head(pieces, i)) if i % 2 == 0 else p
                     for i, p in enumerate(pieces))
    return token[:lead] + mended + token[lead + len(core):]


def _head(pieces: list[str], i: int) -> bool:
    """The part before a hyphen and a Russian dictionary word: a compound's Latin head («QR-код»,
    «push-уведомления»), however short — a Russian one («ИТ-отдел») matches no listed word."""
    return i + 2 < len(pieces) and pieces[i + 1] == "-" and is_known(pieces[i + 2])


def _part(part: str, loose) -> str:
    """`loose()`: a short all-Cyrillic part may be Latin too (an address's part, a compound's head).
    The listed words are matched first: almost no part matches one, and the dictionary is then not asked."""
    if sum(ch.isalpha() for ch in part) < 2:
        return part
    read = part.lower()
    found = [w for w in words().by_length.get(len(part), ()) if _matches(read, w.lower())]
    if not found and len(part) + 1 >= _LOST_FROM:      # a long word that lost a letter («Т@ергат»)
        found = [w for w in words().by_length.get(len(part) + 1, ())
                 if any(_matches(read, w.lower()[:i] + w.lower()[i + 1:]) for i in range(len(w)))]
    if len({w.lower() for w in found}) != 1 or found[0].lower() == read:
        return part                         # none, several, or already the word in its own case
    if is_known(part) or (_CYRILLIC_WORD.match(part) and len(part) < _MIN_CYRILLIC
                          and not _ODD_CASE.search(part) and not loose()):
        return part
    word = found[0]
    letters_of = [ch for ch in part if ch.isalpha()]
    if all(ch.islower() for ch in letters_of):
        return word.lower()
    if len(letters_of) > 1 and all(ch.isupper() for ch in letters_of):
        return word.upper()
    return word


def _matches(read: str, word: str) -> bool:
    shapes = words().shapes
    return all(r == w or r in shapes.get(w, ()) for r, w in zip(read, word))
