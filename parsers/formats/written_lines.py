"""Lines a cell's author wrote, told from lines a renderer or converter wrapped: what the PDF,
scan and converted-text readers share (Document.cell_lines, the needs and channel splitters'
evidence; the geometry of a PDF's lines is pdf_cell_lines.py's).

A line is wrapped only where its next word does not fit, so a line that ends although the next
line's first word would have fitted — with room to spare, the widths being estimates — was ended
by its author.  Where the words say so too — an item's mark opens the next line («1.», «а)», «•»),
or a stop or «;» ends this one under a capital — the bare fit suffices.  Nothing else cuts: a full
line before a capital or a mark is a wrap, and a wrapped line is never cut."""
from __future__ import annotations

import re

from textcore.clean import strip_markup
from textcore.numbering import BULLET, LETTER, parse_item_number
from .wordjoin import HYPHENS, SOFT_HYPHEN, is_abbreviation, join_lines

# converted text's room to spare, in characters, where the fit alone says a line was written (a
# converter pads a cell's right side as it pads its left, or by one more)
ROOM_CHARS = 1


def starts_item(text: str) -> bool:
    """"2. …", "а) …", "– …": an enumerated line (a bare number without a closer may be a wrapped
    line's first word)."""
    n = parse_item_number(text)
    return bool(n and n.spaced and n.rest and (n.closer or n.style in (LETTER, BULLET)))


def marked(above: str, below: str) -> bool:
    """A cue in the words themselves of a line its author ended: an item's mark opens the next
    line, or a stop or «;» ends this one under a capital."""
    return starts_item(below) or _stops(above.rstrip()) and below[:1].isupper()


_LAST_WORD = re.compile(r"([А-Яа-яЁёA-Za-z]+)\.$")


def _stops(line: str) -> bool:
    """`line` ends on «;» or a full stop — not an abbreviation's dot («г.», «т.ч.», «ул.», an
    initial «И.»), after which a capital is as likely a wrap («в г.» / «Томске»)."""
    if line[-1:] != ".":
        return line[-1:] == ";"
    word = _LAST_WORD.search(line)
    return not (word and (len(word.group(1)) == 1 or word.group(1).islower() and is_abbreviation(word.group(1))))


def broken_word(above: str, below: str) -> bool:
    """A word hyphenated at the line's end («инфор-» / «мация»): a wrap, whatever the fit says (a
    hyphenated word is no author's line end, and the lines could not give back the cell's words)."""
    above = above.rstrip()
    return len(above) > 1 and above[-1] in HYPHENS + SOFT_HYPHEN and above[-2].isalpha() \
        and below.lstrip()[:1].isalnum()


def written_in_chars(texts: list[str], room: int) -> list[bool]:
    """For each break between `texts` (a cell's lines of converted text, `room` characters wide):
    did the author end the line above?  A dash opening a line under a full one may be a sentence's
    that the wrap moved down."""
    out = []
    for a, b in zip(texts, texts[1:]):
        word = len(b.split(" ", 1)[0])
        fits = len(a) + 1 + word <= room
        out.append(fits and (len(a) + 1 + word <= room - ROOM_CHARS or marked(a, b)) and not broken_word(a, b))
    return out


def lined_text(texts: list[str], breaks: list | None, written: list[bool], text: str) -> str | None:
    """`text` (the lines `texts` joined by `wordjoin.join_lines` with `breaks`, markup stripped)
    with "\\n" at each written break; None where no break is written or the pieces do not give
    back `text`'s words."""
    breaks = breaks or [False] * len(written)
    # a word the line's end broke (a narrow column's «информаци» / «я», «инфор-» / «мации») joins
    # its lines as one: no author's line end, whatever the fit said
    written = [w and join_lines(texts[k:k + 2], breaks[k:k + 1]).startswith(texts[k] + " ")
               for k, w in enumerate(written)]
    return cut_at_written(written, lambda a, b: strip_markup(join_lines(texts[a:b], breaks[a:b - 1])), text)


def cut_at_written(written: list[bool], piece, text: str) -> str | None:
    """`text` with "\n" at each written break (`written[k]`: the author ended line k); `piece(a, b)`
    joins lines a..b-1 as the reader joins a cell.  None where no break is written or the pieces
    do not give back `text`'s words (the line reading and the cell reading disagree).  Shared by
    the converted-text, PDF and scan readers."""
    if not any(written):
        return None
    pieces, start = [], 0
    for k, cut in enumerate(written + [True]):
        if cut:
            pieces.append(piece(start, k + 1))
            start = k + 1
    pieces = [p for p in pieces if p]
    return "\n".join(pieces) if len(pieces) > 1 and " ".join(pieces) == text else None


def record(lines: dict[str, str | None], text: str, lined: str | None) -> None:
    """Keep `lined` for a cell of `text` in `lines` (Document.cell_lines as a reader gathers it):
    None where another cell of the same words was written otherwise, or on one line — no
    evidence either way (as the Word and web readers keep theirs)."""
    if " " in text:
        lines[text] = lined if lines.get(text, lined) == lined else None


def gathered(lines: dict[str, str | None]) -> dict[str, str]:
    """Document.cell_lines from what `record` gathered."""
    return {text: lined for text, lined in lines.items() if lined}
