"""The one reader of enumerated lists, in whatever form a document writes them.

    marker("б) ведения учета;")        -> Marker("letter", "б", "ведения учета;")
    read_items(lines, start, lead)     -> the items after a lead-in, and where the list ends
    inline_segments("…: x; y; z.")    -> the lead-in and the items of a list written in one line

Forms: lettered «а)», «a.», numbered «1)», «1.», «2.1.1.», Roman «II.», dashes and bullets,
unnumbered lines closed by ";", unmarked paragraphs closed by nothing, and inline «…: x; y; z.» (items separated by semicolons,
or by commas where the list has no semicolon).  A list's style is its first item's; a
line of an outer style (the document's next clause "3.3.", a Roman section) or an
unnumbered sentence or a heading line ends it; a line of an inner style is a sub-point of
the current item.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable

from textcore.lemmas import morph
from textcore.numbering import ARABIC, BULLET, LETTER, ROMAN, opens_register, parse_item_number, register_code

# list styles, outermost first, their rank the nesting («II.», «3.2.1.», «1.», «1)», «ЦК-01 –», «а)», «– …»)
_KINDS = ("roman", "clause", "number", "paren", "code", "letter", "bullet", "plain")
_RANK = {name: i for i, name in enumerate(_KINDS)}
# "a." / "б.": a letter closed by a dot (the shared grammar takes only "а)", since "г. Москва"
# starts many lines); a list reader takes it, a list's first item only as "а."/"a."
_LETTER_DOT = re.compile(r"^([а-яёa-z])\.(?=\s)\s*")


@dataclass
class Marker:
    style: str               # one of _KINDS
    ordinal: str | None      # "3.2.1", "1", "а", "IV"; None for a bullet or an unnumbered line
    rest: str
    closer: str = ""


def marker(text: str) -> Marker | None:
    """The item number a line starts with; "- 4) …" is item "4" (a dash before a number)."""
    text = text.strip()
    if coded := register_code(text):      # «ЦК-02 – …»: the code marks the item
        return Marker("code", *coded)
    n = parse_item_number(text, (ARABIC, ROMAN, LETTER, BULLET))
    if n is None:
        m = _LETTER_DOT.match(text)
        rest = text[m.end():].strip() if m else ""
        return Marker("letter", m.group(1), rest, ".") if rest else None
    if n.style == BULLET:
        inner = marker(n.rest)
        return inner if inner and inner.style != "bullet" else Marker("bullet", None, n.rest)
    if n.style == LETTER:
        return Marker("letter", n.label, n.rest, n.closer)
    if n.style == ROMAN:
        return Marker("roman", n.label, n.rest, n.closer) if n.closer and n.rest else None
    if n.depth > 1:
        return Marker("clause", n.label, n.rest, n.closer) if n.spaced else None
    if n.closer == ")":
        return Marker("paren", n.label, n.rest, n.closer)
    # a bare "1." is a numbering cell, and "1 …" a count, not an item
    return Marker("number", n.label, n.rest, n.closer) if n.closer == "." and n.rest else None


def _bullet(text: str) -> Marker | None:
    """A line opening with a bullet, whatever its text starts with."""
    n = parse_item_number(text.strip(), (BULLET,))
    return Marker("bullet", None, n.rest) if n is not None and n.style == BULLET else None


def _bulleted_next(lines: list, j: int) -> bool:
    """Whether the line after j is a bare bullet item ("• x", not "- 2) x")."""
    nxt = marker(lines[j + 1].text) if j + 1 < len(lines) else None
    return nxt is not None and nxt.style == "bullet"


def _first_of_its_kind(e: Marker, nxt: list) -> bool:
    """A list starts at its first number; a dotted letter only as «а.» («г. Москва» is a town), a code: opens_register."""
    letter_dot = e.style == "letter" and e.closer == "." and e.ordinal not in ("а", "a")
    return opens_register(e.ordinal, nxt[0].text if nxt else "") if e.style == "code" else not letter_dot


# a page's number as converted text keeps it, on a line of its own: «3», «- 3 -», «Страница 3 из 10»
_FOLIO = re.compile(r"^(?:[-–—]\s*)?\d{1,3}(?:\s*[-–—])?$|^(?:стр\.?|страница)\s*\d{1,3}(?:\s*из\s*\d{1,3})?$", re.I)


@dataclass
class ListItem:
    marker: Marker
    line: object                           # the Line it starts on
    subs: list[tuple[Marker, object]] = field(default_factory=list)


def _plain(text: str, style: str | None, items: list[ListItem]) -> Marker | None:
    """An unnumbered item: the first closed by ";" or ",", the next after an item so closed
    (the list's last item closes with "." and ends it)."""
    if style is None and not items:
        return Marker("plain", None, text) if text[-1:] in ";," else None
    if style == "plain" and items[-1].marker.rest.rstrip()[-1:] in ";,":
        return Marker("plain", None, text)
    return None


def _parent(ordinal: str | None) -> str:
    return (ordinal or "").rpartition(".")[0]


def _numbered_on(e: Marker, style: str | None, first: Marker | None) -> bool:
    """Under a lead-in that is no point's parent («Цифровые точки взаимодействия», or a point
    «2.5. …:» followed by 2.6., 2.7.), points of the section numbered on are its items, up to a
    point that opens a list of its own («2.8. Офлайн-точки:») or one of the next section (3.1.)."""
    if style not in (None, "clause") or e.rest.rstrip().endswith(":"):
        return False
    return first is None or _parent(e.ordinal) == _parent(first.ordinal)


def ends_list(e: Marker, style: str | None, lead: Marker | None, first: Marker | None = None,
              last: Marker | None = None) -> bool:
    """Whether a numbered line belongs to an outer level (a next clause, the lead-in's sibling)."""
    if lead is not None and e.style == lead.style == "bullet":
        # one dash for two levels («- цифровые каналы:» over «- сайт;»): the items run up to the
        # next dashed lead-in, or up to the item whose full stop closes items closed by «;»
        return e.rest.rstrip().endswith(":") or (first is not None and last is not None and first.rest.rstrip()[-1:]
                                                  in ";," and last.rest.rstrip().endswith("."))
    if lead is not None and e.style == lead.style and e.style != "clause":
        return not _numbered_afresh(e, lead, first, last)
    if e.style == "clause":
        if lead is None:
            return not _numbered_on(e, style, first)
        # "3.1." under a lead-in numbered "3." or "3.": its sub-clause, an item
        if lead.style in ("clause", "number") and e.ordinal.startswith(lead.ordinal + "."):
            return False
        # a point-numbered lead-in whose list goes on in its siblings: no sub-point came first,
        # and the first sibling is closed as a list's item is («2.9. приёмная;»), not a sentence
        siblings = lead.style == "clause" and _parent(e.ordinal) == _parent(lead.ordinal)
        listed = e.rest.rstrip()[-1:] in ";," if first is None else _parent(first.ordinal) == _parent(lead.ordinal)
        return not (siblings and listed and _numbered_on(e, style, first))
    return style is not None and _RANK[e.style] < _RANK[style]


def _numbered_afresh(e: Marker, lead: Marker, first: Marker | None, last: Marker | None) -> bool:
    """Items numbered afresh in their lead-in's own style («4. … по следующим сферам:» over «1. …;», «2. …»): the
    first is one (no sibling of the lead-in's), each next follows the one before while that one is no list's last
    (closed by a full stop); a line that leads in a list of its own ends them."""
    if not lead.rest.rstrip().endswith(":") or e.rest.rstrip().endswith(":"):
        return False
    if first is None or last is None:
        return e.ordinal in ("1", "а", "a") and not _follows(lead.ordinal, e.ordinal)
    if _follows(lead.ordinal, e.ordinal) and not (last.rest.rstrip()[-1:] in ";," and _same_case(first.rest, e.rest)):
        return False       # the lead-in's next point («5. Контроль …» after «4. …:» and its items 1–4)
    return _follows(last.ordinal, e.ordinal) and not last.rest.rstrip().endswith(".")


def _same_case(a: str, b: str) -> bool:
    return a.strip()[:1].isupper() == b.strip()[:1].isupper()


def _continue(items: list[ListItem], text: str) -> None:
    """A wrapped line of the last item (or of its last sub-point)."""
    it = items[-1]
    if it.subs:
        en, ln = it.subs[-1]
        it.subs[-1] = (Marker(en.style, en.ordinal, en.rest + " " + text), ln)
    else:
        it.marker = Marker(it.marker.style, it.marker.ordinal, it.marker.rest + " " + text)


_EXPLAIN_LINES = 2      # unmarked paragraphs between two items at most


def _follows(a: str | None, b: str | None) -> bool:
    """Whether ordinal b comes right after a («2» after «1», «в» after «б», «2.2.5» after «2.2.4»)."""
    if not a or not b:
        return False
    if "." in a or "." in b:
        (pa, _, a), (pb, _, b) = a.rpartition("."), b.rpartition(".")
        if pa != pb:
            return False
    if a.isdigit() and b.isdigit():
        return int(b) == int(a) + 1
    return len(a) == len(b) == 1 and a.isalpha() and ord(b) == ord(a) + 1


def explains_item(lines: list, j: int, last: ListItem, style: str | None, is_heading) -> bool:
    """Whether unmarked line j is a paragraph explaining the item above, or a note between two items: that item
    closed by «;» or «,» (not the list's last), and the line after it, or after one more such paragraph, the list's
    next item («1) …;» / «Порядок … определяется регламентом.» / «2) …;»), numbered right after it (a point
    «2.2.5.» after «2.2.4.» too) or, in a list of dashes, another dash — closed as the items are (`_alike`).  A
    paragraph ending in «:» leads in a list of its own; between dashes a note is a sentence (an unclosed line there,
    «Офлайн-каналы взаимодействия», heads the next dashes).  Read over, it is no item and no part of one."""
    text = lines[j].text.strip()
    if style not in ("number", "paren", "code", "letter", "clause", "bullet") or last.subs \
            or last.marker.rest.rstrip()[-1:] not in ";," or not text[:1].isupper() or text.endswith(":") \
            or style == "bullet" and not text.endswith("."):
        return False
    for k in range(j + 1, min(j + 1 + _EXPLAIN_LINES, len(lines))):
        if is_heading(lines[k]):
            return False
        e = marker(lines[k].text.strip())
        if e is not None:
            nxt = style == "bullet" or _follows(last.marker.ordinal, e.ordinal)
            return e.style == style and nxt and _alike(e.rest)
    return False


def _alike(after: str) -> bool:
    """Whether the line after the paragraph is the list's next item: closed as the items are (the one above ends in
    «;» or «,») — «2. Формирование перечня», a section's heading, is none («1. сайт;» / paragraph / heading).  (Its
    case tells nothing: an item may open with a name, «МФЦ», «Направление «…»».)"""
    return after.strip()[-1:] in ";.,"


# an unmarked line of a list with no marks at all is a name, never a paragraph of prose
_BARE_MAX_WORDS = 25
# lines before prose that are still a named list's items (a one-column table's rows in converted text): fewer
# may be a heading or a title over the prose
_TABLE_LINES = 3


def _bare_line(text: str) -> bool:
    """A line that can be an item of a list with neither marks nor closing punctuation."""
    return bool(text) and marker(text) is None and text[-1:] not in ".;,:!?" \
        and len(text.split()) <= _BARE_MAX_WORDS and not _FOLIO.match(text)


def _bare_items(lines: list, start: int, is_heading, named: bool = False) -> tuple[list[ListItem], int] | None:
    """A list written as lines of their own with no marks and nothing closing them
    («Направления деятельности:» / «контрольная деятельность» / «рассмотрение обращений»):
    two such lines at least, the last perhaps closed by "." (lower case: no sentence), and
    the list ends at a numbered line, a heading or the text's end; None otherwise.  A few of
    its lines may open with a dash (a phrase written so, or a mark its writer left on some):
    they are its items too while the unmarked lines are more.  `named`: the lead-in named its kind, so prose may
    follow the list (a one-column table's rows in converted text, then a paragraph)."""
    run = _bare_run(lines, start, is_heading, dashes=True, named=named)
    if run is not None and 0 < run[2] and (run[2] * 2 >= len(run[0]) or _wraps_dash(lines[start:run[1]])):
        run = _bare_run(lines, start, is_heading, dashes=False, named=named)   # a dashed list, wrapped lines
    if run is None or len(run[0]) < 2:
        return None
    return [ListItem(Marker("plain", None, t), lines[k]) for k, t in zip(range(start, run[1]), run[0])], run[1]


def _wraps_dash(lines: list) -> bool:
    """Whether a line in lower case goes on a dashed line on the very next source line (a text
    cut at a fixed width): then the dashes are the list's marks and the rest their lines."""
    return any(a.line is not None and b.line == a.line + 1 and b.text.strip()[:1].islower()
               and marker(a.text) is not None for a, b in zip(lines, lines[1:]))


def _bare_run(lines: list, start: int, is_heading, dashes: bool, named: bool = False) \
        -> tuple[list[str], int, int] | None:
    """(texts, end, dashed lines) of the run of bare lines from `start`; None where prose follows."""
    texts, dashed, j = [], 0, start
    # (a table row is no such line: a table's lists are read by its columns, kindtable.py)
    while j < len(lines) and not is_heading(lines[j]) and lines[j].row is None:
        text = lines[j].text.strip()
        e = marker(text) if dashes else None
        if e is not None and e.style == "bullet" and _bare_line(e.rest):
            texts.append(e.rest)
            dashed += 1
        elif _bare_line(text):
            texts.append(text)
        else:
            break
        j += 1
    if j < len(lines) and not is_heading(lines[j]):
        text = lines[j].text.strip()
        last = lines[j].row is None and text.endswith(".") and text[:1].islower() and marker(text) is None
        if last and len(text.split()) <= _BARE_MAX_WORDS:
            texts.append(text)
            j += 1
        elif marker(text) is None and not text.endswith(":") and not (named and len(texts) >= _TABLE_LINES
                                                                      and text[:1].isupper()):
            # prose goes on after the lines: they are no list (a next lead-in ends them; after a named list's
            # rows, a paragraph of its own — a capital, not a text cut at a fixed width going on in lower case)
            return None
    return texts, j, dashed


def _heads_group(it: ListItem, e: Marker, lead: Marker | None) -> bool:
    """Whether `e` is a point of the group an item heads: lettered groups closed by a colon over items numbered
    afresh under each («а) очные формы:» / «1) …» / «2) …» / «б) иные:» / «1) …»), a number being no outer level
    there.  The group's first point is numbered one; the next ones go on in its style.  A number in the
    lead-in's own style («2. … являются:» over the groups) is the lead-in's sibling, the next point: never a
    group's («3. Настоящий Порядок …»)."""
    if lead is not None and e.style == lead.style:
        return False
    if not it.marker.rest.rstrip().endswith(":") or e.style in ("clause", "roman", it.marker.style):
        return False
    return it.subs[-1][0].style == e.style if it.subs else e.ordinal in ("1", "а", "a")


def read_items(lines: list, start: int, lead: Marker | None,
               is_heading: Callable[[object], bool] = lambda ln: False, named: bool = False) \
        -> tuple[list[ListItem], int]:
    """The items following a lead-in, and the index of the first line after the list (`named`: the lead-in named
    the list's kind)."""
    bare = _bare_items(lines, start, is_heading, named)
    if bare:
        return bare
    items: list[ListItem] = []
    style = None
    j = start
    while j < len(lines):
        text = lines[j].text.strip()
        if is_heading(lines[j]):
            break
        if items and _FOLIO.match(text):
            j += 1             # a page's number between two lines of the list: it goes on past it
            continue
        e = marker(text)
        if style == "bullet" or (style is None and _bulleted_next(lines, j)):
            e = _bullet(text) or e       # "• а) x; б) y" in a bulleted list is one bullet item
        if e is not None and style is None and not _first_of_its_kind(e, lines[j + 1:j + 2]):
            e = None
        e = e or _plain(text, style, items)
        if e is None:
            if items and explains_item(lines, j, items[-1], style, is_heading):
                j += 1         # an unmarked paragraph explaining the item: the list goes on past it
                continue
            if not (items and text[:1].islower() and not text.endswith(":")):
                break
            _continue(items, text)
        elif items and _heads_group(items[-1], e, lead):
            items[-1].subs.append((e, lines[j]))
        elif ends_list(e, style, lead, items[0].marker if items else None, items[-1].marker if items else None):
            break
        elif style is None or e.style == style:
            style = e.style
            items.append(ListItem(e, lines[j]))
        else:
            items[-1].subs.append((e, lines[j]))
        j += 1
    return items, j


# --- inline lists ---------------------------------------------------------------------

def split_top(text: str, seps: str) -> list[str]:
    """Split at separators outside parentheses and quotes."""
    return list(_split_top_cached(text, seps))


def top_level(text: str) -> list[bool]:
    """For each character of `text`, whether it stands outside parentheses and quotes."""
    out, depth, quote = [], 0, False
    for ch in text:
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth = max(0, depth - 1)
        elif ch in "«»\"“”„":
            quote = (ch in "«“„") or (ch == '"' and not quote)
        out.append(depth == 0 and not quote)
    return out


@lru_cache(maxsize=16_384)          # every paragraph is tried as an inline list
def _split_top_cached(text: str, seps: str) -> tuple[str, ...]:
    parts, cur = [], []
    for ch, top in zip(text, top_level(text)):
        if ch in seps and top:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return tuple(p.strip() for p in parts if p.strip())


def over_subpoints(lead: Marker | None, nxt: Marker | None) -> bool:
    """Whether the next line is the first sub-point of a numbered line («2.» over «2.1.»)."""
    return lead is not None and nxt is not None and bool(lead.ordinal) and nxt.style == "clause" \
        and nxt.ordinal.startswith(lead.ordinal + ".")


_PREDICATE_POS = frozenset({"VERB", "INFN", "PRTS"})


def states_clause(text: str) -> bool:
    """Whether a line holds a predicate («Клиент может обратиться … посредством»): a lead-in that
    lost its colon does, a section's heading over its sub-points («2. Порядок формирования
    перечня …») does not."""
    return any(morph().parse(w.lower())[0].tag.POS in _PREDICATE_POS for w in re.findall(r"[А-Яа-яЁё]+", text))


def sub_points(lines: list, i: int, lead: Marker | None) -> list[Marker]:
    """The sub-points one level under numbered line i («3.1.» -> «3.1.1.», «3.1.2.», …, not «3.1.1.1.»),
    up to the next line numbered outside it; lines of other marks between them (their items) are passed."""
    if lead is None or not lead.ordinal:
        return []
    depth, out = lead.ordinal.count(".") + 1, []
    for ln in lines[i + 1:]:
        m = marker(ln.text)
        if m is None or m.style != "clause":
            continue
        if not m.ordinal.startswith(lead.ordinal + "."):
            break
        if m.ordinal.count(".") == depth:
            out.append(m)
    return out
