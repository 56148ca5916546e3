"""General structural mutations of any set's generated tables (`--mutate M1,M2`), the gold unchanged.

The held-out sets showed that what breaks the readers is a table's SHAPE nobody built for, not
its words; these mutations make such shapes out of every set's tables, so a reader's general
reading can be measured on them:

* `headers=neutral` — every header cell replaced by a neutral label («Графа 3», «Гр. 3»,
  «Показатель», «Сведения») or an abbreviation of its own words («Наим. кан.», «НК»);
  sub-headings that carry values included (a point type «Цифровые» | «Офлайн», a period «I кв.» |
  «2026»): the gold keeps those values, so a row whose only record of them was its heading cannot be
  read right — read such a set's `headers=neutral` figures as a bound, not a reader's miss;
* `extra_columns` — one or two columns the contract does not hold («Примечание», «Статус», …)
  inserted at random places, with plausible filler;
* `shuffle` — the columns in a random order, the header moving with them (a leading row-number
  column stays first; a group cell moves with its sub-cells);
* `split_header` — a one-row header's words split over two rows: each heading's first words over
  the rest, equal tops of neighbours one group cell over their sub-cells, a one-word heading
  merged down over both.
* `group_rows`, `split_table`, `numbered_rows`, `merge_cells` — row-wise shapes, `mutate_rows.py`;
* `row_per_need`, `kind_tables`, `footnotes`, `fused_cells` — cell-wise shapes, `mutate_cells.py`;
* `ditto`, `needs_apart`, `records` — what the rows say re-grouped (repeat marks, needs in a keyed
  second table, paragraphs instead of the table), `mutate_groups.py`;
* `term_words`, `resp_moved`, `term_resp_one`, `term_in_activity`, `stage_column`, `term_yearless` — roadmaps'
  terms and responsible ones, `mutate_plans.py`, `mutate_plan_years.py`;
* `headers=reworded` — every heading of a known field said in another ministry's words (a grammar per
  field: head noun × qualifier × client word × parenthetical), `mutate_headings.py`;
* `list_style`, `list_inline`, `lead_words`, `list_table`, `split_list` — procedures' lists in other forms,
  `mutate_procedure.py`; `leadins=reworded` — their lead-ins from a grammar per list kind, `mutate_leadins.py`
  (the only ones that touch procedures' paragraphs).

A list's table is one with header rows, and the header-less tables as wide right after it (its
continuations: the same mutation applies to them); a table whose header row holds point numbers
(«№ | 1. | 2.», a list on its side) is left alone.  Numbers rows («1 2 3 …») are renumbered.
Seeded per document, mutation and table: the same arguments give the same documents."""
from __future__ import annotations

import copy
import random
import re

from .doc import Cell, Doc, Table, starts as _starts, width
from .mutate_fill import COLUMNS, extra_column
from .mutate_headings import HEADING_MUTATIONS
from .mutate_cells import CELL_MUTATIONS
from .mutate_groups import GROUP_MUTATIONS
from .mutate_plans import PLAN_MUTATIONS
from .mutate_leadins import LEADIN_MUTATIONS, mutate as mutate_leadins
from .mutate_procedure import MUTATIONS as PROCEDURE_MUTATIONS, mutate as mutate_procedure
from .mutate_rows import ROW_MUTATIONS

TABLE_MUTATIONS = ("headers=neutral", "headers=reworded", "extra_columns", "shuffle", "split_header", *ROW_MUTATIONS,
                   *CELL_MUTATIONS, *GROUP_MUTATIONS, *PLAN_MUTATIONS)
MUTATIONS = (*TABLE_MUTATIONS, *PROCEDURE_MUTATIONS, *LEADIN_MUTATIONS)
_DOC_WISE = {**ROW_MUTATIONS, **CELL_MUTATIONS, **GROUP_MUTATIONS, **PLAN_MUTATIONS, **HEADING_MUTATIONS}
_NUMBER = re.compile(r"^\d+[.)]?$")
_NEUTRAL = ("Показатель", "Сведения", "Содержание", "Информация")


def apply(docs: list[Doc], names: tuple[str, ...], seed: int) -> list[Doc]:
    """Copies of `docs` with `names` applied in order to each list's tables; gold and axes as they were."""
    bad = set(names) - set(MUTATIONS)
    if bad:
        raise ValueError(f"unknown mutations {sorted(bad)} (of {', '.join(MUTATIONS)})")
    out = []
    for d in docs:
        d = copy.deepcopy(d)
        for m in names:
            if m in PROCEDURE_MUTATIONS:
                mutate_procedure(d, m, seed)
                continue
            if m in LEADIN_MUTATIONS:
                mutate_leadins(d, seed)
                continue
            for k, group in enumerate(list_tables(d)):
                rng = random.Random(f"{seed}:{m}:{d.name}:{k}")
                (_DOC_WISE[m](d, group, rng) if m in _DOC_WISE else _DO[m](group, rng, d.kind))
        out.append(d)
    return out


def _numbers_row(row: list[Cell]) -> bool:
    texts = [" ".join(c.paras).strip() for c in row]
    return len(texts) > 1 and all(_NUMBER.match(x) for x in texts if x) and sum(map(bool, texts)) > 1


def _sideways(t: Table) -> bool:
    """A list printed on its side: its header row names point numbers, not fields."""
    first = [" ".join(c.paras).strip() for c in t.rows[0][1:]]
    return len(first) >= 1 and sum(bool(_NUMBER.match(x)) for x in first) * 3 >= 2 * len(first)


def list_tables(doc: Doc) -> list[list[Table]]:
    """Each list's tables: a headed table (at least two columns, a body) and the header-less
    tables as wide that follow it."""
    out: list[list[Table]] = []
    for b in doc.blocks:
        if not isinstance(b, Table) or any(sum(c.span for c in r) != width(b) for r in b.rows):
            continue
        if b.header_rows >= 1 and width(b) >= 2 and len(b.rows) > b.header_rows and not _sideways(b):
            out.append([b])
        elif b.header_rows == 0 and out and width(out[-1][0]) == width(b):
            out[-1].append(b)
    return out


def _renumber(t: Table) -> None:
    for row in t.rows:
        if _numbers_row(row):
            for k, c in enumerate(row):
                c.paras = [str(k + 1)]


# --- headers=neutral -------------------------------------------------------------------------

def _abbrev(text: str, rng: random.Random) -> str:
    words = [w for w in re.findall(r"[А-Яа-яЁёA-Za-z]+", text)]
    if not words:
        return text
    if rng.random() < 0.3 and len(words) > 1:
        return "".join(w[0].upper() for w in words if len(w) > 2) or words[0][:4] + "."
    return " ".join(w if len(w) <= 3 else w[:rng.choice((3, 4))] + "." for w in words[:3])


def neutral(group: list[Table], rng: random.Random, kind: str) -> None:
    t = group[0]
    style = rng.choice(("graph", "short", "abbrev", "mixed"))
    for row in t.rows[:t.header_rows]:
        if _numbers_row(row):
            continue
        for col, c in zip(_starts(row), row):
            text = " ".join(c.paras).strip()
            if not text or c.span == width(t) or c.vmerge == "continue":
                continue
            pick = rng.choice(("graph", "short", "abbrev", "word")) if style == "mixed" else style
            c.paras = [{"graph": f"Графа {col + 1}", "short": f"Гр. {col + 1}", "abbrev": _abbrev(text, rng),
                        "word": rng.choice(_NEUTRAL)}[pick]]


# --- extra_columns ---------------------------------------------------------------------------

def extra_columns(group: list[Table], rng: random.Random, kind: str) -> None:
    n, taken = width(group[0]), {" ".join(c.paras) for c in group[0].rows[0]}
    for _ in range(rng.choice((1, 2))):
        at = rng.randint(1, n)
        label, fill = extra_column(kind, rng, taken)
        taken.add(label)
        for t in group:
            _insert(t, at, label, fill, rng)
        n += 1


def _insert(t: Table, at: int, label: str, fill, rng: random.Random) -> None:
    """A column before grid column `at`: a cell spanning across the place widens instead."""
    labelled = False
    for r, row in enumerate(t.rows):
        starts = _starts(row)
        across = [c for s, c in zip(starts, row) if s < at < s + c.span]
        if across:
            across[0].span += 1
            continue
        idx = sum(1 for s in starts if s < at)
        if r < t.header_rows:
            new = Cell([]) if _numbers_row(row) else \
                Cell([], vmerge="continue") if labelled else Cell([label], bold=True)
            if not _numbers_row(row) and not labelled and t.header_rows - r > 1:
                new.vmerge = "restart"
            labelled = labelled or not _numbers_row(row)
        else:
            own = len(row) > 1 and all(c.span == 1 for c in row)
            new = Cell([fill(rng)] if own and not _numbers_row(row) else [])
        row.insert(idx, new)
    if t.widths_mm:
        t.widths_mm.insert(at, 20.0)
    _renumber(t)


# --- shuffle ---------------------------------------------------------------------------------

def _blocks(group: list[Table]) -> list[list[int]]:
    """Runs of grid columns no cell crosses (header rows, and body rows of cells no wider than
    half the table: a section row over the rest of the width keeps its form)."""
    n = width(group[0])
    cut = set()
    for t in group:
        for r, row in enumerate(t.rows):
            if r >= t.header_rows and any(c.span * 2 > n for c in row):
                continue
            for s, c in zip(_starts(row), row):
                cut.update(range(s + 1, s + c.span))
    out: list[list[int]] = [[0]]
    for col in range(1, n):
        (out[-1].append(col) if col in cut else out.append([col]))
    return out


def _numbered_first(group: list[Table], first: list[int]) -> bool:
    cells = [" ".join(r[0].paras) for t in group for r in t.rows[t.header_rows:] if len(r) > 1 and r[0].span == 1]
    return len(first) == 1 and all(len(x) <= 8 for x in cells)


def shuffle(group: list[Table], rng: random.Random, kind: str) -> None:
    blocks = _blocks(group)
    fixed = 1 if _numbered_first(group, blocks[0]) else 0
    moving = blocks[fixed:]
    if len(moving) < 2:
        return
    order = moving[:]
    while order == moving:
        rng.shuffle(order)
    cols = [c for b in blocks[:fixed] + order for c in b]
    n = width(group[0])
    for t in group:
        for r, row in enumerate(t.rows):
            if r >= t.header_rows and any(c.span * 2 > n for c in row):
                continue
            at = dict(zip(_starts(row), row))
            row[:] = [at[c] for c in cols if c in at]
        if t.widths_mm:
            t.widths_mm[:] = [t.widths_mm[c] for c in cols]
        _renumber(t)


# --- split_header ----------------------------------------------------------------------------

def split_header(group: list[Table], rng: random.Random, kind: str) -> None:
    t = group[0]
    names = [r for r in range(t.header_rows) if not _numbers_row(t.rows[r])]
    if len(names) != 1 or any(c.span > 1 or c.vmerge for c in t.rows[names[0]]):
        return
    h = names[0]
    parts = [_split(" ".join(c.paras).strip(), rng) for c in t.rows[h]]
    if all(low is None for _, low in parts):
        return
    top: list[Cell] = []
    low: list[Cell] = []
    for k, (head, rest) in enumerate(parts):
        if rest is None:
            top.append(Cell([head], bold=True, vmerge="restart"))
            low.append(Cell([], vmerge="continue"))
        elif k and parts[k - 1][1] is not None and parts[k - 1][0].lower() == head.lower():
            top[-1].span += 1
            low.append(Cell([rest], bold=True))
        else:
            top.append(Cell([head], bold=True))
            low.append(Cell([rest], bold=True))
    t.rows[h:h + 1] = [top, low]
    t.header_rows += 1
    t.page_breaks = [b + 1 if b > h else b for b in t.page_breaks]


def _split(text: str, rng: random.Random) -> tuple[str, str | None]:
    words = text.split()
    if len(words) < 2 or len(text) <= 6:
        return text, None
    at = 1 if len(words) == 2 or len(words[0]) > 3 else 2
    at = rng.choice((at, max(at, len(words) // 2)))
    return " ".join(words[:at]), " ".join(words[at:]) or None


_DO = {"headers=neutral": neutral, "extra_columns": extra_columns, "shuffle": shuffle, "split_header": split_header}
