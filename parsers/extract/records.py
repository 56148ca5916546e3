"""Touchpoint lists written as paragraphs, not as a table: numbered records, «Поле: значение» blocks.

    paragraph_records(doc) -> [ParaRecord]      one per touchpoint per process, document order

Shapes read (each paragraph by `record_lines.py`, labels by the table headers' vocabulary):

    1. Направление: Социальная поддержка              a labelled direction (its number: the group)
    1.1. Процесс: Назначение выплаты                  a labelled process
    Точка взаимодействия: ЕПГУ (цифровая)             a point; «Точки …: ЕПГУ; МФЦ» two points
    Потребности клиента: получение информации; …      what goes with the point(s) above
    1.1.1. Официальный сайт – цифровая точка; потребности: …   a point named by its type, unlabelled
    Точки взаимодействия:  /  Потребности:            a label with no value: list items follow
    – Единый портал (цифровая)                        a list item naming a point by its type
    | Точка взаимодействия | МФЦ |                    a two-column «Поле | значение» table: a row a line

Unlabelled numbered paragraphs («1. Социальная поддержка», «1.1. Назначение выплаты») are the
hierarchy: the nearest above a point is its process, the one above that (or a Roman-numbered or
bold one) its direction, as section rows head a table's rows; a paragraph ending with a colon
introduces and heads nothing; a point-type heading («Цифровые точки») types the points under it.
The reader is a fallback (touchpoints.py asks it only where no table was read), and a
document's records count only when they look like a list: at least `min_records` points that
state needs or a type beside their own name — a procedure defining the list's fields is no
list, and the list items after a lead-in ending with a colon («… подразделяются на:») are its
own, not points.  Unlabelled paragraphs naming a type («1. Обучение (очно) – 2 квартал») count
only where the document also labels points or needs, heads points by their type, or writes
needs after a type and a colon, or where they stand in a touchpoint list's stretch (`topic.kind_blocks`:
after its title, or in an order approving one, up to a plan's or a procedure's title — there a
dash after the type leads needs): a roadmap's events in a format are no list.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..document import Document, Paragraph, Source
from ..tables.column_roles import with_stand_ins
from ..tables.sections import read_heading
from .header_words import opens_stamp
from .lines import Line, lines_of
from .record_lines import KIND, RecordLine, label_field, plural_label, read_line, read_point, settings, split_type
from .topic import kind_blocks
from textcore.clean import clean_text
from textcore.point_type import kind_only, match_point_type

_CAPTION = re.compile(r"(\D+?)\s*№\s*\d+[.)]?$")
_NODES = ("direction", "process", "group_no")     # fields of the hierarchy; the rest go with the points


@dataclass
class ParaRecord:
    group_no: str | None
    direction: str | None
    process: str
    touchpoint: str
    point_type: str | None
    interactions: list[str]
    features: list[str]
    sources: list[Source]
    paragraphs: list[int] = field(default_factory=list)   # 1-based paragraphs of a Word/HTML record
    stated: bool = False                  # it states needs, or a type beside its own name: a list's record
    lead: bool = False                    # an unlabelled paragraph named it with its type: a list's only with evidence
    block: int | None = None              # the document block of its first line
    after_dash: str = ""                  # «МФЦ (офлайн) – подача заявления»: needs where the document lists points
    listed: bool = False                  # it stands where the order's or a title's touchpoint list does


@dataclass
class _Node:
    depth: float                            # 0 Roman/heading, 1 "1.", 2 "1.1."; a labelled one between
    title: str
    number: str | None
    labelled: str = ""                    # "direction" / "process" when a label said so


@dataclass
class _Group:
    """The points of one record and what goes with them."""
    points: list[tuple[str, str | None]] = field(default_factory=list)
    fields: dict[str, list[str]] = field(default_factory=dict)
    lines: list[Line] = field(default_factory=list)
    nodes: list[_Node] = field(default_factory=list)      # the hierarchy when it started
    point_type: str | None = None
    lead: bool = False                    # its point is an unlabelled paragraph's lead
    last: str | None = None               # the field whose value the last line wrote (a wrap continues it)
    after_dash: str = ""                  # what a dash after its type in parentheses led


class _Walk:
    def __init__(self):
        self.nodes: list[_Node] = []
        self.group: _Group | None = None
        self.open: str | None = None          # the field a label with no value opened for list items
        self.point_type: str | None = None    # a point-type heading's, for the points under it
        self.leadin = False                   # a paragraph ending with ":" came: its list items are its own
        self.shared: dict[str, list[str]] = {}   # needs stated under a process before its points
        self.shared_lines: list[Line] = []       # ... and the lines that stated them (provenance)
        # a label for points or needs, a point-type heading, or needs after a colon came: the document
        # lists points, so unlabelled paragraphs naming a type are its points (not a roadmap's «(очно)»)
        self.evidence = False
        self.out: list[ParaRecord] = []

    def line(self, ln: Line, para: Paragraph) -> None:
        rl = read_line(ln.text)
        # «Форма контакта: офлайн» beside «Точка контакта: …»: a label the vocabulary gives the point whose
        # value is only a kind names the point's kind, no point («Канал: Электронная почта» stays the point)
        rl.fields = [("point_type" if name == "touchpoint" and kind_only(value.strip(" .;")) else name, label, value)
                     for name, label, value in rl.fields]
        names = [f for f, _, _ in rl.fields]
        # a long paragraph is body text, unless numbered and naming a point with its type (many needs)
        if not names and len(ln.text) > settings()["max_body_chars"] and not (rl.number and self._typed(rl)):
            self.close()
            self.nodes, self.point_type = [], None        # body text: the list (if any) has ended
        elif not names and self.open and (rl.list_mark or rl.number is None and
                                          len(ln.text.split()) <= settings()["item_max_words"]):
            self.item(rl, ln)
        elif "touchpoint" in names or self._typed(rl) and not (self.leadin and rl.list_mark):
            self.record(rl, ln)
        elif names:
            self.labels(rl, ln)
        elif rl.depth is not None or para.bold or para.is_heading:
            self.node(rl, para)
        elif self.group is not None and self.group.last and ln.text[:1].islower():
            self.wrapped(ln)      # before the stamp: «приложения к нему», «утвержденного …» go on a field
        elif opens_stamp(ln.text):
            # an appendix's stamp: what the order's text above numbered («2. Контроль за исполнением …»)
            # heads none of its records; a scan marks no title bold to end it otherwise
            self.close()
            self.nodes, self.point_type = [], None
        elif not rl.list_mark:
            self.close()
        if not rl.list_mark:
            self.leadin = not names and ln.text.rstrip().endswith(":")

    @staticmethod
    def _typed(rl: RecordLine) -> bool:
        """An unlabelled point named with its type: numbered, a list item, or with labels after it."""
        return bool(rl.lead) and split_type(rl.lead)[1] is not None and (rl.number is not None or bool(rl.fields))

    def record(self, rl: RecordLine, ln: Line) -> None:
        self.close()
        self.cut(rl.depth)
        names = [f for f, _, _ in rl.fields]
        first = names.index("touchpoint") if "touchpoint" in names else 0
        # «Процесс: …; Точка взаимодействия: …», or the process after the point in the one paragraph
        # («1. Канал: …. Процесс: …. Потребности: …»): a record's levels, whichever place its labels take
        for name, _, value in rl.fields:
            if name in _NODES:
                self.labelled_node(name, value, rl)
        if "touchpoint" in names and rl.lead and rl.depth is not None and not rl.fields[:first]:
            # «1.1. Назначение выплаты; точки взаимодействия: …»: the numbered lead is the process
            self.nodes.append(_Node(rl.depth, rl.lead.strip(" .;"), rl.number.label))
            self.shared = {}
        self.group = _Group(lines=[ln], nodes=list(self.nodes), point_type=self.point_type)
        if "touchpoint" not in names:
            name, ptype, rest, led = read_point(rl.lead)
            self.group.points.append((name, ptype))
            self.group.lead = True
            self.evidence |= led == ":"
            if led == "–":                              # needs, or a roadmap's «(очно) – 2 квартал»
                self.group.after_dash = rest
            elif rest:                                  # «МФЦ (офлайн): подача заявления»
                self.group.fields["interaction"] = [rest]
        self.labels(rl, ln, nodes_read=True)     # what a label before the point states is its own too

    def labels(self, rl: RecordLine, ln: Line, start: int = 0, nodes_read: bool = False) -> None:
        for name, label, value in rl.fields[start:]:
            if name in _NODES:
                if not nodes_read:
                    self.labelled_node(name, value, rl)
                continue
            g = self.group
            if g is None:                         # needs stated before the points: the process's
                g = self.group = _Group(lines=[ln], nodes=list(self.nodes), point_type=self.point_type)
            if not g.lines or g.lines[-1] is not ln:
                g.lines.append(ln)
            self.evidence |= name in ("touchpoint", "interaction")
            if name == "touchpoint":
                g.point_type = label if match_point_type(label) else g.point_type
                parts = value.split(";") if plural_label(label) else [value]    # «Точки взаимодействия: ЕПГУ; МФЦ»
                g.points += [split_type(p) for p in parts if p.strip()]
            elif value:
                g.fields.setdefault(name, []).append(value)
            g.last = name if value else None
            self.open = None if value else name

    def labelled_node(self, name: str, value: str, rl: RecordLine) -> None:
        """«Направление: …», «1.1. Процесс: …»: numbered, it sits at its number's depth; not,
        it replaces the last node of its kind and sits just under the node above that."""
        self.close()
        if rl.depth is not None:
            depth = rl.depth
            self.cut(depth)
        else:
            same = [k for k, n in enumerate(self.nodes) if n.labelled == name or
                    name == "direction" and n.labelled == "process"]
            if same:
                self.nodes = self.nodes[:same[0]]
            depth = (self.nodes[-1].depth if self.nodes else 0) + 0.5
        if name != "group_no" and value:
            number = rl.number.label if rl.number is not None and rl.depth is not None else None
            self.nodes.append(_Node(depth, value, number, name))
        self.shared = {}

    def wrapped(self, ln: Line) -> None:
        """A line of converted text that a hard wrap cut from the field above (it opens in lower case)."""
        g = self.group
        if g.last == "touchpoint" and g.points:
            name, ptype = g.points[-1]
            g.points[-1] = (f"{name} {ln.text.strip()}", ptype) if ptype else split_type(f"{name} {ln.text}")
        elif g.fields.get(g.last):
            g.fields[g.last][-1] = f"{g.fields[g.last][-1]} {ln.text.strip()}"
        g.lines.append(ln)

    def item(self, rl: RecordLine, ln: Line) -> None:
        """A list item under a label with no value: a point, or what goes with the points."""
        text = (rl.number.rest if rl.number is not None else rl.lead).strip().rstrip(";,.").strip()
        if not text or self.group is None:
            return
        if self.open == "touchpoint":
            self.group.points.append(split_type(text))
        else:
            self.group.fields.setdefault(self.open, []).append(text)
        self.group.lines.append(ln)

    def node(self, rl: RecordLine, para: Paragraph) -> None:
        self.close()
        sec = read_heading(clean_text(para.text), para.bold or para.is_heading)
        if sec.role == "point_type":
            self.point_type, self.evidence = sec.title, True
            return
        if sec.role == "skip" and _card_caption(sec.title):
            return          # «Точка взаимодействия № 3» over a card: a point's number, not a level
        # unnumbered: a heading's level says its depth («Заголовок 2» under «Заголовок 1»), a bold line heads all
        depth = rl.depth if rl.depth is not None else max(para.level - 1, 0)
        self.cut(depth)
        if sec.role == "direction" or depth and rl.lead and not rl.lead.rstrip().endswith(":"):
            self.nodes.append(_Node(depth, sec.title if rl.depth in (None, 0) else rl.lead.strip(" .;"),
                                    rl.number.label if rl.number is not None else None))
            self.shared = {}
        self.point_type = None

    def cut(self, depth: int | None) -> None:
        """A paragraph numbered at this depth ends the nodes at its depth and below (and what
        their points shared)."""
        if depth is not None:
            kept = [n for n in self.nodes if n.depth < depth]
            self.shared = self.shared if len(kept) == len(self.nodes) else {}
            self.nodes = kept

    def close(self) -> None:
        g, self.group, self.open = self.group, None, None
        if g is not None and not g.points:
            # what the points after it, in the same process, share; and where it was stated
            self.shared, self.shared_lines = g.fields, g.lines
        if g is None or not g.points:
            return
        lines = list(g.lines)
        for name, values in self.shared.items():
            if name not in g.fields:
                g.fields[name] = values
                lines += [ln for ln in self.shared_lines if all(ln is not x for x in lines)]
        direction, number, process = _place(g.nodes)
        sources = [ln.source or Source(line=ln.line) for ln in lines]
        paragraphs = sorted({ln.paragraph for ln in lines if ln.paragraph is not None})
        # a stage («Этап клиентского пути: подача заявления») is the need where none is stated
        needs = list(with_stand_ins("touchpoint_list", g.fields).get("interaction", []))
        for name, ptype in g.points:
            own = ptype or _first(g, "point_type")
            if name:
                self.out.append(ParaRecord(number, direction, process, name, own or g.point_type, list(needs),
                                           list(g.fields.get("features", [])), sources, paragraphs,
                                           stated=bool(needs or own), lead=g.lead,
                                           block=min(ln.block for ln in lines), after_dash=g.after_dash))


def _card_caption(text: str) -> bool:
    """A heading numbering one point («Точка взаимодействия № 3» over its card): a label naming
    the point field, then its number."""
    m = _CAPTION.match(text.strip())
    return bool(m) and label_field(m.group(1)) == "touchpoint"


def _first(g: _Group, name: str) -> str | None:
    return (g.fields.get(name) or [None])[0]


def _place(nodes: list[_Node]) -> tuple[str | None, str | None, str]:
    """(direction, its number, process) of a record under these nodes: labels first, then the
    nearest unlabelled numbered node is the process and the one above it the direction."""
    nodes = list(nodes)
    process = next((n for n in reversed(nodes) if n.labelled == "process"), None)
    direction = next((n for n in reversed(nodes) if n.labelled == "direction"), None)
    free = [n for n in nodes if not n.labelled and (direction is None or n.depth > direction.depth)]
    if process is None and free and free[-1].depth > 0:
        process = free.pop()
    if direction is None:
        direction = next((n for n in reversed(free) if process is None or n.depth < process.depth), None)
    return (direction.title if direction else None, direction.number if direction else None,
            process.title if process else "")


def paragraph_records(doc: Document) -> list[ParaRecord]:
    """The records of a touchpoint list written as paragraphs; [] where the text holds none."""
    walk = _Walk()
    for ln in lines_of(doc, joiner="\t"):
        block = doc.blocks[ln.block]
        if isinstance(block, Paragraph):
            walk.line(ln, block)
            continue
        cells = ln.text.split("\t")
        if len(cells) == 2 and label_field(cells[0]):       # a «Поле | значение» table: a row a line
            text = f"{cells[0].strip().rstrip(':')}: {cells[1]}"
            walk.line(replace(ln, text=text), Paragraph(text))
        else:
            walk.close()                      # any other table ends a record
    walk.close()
    out = walk.out
    # the order approves a touchpoint list, or a title names one: its typed paragraphs are points, and
    # what a dash leads after their type their needs («1.1.1. ЕПГУ (цифровая) – подать заявление»);
    # only within the list's stretch: a plan beside it («Обучение (очно) – 2 квартал») is none, nor a
    # label elsewhere in the text a sign
    spans = kind_blocks(doc, KIND)
    for r in out:
        r.listed = r.block is not None and any(a <= r.block < b for a, b in spans)
        if r.listed and r.after_dash:
            r.interactions.append(r.after_dash)
    if not walk.evidence:                 # no label: only the list's stretch holds its (typed) points
        out = [r for r in out if r.listed]
    # a procedure defining the list's fields («Точка взаимодействия: место, где …») states a point
    # or two with nothing beside them; a list states needs or types point after point
    listed = sum(r.stated for r in out)
    return out if listed >= settings()["min_records"] else []
