"""Mutations that re-group what a list's rows say (`--mutate ditto,needs_apart,records`).

Shapes real orders give any list, which no earlier mutation makes:

* `ditto` — a column whose value runs over rows (a direction, a process, a channel over its points)
  written out with a repeat mark under its first value, «-//-», «то же», «"», «—"—» (one mark a list;
  a merged cell unmerged), where the set left it blank, merged it or repeated it;
* `needs_apart` — the needs column taken out of the list into a second table after it, keyed by the
  point's number («№ точки | Потребности»), a number column added where the list has none;
* `records` — the list written as numbered paragraphs with run-in labels, its own headings
  («1. Направление деятельности: …. Процесс: …. Канал взаимодействия: …. Потребность: …; …»), one a
  point, or a labelled field a paragraph; a full-width row a paragraph of its own; no table.

A column's role is told by the gold's texts where it matters (the needs column: its cells hold the
gold's need texts), never by the program.  Each keeps every gold text in the document, in the gold's
row order; `mutate.apply` calls them with the document."""
from __future__ import annotations

import random
import re

from .doc import Cell, Doc, Para, Table
from .mutate_rows import _SHORT, _body, _drop, _numbered_col, _numbers, _plain, _runs, _text, _unshared, _width

_MARKS = ("-//-", "то же", "\"", "—\"—", "-\"-")


def _norm(text: str) -> str:
    return " ".join(re.findall(r"[0-9a-zа-яё]+", text.lower()))


def needs_column(doc: Doc, group: list[Table]) -> int | None:
    """The column whose filled body cells mostly hold one of the gold's need texts."""
    needs = {_norm(t) for g in doc.gold for t in g.get("needs_text") or ()} - {""}
    if doc.kind != "touchpoint_list" or not needs:
        return None
    best, share = None, 0.5
    for col in range(_width(group[0])):
        cells = [_norm(_text(t.rows[r][col])) for t in group for r in _body(t) if _text(t.rows[r][col])]
        hits = sum(any(n in c for n in needs) for c in cells)
        if cells and hits / len(cells) > share:
            best, share = col, hits / len(cells)
    return best


def holds_points(doc: Doc, group: list[Table]) -> bool:
    """Some column's body cells name the gold's points (the list, not a sign-off sheet beside it)."""
    points = {_norm(g.get("touchpoint") or "") for g in doc.gold} - {""}
    rows = [{_norm(_text(c)) for c in t.rows[r]} for t in group for r in _body(t)]
    hits = sum(bool(points & cells) for cells in rows)     # a list of one point among several lists counts too
    return doc.kind == "touchpoint_list" and hits >= 1 and hits * 2 >= min(len(rows), 4)


# --- ditto -----------------------------------------------------------------------------------

def ditto(doc: Doc, group: list[Table], rng: random.Random) -> None:
    first = 1 if _numbered_col(group) else 0
    need, n = needs_column(doc, group), _width(group[0])
    # never a column of marks («+», «да», «–»): a run of «–» there is a need not marked, no value repeated
    cols = [c for c in range(first, n) if c != need and c not in _mark_columns(group, first, n) and _runs(group, c)]
    if not cols:
        return
    mark = rng.choice(_MARKS)
    for col in rng.sample(cols, min(len(cols), rng.choice((1, 2)))):
        for t in group:
            n, last = _width(t), None
            for r in range(t.header_rows, len(t.rows)):
                row = t.rows[r]
                if not _plain(row, n) or _numbers(row):
                    last = None           # a section row or a numbers row: the value is stated afresh under it
                    continue
                c = row[col]
                v = "" if c.vmerge == "continue" else _text(c)
                if last is not None and (not v or v == last):
                    row[col] = Cell([mark])
                    continue
                c.vmerge = None           # the run's merge undone: its rows carry the mark instead
                last = v or None


# --- needs_apart -----------------------------------------------------------------------------

_KEY_HEADS = (("№ точки", "Потребности"), ("Номер точки взаимодействия", "Потребности клиентов"),
              ("№ точки по перечню", "Потребность получателя услуг"))
_CAPTIONS = ("Потребности клиентов по точкам взаимодействия", "Таблица 2", "")


def _numbers_fresh(t: Table) -> None:
    for row in t.rows:
        if _numbers(row):
            for j, c in enumerate(row):
                c.paras = [str(j + 1)]


def _add_numbers(group: list[Table]) -> None:
    """A row-number column before the first: «№ п/п» over the header, 1, 2, … on the point rows."""
    k = 0
    for t in group:
        n = _width(t)
        for r, row in enumerate(t.rows):
            if r < t.header_rows and not _numbers(row):
                top = r == 0 or all(_numbers(x) for x in t.rows[:r])
                row.insert(0, Cell(["№ п/п"], bold=True, vmerge="restart" if t.header_rows > 1 else None) if top
                           else Cell([], vmerge="continue"))
            elif _plain(row, n) and not _numbers(row) and r >= t.header_rows:
                k += 1
                row.insert(0, Cell([str(k)]))
            elif len(row) == 1:
                row[0].span += 1
            else:
                row.insert(0, Cell([]))
        if t.widths_mm:
            t.widths_mm.insert(0, 12.0)
        _numbers_fresh(t)


def needs_apart(doc: Doc, group: list[Table], rng: random.Random) -> None:
    need = needs_column(doc, group)
    if need is None or _width(group[0]) < 3:
        return
    if not _numbered_col(group):
        _add_numbers(group)
        need += 1
    keys = [_text(t.rows[r][0]) for t in group for r in _body(t)]
    if any(not k for k in keys) or len(set(keys)) != len(keys):
        return                            # numbered afresh under each section: no key of one row
    head = rng.choice(_KEY_HEADS)
    rows: list[list[Cell]] = [[Cell([head[0]], bold=True), Cell([head[1]], bold=True)]]
    for t in group:
        above = None
        for r in _body(t):
            c = t.rows[r][need]
            if c.vmerge == "continue" and above is not None:
                c = above                 # needs merged over several points: each point's own
            above = c if c.vmerge != "continue" else above
            if _text(c):
                rows.append([Cell([_text(t.rows[r][0]).rstrip(".")]), Cell(list(c.paras), bullet=c.bullet)])
    n = _width(group[0])
    for t in group:
        t.rows[:] = [_drop(row, need, n) for row in t.rows]
        if t.widths_mm:
            t.widths_mm[need - 1] += t.widths_mm.pop(need)
        _numbers_fresh(t)
    blocks: list[Para | Table] = []
    caption = rng.choice(_CAPTIONS)
    if caption:
        blocks.append(Para(caption, bold=rng.random() < 0.5, center=True))
    blocks.append(Table(rows=rows, header_rows=1, widths_mm=[25.0, 150.0] if group[0].widths_mm else None))
    at = max(doc.blocks.index(t) for t in group) + 1
    doc.blocks[at:at] = blocks


# --- records ---------------------------------------------------------------------------------

def _labels(t: Table) -> list[str]:
    """Each grid column's heading: its header cells' texts top to bottom joined by « / » (a group cell's over
    each column under it), repeats, titles across the table and numbers rows left out."""
    n = _width(t)
    out: list[list[str]] = [[] for _ in range(n)]
    for row in t.rows[:t.header_rows]:
        if _numbers(row):
            continue
        col = 0
        for c in row:
            if c.span == n and n > 1:     # a title across the table names no column
                continue
            for j in range(col, min(col + c.span, n)):
                v = "" if c.vmerge == "continue" else _text(c)
                if v and v not in out[j]:
                    out[j].append(v)
            col += c.span
    return [" / ".join(x) for x in out]


_YES = {"+", "✓", "V", "v", "Х", "X", "х", "x", "да", "Да"}
_NO = {"", "-", "–", "—", "нет", "Нет"}


def _mark_columns(group: list[Table], first: int, n: int) -> set[int]:
    """Columns of marks («+», «✓», «да» or blank): each names its need in its heading, a record lists those marked."""
    out = set()
    for col in range(first, n):
        values = [_text(t.rows[r][col]) for t in group for r in _body(t)]
        if values and all(v in _YES | _NO for v in values) and any(v in _YES for v in values):
            out.add(col)
    return out


def _marked(labels: list[str], row: list[Cell], cols: set[int]) -> list[str]:
    """«Потребности: Информирование; Консультирование» — the marked columns' headings under their common top."""
    fields: dict[str, list[str]] = {}
    for j in sorted(cols):
        if _text(row[j]) in _YES:
            top, _, sub = labels[j].rpartition(" / ")
            fields.setdefault(top, []).append(sub)
    return [f"{top}: {'; '.join(subs)}" if top else "; ".join(subs) for top, subs in fields.items()]


def _label(parts: str) -> str:
    """A two-level heading as one label, the lower in brackets: «Точки взаимодействия (цифровые)»."""
    top, _, sub = parts.rpartition(" / ")
    return f"{top} ({sub})" if top else sub


def _value(c: Cell) -> str:
    return "; ".join(p.strip().rstrip(".;") for p in c.paras if p.strip())


def records(doc: Doc, group: list[Table], rng: random.Random) -> None:
    if not holds_points(doc, group):
        return
    first = 1 if _numbered_col(group) else 0
    labels, n = _labels(group[0]), _width(group[0])
    seen = doc.__dict__.setdefault("_record_labels", {})     # a continuation's header of numbers only: the list's
    labels = labels if any(labels[first:]) else seen.get(n, labels)
    if not any(labels[first:]):
        return
    seen[n] = labels
    marks = _mark_columns(group, first, n)
    carry = {c for c in range(first, n) if c != needs_column(doc, group) and _runs(group, c)}
    # a row-number column moved off the first place (a shuffled list) numbers the paragraph, no field
    numbers = {c for c in range(first, n)
               if all(_SHORT.match(x) or not x for x in (_text(t.rows[r][c]) for t in group for r in _body(t)))}
    style = rng.choice(("inline", "inline", "lines"))
    paras: list[Para] = []
    k = 0
    for t in group:
        last: dict[int, str] = {}
        for r in range(t.header_rows, len(t.rows)):
            row = t.rows[r]
            if _numbers(row):
                continue
            if not _plain(row, n):        # a section row: a heading paragraph of its own
                text = " ".join(_text(c) for c in row if _text(c))
                if text:
                    paras.append(Para(text, bold=True))
                last = {}
                continue
            k += 1
            number = _text(row[0]).rstrip(".") if first and _text(row[0]) else str(k)
            fields: list[str] = []
            for j in (j for j in range(first, n) if j not in numbers | marks):
                c = row[j]
                v = "" if c.vmerge == "continue" else _value(c)
                v = v or (last.get(j, "") if j in carry or c.vmerge == "continue" else "")
                if v:
                    last[j] = v
                    fields.append(f"{_label(labels[j])}: {v}" if labels[j] else v)
            fields += _marked(labels, row, marks)
            if not fields:
                continue
            if style == "inline":
                paras.append(Para(f"{number}. " + ". ".join(fields) + "."))
            else:
                paras.append(Para(f"{number}. {fields[0]}"))
                paras.extend(Para(f) for f in fields[1:])
    at = doc.blocks.index(group[0])
    end = max(doc.blocks.index(t) for t in group)
    doc.blocks[at:end + 1] = paras


GROUP_MUTATIONS = {name: _unshared(fn) for name, fn in (("ditto", ditto), ("needs_apart", needs_apart),
                                                        ("records", records))}
