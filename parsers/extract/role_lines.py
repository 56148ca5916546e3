"""Lines whose dates and numbers belong to another role than the act's own.

    other_role_lines(texts) -> set[int]     the indexes of such lines
    apart_lines(texts) -> set[int]          those of roles never in a header (registration, news, certificate)
    title_span(texts, title) -> set[int]    the lines the act's title was joined from
    registration_lines(texts) -> set[int]   the lines of a registration stamp

A date or number is the act's by its role: the one its header, title line or signature binds to it.
Copies print others near the header or after the signature, which no reader may take for the act's:

* a registration stamp («Зарегистрировано в Управлении Министерства юстиции … / 12.03.2021 № 345»:
  the registration's, `registration_lines`);
* a database's edition note, «(в ред. приказов от … № …, / от … № …)», «(с изменениями на 17 марта
  2023 года)», to its closing bracket over the lines it wraps on (the amending acts'), and any bracket's
  lines past the one opening it (a note's);
* an electronic signature's block, «Документ подписан электронной подписью / Сертификат … / Владелец … /
  Действителен с … по …» (the certificate's validity);
* a database's note that the act was repealed, «Утратил силу на основании постановления … от … N 185»,
  over the lines it wraps on to its number (the repealing act's);
* a site's publication of the act: a line opening with its words («Опубликован приказ …», «Дата
  опубликования …») and a date standing alone on the line above it with no number (the news item's
  own date), or a date beside a time of day («15 марта 2022, 10:41»: a page's timestamp).

A title's wrapped lines are its own too: «О внесении изменений в приказ …» / «от 07.10.2021» / «№ 215»
names the amended act, whose pair no reader of lines standing alone (signed.py) may take for this one's.

The roles' words are data (parsers/data/metadata.yaml `other_roles`, `role_value_words`).
"""
from __future__ import annotations

import re

from textcore.dates import find_date
from textcore.order_numbers import has_number_sign
from textcore.regions import words

from .header_words import first_lemmas, opens_stamp, own_kinds, starts_with, vocab
from .lines import join_spaced
from .title_lines import opens_edition

_TIME = re.compile(r"(?<!\d)(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)")        # «10:41»: a page's timestamp
_ROLE_WORDS = 6             # «Документ подписан усиленной квалифицированной электронной подписью»
_VALUES = 4                 # «с:» / «10.01.2023» / «по:» / «10.04.2024» under «Действителен»
_NOTE_LINES = 6             # an edition note wraps over a few lines at most


def _role_of(text: str) -> str | None:
    """The role a line's first words name («сертификат», «опубликовать» …), or None; a line opening with a
    small letter goes on with a sentence above («… использования и» / «опубликования …»): none, nor does a
    title's («Об использовании электронной подписи …»: a subject, no certificate)."""
    if text.lstrip()[:1].islower() or _opens_title(text):
        return None
    lemmas = first_lemmas(text, _ROLE_WORDS)
    for role, phrases in vocab()["other_roles"].items():
        for phrase in phrases:
            p = phrase.lstrip("^").split()          # «^»: only where the line opens with it
            starts = range(1) if phrase.startswith("^") else range(len(lemmas) - len(p) + 1)
            if any(lemmas[k:k + len(p)] == p for k in starts):
                return role
    return None


def _edition_lines(texts: list[str], i: int) -> range:
    """An edition note from its opening line to the one closing its bracket."""
    end = _closing(texts, i)
    return range(i, i + 1 if end is None else end + 1)


def _closing(texts: list[str], i: int) -> int | None:
    """The line closing the bracket line i leaves open, a few lines on; None where none does."""
    depth = 0
    for j in range(i, min(len(texts), i + _NOTE_LINES)):
        depth += texts[j].count("(") - texts[j].count(")")
        if depth <= 0:
            return j if j > i else None
    return None


def _bracket_tails(texts: list[str]) -> set[int]:
    """The lines a bracket opened on an earlier line runs over to its closing («(Вредакции постановлений …»
    / «от16.04.2019 г. № 583)»): a note's, never the header's own line; the opening line too where it
    opens with the bracket.  A GARANT stamp in brackets, «(утв. постановлением … / от … N 360)», is none."""
    out, i = set(), 0
    while i < len(texts):
        at = texts[i].rfind("(")
        end = _closing(texts, i) if at >= 0 and not opens_stamp(texts[i][at:]) else None
        if end is None:             # «(утв. постановлением …» / «от … N 360)»: this act's stamp, no note
            i += 1
            continue
        out.update(range(i if texts[i].lstrip().startswith("(") else i + 1, end + 1))
        i = end + 1
    return out


def _to_number(texts: list[str], i: int) -> range:
    """A note from its opening line to the one stating its act's number a few lines on (itself where none
    does)."""
    end = next((j for j in range(i, min(len(texts), i + _NOTE_LINES)) if has_number_sign(texts[j])), i)
    return range(i, end + 1)


def _value_line(text: str, waiting: bool) -> bool:
    """«с 10.01.2023», «по:», «по 10.04.2024»: a range word with or without its date; a date alone
    («10.04.2024») only where a label waits for it («Действителен с:») — a certificate's validity written
    under its label, not the act's own date printed after the block."""
    lemmas = [w for w in first_lemmas(text, 8) if not w.isdigit()]
    ranged = bool(lemmas) and lemmas[0] in vocab()["role_value_words"]
    rest = lemmas[1:] if ranged else lemmas
    return not has_number_sign(text) and not [w for w in rest if w not in ("г", "год")] and (
        ranged or waiting and find_date(text) is not None)


def other_role_lines(texts: list[str]) -> set[int]:
    return set(_roles(texts))


def apart_lines(texts: list[str]) -> set[int]:
    """The lines of the roles that are never part of an act's header nor of its title (a registration
    stamp's, a news item's, a signature certificate's: `roles_apart`), which the header's readers skip;
    never a line naming an act's kind with a capital («… П Р И К А З от …»: a header run into one line)."""
    apart = set(vocab()["roles_apart"])
    return {i for i, role in _roles(texts).items() if role in apart and not _names_kind(texts[i])}


def _names_kind(text: str) -> bool:
    kinds, joined = own_kinds(), join_spaced(text)
    return any(lem in kinds and joined[at:at + 1].isupper() for lem, at, _ in words(joined))


def _roles(texts: list[str]) -> dict[int, str]:
    """Each line of another role, with its role."""
    out = dict.fromkeys(registration_lines(texts), "registration")
    out.update(dict.fromkeys(_bracket_tails(texts), "note"))
    role_above, values, waiting = None, 0, False
    for i, t in enumerate(texts):
        role = _role_of(t)
        if opens_edition(t) or role == "edition":
            out.update(dict.fromkeys(_edition_lines(texts, i), "edition"))
        if role is not None:
            out.update(dict.fromkeys(_to_number(texts, i) if role in vocab()["role_runs_to_number"] else (i,), role))
            values, waiting = 0, find_date(t) is None       # «Действителен с:» waits for its date
            if role == "publication" and i and find_date(texts[i - 1]) and not has_number_sign(texts[i - 1]):
                out[i - 1] = role           # the news item's date over its heading
        elif role_above == "certificate" and values < _VALUES and _value_line(t, waiting):
            out[i] = role_above
            role, values, waiting = role_above, values + 1, find_date(t) is None    # «с …» / «по:»: goes on
        if _TIME.search(t) and find_date(t) and not has_number_sign(t):     # «14.03.2022, 10:41 № 145-пп»: own
            out.setdefault(i, "publication")
        role_above = role
    return out


def title_span(texts: list[str], title: str | None) -> set[int]:
    """The lines a subject's title («О …», «Об …») was joined from: the first that opens it and those whose
    text goes on in it (a headerless act's first lines joined as its title are no subject's)."""
    title = " ".join((title or "").split())
    if not starts_with(title.lstrip(" «\"“„"), vocab()["title_starts"]):
        return set()
    out = set()
    for start, text in enumerate(texts):        # a page's title above the header may print it once more
        if not text.strip() or not title.startswith(" ".join(text.split())):
            continue
        out.add(start)
        at = len(" ".join(text.split()))
        for i in range(start + 1, len(texts)):
            t = " ".join(texts[i].split())
            if not t or title.find(t, at) < 0:
                break
            out.add(i)
            at = title.find(t, at) + len(t)
    return out


_REGISTRATION_LINES = 6         # «Зарегистрировано» / «в Министерстве юстиции» / «Республики …» / date / «№ …»


def registration_lines(texts: list[str]) -> set[int]:
    """The lines of a registration stamp, whose date and number and ministry are the registration's, never
    the act's: from a line opening with a registration word («Зарегистрировано в Министерстве юстиции …»,
    «Государственная регистрация», «Дата государственной регистрации: …») to the one stating its number a
    few lines on («Регистрационный № 1234»); where none states one, the lines going on with the stamp
    (a small letter, a date).  A title («О регистрации …») or a clause («3. Приказ подлежит
    государственной регистрации») opens none, and the stamp never runs into the header's kind line or a
    title (a stamp printed under the header whose own pair is above it)."""
    reg, out = set(vocab()["registration"]), set()
    for i, t in enumerate(texts):
        if i in out or not _opens_registration(t, reg):
            continue
        stop = next((j for j in range(i + 1, min(len(texts), i + _REGISTRATION_LINES)) if _header_again(texts[j])),
                    min(len(texts), i + _REGISTRATION_LINES))
        end = next((j for j in range(i, stop) if has_number_sign(texts[j])), None)
        if end is None:             # no number line: the lines going on with the stamp
            end = i
            while end + 1 < stop and _goes_on(texts[end + 1]):
                end += 1
        out.update(range(i, end + 1))
    return out


def _opens_registration(text: str, reg: set[str]) -> bool:
    t = text.lstrip()
    if not t or t[0].isdigit() or _opens_title(t):
        return False
    return bool(reg & set(first_lemmas(t, 3)))


def _header_again(text: str) -> bool:
    """A line naming an act's kind in capitals or opening a title: the header, no stamp's."""
    return _names_kind(text) or _opens_title(text)


def _opens_title(text: str) -> bool:
    return starts_with(text.lstrip(" «\"“„"), vocab()["title_starts"])


def _goes_on(text: str) -> bool:
    """A stamp's next line: one going on in small letters («в Управлении Минюста …») or its date."""
    t = text.strip()
    return bool(t) and (t[0].islower() or find_date(t) is not None)
