"""A roadmap's responsible ones written as numbers explained by a legend beside the plan: the
responsible column holds «1», «2, 4», «1 и 3», and under (or above) the table the lines
«1 – Иванов И.И., начальник отдела;», «2 – отдел кадров.» (or a two-column table «№ | Исполнитель»).

A plan's responsible column whose distinct filled cells are mostly such lists of codes (two at least, half of
them), each code in one legend, has those read as the legend's texts, «; » between the people of a cell: the
contract's responsible one is the person, not the plan's shorthand for them.  A cell of other text keeps it
(«Все структурные подразделения» among numbers); a column of names is never touched, nor numbers no legend
explains; the legend is the nearest holding every code, above the plan or under it (above where as near), none
above another table over the plan.

Besides the legends of codes that `code_legend` finds («1 – …» lines, two-column tables), a lead line naming
the people («Ответственные исполнители:», `lead_words` in data/roadmap_legend.yaml) over a list numbered from
1 («1. Иванов И.И., начальник отдела;», «2) …»), or with its entries run on after its colon («Исполнители:
1 – Иванов И.И.; 2 – Петров П.П.»), is one too.  A list whose entries say what to do (an infinitive first: the
order's own point «Ответственным исполнителям:» over «1) обеспечить выполнение плана;») names no one; nor one
whose entries mostly name no one who does the work (a body, a unit, a post, a person): a legend of the plan's
indicators or priorities, «1 – доля обращений, …», explains no responsible one.

A responsible cell holding only footnote marks («[2]», «[1], [3]»: Word's footnote references, converted
text's marks) names the people its footnotes give at the foot of the page, «; » between them
(`footnoted_people`).

    people_legends(doc) -> [CodeLegend]        every legend of the document, in document order
    footnoted_people(cell, footnotes) -> str | None
    legend_tables(legends) -> predicate        the legends' tables, never stitched on as the plan's rows
    decode_people(doc, tables, records, legends)   in place, per table
"""
from __future__ import annotations

import re
from pathlib import Path

from textcore.clean import footnote_marks
from textcore.dates import TERM_SHARED
from textcore.lemmas import lemmas, morph
from textcore.name_shape import names_person
from textcore.numbering import item_number
from textcore.vocab import vocabulary

from ..document import Document, Paragraph, Table
from ..tables.content_roles import column_facts
from .code_legend import CodeLegend, code_key, find_code_legends
from .needs_legend import list_span

# the codes of a cell: separated by commas, semicolons, «и», or spaces alone («1 3»)
_SEPARATORS = re.compile(r"\s*[,;]\s*|\s+и\s+|\s+")
_NOTE = re.compile(r"\s*(\([^()]{1,80}\))\s*")     # «2 (по согласованию)»: a note on the code before it
_MAX_CODES = 12            # a cell of more codes is no list of the legend's people
_MIN_CODED, _CODED_SHARE = 2, 0.5   # distinct cells of codes, and their share of the column's: a legend's column
_DATA = Path(__file__).resolve().parent.parent / "data" / "roadmap_legend.yaml"
_MAX_LEAD_WORDS = 8        # «Ответственные исполнители мероприятий плана:»
_MIN_ENTRIES = 2
_MAX_ENTRIES = 60
_PEOPLE_SHARE = 0.5       # of a legend's entries naming who does the work: a legend of the plan's people
# «…; 2 – …»: the spaces after a «.» or «)» only past it (two runs side by side over the same spaces: quadratic)
_RUN_ON = re.compile(r";\s*(?=\d{1,2}\s*(?:[.)]\s*)?[–—-]\s)")
_RUN_ENTRY = re.compile(r"(\d{1,2})\s*(?:[.)]\s*)?[–—-]\s+(\S.*)")
_WORD = re.compile(r"[А-Яа-яЁё]+")
_MARKS_ONLY = re.compile(r"(?:\[\d{1,3}\]\s*(?:[,;]\s*|и\s+)?)+")     # «[1], [3]», «[2]»: each mark opens a step


@vocabulary(_DATA, required=("lead_words",))
def _leads(d: dict) -> frozenset[str]:
    return frozenset(str(w).lower() for w in d["lead_words"])


def _lead(text: str) -> tuple[bool, str]:
    """Whether a paragraph opens with a lead naming the people, and what follows its colon."""
    head, colon, rest = text.partition(":")
    ok = bool(colon) and len(head.split()) <= _MAX_LEAD_WORDS and bool(set(lemmas(head)) & _leads())
    return ok, rest.strip()


def _of_duties(entries: dict[str, str]) -> bool:
    """Whether a numbered list states what to do (the order's point «Ответственным исполнителям:» over «1) обеспечить
    выполнение плана;», «2) ежеквартально представлять …»): an entry opening with an infinitive, an adverb before
    it at most, names no one."""
    def verb(text: str) -> bool:
        words = [p for w in _WORD.findall(text)[:2] if (p := morph().parse(w.lower())[0].tag.POS)]
        return next((pos for pos in words if pos != "ADVB"), None) == "INFN"
    return any(verb(text) for text in entries.values())


def _run_on(rest: str) -> dict[str, str]:
    """«1 – Иванов И.И.; 2 – Петров П.П.» after a lead's colon: its entries, numbered from 1 on."""
    entries = {}
    for part in _RUN_ON.split(rest):
        m = _RUN_ENTRY.fullmatch(part.strip().rstrip(";,.").strip())
        if not m:
            return {}
        entries[m[1]] = m[2].strip()
    return entries if list(entries) == [str(k) for k in range(1, len(entries) + 1)] else {}


def _numbered(blocks: list, at: int) -> dict[str, str]:
    """The paragraphs after a lead numbered 1, 2, … («1. Иванов И.И., начальник отдела;»): its entries."""
    entries = {}
    for block in blocks[at + 1:at + 1 + _MAX_ENTRIES]:
        num = item_number(block.text) if isinstance(block, Paragraph) else None
        if num is None or num[0] != str(len(entries) + 1) or not num[1].strip(" –—-"):
            break
        entries[num[0]] = num[1].strip(" –—-").rstrip(";,.").strip()
    return entries


def people_legends(doc: Document) -> list[CodeLegend]:
    """The code legends (`code_legend.find_code_legends`) and the lead lines over numbered people."""
    out = find_code_legends(doc)
    for k, block in enumerate(doc.blocks):
        ok, rest = _lead(block.text) if isinstance(block, Paragraph) else (False, "")
        entries = (_run_on(rest) if rest else _numbered(doc.blocks, k)) if ok else {}
        if len(entries) >= _MIN_ENTRIES:
            out.append(CodeLegend(k, entries))
    return sorted((g for g in out if not _of_duties(g.entries)), key=lambda g: g.at)


def legend_tables(legends: list[CodeLegend]):
    """The predicate `find_tables` takes as `stop`: a legend written as a table is no part of the plan."""
    ids = {g.table for g in legends if g.table is not None}
    return lambda t: id(t) in ids


def _coded(text: str) -> list[tuple[str, str]] | None:
    """(key, note) of each code a responsible cell lists, a bracketed note after a code kept with it
    («2 (по согласованию)», «1, 3 (по согласованию)»: the note the last code's), or None where the cell
    holds anything else (a note before any code, words outside brackets)."""
    out: list[list[str]] = []
    for chunk in _NOTE.split((text or "").strip().rstrip(".;")):
        if chunk.startswith("("):
            if not out or out[-1][1]:
                return None
            out[-1][1] = chunk
            continue
        for part in (p for p in _SEPARATORS.split(chunk) if p):
            if (key := code_key(part)) is None:
                return None
            out.append([key, ""])
    return [(k, n) for k, n in out] if 0 < len(out) <= _MAX_CODES else None


def cell_codes(text: str) -> list[str] | None:
    """The legend keys a responsible cell lists («2, 4» -> ['2', '4']), or None where it holds anything else."""
    coded = _coded(text)
    return None if coded is None else list(dict.fromkeys(k for k, _ in coded))


def _chosen(keys: set[str], legends: list[CodeLegend], others: list[int], span: tuple[int, int, int, int],
            of_people) -> CodeLegend | None:
    """The legend holding every key nearest the plan, above it before under it where as near; none above another
    table over the plan (`others`: a list of another kind, whose own legend of codes — its directions' «1 –
    Социальная поддержка» — stands between it and the plan)."""
    first, last, lo, hi = span
    lo = max([lo] + [k for k in others if k < first])   # under the plan its own parts may follow: no bound there
    near = [(first - _end(g), 0, n) for n, g in enumerate(legends) if lo < g.at < first] + \
        [(g.at - last, 1, n) for n, g in enumerate(legends) if last < g.at < hi]
    fits = (legends[n] for _, _, n in sorted(near) if keys <= legends[n].entries.keys())
    return next((g for g in fits if of_people(g)), None)       # judged nearest first, as far as one fits


def _of_people(legend: CodeLegend) -> bool:
    """Whether most of a legend's entries name who does the work — a body, a unit, a post (`content_roles`'
    reading of a responsible cell) or a person — not the plan's indicators, priorities, a list's directions."""
    def names(text: str) -> bool:
        return names_person(text) or column_facts([[text]])[0].share("responsible") > 0
    return sum(map(names, legend.entries.values())) >= _PEOPLE_SHARE * len(legend.entries)


def _end(legend: CodeLegend) -> int:
    """The legend's last block, near enough: its lines follow its first one (a lead, or the first entry)."""
    return legend.at if legend.table is not None else legend.at + len(legend.entries) - 1


def decode_people(doc: Document, tables: list, records: list[list[dict]], legends: list[CodeLegend]) -> None:
    """Each plan's responsible cells of codes (`records[k]` the raw records of `tables[k]`) replaced, in
    place, by the people its legend gives them.  A cell holding the term too (`TERM_SHARED`) is left alone."""
    if not legends:
        return
    at = {id(b): k for k, b in enumerate(doc.blocks)}
    keys = {g.table for g in legends}
    others = [k for k, b in enumerate(doc.blocks) if isinstance(b, Table) and id(b) not in keys]
    judged: dict[int, bool] = {}           # each legend read once, whatever the plans around it
    of_people = lambda g: judged[id(g)] if id(g) in judged else judged.setdefault(id(g), _of_people(g))
    for k, recs in enumerate(records):
        cells = {r["responsible_raw"].strip() for r in recs if (r.get("responsible_raw") or "").strip()}
        if not cells or any(r.get(TERM_SHARED) for r in recs):
            continue
        codes = {c: v for c in cells if (v := cell_codes(c)) is not None}
        if len(codes) < _MIN_CODED or len(codes) < _CODED_SHARE * len(cells):
            continue
        legend = _chosen({key for v in codes.values() for key in v}, legends, others,
                         list_span(at, len(doc.blocks), tables, k), of_people)
        for r in recs if legend else ():
            raw = (r.get("responsible_raw") or "").strip()
            if raw in codes:
                notes: dict[str, str] = {}          # a code written twice («2, 2»: a slip) names its person once
                for key, note in _coded(raw):
                    notes[key] = notes.get(key) or note
                r["responsible_raw"] = "; ".join(f"{legend.entries[key]} {note}".strip() for key, note in notes.items())


def footnoted_people(cell: str, footnotes: dict[str, str]) -> str | None:
    """The people a responsible cell of footnote marks alone names in its footnotes, «; » between them;
    None for a cell with any other text, or a mark no footnote explains."""
    text = (cell or "").strip()
    marks = footnote_marks(text)
    if not marks or not _MARKS_ONLY.fullmatch(text) or any(m not in footnotes for m in marks):
        return None
    texts = [footnotes[m].strip().rstrip(";,").strip() for m in dict.fromkeys(marks)]
    return "; ".join(t[:-1] if t.endswith(".") and t[-2:-1].islower() else t for t in texts)   # «И.И.» keeps its dot
