"""The lines a PDF or scan cell's author wrote, told from the lines its renderer wrapped.

A renderer wraps a line only where its next word does not fit, so a line that ends although the
next line's first word would have fitted (with a space's room to spare: the cell's right padding
is only estimated) was ended by its author: a paragraph or a line break of the source
(Document.cell_lines, the needs and channel splitters' evidence).  So is a line the next one
opens with an item's mark («1.», «а)», «•», a dash that no full line above moved down), and a
line ending on «;» under which a capital opens the next.  Nothing else cuts: a full line before
a capital is a wrap (a proper name, an abbreviation's stop: «г.» / «Томск»), and a wrapped line
is never cut."""
from __future__ import annotations

from textcore.clean import strip_markup
from .pdf_layout import PageLine, _starts_item, _wrapped_dash, would_fit
from .pdf_settings import SETTINGS, PdfSettings
from .wordjoin import join_lines


def written_breaks(lines: list[PageLine], right: float, wrap_space: float,
                   s: PdfSettings = SETTINGS) -> list[bool]:
    """For each break between `lines` (one cell's, whose lines may reach x = `right`): did the
    author end the line above?"""
    out = []
    for a, b in zip(lines, lines[1:]):
        room = (wrap_space or s.space_em) * a.size          # a space more than the fit asks
        first = b.words[0]
        out.append(would_fit(a, first, right - room, wrap_space, s)
                   or _starts_item(b.text) and not _wrapped_dash(a, b, right)
                   or a.text.rstrip().endswith(";") and b.text[:1].isupper())
    return out


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
