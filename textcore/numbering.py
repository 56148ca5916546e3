"""Item numbers of numbered lists and plans: "3.1.2." -> ("3.1.2", rest), its parent "3.1"."""
from __future__ import annotations

import re

from .clean import strip_markup

# one or two digits, then up to four ".N" levels; a trailing "." or ")" is not part of it
_NUMBER = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,3}){0,4})\s*[.)]?(?=\s|$)")


def item_number(text: str) -> tuple[str, str] | None:
    """("3.1.2", rest of the text) for "3.1.2. Rest"; None when the text is not numbered."""
    clean = strip_markup(text)
    m = _NUMBER.match(clean)
    if not m:
        return None
    return m.group(1), clean[m.end():].strip()


def parent_of(no: str) -> str | None:
    """"3.1.2" -> "3.1"; None for a top-level number."""
    return no.rsplit(".", 1)[0] if "." in no else None
