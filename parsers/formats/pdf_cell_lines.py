"""The lines a PDF cell's author wrote, told from the lines its renderer wrapped (written_lines.py:
what the readers share).

A renderer wraps a line only where its next word does not fit, so a line that ends although the
next line's first word would have fitted — with two spaces' room to spare (`_ROOM_SPACES`) — was
ended by its author: a paragraph or a line break of the source (Document.cell_lines, the needs and
channel splitters' evidence).  Where the words themselves say so too — an item's mark opens the
next line («1.», «а)», «•», a dash that no full line above moved down), or a stop or «;» ends this
one under a capital — the bare fit suffices.  Nothing else cuts: a full line before a capital or a
mark is a wrap (a proper name, «спортсмена.» / «1) …» of one paragraph), and a wrapped line is
never cut."""
from __future__ import annotations

from .pdf_layout import PageLine, _wrapped_dash, would_fit
from .pdf_settings import SETTINGS, PdfSettings
from .written_lines import marked

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
                   or marked(a.text, b.text) and not _wrapped_dash(a, b, right)
                   and would_fit(a, b.words[0], right, wrap_space, s))
    return out


def written_at_break(a: PageLine, first: dict, right: float, wrap_space: float, s: PdfSettings = SETTINGS) -> bool:
    """Would word `first` have fitted after line `a`, two spaces to spare?"""
    return would_fit(a, first, right - _ROOM_SPACES * (wrap_space or s.space_em) * a.size, wrap_space, s)
