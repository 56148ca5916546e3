"""A procedure's lists given in appendices of their own.

Orders often keep the procedure's text short and put each list in an appendix after it:
the text says where a list is («Перечень направлений деятельности … приведен в приложении
№ 1 к настоящему Порядку.») and the appendix opens with its heading («Приложение № 1 к
Порядку …»), perhaps a title naming the list («Перечень направлений деятельности, по которым
формируется перечень точек взаимодействия», longer than a subheading may be) and its items.
Such a title is the list's lead-in; where it names no kind (or there is no title), the kind
is the one the referring sentence gives that appendix's number.  Lists in captioned tables go alike: «Потребности
клиентов приведены в таблице 4 приложения к настоящему Порядку.» gives table 4 its kind, and the caption «Таблица 4.
…» over the table is that list's lead-in (its own words' kind where no sentence refers to it).
"""
from __future__ import annotations

import re

from textcore.lemmas import lemmas

from .leadin import classify, vocab
from .lines import Line
from .listread import marker
from .topic import titled_kind

# «приложение № 2», «приложении N 2», «Приложение 2», «приложению №2» (the number a list's appendix
# has); «приложениях № 1 и № 2», «приложениях 1, 2» name two (group 2: the numbers after the first)
_MENTION = re.compile(r"\bприложени[а-яё]*\s*(?:(?:№|N)\s*)?(\d{1,2})\b((?:\s*(?:,|и)\s*(?:(?:№|N)\s*)?\d{1,2}\b)*)",
                      re.IGNORECASE)
# a table named by its number («в таблице 2», «таблицей № 3»), and a table's caption opening with the word
_TABLE_MENTION = re.compile(r"\bтаблиц[а-яё]*\s*(?:(?:№|N)\s*)?(\d{1,2})\b", re.IGNORECASE)
_CAPTION = re.compile(r"^\s*таблица\s*(?:(?:№|N)\s*)?(\d{1,2})\b\.?\s*(.*)$", re.IGNORECASE)
# the appendix's own heading: the line opens with the word
_HEADING = re.compile(r"^\s*приложени[ея]\s*(?:(?:№|N)\s*)?(\d{1,2})\b", re.IGNORECASE)


def appendix_heading(text: str) -> bool:
    """Whether a line is an appendix's own heading («Приложение № 1 к Порядку»): a list may follow."""
    return bool(_HEADING.match(text))


def referred_kinds(lines: list[Line], mention: re.Pattern = _MENTION, heading: re.Pattern = _HEADING) -> dict[str, str]:
    """{appendix number: list kind} from sentences that say where a list is: the words before
    the one appendix a sentence names («Перечень цифровых каналов … приведен в приложении № 3»)
    name the kind.  A sentence naming two appendices tells neither.  (`mention`, `heading`: of
    tables, «… приведены в таблице 2 …» and the caption «Таблица 2. …».)"""
    out: dict[str, str] = {}
    for ln in lines:
        text = ln.text.strip()
        found = list(mention.finditer(text))
        if heading.match(text) or len({m.group(1) for m in found}) != 1 or found[0].re.groups > 1 and found[0].group(2):
            continue
        head = text[max(0, found[0].start() - 400):found[0].start()]   # its sentence, not a page's paragraph
        kind = classify(re.split(r"[.;]\s+(?=[А-ЯЁA-Z0-9])", head)[-1].rstrip(" («(") + ":")
        if kind is not None:
            out.setdefault(found[0].group(1), kind)
    return out


def _is_procedure_title(text: str) -> bool:
    """«Порядок ведения перечня …» under «Приложение к приказу»: the procedure itself, no list."""
    first = lemmas(text)[:1]
    return bool(first) and first[0] in {t[0] for t in vocab()["titles"]}


def appendix_lead_ins(lines: list[Line]) -> dict[int, str]:
    """{line index: list kind} of the lines that open an appendix's list: the appendix's title
    over an enumerated line (its own kind, else the referred one), or the heading itself when the
    items follow it at once (the referred kind)."""
    refs = referred_kinds(lines)
    out: dict[int, str] = {}
    for i, ln in enumerate(lines[:-1]):
        m = _HEADING.match(ln.text)
        if m is None:
            continue
        j = i + 1                      # «Приложение № 1» / «к Порядку ведения …»: the heading's own lines
        while j < min(i + 7, len(lines) - 1) and lines[j].text.strip()[:1].islower():
            j += 1
        nxt = lines[j].text.strip()
        referred = refs.get(m.group(1))
        if marker(nxt) is not None:
            if referred:
                out[j - 1] = referred
            continue
        if j + 1 >= len(lines) or marker(lines[j + 1].text) is None or nxt[-1:] in ".;:" \
                or _is_procedure_title(nxt):
            continue
        kind = classify(nxt) or referred
        if kind is not None:
            out[j] = kind
    return out


def caption_lead_ins(lines: list[Line]) -> dict[int, str]:
    """{line index: list kind} of tables' captions over a list of theirs («Таблица 4. Потребности клиентов» over
    its table or its numbered lines): the kind a sentence gives the table's number, else the caption's own words'."""
    refs = referred_kinds(lines, _TABLE_MENTION, _CAPTION)
    out: dict[int, str] = {}
    for i, ln in enumerate(lines[:-1]):
        m = _CAPTION.match(ln.text)
        if m is None or (lines[i + 1].block == ln.block and marker(lines[i + 1].text) is None):
            continue                   # the caption over its table (another block), or over numbered lines
        if titles_a_plan(ln.text):
            continue                   # «Таблица 1. План мероприятий по развитию цифровых каналов»: measures, no list
        kind = refs.get(m.group(1)) or (classify(m.group(2)) if m.group(2) else None)
        if kind is not None:
            out[i] = kind
    return out


def names_officials(text: str) -> bool:
    """Whether a list's title or caption names officials («Перечень действий должностных лиц …»,
    «Обязанности сотрудников …»): what they do, their duties, is no list the title names (`official_words`)."""
    return bool(set(lemmas(text)) & set(vocab()["official_words"]))


def titles_a_plan(text: str) -> bool:
    """Whether a line — a table's caption «Таблица 1. План мероприятий по …» or a bare title — names a plan of
    measures: the rows under it are measures to take, no list read by its items, though their words name channels."""
    m = _CAPTION.match(text)
    return titled_kind(m.group(2) if m else text) == "roadmap"

