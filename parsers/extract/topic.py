"""Whether a document is about client-centricity at all (vocabulary: parsers/data/topic.yaml).

Used to tell a relevant file that holds none of the three kinds (a concept, an
organisational model) from a file that is not ours.
"""
from __future__ import annotations

import re
from pathlib import Path

from textcore.vocab import vocabulary

from ..document import Document, Paragraph, Table

_DATA = Path(__file__).resolve().parent.parent / "data" / "topic.yaml"


@vocabulary(_DATA, required=("markers", "scan_chars"))
def _vocab(d: dict) -> tuple[re.Pattern, int]:
    return re.compile("|".join(f"(?:{m})" for m in d["markers"]), re.I), int(d["scan_chars"])


def about_client_centricity(doc: Document) -> bool:
    rx, limit = _vocab()
    parts, size = [], 0
    for block in doc.blocks:
        if isinstance(block, Paragraph):
            parts.append(block.text)
        elif isinstance(block, Table):
            parts += [" ".join(r.texts) for r in block.rows]
        size += len(parts[-1]) if parts else 0
        if size > limit:
            break
    return bool(rx.search(" ".join(parts)))
