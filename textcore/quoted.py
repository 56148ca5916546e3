"""What a line's quotes hold, set apart from the rest of it.

    outside_quotes(text) -> str         the text with what paired quotes hold blanked, its length kept
    pair_outside_quotes(text) -> str    the text to read an act's own date and number from

A site's title line quotes the act's title, and the title may cite other acts («Постановление …
«О внесении изменений в постановление … от 01.02.2019 № 55» от 12.03.2020 № 60»): the pair outside
the quotes is the act's own.
"""
from __future__ import annotations

from .dates import find_date


def outside_quotes(text: str) -> str:
    """The text with what paired quotes hold blanked, its length kept: a title quoted on an act's
    line names the acts it cites there.  A quote left open (OCR, a wrapped line) blanks nothing."""
    out = list(text)
    for opens, closes in (("«“„", "»”“"), ('"', '"')):
        depth, start = 0, 0
        for i, c in enumerate(text):
            if c in opens and not (depth and c in closes):
                depth, start = depth + 1, start if depth else i
            elif c in closes and depth:
                depth -= 1
                if not depth:
                    out[start + 1:i] = " " * (i - start - 1)
    return "".join(out)


def pair_outside_quotes(text: str) -> str:
    """Where a line's own date stands outside the quoted title, the text to read its pair from."""
    bare = outside_quotes(text)
    return bare if find_date(bare) is not None else text
