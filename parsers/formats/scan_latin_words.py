"""A scan's Latin words that Russian OCR garbled, read back by a short list of the words an order
prints in Latin (parsers/data/latin_words.yaml: messengers, portals, their domains, a few technical
words) and the characters Russian alone reads each Latin letter as: «АР!» is «API», «ризВ-уведомления»
«push-уведомления», «www.gosus1ugi.ги» «www.gosuslugi.ru»; a word of seven letters or more may have
lost one («Т@ергат» is «Telegram»).

The rus+eng pass (scan_latin) reads most Latin words right; it misses a sure reading («АР!», sure in
Russian) and a part of a hyphenated word read in one script («ризВ-уведомления» either way).  A part
is taken for a listed word only where it is no dictionary word, matches exactly one listed word
letter by letter, and shows it is no Russian: a character no Cyrillic word holds («!», a digit, a Latin
letter), or it is a part of a web or e-mail address's host holding a Latin part already («gosuslugi.ги»;
a mailbox's name, a path, words around a slash alone are anyone's: «доу@mail.ru», «ДОУ/COШ»), or
the head of a compound whose other part is a Russian word, in the listed word's case or in a case no
word has, a capital after a small letter («ОВ-код», «ризй-сообщения», «ризВ-рассылка»; «ДОУ-сад» is no
«gov»).  A Cyrillic word alone is no proof, however long and whatever its case: a surname, a place or
an abbreviation the dictionary lacks («Зоом», «ДОУ», «мах») stays as read, and so does one whose
small and capital letters differ in size alone, which OCR mixes («ДоУ», «СвТ»).
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
_ADDRESS = re.compile(r"@|\w\.\w")           # a slash alone is no address: «ДОУ/СОШ», «СВТ/IT»
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
_ADDRESS_SPAN = 256          # characters: a domain name is at most 253, a printed address not much longer


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
        end, mark = (len(core) - 1, core[-1]) if joined else (after.end(1), after.group(2))
        if not rest or _sentence_end(core, end, mark, rest.group(0)):
            return False
        return joined or _address(after.group(1), core, mark, rest.group(0))
    before = _STARTS_CUT.match(word)
    if before and (joined or _WHOLE.fullmatch(core)):
        return joined or _address(core, core, before.group(1), before.group(2))
    return False


def _sentence_end(head: str, end: int, mark: str, rest: str) -> bool:
    """A dot after a whole address (`head[:end]`) — its host ends in a top-level domain, or a path
    follows it — and then a space: the sentence's end («… gosuslugi.ru. SMS-рассылка», «vk.com/club1.
    2.»), unless a top-level domain follows alone («www.region.gov. ru»).  Only the piece's last
    `_ADDRESS_SPAN` characters are looked at, in place: a run of thousands of dots joined cut after
    cut is neither copied nor searched whole at each cut."""
    if mark != ".":
        return False
    start = max(0, end - _ADDRESS_SPAN)
    cut = max(head.rfind(m, start, end) for m in "./@")
    whole = head.find("/", start, end) >= 0 or (cut >= 0 and head[cut + 1:end].lower() in words().top_domains)
    return whole and rest.rstrip(".").lower() not in words().top_domains


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
    host = _host(pieces) if _ADDRESS.search(core) and any(_LATIN.search(p) for p in pieces[::2]) else range(0)
    mended = "".join(_part(p, i in host, lambda i=i: _head(pieces, i)) if i % 2 == 0 else p
                     for i, p in enumerate(pieces))
    return token[:lead] + mended + token[lead + len(core):]


def _host(pieces: list[str]) -> range:
    """Where an address's host lies among its parts: after «@» or a scheme's «://», up to a path's
    «/».  A mailbox's name and a path are anyone's words («доу@mail.ru», «vk.com/ДОУ»): no listed
    word is read into them unless they show it themselves."""
    start = max((j + 1 for j in range(1, len(pieces), 2) if "@" in pieces[j] or "://" in pieces[j]), default=0)
    end = next((j for j in range(start + 1, len(pieces), 2) if "/" in pieces[j]), len(pieces))
    return range(start, end)


def _head(pieces: list[str], i: int) -> bool:
    """The part before a hyphen and a Russian dictionary word: a compound's Latin head («QR-код»,
    «push-уведомления»), however short — a Russian one («ИТ-отдел») matches no listed word."""
    return i + 2 < len(pieces) and pieces[i + 1] == "-" and is_known(pieces[i + 2])


def _part(part: str, address: bool, head) -> str:
    """An all-Cyrillic part is Latin only as an address's part (`address`) or as a compound's head
    (`head()`) in the listed word's case or in none («ризВ»).  The listed words are matched first:
    almost no part matches one, and the dictionary is then not asked."""
    if sum(ch.isalpha() for ch in part) < 2:
        return part
    read = part.lower()
    found = [w for w in words().by_length.get(len(part), ()) if _matches(read, w.lower())]
    if not found and len(part) + 1 >= _LOST_FROM:      # a long word that lost a letter («Т@ергат»)
        found = [w for w in words().by_length.get(len(part) + 1, ())
                 if any(_matches(read, w.lower()[:i] + w.lower()[i + 1:]) for i in range(len(w)))]
    if len({w.lower() for w in found}) != 1 or found[0].lower() == read:
        return part                         # none, several, or already the word in its own case
    if is_known(part) or (_CYRILLIC_WORD.match(part) and not address
                          and not ((_ODD_CASE.search(part) or _same_case(part, found)) and head())):
        return part
    word = found[0]
    letters_of = [ch for ch in part if ch.isalpha()]
    if all(ch.islower() for ch in letters_of):
        return word.lower()
    if len(letters_of) > 1 and all(ch.isupper() for ch in letters_of):
        return word.upper()
    return word


def _same_case(part: str, found: list[str]) -> bool:
    """A part in capitals for a listed word in capitals («ОВ» for «QR»), in small letters for one in
    small letters («ризй» for «push»): OCR keeps a letter's size."""
    return any(part.isupper() == w.isupper() and part.islower() == w.islower() for w in found)


def _matches(read: str, word: str) -> bool:
    shapes = words().shapes
    return all(r == w or r in shapes.get(w, ()) for r, w in zip(read, word))
