"""Cleaning of cell and paragraph text, shared by every reader and by the normalizers.

Conversions leave markup in the text: HTML tags (`<i>`, `<u>`, `<p>`), markdown
emphasis and headings, `[image: ]` and `[bookmark: …]` placeholders.  They are
removed; footnote marks such as `[9]` are kept (they are references) and can be
pulled out separately with `footnote_marks` / `strip_footnote_marks`.
"""
from __future__ import annotations

import re
from functools import lru_cache

_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")
_PLACEHOLDER = re.compile(r"\[(?:image|bookmark|img|picture|рисунок)\s*:[^\]]*\]", re.IGNORECASE)
_EMPHASIS = re.compile(r"(\*\*|__|\*(?=\S)|(?<=\S)\*)")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~])")
_FOOTNOTE = re.compile(r"\[(\d{1,3})\]")
_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
# every Unicode space and line break (U+2028/2029, NEL, VT, FF...): collapsed to one
# space *before* the punctuation tidying below, whose `\s+` would otherwise be
# quadratic on a long run of separators (a 41 KB .docx of U+2028 held a worker).
_ANY_SPACE = re.compile(r"[\s\u200b\u2060\ufeff]+")
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-", "\u00ad": ""})


# cleaning is pure and the same cells and lines recur across a document and across a region's
# orders (headers, channel names): cached per string, like the lemmas
@lru_cache(maxsize=65_536)
def strip_markup(text: str) -> str:
    """Remove markup, keep words and footnote marks; collapse whitespace."""
    if not text:
        return ""
    text = text.translate(_HYPHENS)
    text = _PLACEHOLDER.sub(" ", text)
    text = _TAG.sub(" ", text)
    text = _HEADING.sub("", text)
    text = _EMPHASIS.sub("", text)
    text = _ESCAPE.sub(r"\1", text)
    text = text.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    text = _ANY_SPACE.sub(" ", text)
    # a tag removed next to punctuation leaves "слово ." - tidy that
    text = re.sub(r"\s+([,.;:)\]])", r"\1", text)
    text = re.sub(r"([(\[«])\s+", r"\1", text)
    return text.strip()


def heading_level(line: str) -> int:
    """Markdown heading level of a raw line (0 when it is not a heading)."""
    m = re.match(r"^\s{0,3}(#{1,6})\s+\S", line)
    return len(m.group(1)) if m else 0


def footnote_marks(text: str) -> list[str]:
    """The footnote marks cited in a text: "…блок[14]" -> ["14"]."""
    return _FOOTNOTE.findall(text or "")


@lru_cache(maxsize=65_536)
def strip_footnote_marks(text: str) -> str:
    return _SPACE.sub(" ", _FOOTNOTE.sub("", text or "")).strip()


# a footnote mark closing a cell: "…министерства*", "…учреждениями 1)", "…услуги²"; a ")" that
# closes a bracket opened in the cell ("(пункт 1)") is not one
_CELL_NOTE = re.compile(r"(?:\s*\*{1,3}|\s+\d{1,2}\)|[\u00b9\u00b2\u00b3\u2070-\u2079]+)$")
# a cell holding only a dash says "none" or "not applicable": the same as an empty cell
_BLANK_MARK = re.compile(r"^[\s\-\u2010-\u2015\u2212]{1,5}$")


# a footnote mark inside a cell, after a need's or a channel's words and before the next one
# («Подача заявления²; Получение …», «Сайт* (цифровая)»): a superscript glued to a word, or
# asterisks glued to one and followed by a separator
_INNER_NOTE = re.compile(r"(?<=\S)[\u00b9\u00b2\u00b3\u2070-\u2079]+|(?<=\w)\*{1,3}(?=[\s;,.:)]|$)")


def strip_note_marks(text: str) -> str:
    """A cell's text without the footnote marks anywhere in it (the notes explain them under the list)."""
    return _INNER_NOTE.sub("", text or "")


def strip_cell_note(text: str) -> str:
    """A cell's text without the footnote mark that closes it."""
    m = _CELL_NOTE.search(text or "")
    if not m or m.group().endswith(")") and text[:m.start()].count("(") > text[:m.start()].count(")"):
        return text or ""
    return text[:m.start()].rstrip()


def is_blank_mark(text: str) -> bool:
    """"–", "—", "-": a cell left blank on purpose."""
    return bool(text) and bool(_BLANK_MARK.match(text))


@lru_cache(maxsize=65_536)
def clean_text(text: str) -> str:
    """Markup and footnote marks removed: the form of the contract's text columns."""
    return strip_footnote_marks(strip_markup(text))


def unclosed_brackets(text: str) -> list[int]:
    """Where the round brackets a text leaves open open, outermost first ("Отдел (кадров" -> [6]);
    a pair that closes ("Республики Саха (Якутия)") is none."""
    opened: list[int] = []
    for k, ch in enumerate(text):
        if ch == "(":
            opened.append(k)
        elif ch == ")" and opened:
            opened.pop()
    return opened
