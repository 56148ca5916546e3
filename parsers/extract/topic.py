"""Whether a document is about client-centricity at all (vocabulary: parsers/data/topic.yaml).

Used to tell a relevant file that holds none of the three kinds (a concept, an
organisational model) from a file that is not ours.
"""
from __future__ import annotations

import re
from bisect import bisect_right
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


def kind_blocks(doc: Document, kind: str, announced: bool = True) -> list[tuple[int, int]]:
    """The stretches of blocks [start, end) where the file holds a list of this kind (topic.yaml
    `titles`, `announces`): from each short paragraph titling it to the next one titling another
    kind («ПЕРЕЧЕНЬ точек взаимодействия …» up to «ПЛАН мероприятий …»); where none titles it
    but the order approves it, the text up to the first title of another kind.  A file holding
    a list and a plan is read so: the plan's «Обучение (очно) – 2 квартал» is no point.
    `announced` False: only the titled stretches (the order's own text is not taken for the list)."""
    titles = _vocab()[4]
    marks = [(i, k) for i, b in enumerate(doc.blocks) if isinstance(b, Paragraph) and len(b.text) <= _TITLE_CHARS
             for k, rx in titles.items() if rx.search(b.text)]
    ends = [i for i, k in marks if k != kind] + [len(doc.blocks)]
    own = [i for i, k in marks if k == kind]
    if not own and announced and kind in announced_kinds(doc):
        own = [0]
    return [(i, ends[bisect_right(ends, i)]) for i in own]


def titled_kind(text: str) -> str | None:
    """The kind a title opens with (`titles`: «План мероприятий по …», «Дорожная карта …» a roadmap), or None."""
    return next((k for k, rx in _vocab()[4].items() if rx.search(text)), None)


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
