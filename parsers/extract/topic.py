"""Whether a document is about client-centricity at all (vocabulary: parsers/data/topic.yaml).

Used to tell a relevant file that holds none of the three kinds (a concept, an
organisational model) from a file that is not ours.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from textcore.vocab import vocabulary

from ..document import Document, Paragraph, Table

_DATA = Path(__file__).resolve().parent.parent / "data" / "topic.yaml"
_TITLE_CHARS = 300          # a title is a short paragraph, not a sentence that cites the list


@vocabulary(_DATA, required=("markers", "scan_chars", "announces", "plan_markers", "titles"))
def _vocab(d: dict) -> tuple[re.Pattern, int, dict[str, re.Pattern], re.Pattern, dict[str, re.Pattern]]:
    return (_any(d["markers"]), int(d["scan_chars"]),
            {kind: re.compile(rx, re.I | re.M) for kind, rx in d["announces"].items()},
            _any(d["markers"] + d["plan_markers"]),
            {kind: re.compile(rx, re.I) for kind, rx in d["titles"].items()})


def _any(patterns: list[str]) -> re.Pattern:
    return re.compile("|".join(f"(?:{m})" for m in patterns), re.I)


def about_client_centricity(doc: Document) -> bool:
    return bool(_vocab()[0].search(_head_text(doc)))


def announced_kinds(doc: Document) -> list[str]:
    """The kinds the order says it approves (topic.yaml `announces`), in file order."""
    text = _head_text(doc)
    return [kind for kind, rx in _vocab()[2].items() if rx.search(text)]


def states_kind(doc: Document, kind: str) -> bool:
    """Whether the order says it approves a list of this kind, or a paragraph titles one
    (topic.yaml `announces`, `titles`): a sign that the file holds such a list."""
    if kind in announced_kinds(doc):
        return True
    title = _vocab()[4].get(kind)
    return title is not None and any(isinstance(b, Paragraph) and len(b.text) <= _TITLE_CHARS and
                                     title.search(b.text) for b in doc.blocks)


def plan_on_topic(doc: Document, items: list[dict]) -> bool:
    """Whether a read plan of measures is a client-centricity roadmap: the document speaks of
    client-centricity anywhere (a short plan title under an order «Об утверждении …
    клиентоцентричности» counts), or an item names the field.  An announced «дорожная карта»
    alone is no sign: other subjects have roadmaps too (competition, a state programme)."""
    if _vocab()[0].search(_all_text(doc)):
        return True
    wide = _vocab()[3]
    return any(wide.search(f"{r.get('activity') or ''} {r.get('deliverable') or ''}") for r in items)


def _all_text(doc: Document) -> str:
    return "\n".join(_lines(doc))


def _head_text(doc: Document) -> str:
    """The document's first `scan_chars` characters or so: paragraphs and table rows, one a line."""
    limit = _vocab()[1]
    parts, size = [], 0
    for line in _lines(doc):
        parts.append(line)
        size += len(line)
        if size > limit:
            break
    return "\n".join(parts)


def _lines(doc: Document) -> Iterator[str]:
    """Paragraphs and table rows (a row's texts joined), one a line, in reading order."""
    for block in doc.blocks:
        if isinstance(block, Paragraph):
            yield block.text
        elif isinstance(block, Table):
            yield from (" ".join(r.texts) for r in block.rows)
