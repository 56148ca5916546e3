"""Where and when a channel is open, out of its phrase: postal addresses, rooms, working hours.

    split_places("Приёмная министерства г. Энск, ул. Советская, д. 12, каб. 105 пн–пт 9.00–18.00")
      -> ("Приёмная министерства", ["г. Энск, ул. Советская, д. 12, каб. 105", "пн–пт 9.00–18.00"])

A list may print them on lines of their own under the channel's name; converted text and
Word cells join those lines with spaces, so they are found by their form wherever they
stand: an address is a run of comma-separated parts each opened by a marker («г.», «ул.»,
«д.», «каб.», a postcode), hours a time span after the days it covers.  The markers and
days are data (data/channel_places.yaml).  A detail is taken only where the phrase keeps a
word of its own: "Кабинет 214" stays the channel's name.  `split_details` takes these out
with the addresses (e-mail, URL, domain, phone), quoted names and parentheses: the details
the channel reader (channel_heads.py) only breaks ties with.
"""
from __future__ import annotations

import re

from textcore.clean import clean_text
from textcore.vocab import vocabulary

from .matcher import DATA
from .phrase import join_hyphenated

_CAP = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё]+)?"
_NUM = r"№?\s*\d{1,4}[а-яА-Я]?(?:[/-]\d{1,3})?"
_TIME = r"\d{1,2}[.:]\d{2}"
_SPAN = r"\s*[-–—]\s*"
_WORD = re.compile(r"[А-Яа-яЁёA-Za-z]{3}")


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _marker(words) -> str:
    """A marker word: abbreviated ones (up to three letters) with their dot, whole ones with a
    dot or a space after them."""
    short = [w for w in words if len(w) <= 3]
    long_ = [w for w in words if len(w) > 3]
    parts = [rf"(?:{_alt(short)})\.\s*"] if short else []
    parts += [rf"(?:{_alt(long_)})(?:\.\s*|\s+)"] if long_ else []
    return r"(?<![А-Яа-яЁёA-Za-z-])(?i:" + "|".join(parts) + ")"


class _Places:
    def __init__(self, data: dict):
        loc, street = _marker(data["locality"]), _marker(data["street"])
        inner = _marker(list(data["building"]) + list(data["room"]))
        label = rf"(?:(?i:{_alt(data['labels'])})\s*:?\s*)?"
        first = (rf"\d{{6}}(?=\s*,)|{loc}{_CAP}(?:\s+{_CAP})?|{street}(?:\d{{1,2}}\s+)?{_CAP}(?:\s+{_CAP})?"
                 rf"|{street}\d{{1,3}}|{inner}{_NUM}(?:\s*,\s*{_NUM})*|\d{{1,2}}(?:-?й)?\s+(?i:этаж)")
        nxt = rf"{first}|\d{{1,4}}[а-я]?(?![\d.:])(?!\s*[А-Яа-яЁё]{{3}})"
        self.address = re.compile(rf"{label}(?:{first})(?:\s*,\s*(?:{nxt}))*")
        day = rf"(?<![А-Яа-яЁё])(?i:{_alt(data['weekdays'])})(?![А-Яа-яЁё])\.?"
        days = rf"{day}(?:\s*[-–—,]\s*{day})*"
        self.hours = re.compile(rf"{label}(?:{days}\s*:?\s*)?(?:с\s+)?{_TIME}(?:{_SPAN}|\s+до\s+){_TIME}"
                                rf"|{label}{days}\s*:?\s*\d{{1,2}}{_SPAN}\d{{1,2}}(?![\d.:])")


@vocabulary(DATA / "channel_places.yaml", required=("labels", "locality", "street", "building", "room",
                                                    "weekdays"))
def places(data: dict) -> _Places:
    return _Places(data)


def split_places(text: str) -> tuple[str, list[str]]:
    """(the phrase without its addresses, rooms and hours; those: addresses first, each in order)."""
    p = places()
    details: list[str] = []
    for rx in (p.address, p.hours):
        taken: list[str] = []
        for m in reversed(list(rx.finditer(text))):      # from the end: earlier offsets stay valid
            cut = text[:m.start()] + " , " + text[m.end():]
            if _WORD.search(cut):                        # the channel's own words stay
                taken.insert(0, m.group().strip(" ,;"))
                text = cut
        details += taken
    return text, details


# (an address starts where its name does: a long word is not scanned again from each of its letters)
EMAIL_RX = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
URL_RX = re.compile(r"(?:https?://|www\.)[^\s,;«»\"()]+", re.IGNORECASE)
DOMAIN_RX = re.compile(r"(?<![\w@.-])(?:[\w-]+\.)+(?:ru|рф|su|com|org|net|me|gov)\b(?:/[^\s,;«»\"()]*)?",
                       re.IGNORECASE)
_QUOTED = re.compile(r"«[^»]{1,80}»|\"[^\"]{1,80}\"|“[^”]{1,80}”")
_PAREN = re.compile(r"\(([^()]{1,120})\)")
# a phone number with its trunk or country prefix: "8 (3842) 58-00-00", "+7 800 100-00-00"
PHONE_RX = re.compile(r"(?<![\w+])(?:\+7|8)[\s-]*\(?\d{3,5}\)?[\s-]*\d{1,3}(?:[\s-]*\d{2}){2}(?!\d)")


def split_details(text: str) -> tuple[str, list[str]]:
    """(the phrase without addresses, quoted names and parentheses; those details)."""
    details: list[str] = []

    def take(m: re.Match) -> str:
        details.append(m.group(1) if m.re is _PAREN else m.group(0))
        return " , "
    text = clean_text(join_hyphenated(text or ""))
    for rx in (EMAIL_RX, URL_RX, DOMAIN_RX, PHONE_RX):
        text = rx.sub(take, text)
    text, places = split_places(text)             # an address, a room, working hours
    details += places
    for rx in (_QUOTED, _PAREN):
        text = rx.sub(take, text)
    details = [d.strip(" ,;«»\"“”") for d in details]
    return text, [d for d in details if re.search(r"\w", d)]


def channel_detail(text: str | None) -> str | None:
    """What the channel column leaves out: addresses, URLs, system and group names,
    parentheticals ("Электронная почта mincult@…" -> "mincult@…")."""
    _, details = split_details(text or "")
    return "; ".join(dict.fromkeys(details)) or None


ADDRESS = 0.95       # a known address (gosuslugi.ru, vk.com, t.me, an e-mail)
UNKNOWN_SITE = 0.8   # some other web address: a website, probably
# Latin letters that look like Cyrillic ones in hand-typed domains ("ок.ru")
LOOKALIKE = str.maketrans("аеокрсух", "aeokpcyx")


def addresses_of(details: list[str]) -> list[str]:
    """The details that are addresses: an e-mail, a web address, a phone number."""
    return [d for d in details if "@" in d or "." in d and " " not in d or PHONE_RX.fullmatch(d)]


def own_contact(details: list[str], code: str, hosts: list[tuple[str, str]]) -> bool:
    """Do the details label an address of the channel `code` ("…, телефон 8-800-…", "e-mail:
    info@…"): how to reach the channel named first, no channel beside it?"""
    found = address_code(addresses_of(details), hosts)
    return found is not None and found[0] == code


def address_code(addresses: list[str], hosts: list[tuple[str, str]]) -> tuple[str, float] | None:
    """The channel the first address names and how sure; `hosts`: (domain, code), longest first,
    look-alike letters made Latin (channel_vocab.Heads.hosts)."""
    for a in addresses:
        if "@" in a and not a.lower().startswith(("http", "www")):
            return "email", ADDRESS
        if PHONE_RX.fullmatch(a):
            return "phone", ADDRESS
        host = re.sub(r"^(?:https?://)?(?:www\.)?", "", a.lower()).split("/")[0].translate(LOOKALIKE)
        for d, code in hosts:
            if host == d or host.endswith("." + d):
                return code, ADDRESS
    if addresses:
        return "website", UNKNOWN_SITE
    return None


def address_words(details: list[str], hosts: list[tuple[str, str]]) -> list[frozenset[str]]:
    """Each address of a phrase's details as the word «@<the channel it names>», for a channel head's
    `platform` (channel_heads.yaml: «почта info@…» is e-mail) — none where a postal address stands
    beside them: there they are contacts («Почта (614000, г. Энск, ул. …; e-mail: …)» is the post)."""
    addresses = addresses_of(details)
    if any(places().address.search(d) for d in details if d not in addresses):
        return []
    return [frozenset({"@" + address_code([a], hosts)[0]}) for a in addresses]


def page_code(addresses: list[str], hosts: list[tuple[str, str]]) -> str | None:
    """The channel a web page ("Портал gosuslugi.ru", "Страница vk.com/…") lives on when its
    web addresses all name that channel's own domain; none when one is a site of its own
    ("сайт minsoc.ru, vk.com/…") — an e-mail or a phone beside a site is no page of it."""
    web = {address_code([a], hosts)[0] for a in addresses if "@" not in a and not PHONE_RX.fullmatch(a)}
    return next(iter(web)) if len(web) == 1 and web != {"website"} else None
