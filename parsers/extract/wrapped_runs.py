"""A paragraph holding a numbered list inline that a PDF's page (or a converter) broke: «2.3. …
позиции: 1) a; 2) b;» | «3) c; 4) d.» — the next line goes on with the next number, so it is the
same paragraph's rest (read by parsers/extract/procedure.py as one line)."""
from __future__ import annotations

import re
from dataclasses import replace

from textcore.numbering import ARABIC, LETTER, parse_item_number

from .lines import Line

# an item numbered inside a line, after the lead-in's colon or the item before: "…: 1) a; 2) b;"
_INLINE_NO = re.compile(r"[:;]\s*([0-9]{1,2}|[а-яa-z])\)\s")


def join_wrapped_runs(lines: list[Line]) -> list[Line]:
    """A paragraph holding a numbered list inline ("2.3. … позиции: 1) a; 2) b;") that a PDF's
    page (or a converter) broke: the next line goes on with the next number ("3) c; 4) d."),
    so it is the same paragraph's rest.  A line that is itself an item ("1) a;") is not joined
    to the next item: only a number inside the line continues.  The joined line keeps its
    pieces: an item takes the source (page, box) of the piece it starts in."""
    out: list[Line] = []
    for ln in lines:
        prev = out[-1] if out else None
        if prev is not None and prev.text.rstrip().endswith(";") and _continues(prev.text, ln.text):
            head = prev.text.rstrip()
            pieces = (prev.pieces or ((0, prev),)) + ((len(head) + 1, ln),)
            out[-1] = replace(prev, text=f"{head} {ln.text.strip()}", pieces=pieces)
        else:
            out.append(ln)
    return out


def _continues(text: str, nxt: str) -> bool:
    last = list(_INLINE_NO.finditer(text))
    after = parse_item_number(nxt.strip(), (ARABIC, LETTER))
    if not last or after is None or after.closer != ")":
        return False
    before = parse_item_number(last[-1].group(1) + ")", (ARABIC, LETTER))
    return before is not None and before.style == after.style and after.parts == (before.parts[0] + 1,)
