"""The lines a PDF or scan cell's author wrote, told from the lines its renderer wrapped.

A renderer wraps a line only where its next word does not fit, so a line that ends although the
next line's first word would have fitted — with two spaces' room to spare (`_ROOM_SPACES`) — was
ended by its author: a paragraph or a line break of the source (Document.cell_lines, the needs and
channel splitters' evidence).  Where the words themselves say so too — an item's mark opens the
next line («1.», «а)», «•», a dash that no full line above moved down), or a stop or «;» ends this
one under a capital — the bare fit suffices.  Nothing else cuts: a full line before a capital or a
mark is a wrap (a proper name, «спортсмена.» / «1) …» of one paragraph), and a wrapped line is
never cut."""
from __future__ import annotations

from textcore.clean import strip_markup
from .pdf_layout import PageLine, _starts_item, _wrapped_dash, would_fit
from .pdf_settings import SETTINGS, PdfSettings
from .wordjoin import join_lines

# the room to spare, in spaces, where nothing but the fit says a line was written: the cell's right
# padding is only estimated (its left one), and a renderer's measure differs from ours by a fraction
# of a space (with none to spare, 7 of 200 lines so found in the layout bed's cells were wrapped)
_ROOM_SPACES = 2


def written_breaks(lines: list[PageLine], right: float, wrap_space: float,
                   s: PdfSettings = SETTINGS) -> list[bool]:
    """For each break between `lines` (one cell's, whose lines may reach x = `right`): did the
    author end the line above?"""
    out = []
    for a, b in zip(lines, lines[1:]):
        out.append(written_at_break(a, b.words[0], right, wrap_space, s)
                   or _marked(a.text, b.text) and not _wrapped_dash(a, b, right)
                   and would_fit(a, b.words[0], right, wrap_space, s))
    return out


def written_at_break(a: PageLine, first: dict, right: float, wrap_space: float, s: PdfSettings = SETTINGS) -> bool:
    """Would word `first` have fitted after line `a`, two spaces to spare?"""
    return would_fit(a, first, right - _ROOM_SPACES * (wrap_space or s.space_em) * a.size, wrap_space, s)


def _marked(above: str, below: str) -> bool:
    """A cue of a line its author ended, in the words themselves: an item's mark opens the next
    line, or a stop or «;» ends this one under a capital or a number."""
    return _starts_item(below) or above.rstrip()[-1:] in ".;" and below[:1].isupper()


def lined_text(texts: list[str], breaks: list, written: list[bool], text: str) -> str | None:
    """`text` (the cell's lines joined by `wordjoin.join_lines` with `breaks`) with "\\n" at each
    written break; None where no break is written or the pieces do not give back `text`'s words."""
    if not any(written):
        return None
    pieces, start = [], 0
    for k, cut in enumerate(written + [True]):
        if cut:
            pieces.append(strip_markup(join_lines(texts[start:k + 1], breaks[start:k])))
            start = k + 1
    pieces = [p for p in pieces if p]
    return "\n".join(pieces) if len(pieces) > 1 and " ".join(pieces) == text else None


def record(lines: dict[str, str | None], text: str, lined: str | None) -> None:
    """Keep `lined` for a cell of `text` in `lines` (Document.cell_lines as readers gather it):
    None where another cell of the same words was written otherwise, or on one line — no
    evidence either way (as the Word and web readers keep theirs)."""
    if " " in text:
        lines[text] = lined if lines.get(text, lined) == lined else None
