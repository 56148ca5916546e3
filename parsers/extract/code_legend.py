"""Values written as codes, with the codes' legend beside the list: a direction column holding
«1», «2», «А», «II», «Н-3», and above (or under) the table the pairs «1 – Социальная поддержка;»,
«2 – Лицензирование.» on lines of their own, or a two-column table «Код | Направление».

A column whose every filled cell is a code one legend explains is read as the legend's texts: the
code stands for its entry, whatever the code's form (a number, a letter, a Roman numeral, a
letter with a number).  A cell with any other text keeps it, and a column with one cell the
legend lacks is not read so — a list's direction column of names is never touched.  The legend
chosen is the nearest one holding all the column's codes, above the list before below it, never
past a neighbour list.

    find_code_legends(doc, needs) -> [CodeLegend]
    coded_values(values, legends, first, last, lo, hi) -> {code: text} | None
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import Document, Paragraph, Table

# «1 – текст», «А — текст», «II - текст», «Н1 = текст», ««1» – текст»: a short code, a dash (or «=»)
# with a space after it, the entry.  The code's length is bounded and the match anchored, so a line
# of thousands of spaces is read in linear time.
# a code: a number («1», «2.1»), a Roman numeral, or up to three letters with a number or not («А», «ЮЛ», «Н-2»)
_FORM = r"(\d{1,3}(?:\.\d{1,2})?|[IVXLCivxlc]{1,6}|[A-Za-zА-Яа-яЁё]{1,3}(?:[-.]?\d{1,3})?)"
_ENTRY = re.compile(r"[\s«\"(]*" + _FORM + r"[.)»\"]?\s*[–—=-]\s+(\S.*)")
_CODE = re.compile(r"[\s«\"(]*" + _FORM + r"[.)»\"]?\s*")
_MIN_ENTRIES = 2
_MAX_ENTRY_CHARS = 300       # an entry names something; a longer line is body text


@dataclass
class CodeLegend:
    at: int                       # the legend's first block in the document
    entries: dict[str, str]       # code (its key) -> the text it stands for
    table: int | None = None      # id of the table it is written in: never a list's rows


def code_key(text: str) -> str | None:
    """A cell's code as the legends key it («1.» and «1», «А» and «а»), or None where the cell is no code."""
    m = _CODE.fullmatch(text or "")
    return m.group(1).rstrip("./").lower() if m else None


def _entry(text: str) -> tuple[str, str] | None:
    if len(text) > _MAX_ENTRY_CHARS:
        return None
    m = _ENTRY.match(text)
    if not m:
        return None
    value = m.group(2).strip().rstrip(";,.").strip()
    key = m.group(1).rstrip("./").lower()
    return (key, value) if value and key else None


def find_code_legends(doc: Document, needs: list = ()) -> list[CodeLegend]:
    """Every run of two or more «code – text» lines, and every two-column table of codes and
    texts (a header row above them allowed), in document order — none that is one of the `needs`
    legends (`needs_legend.find_legends`): a column of numbers is never read as needs' names."""
    return [g for g in _code_legends(doc) if not _of_needs(g, needs)]


def _of_needs(legend: CodeLegend, needs: list) -> bool:
    """Whether the legend is written in a needs legend's table, or its lines follow the heading of one."""
    return any(legend.table in g.tables if legend.table is not None else g.at <= legend.at <= g.at + 1
               for g in needs)


def _code_legends(doc: Document) -> list[CodeLegend]:
    out: list[CodeLegend] = []
    run: dict[str, str] = {}
    start = 0
    for k, block in enumerate(doc.blocks + [None]):
        entry = _entry(block.text) if isinstance(block, Paragraph) else None
        if entry and entry[0] not in run:
            start = k if not run else start
            run[entry[0]] = entry[1]
            continue
        if len(run) >= _MIN_ENTRIES:
            out.append(CodeLegend(start, run))
        run = {}
        if entry:                       # a code again: a new legend starts here
            start, run = k, {entry[0]: entry[1]}
        if isinstance(block, Table):
            table = _table_entries(block)
            if table:
                out.append(CodeLegend(k, table, id(block)))
    return out


def _table_entries(table: Table) -> dict[str, str]:
    """A two-column table whose rows (after one header row at most) are a code and a text."""
    if table.n_cols != 2:
        return {}
    rows = [r.texts for r in table.rows if any(t.strip() for t in r.texts)]
    if rows and code_key(rows[0][0]) is None:
        rows = rows[1:]
    entries: dict[str, str] = {}
    for texts in rows:
        key = code_key(texts[0]) if len(texts) == 2 else None
        if key is None or not texts[1].strip() or key in entries:
            return {}
        entries[key] = texts[1].strip()
    return entries if len(entries) >= _MIN_ENTRIES else {}


def coded_values(values: list[str], legends: list[CodeLegend], first: int, last: int, lo: int,
                 hi: int) -> dict[str, str] | None:
    """{cell: the legend's text} for a column of `values` (its filled cells) that holds codes
    only, each in the nearest legend holding them all — above the list (blocks first..last),
    after the previous one (`lo`), else under it before the next (`hi`); None where it does not."""
    keys = {v: code_key(v) for v in {v.strip() for v in values if v.strip()}}
    if not keys or None in keys.values():
        return None
    fits = [g for g in legends if all(k in g.entries for k in keys.values())]
    above = [g for g in fits if lo < g.at < first]
    under = [g for g in fits if last < g.at < hi]
    chosen = above[-1] if above else under[0] if under else None
    return {v: chosen.entries[k] for v, k in keys.items()} if chosen else None


def decode_directions(records: list, legends: list[CodeLegend], span: tuple[int, int, int, int]) -> None:
    """A list's direction column of codes («1», «2») read as the texts its legend gives them, in place."""
    decoded = coded_values([r.direction_raw or "" for r in records], legends, *span) if legends else None
    for rec in records if decoded else ():
        rec.direction_raw = decoded.get((rec.direction_raw or "").strip(), rec.direction_raw)
