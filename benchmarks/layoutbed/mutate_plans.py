"""Roadmap mutations (`--mutate term_words,resp_moved,…`): a plan's terms worded otherwise and its
responsible ones placed elsewhere, the gold unchanged — the ways each new writer of a plan differed from
the last:

* `term_words` — each term cell that holds a term alone rewritten in another wording of the same value
  (`plan_terms.wordings`: a date in digits or words after «до», «не позднее», «по», «в срок до», a month,
  a quarter, a half-year, the year's end, a range; open-ended terms another open-ended term);
* `resp_moved` — the responsible column taken out and its values given the way plans also give them: in
  brackets at the activity's end, as «Исполнитель: …» on a second line of the activity cell, as numbers
  explained in a legend under the table, by item ranges in a note under the table («пункты 1.1–1.3 – …»),
  on a full-width row above each run of items with one responsible, or — one for the whole plan — in a
  line above the table;
* `term_resp_one` — term and responsible in one column («до 01.07.2025 / Иванова Т.П.», two paragraphs,
  or after a comma), the headings joined;
* `term_in_activity` — the term column taken out, the term in the activity («(срок – до 01.07.2025)», a
  second line «Срок исполнения: …»);
* `stage_column` — full-width stage rows turned into a first column «Этап» merged down over its items;
* `term_yearless` — year headings over runs of items, their terms without the year (`mutate_plan_years.py`).

A mutation applies only where it can keep every gold value: the item rows are found by their gold
activity, the responsible column by its heading and the gold names in it, the term column by cells that
hold a term alone; merged cells (`w:vMerge`) in a moved column leave the table as it was.  Other kinds'
lists are left alone."""
from __future__ import annotations

import random
import re

from .doc import Cell, Doc, Para, Table
from .mutate_rows import _drop, _numbers, _plain, _text, _width
from .plan_terms import reword, term_like


def _squash(s: str) -> str:
    return " ".join(s.lower().replace("ё", "е").split())


def _item_rows(doc: Doc, group: list[Table]) -> tuple[dict[tuple[int, int], dict], int | None]:
    """(table, row) -> its gold item, in order, and the activity's grid column."""
    want = [(g, _squash(g["activity"])) for g in doc.gold]
    at, cols, i = {}, [], 0
    for k, t in enumerate(group):
        n = _width(t)
        for r in range(t.header_rows, len(t.rows)):
            row = t.rows[r]
            if i >= len(want) or not _plain(row, n) or _numbers(row):
                continue
            hit = next((j for j, c in enumerate(row) if want[i][1] and want[i][1] in _squash(_text(c))), None)
            if hit is not None:
                at[k, r] = want[i][0]
                cols.append(hit)
                i += 1
    col = max(set(cols), key=cols.count) if cols else None
    return (at if col is not None and cols.count(col) == len(cols) and len(at) >= 2 else {}), col


def _heading(t: Table, col: int) -> str:
    out = []
    for row in t.rows[:t.header_rows]:
        start = 0
        for c in row:
            if start <= col < start + c.span and c.span < _width(t):
                out.append(_text(c))
            start += c.span
    return " ".join(out).lower()


def _surname(name: str) -> str:
    return name.split()[0].rstrip(".,").lower()


def _resp_col(group: list[Table], items: dict, act: int) -> int | None:
    t = group[0]
    heads = [c for c in range(_width(t)) if c != act and re.search(r"ответствен|исполнител", _heading(t, c))
             and not re.search(r"соисполн|срок|ф\.?\s?и\.?\s?о", _heading(t, c))]
    if len(heads) != 1:
        return None
    col = heads[0]
    for (k, r), g in items.items():
        c = group[k].rows[r][col]
        if c.vmerge == "continue" or c.inner or any(_surname(n) not in _text(c).lower() for n in g["names"]):
            return None
    return col


def _term_cols(group: list[Table], items: dict, act: int) -> list[int]:
    """The columns whose cells hold, for at least half the dated items, a term alone with the gold's year (a row
    number «2.1.» or a year-less term under a year's heading is none); a start and an end column both."""
    out = []
    for col in range(_width(group[0])):
        if col == act or re.search(r"ответствен|исполнител", _heading(group[0], col)):
            continue
        cells = [(group[k].rows[r][col], g["deadline"]) for (k, r), g in items.items()]
        if any(c.vmerge == "continue" or c.inner for c, _ in cells):
            continue
        dated = [(c, v) for c, v in cells if v]
        hits = sum(term_like(_text(c)) and v[:4] in _text(c) for c, v in dated)
        if dated and hits * 2 >= len(dated):
            out.append(col)
    return out


def _term_col(group: list[Table], items: dict, act: int) -> int | None:
    """The term column: of a start and an end column, the end (the later one), whose term is the item's."""
    cols = _term_cols(group, items, act)
    return cols[-1] if cols else None


def _setup(doc: Doc, group: list[Table]):
    if doc.kind != "roadmap":
        return None
    items, act = _item_rows(doc, group)
    return (items, act) if items else None


# --- term_words ------------------------------------------------------------------------------

def term_words(doc: Doc, group: list[Table], rng: random.Random) -> None:
    found = _setup(doc, group)
    col = found and _term_col(group, *found)
    if col is None or not found:
        return
    for (k, r), g in found[0].items():
        c = group[k].rows[r][col]
        new = reword(_text(c), g["deadline"], rng)
        if new is not None:
            c.paras = [new]


# --- resp_moved ------------------------------------------------------------------------------

_LEADS = ("Исполнитель: ", "Ответственный: ", "Ответственный исполнитель – ", "Отв.: ")
_NOTE = ("Ответственные исполнители:", "Ответственные за исполнение:", "Примечание. Ответственные исполнители:")


def _drop_col(group: list[Table], col: int) -> None:
    for t in group:
        n = _width(t)
        t.rows[:] = [r for r in (_drop(row, col, n) for row in t.rows) if r]
        if t.widths_mm:
            gone = t.widths_mm.pop(col)
            t.widths_mm[max(0, col - 1)] += gone
        for row in t.rows:
            if _numbers(row):
                for j, c in enumerate(row):
                    c.paras = [str(j + 1)]


def _one_line(c: Cell) -> str:
    """A cell's lines as one, «, » between (a legend's line, a bracket)."""
    return ", ".join(x.strip() for p in c.paras for x in p.split("\n") if x.strip())


def _after(doc: Doc, group: list[Table], paras: list[Para]) -> None:
    at = doc.blocks.index(group[-1]) + 1
    doc.blocks[at:at] = paras


def _ranges(nos: list[str]) -> str:
    """Consecutive item numbers as «1.1–1.3», others after commas."""
    return ", ".join(f"{a}–{b}" if a != b else a for a, b in nos)


def resp_moved(doc: Doc, group: list[Table], rng: random.Random) -> None:
    found = _setup(doc, group)
    if not found:
        return
    items, act = found
    col = _resp_col(group, items, act)
    if col is None:
        return
    values = {key: _one_line(group[key[0]].rows[key[1]][col]) for key in items}
    styles = ["paren", "second_line", "legend", "group_row"]
    nos = [g["item_no"].rstrip(".") for g in items.values()]
    if len(set(nos)) == len(nos) and all(nos):
        styles.append("ranges")
    if len(set(values.values())) == 1:
        styles.append("above")
    style = rng.choice(styles)
    if style == "legend":
        _legend(doc, group, items, col, values, rng)
        return
    if style in ("paren", "second_line"):
        lead = rng.choice(_LEADS)
        for (k, r), v in values.items():
            c = group[k].rows[r][act]
            if v and style == "paren" and "(" not in v:
                c.paras[-1] = f"{c.paras[-1].rstrip('.;')} ({v})"
            elif v:
                c.paras.append(lead + v)
    elif style == "group_row":
        _group_rows(group, items, col, values, rng)
    elif style == "ranges":
        runs: dict[str, list[tuple[str, str]]] = {}
        last = None
        for key, g in items.items():
            v, no = values[key], g["item_no"].rstrip(".")
            if v and v == last:
                runs[v][-1] = (runs[v][-1][0], no)
            elif v:
                runs.setdefault(v, []).append((no, no))
            last = v
        lines = [f"{'пункты' if len(r) > 1 or r[0][0] != r[0][1] else 'пункт'} {_ranges(r)} – {v};"
                 for v, r in runs.items()]
        _after(doc, group, [Para(rng.choice(_NOTE))] + [Para(x) for x in lines])
    else:
        v = next(iter(values.values()))
        at = doc.blocks.index(group[0])
        doc.blocks.insert(at, Para(f"{rng.choice(('Ответственный исполнитель', 'Ответственный за реализацию плана'))}: {v}"))
    _drop_col(group, col)


def _legend(doc, group, items, col, values, rng) -> None:
    codes: dict[str, int] = {}
    for key, v in values.items():
        if v:
            codes.setdefault(v, len(codes) + 1)
            group[key[0]].rows[key[1]][col].paras = [str(codes[v])]
    lines = [f"{n} – {v};" for v, n in codes.items()]
    _after(doc, group, [Para(rng.choice(("Ответственные исполнители:", "Условные обозначения ответственных исполнителей:")))]
           + [Para(x) for x in lines])


def _group_rows(group, items, col, values, rng) -> None:
    label = rng.choice(("Ответственный исполнитель: ", "Ответственный – ", "Исполнитель: "))
    bold = rng.random() < 0.5
    for k, t in enumerate(group):
        n, new, last, where = _width(t), [], None, {}
        for r, row in enumerate(t.rows):
            where[r] = len(new)          # a page break before an item falls before its group row
            if (k, r) in items:
                v = values[k, r]
                if v and v != last:
                    new.append([Cell([label + v], span=n, bold=bold)])
                last = v
            elif r >= t.header_rows and not _numbers(row):
                last = None
            new.append(row)
        t.rows[:] = new
        t.page_breaks = [where[b] for b in t.page_breaks if b in where]


# --- term_resp_one ---------------------------------------------------------------------------

_JOINED = ("Срок исполнения / ответственный исполнитель", "Срок, ответственный", "Срок исполнения и ответственный",
           "Срок исполнения, ответственный исполнитель")


def term_resp_one(doc: Doc, group: list[Table], rng: random.Random) -> None:
    found = _setup(doc, group)
    if not found:
        return
    items, act = found
    term, resp = _term_col(group, items, act), _resp_col(group, items, act)
    if term is None or resp is None or group[0].header_rows != 1 + any(_numbers(r) for r in group[0].rows[:2]):
        return
    style = rng.choice(("slash", "lines", "comma"))
    for t in group:
        n = _width(t)
        for r, row in enumerate(t.rows):
            if not _plain(row, n) or _numbers(row):
                continue
            a, b = row[term], row[resp]
            if r < t.header_rows:
                a.paras = [rng.choice(_JOINED)]
                continue
            tp, rp = [p for p in a.paras if p.strip()], [p for p in b.paras if p.strip()]
            if not rp:
                continue
            if style == "lines":
                a.paras = tp + rp
            else:
                a.paras = [f"{' '.join(tp)}{' / ' if style == 'slash' else ', '}{', '.join(rp)}".strip(" ,/")]
    _drop_col(group, resp)


# --- term_in_activity ------------------------------------------------------------------------

def term_in_activity(doc: Doc, group: list[Table], rng: random.Random) -> None:
    found = _setup(doc, group)
    if not found:
        return
    items, act = found
    col = _term_col(group, items, act)
    if col is None:
        return
    style = rng.choice(("paren", "line"))
    word = rng.choice(("срок", "срок исполнения", "срок – ", "срок реализации"))
    for (k, r) in items:
        c, term = group[k].rows[r][act], _text(group[k].rows[r][col])
        if not term or term in "—-":
            continue
        if style == "paren":
            sep = " " if word.endswith("– ") else (" – " if rng.random() < 0.5 else ": ")
            c.paras[-1] = f"{c.paras[-1].rstrip('.;')} ({word.rstrip(' –')}{sep}{term})".replace("  ", " ")
        else:
            c.paras.append(f"{word.rstrip(' –').capitalize()}: {term}")
    _drop_col(group, col)


# --- stage_column ----------------------------------------------------------------------------

def stage_column(doc: Doc, group: list[Table], rng: random.Random) -> None:
    if not _setup(doc, group) or len(group) > 1:
        return
    t = group[0]
    n = _width(t)
    body = t.rows[t.header_rows:]
    stages = [r for r in body if len(r) == 1 and r[0].span == n and _text(r[0])]
    if len(stages) < 2 or not (len(body[0]) == 1) or any(c.vmerge for r in body for c in r):
        return
    head = rng.choice(("Этап", "Этап реализации", "Раздел", "Направление"))
    rows = []
    for r, row in enumerate(t.rows[:t.header_rows]):
        lead = Cell([str(1)]) if _numbers(row) else Cell([head] if r == 0 else [], bold=True,
                                                          vmerge=None if t.header_rows == 1 else ("restart" if r == 0 else "continue"))
        rows.append([lead] + row)
    stage, fresh = None, False
    for row in body:
        if len(row) == 1 and row[0].span == n:
            stage, fresh = row[0], True
            continue
        if stage is None:
            return
        rows.append([Cell(list(stage.paras), bold=stage.bold, vmerge="restart") if fresh else
                     Cell([], vmerge="continue")] + row)
        fresh = False
    t.rows[:] = rows
    t.page_breaks = []
    if t.widths_mm:
        t.widths_mm.insert(0, 30.0)
    for row in t.rows:
        if _numbers(row):
            for j, c in enumerate(row):
                c.paras = [str(j + 1)]


PLAN_MUTATIONS = {"term_words": term_words, "resp_moved": resp_moved, "term_resp_one": term_resp_one,
                  "term_in_activity": term_in_activity, "stage_column": stage_column}


def _years(doc: Doc, group: list[Table], rng: random.Random) -> None:
    from .mutate_plan_years import term_yearless      # it builds on this module's finders
    term_yearless(doc, group, rng)


PLAN_MUTATIONS["term_yearless"] = _years
