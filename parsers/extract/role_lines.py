"""Lines whose dates and numbers belong to another role than the act's own.

    other_role_lines(texts) -> set[int]     the indexes of such lines
    title_span(texts, title) -> set[int]    the lines the act's title was joined from

A date or number is the act's by its role: the one its header, title line or signature binds to it.
Copies print others near the header or after the signature, which no reader may take for the act's:

* a registration stamp («Зарегистрировано в Управлении Министерства юстиции … / 12.03.2021 № 345»:
  the registration's, stamp_header.registration_lines);
* a database's edition note, «(в ред. приказов от … № …, / от … № …)», to its closing bracket over
  the lines it wraps on (the amending acts');
* an electronic signature's block, «Документ подписан электронной подписью / Сертификат … / Владелец … /
  Действителен с … по …» (the certificate's validity);
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

from .header_words import first_lemmas, starts_with, vocab
from .stamp_header import registration_lines
from .title_lines import opens_edition

_TIME = re.compile(r"(?<!\d)(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)")        # «10:41»: a page's timestamp
_ROLE_WORDS = 6             # «Документ подписан усиленной квалифицированной электронной подписью»
_VALUES = 4                 # «с:» / «10.01.2023» / «по:» / «10.04.2024» under «Действителен»
_NOTE_LINES = 6             # an edition note wraps over a few lines at most


def _role_of(text: str) -> str | None:
    """The role a line's first words name («сертификат», «опубликовать» …), or None."""
    lemmas = first_lemmas(text, _ROLE_WORDS)
    for role, phrases in vocab()["other_roles"].items():
        for phrase in phrases:
            p = phrase.split()
            if any(lemmas[k:k + len(p)] == p for k in range(len(lemmas) - len(p) + 1)):
                return role
    return None


def _edition_lines(texts: list[str], i: int) -> range:
    """An edition note from its opening line to the one closing its bracket."""
    depth = 0
    for j in range(i, min(len(texts), i + _NOTE_LINES)):
        depth += texts[j].count("(") - texts[j].count(")")
        if depth <= 0:
            return range(i, j + 1)
    return range(i, i + 1)


def _value_line(text: str) -> bool:
    """«с 10.01.2023», «по: 10.04.2024», «по:», «10.04.2024»: a range word, a date or both, and nothing
    else — a certificate's validity written under its label."""
    lemmas = [w for w in first_lemmas(text, 8) if not w.isdigit()]
    ranged = lemmas[:1] and lemmas[0] in vocab()["role_value_words"]
    rest = lemmas[1:] if ranged else lemmas
    return not has_number_sign(text) and not [w for w in rest if w not in ("г", "год")] and bool(
        ranged or find_date(text))


def other_role_lines(texts: list[str]) -> set[int]:
    out = set(registration_lines(texts))
    role_above, values = None, 0
    for i, t in enumerate(texts):
        if opens_edition(t):
            out.update(_edition_lines(texts, i))
        role = _role_of(t)
        if role is not None:
            out.add(i)
            values = 0
            if role == "publication" and i and find_date(texts[i - 1]) and not has_number_sign(texts[i - 1]):
                out.add(i - 1)              # the news item's date over its heading
        elif role_above == "certificate" and values < _VALUES and _value_line(t):
            out.add(i)
            role, values = role_above, values + 1       # «с …» / «по …»: the block goes on
        if _TIME.search(t) and find_date(t):
            out.add(i)
        role_above = role
    return out


def title_span(texts: list[str], title: str | None) -> set[int]:
    """The lines a subject's title («О …», «Об …») was joined from: the first that opens it and those whose
    text goes on in it (a headerless act's first lines joined as its title are no subject's)."""
    title = " ".join((title or "").split())
    if not starts_with(title.lstrip(" «\"“„"), vocab()["title_starts"]):
        return set()
    start = next((i for i, t in enumerate(texts) if t.strip() and title.startswith(" ".join(t.split()))), None)
    if start is None:
        return set()
    out, at = {start}, len(" ".join(texts[start].split()))
    for i in range(start + 1, len(texts)):
        t = " ".join(texts[i].split())
        if not t or title.find(t, at) < 0:
            break
        out.add(i)
        at = title.find(t, at) + len(t)
    return out
