"""Where an act's title stands among the lines around its stamps and title line.

    past_stamps(lines, i) -> int        the first line at or after i that is no stamp's
    quoted_title(text) -> str | None    the title a legal database's title line quotes
    ends_title(text) -> bool            a line under a title that is no part of it
    bare_title(title) -> str | None     a title without the quotes a database wraps it in
    join_wrapped(lines, i) -> str       line i and its wrapped continuation lines (a title, a heading)
    pair_goes_on(text, nxt) -> bool     the next line carries on a date and number a line broke
    opens_edition(text) -> bool         a database's edition note, «(в ред. приказа от … № …)»
    without_edition_note(text) -> str   the line without a bracketed edition note («(… редакция по состоянию на …)»)
    past_part_heading(lines) -> lines   a page of one part of an act: the act's title line its first line
                                        holds after the part's number («Глава 3. Закон X "…" от … N …»)

An appendix restated in a new edition carries two stamps, the amending order's and the amended
act's («Приложение к приказу от … № 211» / «"Приложение к приказу от … № 640»), or one stamp
with the edition under it («УТВЕРЖДЕН приказом от … № 640» / «(в редакции приказа от … № 211)»):
the title is the first line after all of them, never the second stamp nor the edition note.
A legal database names the act on one line with its title in quotes («Приказ Министерства … от
12.03.2025 N 211 "О внесении изменений в приказ … от … N 640"»): that quoted title is the
act's, the line under it already its text.
"""
from __future__ import annotations

import re
from dataclasses import replace

from textcore.dates import parse_date
from textcore.order_numbers import has_number_sign
from textcore.regions import words

from .enacting import has_enacting_verb
from .header_words import (head_at, is_doc_type, opens_body, opens_stamp, own_kinds, stamp_word_only, starts_with,
                           vocab)
from .lines import Line
from .name_case import recase

_STAMP_LINES = 12           # a double stamp and its edition note span a few lines, never more
_DATED = re.compile(r"^\s*(?:от|№|N)\s", re.I)              # «от 05.10.2023 № 640»
_EDITION = re.compile(r"^\s*\(\s*в\s+ред", re.I)              # «(в редакции приказа от … № …)», «(в ред. …)»
_CLOSING = re.compile(r"[»\"”]")
_QUOTED = re.compile(r"(?:№|\bN)\s*[\w./-]+\s*[«\"“]\s*(.+?)\s*$")
# what a line that carries on a broken date and number opens with: «от», the sign, a digit, a small
# letter («июня 2005 г. N 44»), a dash inside a subject's name («- Кузбасса от …»)
_GOES_ON = re.compile(r"\s*(?:[Оо][Тт]\s|№|N[oº°]?\s*\d|\d|[а-яё]|[-–—]\s)")
_DATED_FROM = re.compile(r"\sот\s+[«\"]?\d")           # «… области от 25 ноября»
_GOES_ON_CHARS = 80             # a wrapped rest of a title line or stamp, never a paragraph of the body


def pair_goes_on(text: str, nxt: str) -> bool:
    """Whether `nxt` carries on the date and number a title line or stamp `text` broke off («… от 23
    января» / «2017 г. N 12», «… от 9 ноября 2006 г.» / «N 397)», «… и науки» / «Астраханской области от
    … N 28»): `text` lacks one of them, `nxt` is short and opens as their rest, and the two lines together
    state what `text` lacked."""
    dated, numbered = parse_date(text) is not None, has_number_sign(text)
    if dated and numbered or len(nxt) > _GOES_ON_CHARS:
        return False
    # a capital goes on with a subject's name and then the date («… и науки» / «Астраханской области от 25
    # ноября …»), never a title's or the body's first word («О внесении изменений в … от … № 319»)
    if not _GOES_ON.match(nxt) and not (
            nxt[:1].isupper() and not dated and _DATED_FROM.search(nxt) and not starts_with(nxt, vocab()["title_starts"])
            and not opens_body(nxt) and not is_doc_type(nxt)):
        return False
    both = f"{text} {nxt}"
    return not dated and parse_date(both) is not None or not numbered and has_number_sign(both)


def opens_edition(text: str) -> bool:
    """A database's note of the edition, «(в ред. приказа от … № …)»: its date and number are the
    amending act's."""
    return bool(_EDITION.match(text))


_EDITION_NOTE = re.compile(r"\((?:\s*в\s+ред|[^()]*редакци|[^()]*по\s+состоянию\s+на)[^()]*\)", re.I)


def without_edition_note(text: str) -> str:
    """The line without a bracketed note of its edition, «(действующая редакция по состоянию на 29.06.2020 г.)»,
    «(в ред. от …)»: that date is the edition's, never the act's."""
    return _EDITION_NOTE.sub(" ", text) if "(" in text else text


def past_stamps(lines: list[Line], i: int) -> int:
    """The first line at or after `i` that is neither a stamp (its word alone, its opening
    line, its lines in lower case «приказом министерства …», its date and number) nor a note
    of the edition under one, up to its closing bracket."""
    start, in_stamp, open_note = i, False, 0
    while i < len(lines) and i - start < _STAMP_LINES:
        t = lines[i].text.strip()
        if open_note > 0 or _EDITION.match(t):
            open_note += t.count("(") - t.count(")")
        elif opens_stamp(t) or stamp_word_only(t):
            in_stamp = True
        elif not (in_stamp and (t[:1].islower() or _DATED.match(t))):
            break
        i += 1
    return i


def ends_title(text: str) -> bool:
    """The enacting word under a title («ПРИКАЗЫВАЮ:»), or the note of the edition a database
    prints under it («(в ред. Приказа … от … N 66/1)»): the title ends above either."""
    t = text.strip()
    return bool(_EDITION.match(t)) or t.endswith(":") and has_enacting_verb(t)


def quoted_title(text: str) -> str | None:
    """The title quoted after the act's number on a title line, its outer quotes off, or None.
    It ends at a closing mark that ends the line or stands before the act's body («… Татарстан"
    В соответствии с …»); a quote that runs on into other words is no title line's."""
    m = _QUOTED.search(text)
    if m is None or not starts_with(m.group(1), vocab()["title_starts"]):
        return None
    quoted = m.group(1)
    for end in _CLOSING.finditer(quoted):
        rest = quoted[end.end():].strip()
        if not rest or opens_body(rest):
            return quoted[:end.start()].rstrip()
    return None


def bare_title(title: str | None) -> str | None:
    """«"О внесении изменений …"»: the title a database's copy prints in quotes, without them;
    a title whose quotes name something inside it («О … "Город Энск"») keeps them, and so does
    one of two quoted parts («"О …" "О …"»).  The database's closing mark may be the quoted
    name's too («"Об утверждении программы "Молодёжь края"»): the opening one alone comes off."""
    if not title or title[:1] not in "«\"“" or title[-1:] not in "»\"”":
        return title
    starts = vocab()["title_starts"]
    for inner in (title[1:-1].strip(), title[1:].lstrip()):
        if _paired(inner) and starts_with(inner, starts):
            return inner
    return title


def _paired(text: str) -> bool:
    """Every quote in `text` closes one opened before it: a straight quote opens after a space
    or a bracket, and closes otherwise."""
    depth = 0
    for m in re.finditer(r"[«»\"“”„]", text):
        c, before = m.group(), text[m.start() - 1:m.start()]
        depth += 1 if c in "«„" or c in "\"“" and (not before or before in " ([") else -1
        if depth < 0:
            return False
    return depth == 0


def join_wrapped(lines: list[Line], i: int) -> str:
    """Line i and its wrapped continuation lines, joined (a title, a heading)."""
    parts = [lines[i].text]
    for prev, nxt in zip(lines[i:], lines[i + 1:i + 6]):
        t = nxt.text.strip()
        wrapped = t[:1].islower() or (
            prev.line is not None and nxt.line == prev.line + 1 and not t[:1].isdigit())
        if nxt.row is not None and prev.row is None:
            break                        # a table's first row under a title line is no part of it
        if not wrapped or opens_body(t) or is_doc_type(t) or head_at(t) == 0 and not t[:1].islower() or \
                ends_title(t):                  # «ПРИКАЗЫВАЮ:», «(в ред. …)» under the title
            break
        parts.append(t)
    title = recase(" ".join(parts))
    return re.sub(r"\s+", " ", title).strip()


# a part's heading before the act's title line on a page of that part: «Глава 3. », «Статья 12. », «Раздел IV. »
_PART_HEADING = re.compile(r"\s*([А-ЯЁ][а-яё]+)\s+(?:\d+(?:\.\d+)*|[IVXLC]+)\s*[.:]\s+(?=[А-ЯЁ])")


def past_part_heading(lines: list[Line]) -> list[Line]:
    """The first line without a part's heading that opens it where the rest is the act's title line: its
    kind in the nominative first, its date or number on it («Глава 3. Закон Санкт-Петербурга "…" от
    25.12.2015 N 891-180»).  A heading with its own words («Статья 2. Признать утратившим силу Закон …»)
    or a kind in another case («Статья 1. Закона …») stays as it is."""
    if not lines or not (m := _PART_HEADING.match(lines[0].text)) or \
            words(m.group(1))[0][0] not in vocab()["act_parts"]:
        return lines
    rest = lines[0].text[m.end():]
    first = words(rest)[0]
    if first[0] not in own_kinds() or rest[first[1]:first[2]].lower() != first[0] or not (
            parse_date(rest) or has_number_sign(rest)):
        return lines
    return [replace(lines[0], text=rest), *lines[1:]]
