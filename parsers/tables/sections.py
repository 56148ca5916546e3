"""Section headings of a list: what a heading says, and which table rows are headings.

A list split by direction names each direction once, above or inside the rows it
governs: a caption over each table («Таблица 2. Меры поддержки», a bold line), a
paragraph between two parts of one table, or a full-width row inside it
(«II. Государственный контроль» in one cell spanning the row).

    read_heading(text) -> Section      its role (direction, point type, client category, note, skip), number, title
    section_text(row, columns, n_cols) -> str | None   the text of a full-width row

Vocabulary (number words, what is never a direction) is data: parsers/data/sections.yaml.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from textcore.clean import strip_markup
from textcore.lemmas import lemmas
from textcore.numbering import ARABIC, ROMAN, parse_item_number
from textcore.point_type import match_point_type
from textcore.vocab import vocabulary

from ..document import Row
from .kind_rows import names_point_type
from .note_rows import note_kind

_DATA = Path(__file__).resolve().parent.parent / "data" / "sections.yaml"

_LETTERS = re.compile(r"[А-Яа-яЁёA-Za-z]{3}")
# a capital Cyrillic letter closed by a dot or bracket before a word (an initial «А. С.» is no number)
_CAPITAL_NUMBER = re.compile(r"^\s*([А-ЯЁ])[.)]\s+(?![А-ЯЁ]\.)(\S{2}.*)$")


@vocabulary(_DATA, required=("number_words", "not_direction", "not_direction_alone", "max_words",
                             "max_words_labelled", "max_words_set_apart", "point_type_max_words",
                             "point_type_nouns", "point_type_prepositions", "names_direction", "list_name", "names_scope", "list_title_words",
                             "client_nouns", "client_words", "internal_client_words",
                             "external_client_words"))
def vocab(data: dict) -> dict:
    nouns = frozenset(w for p in data["client_nouns"] for w in lemmas(p))
    return {**data, "client_nouns": nouns, "client_words": nouns | {w for p in data["client_words"] for w in lemmas(p)},
            "internal_client_words": frozenset(w for p in data["internal_client_words"] for w in lemmas(p)),
            "external_client_words": frozenset(w for p in data["external_client_words"] for w in lemmas(p)),
            "not_direction": [lemmas(p) for p in data["not_direction"]],
            "not_direction_alone": {lemmas(p) for p in data["not_direction_alone"]},
            "names_direction": [lemmas(p) for p in data["names_direction"]],
            "list_name": lemmas(data["list_name"]), "names_scope": [lemmas(p) for p in data["names_scope"]],
            "list_title_words": frozenset(str(w) for w in data["list_title_words"])}


def _names_point_type(title: str) -> bool:
    """"Цифровые точки (взаимодействия)", "Офлайн", "Взаимодействие при личном визите": a point type and nothing else
    (`kind_rows.names_point_type`)."""
    v = vocab()
    return names_point_type(title, frozenset(v["point_type_nouns"]), frozenset(v["point_type_prepositions"]),
                            v["point_type_max_words"])


def names_client_category(title: str) -> bool:
    """«Физические лица (граждане)», «Юридические лица и индивидуальные предприниматели», «Органы
    местного самоуправления», «Внутренние клиенты»: a heading naming whom the rows under it serve
    and nothing else — a client category, which is no direction (its words name no activity:
    «Работа с обращениями граждан» is a direction)."""
    v = vocab()
    words = [w for w in lemmas(title) if w.isalpha()]
    return bool(words) and set(words) <= v["client_words"] and not v["client_nouns"].isdisjoint(words)


def internal_client(title: str) -> str | None:
    """A client category's heading as the direction it says, or None: the internal client's
    («Внутренние клиенты», «Сотрудники») is the contract's direction of the internal client."""
    return title if not vocab()["internal_client_words"].isdisjoint(lemmas(title)) else None


@dataclass(frozen=True)
class Section:
    role: str                # "direction", "point_type", "client_category", "note" (a remark or a count of
                             # the rows above: `note_rows.py`) or "skip" (a title, a lead-in)
    number: str | None       # as printed, without its dot: "2", "2.1", "IV"
    title: str               # the heading without its number
    numbered: bool = False   # the heading carried a number or a number word: it is a section


def section_number(text: str, after_word: bool = False) -> tuple[str, str] | None:
    """("IV", rest) for "IV. Rest", ("2", rest) for "2) Rest"; None when not numbered.

    After a number word ("Раздел II – …", "Таблица 2: …") the number may stand bare,
    closed by a dash or colon.  Numbers are read by textcore.numbering."""
    if after_word:
        m = re.match(r"^\s*(\S+?)\s*[.):]?\s*(?:[–—:-]\s+|$|\s+)(.*)$", text)
        n = parse_item_number(m.group(1), (ARABIC, ROMAN)) if m else None
        return (n.label, m.group(2).strip()) if n else None
    n = parse_item_number(text, (ARABIC, ROMAN))
    if n is None or not n.spaced or (n.style == ROMAN and not n.closer):
        letter = _CAPITAL_NUMBER.match(text)    # «А. Цифровые точки», «Б) …»: groups lettered in capitals
        return (letter.group(1), letter.group(2).strip()) if letter else None
    return n.label, n.rest


def is_bare_number(text: str) -> bool:
    """A cell holding only a section or row number ("II.", "3", "2.1")."""
    n = parse_item_number((text or "").strip(), (ARABIC, ROMAN))
    return bool(n) and not n.rest


def _has(seq: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(seq[i:i + n] == phrase for i in range(len(seq) - n + 1))


@lru_cache(maxsize=4096)
def read_heading(text: str, set_apart: bool = False) -> Section:
    """What a heading line says: "Таблица 2. Меры поддержки" -> direction "Меры поддержки", number "2".
    `set_apart`: its form marks it a heading (bold, a full-width row), so a long direction's
    name is still one (`max_words_set_apart`)."""
    v = vocab()
    title = strip_markup(text).strip().strip("*").strip()
    words = title.split()
    first = lemmas(words[0])[:1] if words else ()
    after_word = bool(first) and first[0] in v["number_words"]
    if after_word:
        title = " ".join(words[1:])                           # "Раздел 2. …": the number follows
    numbered, number = after_word, None
    parsed = section_number(title, after_word)
    if parsed:
        (number, title), numbered = parsed, True
    lead_in = title.rstrip().endswith(":")       # "ПРИКАЗЫВАЮ:", "… по направлениям:" introduce, not head
    title = title.strip(" .:;–—-")
    lem = lemmas(title)
    longest = v["max_words_set_apart"] if set_apart else \
        v["max_words_labelled"] if after_word else v["max_words"]
    if not title or lead_in or len(title.split()) > longest:
        return Section("skip", number, title, numbered)
    if _names_point_type(title):
        return Section("point_type", number, title, numbered)
    if names_client_category(title):
        return Section("client_category", number, title, numbered)
    if any(_has(lem, p) for p in v["not_direction"]) and not _names_direction(title) or \
            lem in v["not_direction_alone"] or not _LETTERS.search(title) or is_legend(title) or _names_own_act(lem):
        return Section("skip", number, title, numbered)
    if note_kind(title):                 # «Итого по направлению: 5 …», «Примечание: …»: heads nothing
        return Section("note", number, title, numbered)
    return Section("direction", number, title, numbered)


@vocabulary(_DATA.parent / "metadata.yaml", required=("self_reference", "doc_types"))
def _own_act_words(data: dict) -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(str(w) for w in data["self_reference"]), frozenset(str(w) for w in data["doc_types"])


def _names_own_act(lem: tuple[str, ...]) -> bool:
    """A line naming the act it stands in («Контроль за исполнением настоящего приказа оставляю за
    собой», «… настоящим распоряжением»): the order's own clause above its table, heading no rows."""
    own, kinds = _own_act_words()
    return any(a in own and b in kinds for a, b in zip(lem, lem[1:]))


# «ФЛ – физические лица»: an abbreviation in capitals, a dash, what it stands for
_DEFINITION = re.compile(r"^\W*[A-ZА-ЯЁ]{2,6}\s*[–—-]\s+\w")


def is_legend(text: str) -> bool:
    """A legend under a table: two abbreviations or more, each with what it stands for
    («ФЛ – физические лица; ЮЛ – юридические лица»), never a heading of the rows after it."""
    parts = [p for p in re.split(r"[;,]\s*", text) if p.strip()]
    return sum(bool(_DEFINITION.match(p)) for p in parts) >= 2


def names_list_part(text: str) -> bool:
    """A title that names the list and then the part of it it heads («Перечень точек
    взаимодействия по направлению «Лицензирование»»), not the whole list nor a stamp's line."""
    sec = read_heading(text, True)
    return sec.role == "direction" and _names_direction(sec.title)


def says_direction(text: str) -> bool:
    """A heading whose own words make it a section of the list, never a process: a section word opens it
    («Раздел 2. …», `number_words`), or it names the part of the list it heads («Направление «…»»)."""
    words = strip_markup(text).strip().strip("*").split()
    first = lemmas(words[0])[:1] if words else ()
    return bool(first) and first[0] in vocab()["number_words"] or names_list_part(text)


def _names_direction(title: str) -> bool:
    """A heading that names the list ("Перечень точек взаимодействия …") and then the part
    of it this is: in quotes or after a colon after a direction word ("… по направлению
    «…»", "… направление: …"), or after the list's name, a colon or a scope word ("… по
    работе с обращениями", "… при оказании услуг") — not a title of the whole list ("… по
    направлениям деятельности", "… с клиентами министерства")."""
    return named_part(title) is not None


_NAMED = re.compile(r"[«\"“„][^«»\"“”„]*[А-Яа-яЁё]{3}|:\s*\S*[А-Яа-яЁё]{3}")
_WORD = re.compile(r"[а-яёa-z0-9]+", re.IGNORECASE)     # words as textcore.lemmas counts them


def named_part(title: str) -> str | None:
    """The words of a title that name the part of the list it heads («Лицензирование» of
    «… по направлению «Лицензирование»», «в сфере охоты» of «Точки взаимодействия в сфере
    охоты»), or None where it names no part (`_names_direction`)."""
    named = _NAMED.search(title)
    if named is not None and any(_has(lemmas(title[:named.start()]), p) for p in vocab()["names_direction"]):
        start = named.start()
        while start and title[start - 1] in "«\"“„":      # ««…»»: the match starts at the inner quote
            start -= 1
        part = title[start:].lstrip(": ").strip(" .")
        while len(part) > 2 and part[0] in "«\"“„" and part[-1] in "»\"“”":    # the quotes around the name
            part = part[1:-1].strip()
        return part
    at = _scope_at(title)
    if at is None:
        return None
    words = list(_WORD.finditer(title))
    return title[words[at].start():].strip(" .") if at < len(words) else title.strip(" .")


def _scope_at(title: str) -> int | None:
    """"Точки взаимодействия по работе с обращениями": after the list's name, a colon or a
    scope word, then a word that does not name the whole list; the index of the word the
    part starts with (the scope word, or the first after the colon), or None."""
    v = vocab()
    name, sep, after = title.partition(":")
    lem = lemmas(name)
    n = len(v["list_name"])
    at = next((i + n for i in range(len(lem) - n + 1) if lem[i:i + n] == v["list_name"]), None)
    if at is None:
        return None
    if sep:
        rest = lem[at:] + lemmas(after)
        return len(lem) if lemmas(after) and _covers(rest) else None
    for k in range(at, len(lem)):
        scope = next((p for p in v["names_scope"] if lem[k:k + len(p)] == p), None)
        if scope is not None:
            return k if _covers(lem[k + len(scope):]) else None
    return None


def _covers(words: tuple[str, ...]) -> bool:
    """Words that say what a part of the list covers: any beyond the whole list's title words."""
    return any(w.isalpha() and w not in vocab()["list_title_words"] for w in words)


def section_text(row: Row, columns: dict[str, int], n_cols: int) -> str | None:
    """The text of a row that is a heading of the rows under it, or None.

    A heading row holds one text (after a bare number cell, "II." | "Меры поддержки") that
    either spans the row (a merged cell, or the cells after it covered and none before it) or, where the
    format keeps no spans (converted text), sits first in the row, in the number or
    direction column or in a table that has no direction column.
    """
    filled = [(k, c) for k, c in enumerate(row.cells) if c.text.strip() and not c.covered]
    if not filled or len(filled) > 2:
        return None
    if len(filled) == 2:
        (k0, c0), (k, cell) = filled
        if k != k0 + 1 or not is_bare_number(c0.text):
            return None
        text = f"{c0.text.strip()} {cell.text.strip()}"
    else:
        (k, cell), = filled
        text = cell.text.strip()
    if is_bare_number(cell.text) or not _LETTERS.search(cell.text):
        return None
    after = row.cells[k + 1:]
    # covered cells after the text span the row only where none before it is covered: a row whose other
    # cells are all merged down from the row above (a point's needs a row each) is that point's row
    under_merges = any(c.covered for c in row.cells[:k])
    spans = (cell.colspan > 1 and k + cell.colspan >= min(n_cols, len(row.cells))) or \
        (bool(after) and all(c.covered for c in after) and not under_merges)
    if spans:
        return text
    if len(filled) == 2 and k + 1 >= n_cols:
        return None        # a number and the last column's text: every row of a list of one field beside its numbers
    field = next((f for f, col in columns.items() if col == k), None)
    first = k == 0 or (k == 1 and len(filled) == 2) or (k == 1 and not row.cells[0].text.strip())
    if first and (field in ("group_no", "direction") or "direction" not in columns):
        return text
    return None
