"""Row-wise structural mutations of a list's tables (`--mutate group_rows,split_table,numbered_rows`).

Shapes real orders give any list, which the held-out sets brought one at a time:

* `group_rows` — a column whose value runs over consecutive rows (a direction, a process, a point's
  kind, a client group) taken out of the table and given as a full-width group row above its rows,
  plain, bold or numbered («1.», «I.», «А.»);
* `split_table` — the list cut into two or three tables at row boundaries, the header repeated or
  not, with or without a caption between («Продолжение таблицы», «Окончание таблицы»);
* `merge_cells` — two neighbouring columns in one: a short value after the other in brackets or
  after a dash («Сайт (цифровая)», «Сайт — цифровая»: the right column a few short values); the
  headings joined in brackets («Канал взаимодействия (Вид точки)»);
* `numbered_rows` — the leading row-number column in another style («1.», «1)», «1.1.», «I.1») or
  dropped.

Each keeps every gold text in the document; `mutate.apply` calls them with the document (a split
adds blocks)."""
from __future__ import annotations

import copy
import random
import re

from .doc import Cell, Doc, Para, Table

_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV")
_CYR = "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ"
_SHORT = re.compile(r"^[\dIVXivx.)]{1,8}$")


def _text(c: Cell) -> str:
    return " ".join(c.paras).strip()


def _width(t: Table) -> int:
    return max(sum(c.span for c in r) for r in t.rows)


def _plain(row: list[Cell], n: int) -> bool:
    """A body row of one cell per grid column (not a section row, not a numbers row)."""
    return len(row) == n and all(c.span == 1 for c in row)


def _numbers(row: list[Cell]) -> bool:
    texts = [_text(c) for c in row]
    return len(texts) > 1 and sum(map(bool, texts)) > 1 and all(re.match(r"^\d+[.)]?$", x) for x in texts if x)


def _body(t: Table) -> list[int]:
    n = _width(t)
    return [r for r in range(t.header_rows, len(t.rows)) if _plain(t.rows[r], n) and not _numbers(t.rows[r])]


def _numbered_col(group: list[Table]) -> bool:
    cells = [_text(t.rows[r][0]) for t in group for r in _body(t)]
    return bool(cells) and all(_SHORT.match(x) or not x for x in cells) and sum(map(bool, cells)) * 2 >= len(cells)


# --- group_rows ------------------------------------------------------------------------------

def _runs(group: list[Table], col: int) -> list[tuple[int, int, str]] | None:
    """(table, row, value) where the column's run of one value starts, or None when the column is
    no run column: a run is a value followed by blanks, merged continuations or the same value; a
    section row (full-width) or a continuation table ends a run, the value carried on."""
    starts, last, repeats, rows = [], None, 0, 0
    for k, t in enumerate(group):
        fresh, n = k > 0, _width(t)
        for r in range(t.header_rows, len(t.rows)):
            row = t.rows[r]
            if 1 < len(row) < n and any(c.span > 1 and a <= col < a + c.span for a, c in _at(row)):
                return None              # a cell over it and others, not the whole row: a level of its own
            if not _plain(row, n) or _numbers(row) or not any(_text(x) for x in row):
                fresh = fresh or not _plain(row, n)
                continue
            c, rows = row[col], rows + 1
            v = _text(c)
            same = c.vmerge == "continue" or not v or v == last
            if same and last is None:
                return None
            if not any(_text(x) for j, x in enumerate(row) if j not in (0, col)):
                return None              # its value alone on a row: a heading already (a direction's number row)
            if same and not fresh:
                repeats += 1
                continue
            last, fresh = (last if same else v), False
            starts.append((k, r, last))
    return starts if starts and repeats * 3 >= rows and len(starts) >= 2 else None


def _at(row: list[Cell]) -> list[tuple[int, Cell]]:
    out, col = [], 0
    for c in row:
        out.append((col, c))
        col += c.span
    return out


def _clean_cut(group: list[Table], col: int, starts) -> bool:
    """No other column's cell at a run's start continues the row above (a group row between would cut
    a merged cell or a blank-means-above)."""
    for k, r, _ in starts:
        above = group[k].rows[r - 1] if r > group[k].header_rows else None
        above = above if above and _plain(above, _width(group[k])) else None
        if above and any(map(_text, above)) and not _text(above[col]):
            return False                 # a row of its own above with the column blank: the run's head row
        for j, c in enumerate(group[k].rows[r]):
            if j != col and (c.vmerge == "continue" or (not _text(c) and above and _text(above[j]))):
                return False
    return True


def _label(style: str, n: int, value: str) -> str:
    return {"plain": value, "arabic": f"{n}. {value}", "roman": f"{_ROMAN[(n - 1) % len(_ROMAN)]}. {value}",
            "cyr": f"{_CYR[(n - 1) % len(_CYR)]}. {value}"}[style]


def group_rows(doc: Doc, group: list[Table], rng: random.Random) -> None:
    first = 1 if _numbered_col(group) else 0
    n = _width(group[0])
    cands = [(col, s) for col in range(first, n) if (s := _runs(group, col)) and _clean_cut(group, col, s)]
    if not cands or n - 1 < 2:
        return
    col, starts = rng.choice(cands)
    # under sections of its own (full-width rows) a group row never takes their numbering's look
    sections = any(len(row) < n for t in group for row in t.rows[t.header_rows:])
    style = rng.choice(("plain", "arabic") if sections else ("plain", "arabic", "roman", "cyr"))
    bold = rng.random() < 0.6
    at = {(k, r): v for k, r, v in starts}
    for k, t in enumerate(group):
        new: list[list[Cell]] = []
        for r, row in enumerate(t.rows):
            if (k, r) in at:
                new.append([Cell([_label(style, len([s for s in starts if s[:2] <= (k, r)]), at[k, r])],
                                 span=n - 1, bold=bold)])
            new.append(_drop(row, col, n))
        breaks = [r + sum(1 for kk, rr, _ in starts if kk == k and rr < r) for r in t.page_breaks]
        t.rows[:], t.page_breaks = new, breaks
        if t.widths_mm:
            gone = t.widths_mm.pop(col)
            t.widths_mm[-1] += gone
        for row in t.rows:
            if _numbers(row):
                for j, c in enumerate(row):
                    c.paras = [str(j + 1)]


def _drop(row: list[Cell], col: int, n: int) -> list[Cell]:
    """The row without grid column `col`: a cell across it narrows."""
    out, at = [], 0
    for c in row:
        start, at = at, at + c.span
        if start <= col < at and c.span == 1:
            continue
        if start <= col < at:
            c.span -= 1
        out.append(c)
    return out


# --- split_table -----------------------------------------------------------------------------

_CAPTIONS = ("Продолжение таблицы", "Продолжение приложения", "Продолжение перечня")
_LAST = ("Окончание таблицы", "Окончание приложения", "Окончание перечня")


def split_table(doc: Doc, group: list[Table], rng: random.Random) -> None:
    t = group[0]
    cuts = [r for r in range(t.header_rows + 2, len(t.rows) - 1)
            if not any(c.vmerge == "continue" for c in t.rows[r]) and not _numbers(t.rows[r])]
    if not cuts:
        return
    picked = sorted(rng.sample(cuts, min(len(cuts), rng.choice((1, 2)))))
    repeat, caption = rng.random() < 0.5, rng.choice(("none", "cont", "cont"))
    parts, prev = [], 0
    for cut in picked + [len(t.rows)]:
        parts.append((prev, cut))
        prev = cut
    head = t.rows[:t.header_rows]
    blocks: list[Para | Table] = []
    for i, (a, b) in enumerate(parts[1:], 1):
        if caption == "cont":
            words = _LAST if i == len(parts) - 1 else _CAPTIONS
            blocks.append(Para(rng.choice(words), center=rng.random() < 0.3))
        rows = t.rows[a:b]
        new = Table(rows=(copy.deepcopy(head) if repeat else []) + rows, header_rows=t.header_rows if repeat else 0,
                    widths_mm=list(t.widths_mm) if t.widths_mm else None)
        new.page_breaks = [x - a + new.header_rows for x in t.page_breaks if a < x < b]
        blocks.append(new)
    a, b = parts[0]
    t.page_breaks = [x for x in t.page_breaks if x < b]
    del t.rows[b:]
    at = doc.blocks.index(t) + 1
    doc.blocks[at:at] = blocks


# --- numbered_rows ---------------------------------------------------------------------------

def _keyed_elsewhere(doc: Doc, group: list[Table]) -> bool:
    """Another table's first column names the list's row numbers (a second table of needs keyed by them)."""
    own = {_text(t.rows[r][0]) for t in group for r in _body(t)} - {""}
    others = [b for b in doc.blocks if isinstance(b, Table) and all(b is not t for t in group)]
    return any(row and _text(row[0]) in own for b in others for row in b.rows[b.header_rows:])


def numbered_rows(doc: Doc, group: list[Table], rng: random.Random) -> None:
    if not _numbered_col(group) or _keyed_elsewhere(doc, group):
        return
    style = rng.choice(("dot", "paren", "dotted_pair", "roman_pair", "drop"))
    n, sect, k = _width(group[0]), 0, 0
    for t in group:
        for r in range(t.header_rows, len(t.rows)):
            row = t.rows[r]
            if not _plain(row, n):
                sect, k = sect + (r == 0 or _plain(t.rows[r - 1], n)), 0
                continue
            if _numbers(row):
                continue
            k += 1
            s = max(sect, 1)
            row[0].paras = [{"dot": f"{k}.", "paren": f"{k})", "dotted_pair": f"{s}.{k}.",
                             "roman_pair": f"{_ROMAN[(s - 1) % len(_ROMAN)]}.{k}", "drop": ""}[style]]
            if style == "drop":
                row[0].paras = []
    if style == "drop":
        for t in group:
            t.rows[:] = [_drop(row, 0, n) for row in t.rows]
            t.rows[:] = [row for row in t.rows if row]
            if t.widths_mm:
                t.widths_mm[1] += t.widths_mm.pop(0)
            for row in t.rows:
                if _numbers(row):
                    for j, c in enumerate(row):
                        c.paras = [str(j + 1)]


# --- merge_cells -----------------------------------------------------------------------------

def _pairable(group: list[Table], a: int) -> bool:
    """Columns a and a + 1 hold plain cells on every row (no merge, no bullets, no inner table),
    the right one never filled where the left is blank."""
    n = _width(group[0])
    for t in group:
        for r, row in enumerate(t.rows):
            if len(row) == 1 or _numbers(row):
                continue
            if not _plain(row, n):
                return False
            left, right = row[a], row[a + 1]
            if any(c.vmerge or c.bullet or c.inner for c in (left, right)):
                return False
            if r >= t.header_rows and _text(right) and not _text(left):
                return False
    return True


def _categorical(group: list[Table], col: int, n: int) -> bool:
    """A column of a few short values repeated (a kind, a status): at most four words, half as many values as rows."""
    values = [_text(row[col]) for t in group for row in t.rows[t.header_rows:] if _plain(row, n) and _text(row[col])]
    return len(values) >= 2 and all(len(v.split()) <= 4 for v in values) and len(set(values)) * 2 <= len(values)


def joined_right(t: Table, a: int) -> None:
    """After column a+1 was folded into column a of the body rows: its width added to a's, a numbers
    row «1 2 3 …» one cell shorter and numbered afresh (merge_cells, mutate_cells.fused_cells)."""
    if t.widths_mm:
        t.widths_mm[a] += t.widths_mm.pop(a + 1)
    for row in t.rows:
        if _numbers(row):
            del row[-1]
            for j, c in enumerate(row):
                c.paras = [str(j + 1)]


def merge_cells(doc: Doc, group: list[Table], rng: random.Random) -> None:
    first = 1 if _numbered_col(group) else 0
    n = _width(group[0])
    # the right one a few short values (a point's kind, a status): converted text, which runs a cell's
    # paragraphs together, still tells the two apart by the brackets or the dash
    pairs = [a for a in range(first, n - 1) if _pairable(group, a) and _categorical(group, a + 1, n)]
    if not pairs or n < 3:
        return
    a = rng.choice(pairs)
    style = rng.choice(("paren", "dash"))
    for t in group:
        for r, row in enumerate(t.rows):
            if len(row) == 1 or _numbers(row):
                continue
            left, right = _text(row[a]), _text(row[a + 1])
            if right:
                row[a].paras = [f"{left} ({right})" if style == "paren" or r < t.header_rows else f"{left} — {right}"]
            del row[a + 1]
        joined_right(t, a)


def _own_rows(group: list[Table]) -> None:
    """Each table its own rows: a generator may print one header row object over several tables, and a
    row-wise change to one must not reach the others."""
    for t in group:
        t.rows = copy.deepcopy(t.rows)


def _unshared(fn):
    def run(doc: Doc, group: list[Table], rng: random.Random) -> None:
        _own_rows(group)
        fn(doc, group, rng)
    return run


ROW_MUTATIONS = {name: _unshared(fn) for name, fn in (("group_rows", group_rows), ("split_table", split_table),
                                                      ("numbered_rows", numbered_rows), ("merge_cells", merge_cells))}
