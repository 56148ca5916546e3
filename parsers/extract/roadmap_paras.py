"""A roadmap written as numbered paragraphs, not a table: each measure a paragraph, its term and
responsible on labelled lines under it.

    paragraph_roadmap(doc) -> [raw roadmap record]     the same records as `roadmap.py`'s tables give

    I. Кадровый блок                                   a Roman-numbered heading: the part over the items
    2025 год                                           a bold line or a period alone: a heading over them
    1. Принятие положения о порядке ведения перечня    a numbered measure: its text is the activity
    Срок исполнения: I кв. 2026.                       labelled lines (the paragraph itself may hold
    Ответственный исполнитель: заместитель министра    them too: «1. … Срок: май 2025 г.; Ответственный: …»)
    Ожидаемый результат: приказ.

Labels are read as a touchpoint list's paragraphs are (`record_lines.read_line`), by the roadmap
table's header vocabulary (`parsers/data/columns.yaml`, `roadmap`): «Срок», «Сроки реализации»,
«Исполнитель», «Ответственные», «Результат» name the same fields as a column so headed.  Other
labels are ignored.  A labelled line goes with the measure above it; a paragraph neither numbered
nor labelled ends the measure (body text, a signature), unless it goes on with the measure's
wording in lower case before any label (a line break in a converted or typed text).  Only the document's plan is read, from its
title on (`topic.kind_blocks`; an order approving a plan it does not hold numbers its own points,
«2. Отделу кадров организовать обучение. Срок: до 1 июля 2025 г.», which are no measures), and only where at least `min_roadmap_items`
measures carry a term or a responsible: a numbered order's points are no plan.  A numbered
paragraph with numbered ones under it and no labels of its own is a section (a line opening with a
period, «1 квартал 2025 года», is a group heading, its number the quarter's); an unlabelled one
with none under it is not a measure of the plan (an order's own point).  The reader is a
fallback: `roadmap.extract_roadmap` asks it only where no roadmap table was read.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from parsers.document import Document, Source
from parsers.provenance import locate
from textcore.clean import clean_text
from textcore.dates import opens_period
from textcore.numbering import item_number, parent_of

from .lines import lines_of
from .record_lines import read_line, settings
from .topic import kind_blocks

KIND = "roadmap"
_FIELDS = ("deadline", "responsible", "deliverable")


@dataclass
class _Measure:
    no: str
    activity: list[str]                    # its wording, a paragraph each (joined once: a long one is no quadratic copy)
    part: str | None                       # the Roman-numbered heading above it
    heading: str | None                    # the unnumbered one («2025 год», a bold title), if any
    sources: list[Source]
    values: dict[str, list[str]] = field(default_factory=lambda: {f: [] for f in _FIELDS})

    def add(self, fields: list[tuple[str, str, str]]) -> None:
        for name, _, value in fields:
            if name in self.values and value:
                self.values[name].append(value)


def paragraph_roadmap(doc: Document) -> list[dict]:
    """Raw roadmap records of a plan written as numbered, labelled paragraphs; [] when none."""
    measures = _measures(doc)
    stated = [m for m in measures if m.values["deadline"] or m.values["responsible"]]
    if len(stated) < settings()["min_roadmap_items"]:
        return []
    return _records(measures)


def _measures(doc: Document) -> list[_Measure]:
    stretches = kind_blocks(doc, KIND, announced=False)     # the order approving it numbers its own points
    if not stretches:
        return []                          # asked of every file with no roadmap table: most hold no plan
    out: list[_Measure] = []
    current: _Measure | None = None
    part: str | None = None
    loose: str | None = None
    for ln in lines_of(doc):
        if ln.row is not None or not any(a <= ln.block < b for a, b in stretches):
            current = None
            continue
        rl = read_line(ln.text, KIND)
        num = item_number(ln.text) if rl.depth else None
        if not rl.fields and opens_period(ln.text):  # «1 квартал 2025 года»: its number is no measure's
            # (it heads the measures below, as a row across a roadmap table does)
            loose, current = clean_text(ln.text), None
        elif rl.depth == 0 and not rl.fields:        # «II. Кадровый блок»: a part of the plan
            part, loose, current = rl.lead, None, None
        elif num and num[1] and rl.lead:             # a measure, its labels maybe in the same paragraph
            current = _Measure(num[0], [rl.lead], part, loose, [ln.source])
            current.add(rl.fields)
            out.append(current)
        elif rl.fields and current is not None and rl.number is None:
            current.add(rl.fields)
            current.sources.append(ln.source)
        elif _goes_on(current, rl) and not _bold(doc, ln.block):
            current.activity.append(ln.text.strip())     # the measure's wording cut into two paragraphs
            current.sources.append(ln.source)
        else:
            current = None
            if rl.number is None and not rl.fields and _bold(doc, ln.block):
                loose = clean_text(ln.text)
    return out


def _goes_on(current: _Measure | None, rl) -> bool:
    """Whether an unnumbered, unlabelled paragraph goes on with the measure's wording: no label has
    followed it yet, and it opens in lower case (a new sentence of body text opens capitalised)."""
    return current is not None and not any(current.values.values()) and rl.number is None \
        and not rl.fields and rl.lead[:1].islower()


def _bold(doc: Document, block: int) -> bool:
    """Whether an unnumbered line is bold: it heads the measures below, as a row across a roadmap
    table does (a line opening with a period, «2025 год», does too: `_measures`)."""
    return getattr(doc.blocks[block], "bold", False)


def _records(measures: list[_Measure]) -> list[dict]:
    # numbers within their Roman part: a plan numbers each part's measures apart («1.» again in part II)
    parents = {(m.part, parent_of(m.no)) for m in measures}
    titles = {(m.part, m.no): " ".join(m.activity) for m in measures if (m.part, m.no) in parents}
    out = []
    for m in measures:
        labelled = any(m.values.values())
        if not labelled and (m.part, m.no) not in parents:
            continue                                  # an order's own point, no measure
        chain, no = [], parent_of(m.no)
        while no is not None:
            if (m.part, no) in titles:
                chain.append([titles[(m.part, no)], False])
            no = parent_of(no)
        if m.heading:                                 # innermost: it sits under the numbered ones
            chain.insert(0, [m.heading, False])
        if m.part:
            chain.append([m.part, False])
        joined = {f: clean_text("; ".join(v)) or None for f, v in m.values.items()}
        first = m.sources[0]
        out.append({
            "item_no": m.no, "parent_no": parent_of(m.no), "is_section": not labelled,
            "activity": clean_text(" ".join(m.activity)), "headings": chain[::-1],
            "deadline_raw": joined["deadline"], "responsible_raw": joined["responsible"],
            "deliverable": joined["deliverable"], "footnotes": [],
            "source_row": first.row if first.row is not None else first.line,
            **locate(m.sources),
        })
    return out
