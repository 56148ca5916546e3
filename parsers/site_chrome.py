"""Legal-database chrome: banners, page footers and change lists of copied orders.

Orders copied from КонсультантПлюс, ГАРАНТ or pravo.gov.ru carry lines that are the
website's, not the order's ("Вы можете открыть актуальную версию документа…",
"Документ предоставлен КонсультантПлюс", "Страница 3 из 12").  Left in, they become
the title and their dates and numbers the order's.  ГАРАНТ's notes above the act
(«С изменениями и дополнениями от:», «Информация об изменениях:», «ГАРАНТ:») go with the
paragraph after each; the controls of a site's panel for the visually impaired («Размер шрифта»,
«Цветовая схема») with their one-letter samples.  The vocabulary is data:
parsers/data/site_chrome.yaml.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from textcore.vocab import vocabulary

_DATA = Path(__file__).resolve().parent / "data" / "site_chrome.yaml"
NONE, LINE, BLOCK, NOTE, WIDGET = 0, 1, 2, 3, 4


def _anchored(pattern: str) -> bool:
    """Can the pattern match only at a line's start (`^` before every branch)?"""
    from re import _parser                    # the stdlib's own parse: exact on any pattern
    first = list(_parser.parse(pattern))[:1]
    return bool(first) and first[0][0] is _parser.AT and first[0][1] is _parser.AT_BEGINNING


def _matcher(patterns: list[str]):
    """One test for a kind: the anchored patterns as one alternation tried at the line's
    start only (`match`), the others as one alternation searched along it.  Python's
    `re` tries every branch at every position, so the anchored ones, half of the
    vocabulary, no longer cost a try per character."""
    alt = lambda xs: re.compile("|".join(f"(?:{x})" for x in xs), re.I) if xs else None  # noqa: E731
    at_start, anywhere = alt([p for p in patterns if _anchored(p)]), alt([p for p in patterns if not _anchored(p)])
    return lambda text: bool(at_start and at_start.match(text) or anywhere and anywhere.search(text))


@vocabulary(_DATA, required=("max_line", "lines", "blocks", "notes", "widgets", "widget_sample"))
def _vocab(d: dict):
    return (int(d["max_line"]), _matcher(d["lines"]), _matcher(d["blocks"]), _matcher(d["notes"]),
            _matcher(d["widgets"]), int(d["widget_sample"]))


def _kind(text: str) -> int:
    """NONE, LINE (the line is chrome), BLOCK (it opens a list of amending acts), NOTE (it
    opens the database's note, one paragraph) or WIDGET (a control of a panel for the visually
    impaired, its samples after it).
    The length is tested here, so the cache keeps only short lines, not paragraphs."""
    return NONE if len(text) > _vocab()[0] else _short_kind(text)


@lru_cache(maxsize=1 << 13)
def _short_kind(text: str) -> int:
    """_kind of a short line.  Cached: a document's lines are looked at by every
    reader of its lines (the metadata, the title, the lead-in), each asking again."""
    _, is_line, is_block, is_note, is_widget, _ = _vocab()
    if is_widget(text):
        return WIDGET
    return BLOCK if is_block(text) else NOTE if is_note(text) else LINE if is_line(text) else NONE


def _widget_sample(text: str) -> bool:
    """A control's sample: a short line with no two letters running and no digit («A», «a..A», «A+»), never a
    word ("УКАЗ", "N 5" are the act's)."""
    t = text.strip()
    return bool(t) and len(t) <= _vocab()[5] and not re.search(r"[^\W\d_]{2}|\d", t)


def chrome_lines(lines: list[str]) -> set[int]:
    """Indices of the lines that are site chrome."""
    out: set[int] = set()
    i = 0
    while i < len(lines):
        kind = _kind(lines[i])
        if kind == BLOCK:
            out.add(i)
            j = i + 1
            while j < len(lines) and (not lines[j].strip() or lines[j].strip().startswith("(")):
                out.add(j)                   # "(в ред. приказа … от … N …)", possibly wrapped
                depth = lines[j].count("(") - lines[j].count(")")
                while depth > 0 and j + 1 < len(lines):
                    j += 1
                    out.add(j)
                    depth += lines[j].count("(") - lines[j].count(")")
                j += 1
            i = j
            continue
        if kind == NOTE:                     # the note's head and its paragraph, the next line
            out.add(i)
            i += 1
            while i < len(lines) and not lines[i].strip():
                i += 1
            if i < len(lines):
                out.add(i)
        elif kind == WIDGET:                 # the control's label and its samples
            out.add(i)
            while i + 1 < len(lines) and _widget_sample(lines[i + 1]):
                i += 1
                out.add(i)
        elif kind == LINE:
            out.add(i)
        i += 1
    return out


def strip_site_chrome(lines: list[str]) -> list[str]:
    """The lines without site chrome."""
    drop = chrome_lines(lines)
    return [ln for i, ln in enumerate(lines) if i not in drop]
