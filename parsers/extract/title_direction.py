"""The direction a list's title names, for the rows of a list that name none.

An order may keep one direction to a document («Об утверждении перечня точек взаимодействия
по направлению деятельности «Лицензирование»») or one to an appendix, each under its own stamp
and a title naming it («Перечень точек взаимодействия … в сфере охоты»); its rows then hold
no direction column and no section rows.  Such a row's direction is the part named by the
nearest title above it (`sections.named_part`), coded like any direction heading.

    title_directions(doc) -> [(str | None, far)]   the direction named above each block, and
                                                   whether its title is far above it

Where the document holds several appendices, each speaks for itself: the search stops at
the stamp of the row's own appendix («Приложение № 2 к приказу …»), so the order's title or
another appendix's never names a part it does not head.
"""
from __future__ import annotations

import re

from ..document import Document, Paragraph
from ..tables.sections import named_part, vocab
from .header_words import kind_in_body, opens_stamp
from .record_lines import label_field
from textcore.clean import strip_markup
from textcore.lemmas import morph

# a title states what it heads: no sentence's end, no item number opening it («1. Утвердить …»)
_SENTENCE_END = re.compile(r"[.;:]\s*$")
_ITEM = re.compile(r"^\s*\d+(?:\.\d+)*[.)]\s")
_WORDS = re.compile(r"[А-Яа-яЁё]+")
# lines of text a list's own title may stand above it (a subtitle, the body's name) and still be near
_NEAR = 2


def _title_part(p: Paragraph) -> str | None:
    """The part of the list a title paragraph names; None for any other paragraph."""
    text = strip_markup(p.text).strip().strip("*").strip()
    if not text or len(text.split()) > vocab()["max_words_set_apart"]:
        return None
    if not (p.bold or p.is_heading or _plain_title(text)):
        return None
    return named_part(text) or None


def reads_as_title(text: str) -> bool:
    """A line worded as a title, marked or not: it ends no sentence, opens no item, labels no field."""
    return _plain_title(strip_markup(text).strip().strip("*").strip())


def heads_above_stamp(text: str) -> bool:
    """A line above an appendix's stamp that may still head the table under it: worded as a title
    (`reads_as_title`), or a numbered heading — «2. Контрольно-надзорная деятельность» — that ends no
    sentence, labels no field, holds no verb and names no act as its own: the order's own clauses above a
    stamp («2. Контроль за исполнением приказа оставляю за собой», «1. Утвердить перечень …») say what is
    done, and one cut at its line's end or its stop lost to OCR still speaks of «настоящего приказа»."""
    if reads_as_title(text):
        return True
    text = strip_markup(text).strip().strip("*").strip()
    if not _ITEM.match(text) or _SENTENCE_END.search(text) or ":" in text and label_field(text.partition(":")[0]):
        return False
    if kind_in_body([text]):                # «3. Опубликование настоящего приказа на сайте»: the order's clause
        return False
    return not any(morph().parse(w.lower())[0].tag.POS in ("VERB", "INFN") for w in _WORDS.findall(text))


def _plain_title(text: str) -> bool:
    """Unmarked, a line is a title only where it ends no sentence, opens no item and labels no
    field («Точки взаимодействия: ЕПГУ; МФЦ» is a record's line)."""
    return not _SENTENCE_END.search(text) and not _ITEM.match(text) and \
        not (":" in text and label_field(text.partition(":")[0]))


def title_directions(doc: Document) -> list[tuple[str | None, bool]]:
    """For each block, the part of the list named by the nearest title above it, or None, and
    whether that title is far: a stamp or more than `_NEAR` lines of text between them (an
    order's title above its clauses and appendix), not a list's own title just above it."""
    stamps = [isinstance(b, Paragraph) and opens_stamp(b.text) for b in doc.blocks]
    several = sum(stamps) > 1
    out: list[tuple[str | None, bool]] = []
    current, between, stamped = None, 0, False
    for b, stamp in zip(doc.blocks, stamps):
        out.append((current, stamped or between > _NEAR))
        if several and stamp:
            current = None
        elif isinstance(b, Paragraph):
            part = _title_part(b)
            if part:
                current, between, stamped = part, 0, False
            elif strip_markup(b.text).strip():
                between, stamped = between + 1, stamped or stamp
    return out
