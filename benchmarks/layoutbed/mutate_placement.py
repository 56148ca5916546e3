"""`--mutate placement=mixed`: WHERE a touchpoint list puts each field, drawn per field and rendered in combination.

Every held-out writer placed the fields somewhere no reader looked (a register of coded channels, kind columns, a
card per point, rows grouped by channel, needs in a keyed second table) and the next one combined placements anew.
This mutation draws, per document and per field, one placement from a grammar and lays the list out again from the
gold's points (`placement_points`), the rest of the document (preamble, sign-off) as it was:

* direction — `column`; `row` (a full-width row over its points); `caption` (a table per direction under a caption);
  `runin` (a labelled line in the process's cell, «Сфера деятельности: …»);
* process — `column`; `row` (a full-width row over its points); `merged` (a column merged down over its run);
* channel — `column`; `row` (a full-width row over the points of a run of one channel, the point's other fields in
  the row under it); `register` (table 1 «Код | Канал», the list naming the channel by its code);
* kind (where the gold states one) — `column`; `suffix` («Сайт (в цифровом формате)»); `row` (a row over each run
  of one kind); `columns` (two kind columns, the channel written in its kind's); `tables` (a table per run of one
  kind under a caption) — the kind's words from `kind_words`;
* needs — `column`; `dash` (lines after a dash in the channel's cell); `keyed` (a second table «№ точки |
  Потребности» keyed by the points' numbers).

The points keep the gold's order (the score aligns in order), so a run is consecutive points; a combination that
cannot stand (a channel row with needs in the channel's cell, two kind columns with a channel row) takes the
column instead.  Headings, captions and labels are the bed's own words, written from the contract's definitions
(shared CONTRACT.md §3–4).  Seeded; the gold unchanged; never imports the program."""
from __future__ import annotations

import random

from . import kind_words
from .doc import Cell, Doc, Para, Table
from .placement_points import Point, direction_words, points

GRAMMAR = {"direction": ("column", "row", "caption", "runin"), "process": ("column", "row", "merged"),
           "channel": ("column", "row", "register"), "kind": ("column", "suffix", "row", "columns", "tables"),
           "needs": ("column", "dash", "keyed")}
HEADS = {"no": ("№ п/п", "№", "Номер точки"),
         "direction": ("Направление деятельности", "Сфера деятельности ведомства", "Функция (направление работы)"),
         "process": ("Процесс", "Клиентский процесс (услуга, функция)", "Жизненная ситуация / услуга"),
         "channel": ("Канал взаимодействия", "Точка взаимодействия (канал)", "Способ взаимодействия с клиентом"),
         "code": ("Код канала", "Канал (код по таблице 1)", "№ канала по реестру"),
         "kind": ("Вид точки", "Формат взаимодействия", "Характер точки взаимодействия"),
         "needs": ("Потребности клиента", "Цель обращения клиента", "Что необходимо получателю услуги")}
RUNIN = ("Сфера деятельности", "Направление", "Направление деятельности")
DIR_CAPTIONS = ("{n}. {d}", "Раздел {n}. {d}", "Направление деятельности: {d}", "{d}", "Таблица {n} – {d}")
DIR_ROWS = ("{d}", "{r}. {d}", "Направление: {d}")
PROC_ROWS = ("{p}", "Процесс: {p}", "{n}.{m}. {p}")
CHAN_ROWS = ("{c}", "Канал: {c}", "Точка взаимодействия – {c}")
REGISTER_CAPTIONS = ("Таблица 1. Реестр каналов взаимодействия с клиентами", "Перечень используемых каналов",
                     "Каналы взаимодействия")
CODES = ("К{k}", "{k}", "КВ-{k:02d}")
KEY_HEADS = (("№ точки", "Потребности клиента"), ("Номер точки по перечню", "Потребности получателей услуг"))
KEY_CAPTIONS = ("Потребности клиентов по точкам взаимодействия", "Таблица 2", "")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")


def draw(rng: random.Random, kinds: bool) -> dict[str, str]:
    """One placement per field, then what cannot stand together made a column."""
    p = {f: rng.choice(v) for f, v in GRAMMAR.items()}
    if not kinds:
        p["kind"] = "none"
    if p["channel"] == "row" and p["kind"] == "columns":
        p["kind"] = "column"
    if p["channel"] == "row" and p["needs"] == "dash":
        p["needs"] = "column"
    if p["direction"] == "runin" and p["process"] == "row":
        p["process"] = "column"
    if p["process"] == "row" and p["channel"] == "row":
        p["needs"] = "column"             # a point's own row keeps a field of its own
    return p


def _head(field: str, rng: random.Random) -> Cell:
    return Cell([rng.choice(HEADS[field])], bold=True)


def _columns(p: dict[str, str], numbered: bool) -> list[str]:
    cols = ["no"] if numbered else []
    cols += ["direction"] if p["direction"] == "column" else []
    cols += ["process"] if p["process"] != "row" else []
    if p["kind"] == "columns":
        cols += ["kind_digital", "kind_offline"]
    elif p["channel"] == "column":
        cols += ["channel"]
    elif p["channel"] == "register":
        cols += ["code"]
    cols += ["kind"] if p["kind"] == "column" and p["channel"] != "register" else []
    cols += ["needs"] if p["needs"] == "column" else []
    return cols


class _Layout:
    """The new list's blocks, built point by point."""

    def __init__(self, pts: list[Point], p: dict[str, str], rng: random.Random):
        self.pts, self.p, self.rng = pts, p, rng
        self.words = kind_words.draw(rng)
        self.numbered = p["needs"] == "keyed" or rng.random() < 0.7
        self.cols = _columns(p, self.numbered)
        self.heads = {c: _head(c, rng) for c in self.cols if not c.startswith("kind_")}
        self.codes = self._codes()
        self.styles = {k: rng.randrange(len(v)) for k, v in (("dir_caption", DIR_CAPTIONS), ("dir_row", DIR_ROWS),
                       ("proc_row", PROC_ROWS), ("chan_row", CHAN_ROWS), ("runin", RUNIN))}
        self.suffix = rng.randrange(2)
        self.needs_style = rng.choice(("lines", "semicolons"))
        self.blocks: list[Para | Table] = []
        self.table: Table | None = None

    def _codes(self) -> dict[str, str]:
        if self.p["channel"] != "register":
            return {}
        style, out = self.rng.choice(CODES), {}
        for pt in self.pts:
            out.setdefault(pt.channel, style.format(k=len(out) + 1))
        return out

    # --- cells -----------------------------------------------------------------------------

    def channel_text(self, pt: Point) -> str:
        text = pt.channel
        if self.p["kind"] == "suffix" and pt.kind:
            text += self.words.suffix(pt.kind, self.suffix)
        return text

    def channel_cell(self, pt: Point, text: str | None = None) -> Cell:
        paras = [text if text is not None else self.channel_text(pt)]
        if self.p["needs"] == "dash":
            paras += [f"– {n.rstrip('.;')}" for n in pt.needs]
        return Cell(paras)

    def needs_cell(self, pt: Point) -> Cell:
        if self.needs_style == "lines":
            return Cell(list(pt.needs))
        return Cell(["; ".join(n.rstrip(".;") for n in pt.needs)] if pt.needs else [])

    def process_cell(self, pt: Point) -> Cell:
        if self.p["direction"] == "runin":
            label = RUNIN[self.styles["runin"]]
            end = "" if pt.direction[-1:] in ".:;»)" else "."
            return Cell([f"{label}: {pt.direction}{end}", pt.process])
        return Cell([pt.process])

    def cell(self, col: str, pt: Point) -> Cell:
        if col == "no":
            return Cell([f"{pt.no}."])
        if col == "direction":
            return Cell([pt.direction])
        if col == "process":
            return self.process_cell(pt)
        if col == "channel":
            return self.channel_cell(pt)
        if col == "code":
            return self.channel_cell(pt, self.codes[pt.channel])
        if col == "kind":
            return Cell([self.words.value(pt.kind)] if pt.kind else [])
        if col.startswith("kind_"):
            mine = pt.kind == col[5:]
            text = self.codes[pt.channel] if self.codes else self.channel_text(pt)
            return self.channel_cell(pt, text) if mine else Cell(["–"])
        return self.needs_cell(pt)

    # --- rows and tables ------------------------------------------------------------------

    def header(self) -> list[Cell]:
        return [Cell([self.words.head(c[5:])], bold=True) if c.startswith("kind_") else Cell(list(self.heads[c].paras),
                bold=True) for c in self.cols]

    def new_table(self, caption: str | None = None) -> None:
        if caption:
            self.blocks.append(Para(caption, bold=self.rng.random() < 0.6))
        self.table = Table([self.header()], header_rows=1, repeat_header=True)
        self.blocks.append(self.table)

    def full_row(self, text: str) -> None:
        self.table.rows.append([Cell([text], span=len(self.cols), bold=True)])

    def point_row(self, pt: Point, above: Point | None) -> None:
        row = [self.cell(c, pt) for c in self.cols]
        if self.p["process"] == "merged" and above is not None and (above.section, above.process) == \
                (pt.section, pt.process) and self.table.rows and len(self.table.rows[-1]) == len(self.cols):
            j = self.cols.index("process")
            self.table.rows[-1][j].vmerge = self.table.rows[-1][j].vmerge or "restart"
            row[j] = Cell([], vmerge="continue")
        self.table.rows.append(row)


def _changed(a: Point | None, b: Point, key) -> bool:
    return a is None or key(a) != key(b)


def lay_out(pts: list[Point], p: dict[str, str], rng: random.Random) -> list[Para | Table]:
    lay = _Layout(pts, p, rng)
    if p["channel"] == "register":
        lay.blocks += _register(lay)
    above: Point | None = None
    for pt in pts:
        new_dir = _changed(above, pt, lambda x: x.section)
        new_kind = new_dir or _changed(above, pt, lambda x: x.kind)
        new_proc = new_dir or _changed(above, pt, lambda x: (x.process, x.kind if p["kind"] in ("row", "tables")
                                                             else None))
        if lay.table is None or (new_dir and p["direction"] == "caption") or (new_kind and p["kind"] == "tables"):
            caption = DIR_CAPTIONS[lay.styles["dir_caption"]].format(n=pt.section + 1, d=pt.direction) \
                if p["direction"] == "caption" and new_dir else None
            if p["kind"] == "tables" and pt.kind:
                if caption:
                    lay.blocks.append(Para(caption, bold=True))
                caption = lay.words.row(pt.kind)
            lay.new_table(caption)
            above = None                  # a merge never runs into a new table's header
        if new_dir and p["direction"] == "row":
            lay.full_row(DIR_ROWS[lay.styles["dir_row"]].format(d=pt.direction, r=ROMAN[pt.section % 10]))
        if new_kind and p["kind"] == "row" and pt.kind:
            lay.full_row(lay.words.row(pt.kind))
        if new_proc and p["process"] == "row":
            m = len({(q.process) for q in pts[:pt.no] if q.section == pt.section})
            lay.full_row(PROC_ROWS[lay.styles["proc_row"]].format(p=pt.process, n=pt.section + 1, m=m))
        if p["channel"] == "row" and (new_proc or _changed(above, pt, lambda x: x.channel)):
            lay.full_row(CHAN_ROWS[lay.styles["chan_row"]].format(c=lay.channel_text(pt)))
        lay.point_row(pt, above)
        above = pt
    if p["needs"] == "keyed":
        lay.blocks += _keyed(lay)
    return lay.blocks


def _register(lay: _Layout) -> list[Para | Table]:
    """Table 1: each channel once with its code (and its kind, where the list has a kind column)."""
    with_kind = lay.p["kind"] == "column"
    head = [Cell(["Код"], bold=True), _head("channel", lay.rng)] + ([_head("kind", lay.rng)] if with_kind else [])
    rows, seen = [head], set()
    for pt in lay.pts:
        if pt.channel in seen:
            continue
        seen.add(pt.channel)
        text = pt.channel + (lay.words.suffix(pt.kind, lay.suffix) if lay.p["kind"] == "suffix" and pt.kind else "")
        rows.append([Cell([lay.codes[pt.channel]]), Cell([text])] +
                    ([Cell([lay.words.value(pt.kind)] if pt.kind else [])] if with_kind else []))
    return [Para(lay.rng.choice(REGISTER_CAPTIONS), bold=True), Table(rows, header_rows=1, repeat_header=True)]


def _keyed(lay: _Layout) -> list[Para | Table]:
    head = lay.rng.choice(KEY_HEADS)
    rows = [[Cell([head[0]], bold=True), Cell([head[1]], bold=True)]]
    rows += [[Cell([str(pt.no)]), lay.needs_cell(pt)] for pt in lay.pts if pt.needs]
    caption = lay.rng.choice(KEY_CAPTIONS)
    return ([Para(caption, bold=True)] if caption else []) + [Table(rows, header_rows=1, repeat_header=True)]


def _list_span(doc: Doc) -> tuple[int, int] | None:
    """The blocks the list stands in: from the first table holding a gold point (and the caption right above it)
    to the last table holding a gold text, the paragraphs between included."""
    texts = [t for g in doc.gold for t in (g["touchpoint"], *g["needs_text"]) if t]

    def holds(b) -> bool:
        if not isinstance(b, Table):
            return False
        cells = " ".join(" ".join(c.paras) for row in b.rows for c in row)
        return any(t in cells for t in texts)
    at = [i for i, b in enumerate(doc.blocks) if holds(b)]
    if not at:
        return None
    return at[0], at[-1]


def mixed(doc: Doc, group: list[Table], rng: random.Random) -> None:
    if doc.kind != "touchpoint_list" or not doc.gold or doc.__dict__.get("_placed"):
        return
    span = _list_span(doc)
    if span is None:
        return
    pts, _ = points(doc)
    first, last = span
    # the first direction's caption right above the list goes with it (it would head the new list twice)
    while first and isinstance(doc.blocks[first - 1], Para) and \
            direction_words(doc.blocks[first - 1].text) == pts[0].direction:
        first -= 1
    p = draw(rng, any(pt.kind for pt in pts))
    doc.__dict__["_placed"] = p       # one layout a document, whatever its number of list tables
    doc.blocks[first:last + 1] = lay_out(pts, p, rng)


PLACEMENT_MUTATIONS = {"placement=mixed": mixed}
