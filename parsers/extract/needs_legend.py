"""Needs given by number: a list whose needs column holds «1, 4», and a numbered legend of the
needs under (or above) it — a two-column table «№ | Потребность клиента» or numbered lines under
«Перечень потребностей клиентов:».  Each number stands for its legend entry's text; the legend
is never read as rows of the list (`find_tables` is told to stop at it).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from textcore.lemmas import normalize
from textcore.numbering import ARABIC, parse_item_number

from ..document import Document, Paragraph, Source, Table

# a heading or a header cell naming the needs («Потребности клиентов», «Перечень потребностей»)
_NEEDS_WORD = re.compile(r"потребност")
# a cell of references only: «1», «1, 4», «2; 5», «1–3», «3,5.»
_REFS = re.compile(r"^\s*\d{1,3}(?:\s*(?:[,;]|[-–—])\s*\d{1,3})*\s*\.?\s*$")
_BARE_NUMBER = re.compile(r"^\s*(\d{1,3})\s*[.)]?\s*$")
_MAX_HEADING_CHARS = 120     # a heading over the legend, not a sentence of the body


@dataclass
class Legend:
    at: int                                   # the legend's first block in the document
    entries: dict[int, tuple[str, Source]]    # number -> the need's text and its row (line)
    tables: tuple[int, ...] = ()              # ids of the tables it is written in


def find_legends(doc: Document) -> list[Legend]:
    """Every numbered needs legend of the document, in order."""
    out: list[Legend] = []
    blocks = doc.blocks
    for k, block in enumerate(blocks):
        above = blocks[k - 1] if k else None
        named = isinstance(above, Paragraph) and _names_needs(above.text)
        if isinstance(block, Table):
            entries = _table_entries(block, named)
            if entries:
                out.append(Legend(k, entries, (id(block),)))
        elif isinstance(block, Paragraph) and _names_needs(block.text) and block.text.rstrip().endswith(":"):
            entries = _listed_entries(blocks[k + 1:])
            if entries:
                out.append(Legend(k, entries))
    return out


def _names_needs(text: str) -> bool:
    return len(text) <= _MAX_HEADING_CHARS and bool(_NEEDS_WORD.search(normalize(text)))


def _table_entries(table: Table, named: bool) -> dict[int, tuple[str, Source]]:
    """A two-column table numbering needs: its header (or the line above it) names them, every
    other row is a number and a text.  A list's own table has more columns."""
    if table.n_cols != 2 or not table.rows:
        return {}
    rows = table.rows
    if not _BARE_NUMBER.match(rows[0].texts[0]):
        if not (named or _names_needs(rows[0].texts[-1])):
            return {}
        rows = rows[1:]     # its header: named, or in words nobody knows («Гр. 1 | Гр. 2») under a line naming it
    elif not named:
        return {}
    entries = {}
    for row in rows:
        m = _BARE_NUMBER.match(row.texts[0]) if len(row.texts) == 2 else None
        if not m or not row.texts[1].strip():
            return {}
        entries[int(m.group(1))] = (row.texts[1].strip(), row.source)
    return entries


def _listed_entries(blocks: list) -> dict[int, tuple[str, Source]]:
    """The numbered lines right under a heading naming the needs («1. Узнать …»)."""
    entries = {}
    for block in blocks:
        n = parse_item_number(block.text, (ARABIC,)) if isinstance(block, Paragraph) else None
        if n is None or not n.rest or "." in n.label:
            break
        entries[int(n.label)] = (n.rest.strip(), block.source)
    return entries if len(entries) > 1 else {}


def nearest(legends: list[Legend], first: int, last: int, lo: int, hi: int) -> Legend | None:
    """The legend of a list in blocks first..last: the first one under it before the next list
    (`hi`), else the last one above it after the previous list (`lo`); a document's one legend
    serves every list (the needs numbered once, at the end of the appendix, for all its lists)."""
    under = [g for g in legends if last < g.at < hi]
    if under:
        return under[0]
    above = [g for g in legends if lo < g.at < first]
    if above:
        return above[-1]
    return legends[0] if len(legends) == 1 else None


def resolve(cell: str, legend: Legend | None) -> list[tuple[str, Source]] | None:
    """The needs a cell of numbers stands for, or None where it is not one (or a number is
    not in the legend: the cell keeps its text)."""
    if legend is None or not _REFS.match(cell or ""):
        return None
    out = []
    for number in _numbers(cell):
        if number not in legend.entries:
            return None
        out.append(legend.entries[number])
    return out or None


def _numbers(cell: str) -> list[int]:
    """«1, 4» -> [1, 4]; «2–4» -> [2, 3, 4]."""
    out: list[int] = []
    for part in re.split(r"[,;]", cell.strip().rstrip(".")):
        ends = [int(x) for x in re.split(r"[-–—]", part) if x.strip()]
        if len(ends) == 2 and ends[0] < ends[1]:
            out += range(ends[0], ends[1] + 1)
        else:
            out += ends
    return out


def list_span(at: dict[int, int], n_blocks: int, tables: list, k: int) -> tuple[int, int, int, int]:
    """The k-th list's first and last blocks, the previous list's last and the next list's first
    (`at`: each block's place, by id, computed once for the document): how far its legends (needs,
    codes) are looked for, above it and under it."""
    def span(t) -> tuple[int, int]:
        return (at.get(id(t.parts[0]), -1), at.get(id(t.parts[-1]), -1)) if t.parts else (-1, -1)
    first, last = span(tables[k])
    lo = span(tables[k - 1])[1] if k else -1
    hi = span(tables[k + 1])[0] if k + 1 < len(tables) and tables[k + 1].parts else n_blocks
    return first, last, lo, hi
