"""A header printed in two columns and read line by line: the act's date and number set apart.

    apart(lines, limit) -> list[Line]

A blank's header often prints the issuer, the kind and the title on the left and the act's date and
number on the right; a PDF's text layer reads such rows across, so the right column's pieces end the
left column's lines («КАЛУЖСКОЙ ОБЛАСТИ от 07.10.2021» / «ПРИКАЗ № 215»), or come as lines of their own
between them («О порядке приёма» / «от 07.10.2021» / «граждан» / «№ 215»).  The pair is the act's by its
place beside the kind: the date and the number are set out as lines right under the kind line, where
the readers of a header look for them.

Only a pair split by the columns is taken: a date piece and a number piece with the left column's text
between them.  A cited act's pair stands together («… в приказ от 07.10.2021 № 215», or wrapped, «… от
07.10.2021» / «№ 215 …»), and a piece must end its line, so no title citing an act is read so.
"""
from __future__ import annotations

from dataclasses import replace

from textcore.dates import periods
from textcore.order_numbers import find_numbers
from textcore.regions import words

from .header_words import is_doc_type, opens_body, own_kinds
from .lines import Line
from .signed import date_alone

_YEAR = ("г", "год", "года")
_SPAN = 4             # the pieces of one pair stand within a few lines of each other
_KIND_ABOVE = 3       # and the kind line at most this far above the first


def _tail(text: str) -> tuple[str, str, str] | None:
    """(left text, piece, "date"|"number") of a line ending with a date or number after text of its
    own with neither; (“”, piece, role) for a line that is the piece alone; None otherwise."""
    t = text.strip()
    nums = find_numbers(t)
    if nums and not t[nums[-1].end:].strip(" .,;"):
        at, role = nums[-1].start, "number"
    else:
        dates = [p for p in periods(t) if p.kind == "date"]
        if not dates or t[dates[-1].end:].strip(" .,;").lower() not in ("", "г", "года", "год"):
            return None
        at, role = dates[-1].start, "date"
        low = t[:at].rstrip().lower()
        at = len(low) - 2 if low.endswith(" от") or low == "от" else at       # «… от 07.10.2021»
    left, piece = t[:at].strip(), t[at:].strip()
    if role == "date" and date_alone(piece) is None or left and (find_numbers(left) or periods(left) or
                                                                  left.split()[-1].lower().strip(".") in _YEAR):
        return None             # «октября 2021 года N 137-р»: a date broken before its number, no column
    return left, piece, role


def _cites(text: str) -> bool:
    """A line naming an act's kind in small letters («… в распоряжение»): a cited act's pair follows."""
    kinds = own_kinds()
    return any(lem in kinds and text[at:at + 1].islower() for lem, at, _ in words(text))


def _split(lines: list[Line]) -> list[tuple[Line, str | None, bool]]:
    """The lines with each piece on a line of its own: (line, its role or None for the left column,
    whether the piece was cut off a line of the left column); none after a cited act's kind («О внесении
    изменения в распоряжение» / «Губернатора Омской области от 17 марта 2020»)."""
    out = []
    for k, ln in enumerate(lines):
        cut = _tail(ln.text)            # a header's line in capitals is no cited act's wrapped line
        if cut and (_cites(ln.text) or k and _cites(lines[k - 1].text) and not cut[0].isupper()):
            cut = None
        if cut is None:
            out.append((ln, None, False))
            continue
        left, piece, role = cut
        if left:
            out.append((replace(ln, text=left), None, False))
        out.append((replace(ln, text=piece), role, bool(left)))
    return out


def apart(lines: list[Line], limit: int) -> list[Line]:
    """The first `limit` lines with a header's pair read across two columns set out under its kind; none
    from the body's preamble on («Во исполнение протокола … от 01.02.2020» / «при …» / «№ 7»: a cited act's)."""
    kind = next((k for k, ln in enumerate(lines[:limit]) if is_doc_type(ln.text)), limit)
    limit = next((k for k in range(kind + 1, limit) if k < len(lines) and opens_body(lines[k].text)), limit)
    parts = _split(lines[:limit])
    pieces = [k for k, p in enumerate(parts) if p[1]]
    for a, b in zip(pieces, pieces[1:]):
        roles = {parts[a][1], parts[b][1]}
        if roles != {"date", "number"} or not 1 < b - a <= _SPAN:
            continue                    # a pair together, or too far apart: no columns'
        kind = next((k for k in range(max(0, a - _KIND_ABOVE), b) if parts[k][1] is None and
                     is_doc_type(parts[k][0].text)), None)
        # pieces on lines of their own are a column's only under the kind, between the title's lines: a
        # date alone above the kind is the header's own layout, or a page's date
        if kind is None or not all(parts[x][2] or kind < x for x in (a, b)):
            continue
        rest = [p for k, p in enumerate(parts) if k not in (a, b)]
        at = kind if kind < a else kind - 1
        rest[at + 1:at + 1] = [parts[a], parts[b]]
        return [p[0] for p in rest] + lines[limit:]
    return lines
