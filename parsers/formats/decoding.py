"""Bytes -> text for the readers of plain text and web pages: the one place encodings are guessed.

Order: a byte-order mark; a charset the file declares (a web page's <meta>); UTF-8
when it decodes to plausible text; UTF-16 without a BOM; cp1251.  A guess is taken
only when it gives natural-language text, so a binary file is a load error, not
a page of mojibake.
"""
from __future__ import annotations

import codecs
import re

from ..errors import LoadError

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_SAMPLE = 8000          # characters looked at: enough to judge, cheap on a large file
_CONTROLS = r"\x00-\x08\x0b\x0c\x0e-\x1f"     # control characters, tab and line ends aside
_CONTROL = re.compile(f"[{_CONTROLS}]")
_BAD = re.compile(f"[{_CONTROLS}\ufffd]")         # and U+FFFD, a failed decode's mark


def plausible(text: str) -> bool:
    """Natural-language text: has spaces, almost no control characters, mostly letters.
    Counted in C (a regex, map over str methods), each test only when the cheaper ones
    passed and only until it is sure: a Python loop per character was 8 % of a text
    document's CPU."""
    sample = text[:_SAMPLE]
    if not sample:
        return False
    n = len(sample)
    return (len(_BAD.findall(sample)) <= n * 0.01 and _at_least(sample, str.isspace, n * 0.03)
            and _at_least(sample, str.isalpha, n * 0.4))


def _at_least(sample: str, test, need: float) -> bool:
    """Do at least `need` characters of `sample` pass `test`?  Counted a chunk at a time,
    stopping as soon as the answer is sure either way (ordinary text passes both
    thresholds within its first few thousand characters)."""
    got, step = 0, 1024
    for start in range(0, len(sample), step):
        got += sum(map(test, sample[start:start + step]))
        left = max(0, len(sample) - start - step)
        if got >= need or got + left < need:
            break
    return got >= need


def decode(data: bytes, declared: str | None = None) -> str:
    """The text of `data`; `declared`: the charset the file names for itself, if any."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data.decode(enc, errors="replace")     # odd UTF-16 length: a truncated last char
    if declared:
        try:
            return data.decode(codecs.lookup(declared).name, errors="replace")
        except LookupError:
            pass                                          # an unknown name: guess as if none were given
    try:
        text = data.decode("utf-8")
        if plausible(text) or not _CONTROL.search(text, 0, _SAMPLE):
            return text          # (UTF-16 of Cyrillic without a BOM is valid UTF-8 full of controls)
    except UnicodeDecodeError:
        pass
    candidates = ["utf-16-le", "utf-16-be"] if len(data) % 2 == 0 else []
    for enc in candidates + ["cp1251"]:
        text = data.decode(enc, errors="replace")
        if plausible(text):
            return text
    raise LoadError("not readable as text: neither UTF-8, UTF-16 nor cp1251 gives natural-language text")
