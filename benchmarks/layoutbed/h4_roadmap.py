"""Roadmaps in the layouts of `--layouts heldout4` (held out when written; see the bed README): a table
per stage under its caption (numbering restarting or running on) or one table with stage rows; a
responsible or a deadline cell merged down over a run of items; deadlines «до 01.03.2025, далее –
ежегодно» (the first date), by ten-day period («I декада июля 2025 г.»: the 10th, 20th or the month's
last day) or «к 1 сентября 2025 г.»; the responsible followed by bodies «(по согласованию)»."""
from __future__ import annotations

import calendar
import random

from . import preamble
from .axes import AxisPlan
from .doc import Cell, Doc, Para, Table, cell
from .pools import Pools, split_list
from .roadmap_layout import RESULTS, _content

AXES = {
    "stages": ("tables_restart", "tables_continuous", "one_table"),
    "merged": ("responsible", "deadline", "none"),
    "deadline_form": ("then_periodic", "decade", "k_date", "pool"),
    "responsible_form": ("with_agreement", "pool"),
}
GENITIVE = preamble.MONTHS
THEN = ("ежегодно", "ежеквартально", "по мере необходимости", "ежемесячно")
DECADE = {1: ("I декада", "первая декада", "в течение первой декады"),
          2: ("II декада", "вторая декада", "в течение второй декады"),
          3: ("III декада", "третья декада", "в течение третьей декады")}
# scaffolding (not people: the gold names none of them)
AGREED = ("органы местного самоуправления (по согласованию)", "ГАУ «МФЦ» (по согласованию)",
          "подведомственные учреждения", "общественный совет при министерстве (по согласованию)")
HEAD = ("№ п/п", "Содержание мероприятия", "Срок исполнения", "Ответственные за выполнение", "Ожидаемые результаты")


def deadline(rng: random.Random, form: str, pools: Pools) -> tuple[str, str | None]:
    """(text, the date it states: the first date named, or the last day of the ten-day period)."""
    year, month = rng.choice((2024, 2025, 2026)), rng.randint(1, 12)
    last = calendar.monthrange(year, month)[1]
    if form == "then_periodic":
        day = rng.randint(1, last)
        first = rng.choice((f"до {day:02d}.{month:02d}.{year}", f"{day:02d}.{month:02d}.{year}",
                            f"до {day} {GENITIVE[month - 1]} {year} г."))
        return f"{first}, далее – {rng.choice(THEN)}", f"{year}-{month:02d}-{day:02d}"
    if form == "decade":
        d = rng.randint(1, 3)
        text = f"{rng.choice(DECADE[d])} {GENITIVE[month - 1]} {year} {rng.choice(('г.', 'года'))}"
        return text, f"{year}-{month:02d}-{(10, 20, last)[d - 1]:02d}"
    if form == "k_date":
        day = rng.randint(1, last)
        text = rng.choice((f"к {day} {GENITIVE[month - 1]} {year} г.", f"к {day:02d}.{month:02d}.{year}"))
        return text, f"{year}-{month:02d}-{day:02d}"
    row = rng.choice(pools["deadlines"])
    return row["deadline_raw"], row["date"] or None


def responsible(rng: random.Random, form: str, pools: Pools) -> tuple[list[str], list[str]]:
    """(the cell's lines, the people it names)."""
    row = rng.choice(pools["responsible"])
    lines = [ln for ln in row["responsible_raw"].split("\n") if ln.strip()]
    if form == "with_agreement":  # every line but the last ends with a comma, as such cells are printed
        lines += rng.sample(AGREED, k=rng.randint(1, 2))
        lines = [ln if k == len(lines) - 1 or ln.endswith(",") else ln + "," for k, ln in enumerate(lines)]
    return lines, split_list(row["names"])


def _runs(n: int, rng: random.Random) -> list[int]:
    """Lengths of the runs a merged column falls into (1 to 3 items each)."""
    out = []
    while sum(out) < n:
        out.append(min(rng.randint(1, 3), n - sum(out)))
    return out


def _items(rng, pools, ax, acts) -> list[dict]:
    """Each activity's cells: a merged column keeps one value over a run of items."""
    items, merged = [], ax["merged"]
    for length in _runs(len(acts), rng):
        shared = (deadline(rng, ax["deadline_form"], pools), responsible(rng, ax["responsible_form"], pools))
        for k in range(length):
            act = acts[len(items)]
            when = shared[0] if merged == "deadline" else deadline(rng, ax["deadline_form"], pools)
            who = shared[1] if merged == "responsible" else responsible(rng, ax["responsible_form"], pools)
            items.append({"act": act, "when": when, "who": who, "first": k == 0, "run": length})
    return items


def _row(number: str, it: dict, ax, rng) -> list[Cell]:
    def part(name: str, c: Cell) -> Cell:
        if ax["merged"] != name or it["run"] == 1:
            return c
        if not it["first"]:
            return Cell([], vmerge="continue")
        c.vmerge = "restart"
        return c
    return [cell(number), cell(it["act"]["activity"]), part("deadline", cell(it["when"][0])),
            part("responsible", Cell(it["who"][0])), cell(rng.choice(RESULTS))]


def build(rng: random.Random, pools: Pools, plan: AxisPlan, i: int, name: str) -> Doc:
    ax = {n: plan.value(n, values, i) for n, values in AXES.items()}
    blocks: list = preamble.order_paras(rng, "roadmap", preamble.issuer(rng))
    head = [cell(h, bold=True) for h in HEAD]
    rows, gold, n = [head], [], 0
    for s, (stage, acts) in enumerate(_content(rng, pools), 1):
        caption = f"Этап {s}. {stage}"
        if ax["stages"] == "one_table":
            rows.append([cell(caption, bold=True, span=len(HEAD))])
        else:
            blocks.append(Para(caption, bold=True))
            rows = [[cell(h, bold=True) for h in HEAD]]
            n = 0 if ax["stages"] == "tables_restart" else n
        for it in _items(rng, pools, ax, acts):
            n += 1
            rows.append(_row(f"{n}.", it, ax, rng))
            gold.append({"item_no": f"{n}.", "activity": it["act"]["activity"], "milestone": it["act"]["milestone"],
                         "deadline": it["when"][1] or None, "names": it["who"][1]})
        if ax["stages"] != "one_table":
            blocks.append(Table(rows, repeat_header=True))
    if ax["stages"] == "one_table":
        blocks.append(Table(rows, repeat_header=True))
    return Doc(name, "roadmap", blocks, ax, gold, landscape=True)
