"""Roadmaps in the layouts of `--layouts extra`: a «Ответственный» cell holding two people and a
position line, deadlines written as quarters, «ежегодно», «постоянно» or ranges (their date is
computed here, from the period the generator chose), and blocks whose heading row is itself a
numbered item with its own deadline and responsible (1., then 1.1, 1.2 under it)."""
from __future__ import annotations

import calendar
import random

from . import preamble
from .axes import AxisPlan
from .doc import Cell, Doc, Table, cell
from .pools import Pools, split_list
from .roadmap_layout import NAMES, RESULTS, ROMAN, _content

AXES = {
    "responsible_form": ("two_lines", "position_over_names", "names_then_position", "pool"),
    "deadline_form": ("quarter", "annual", "permanent", "range", "pool"),
    "block_rows": ("numbered_items", "sections"),
    "orientation": ("portrait", "landscape"),
}
MONTHS = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
          "ноябрь", "декабрь")


def _last_day(year: int, month: int) -> str:
    return f"{year}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def deadline(rng: random.Random, form: str, pools: Pools) -> tuple[str, str | None]:
    """(text, the last day of the period it states, or None when it states none)."""
    year = rng.choice((2024, 2025, 2026))
    if form == "quarter":
        q = rng.randint(1, 4)
        text = rng.choice((f"{ROMAN[q - 1]} квартал {year} г.", f"{q} кв. {year} года", f"{ROMAN[q - 1]} кв. {year}"))
        return text, _last_day(year, 3 * q)
    if form == "annual":
        return rng.choice(("ежегодно", "Ежегодно", "ежегодно, в течение срока реализации")), None
    if form == "permanent":
        return rng.choice(("постоянно", "Постоянно", "на постоянной основе", "в течение всего периода")), None
    if form == "range":
        a = rng.randint(1, 9)
        b = rng.randint(a + 1, 12)
        q = rng.randint(1, 3)
        options = ((f"01.{a:02d}.{year} – {calendar.monthrange(year, b)[1]}.{b:02d}.{year}", _last_day(year, b)),
                   (f"{MONTHS[a - 1]} – {MONTHS[b - 1]} {year} г.", _last_day(year, b)),
                   (f"{year}–{year + 1} гг.", _last_day(year + 1, 12)),
                   (f"{ROMAN[q - 1]}–{ROMAN[q]} кварталы {year} г.", _last_day(year, 3 * (q + 1))))
        return rng.choice(options)
    row = rng.choice(pools["deadlines"])
    return row["deadline_raw"], row["date"] or None


def _people(pools: Pools) -> list[tuple[str, str]]:
    """(name, position) of the pool's rows naming one person with a position, each name once."""
    people = {r["names"]: r["positions"] for r in pools["responsible"]
              if r["names"] and ";" not in r["names"] and r["positions"]}
    return sorted(people.items())


def responsible(rng: random.Random, form: str, pools: Pools) -> tuple[Cell, list[str]]:
    people = _people(pools)
    if form == "pool" or len(people) < 2:
        row = rng.choice(pools["responsible"])
        return cell(row["responsible_raw"].replace("\\n", " ")), split_list(row["names"])
    (n1, p1), (n2, p2) = rng.sample(people, 2)
    lines = {"two_lines": [f"{n1} – {p1},", f"{n2} – {p2}"],
             "position_over_names": [f"{p1[0].upper()}{p1[1:]}:", n1, n2],
             "names_then_position": [f"{n1}, {n2}", f"({p1})"]}[form]
    return Cell(lines), [n1, n2]


def _rows(rng, pools, ax, cols, content) -> tuple[list[list[Cell]], list[dict]]:
    rows, gold = [], []
    for s, (head, acts) in enumerate(content):
        items = [(f"{s + 1}.", act) for act in acts[:1]] if ax["block_rows"] == "numbered_items" else []
        if not items:
            rows.append([cell(f"{s + 1}. {head}", span=len(cols), bold=True)])
        rest = acts[1:] if items else acts
        items += [(f"{s + 1}.{k + 1}.", act) for k, act in enumerate(rest)]
        for no, act in items:
            text, date = deadline(rng, ax["deadline_form"], pools)
            who, names = responsible(rng, ax["responsible_form"], pools)
            parent = no.count(".") == 1  # a block's own row, printed bold like a heading
            values = {"no": cell(no, bold=parent), "activity": cell(act["activity"], bold=parent), "deadline": cell(text),
                      "responsible": who, "result": cell(rng.choice(RESULTS))}
            rows.append([values[c] for c in cols])
            gold.append({"item_no": no, "activity": act["activity"], "milestone": act["milestone"],
                         "deadline": date, "names": names})
    return rows, gold


def build(rng: random.Random, pools: Pools, plan: AxisPlan, i: int, name: str) -> Doc:
    ax = {n: plan.value(n, values, i) for n, values in AXES.items()}
    cols = ["no", "activity", "deadline", "responsible", "result"]
    v = rng.randrange(3)
    head = [[cell(NAMES[c][v], bold=True) for c in cols]]
    rows, gold = _rows(rng, pools, ax, cols, _content(rng, pools))
    blocks = preamble.order_paras(rng, "roadmap", preamble.issuer(rng)) + [Table(head + rows, header_rows=1)]
    return Doc(name, "roadmap", blocks, ax, gold, landscape=ax["orientation"] == "landscape")
