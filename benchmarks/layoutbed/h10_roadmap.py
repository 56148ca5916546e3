"""Roadmaps in the layouts of `--layouts heldout10` (held out when written; see the bed README): deadlines as a SPAN
«с … по …» («с 01.03.2025 по 30.06.2025», «с марта по июнь 2025 г.», «с момента утверждения плана по 31 декабря
2025 г.», «с II по IV квартал 2025 г.»: the span's last day) or with the YEAR FIRST («2025 г., II квартал», «2025 год,
1 полугодие», «2025 г., декабрь»); the responsible stated ONCE ABOVE the table for the whole plan («Ответственный за
реализацию плана мероприятий: …», no responsible column); the stage as a first COLUMN merged down over its items
(«Этап» / «Направление работы»), not as a row; the column names of another region (h10_common). Otherwise
mainstream: №, activity, «Срок исполнения», «Ответственный исполнитель», «Ожидаемый результат», full-width stage rows
«1. …», items «1.1.»."""
from __future__ import annotations

import random

from . import h10_common, preamble
from .axes import AxisPlan
from .doc import Cell, Doc, Para, Table, cell
from .h9_common import order_year
from .h10_common import MONTHS, MONTHS_GEN, ROMAN, end, last_day
from .pools import Pools, split_list
from .roadmap_layout import RESULTS, _content

AXES = {
    "deadline_as": ("pool", "span", "year_first"),
    "resp_at": ("column", "above_table"),
    "stage_as": ("row", "merged_column"),
    **h10_common.AXES,
}
HEAD = {"stage": ("Этап", "Направление работы"), "no": ("№ п/п", "№"),
        "activity": ("Наименование мероприятия", "Содержание работ"),
        "deadline": ("Срок исполнения", "Период исполнения"),
        "responsible": ("Ответственный исполнитель", "Ответственный за исполнение"),
        "result": ("Ожидаемый результат", "Итоговый документ")}
ABOVE = ("Ответственный за реализацию плана мероприятий: {r}", "Ответственное должностное лицо – {r}",
         "Ответственный исполнитель по всем мероприятиям плана: {r}")


def span(rng: random.Random, year: int) -> tuple[str, str]:
    """(a deadline as a span «с … по …», the span's last day)."""
    form = rng.randrange(5)
    if form == 4:
        q1 = rng.randint(0, 2)
        q2 = rng.randint(q1 + 1, 3)
        return f"с {ROMAN[q1]} по {ROMAN[q2]} квартал {year} г.", end(year, 3 * q2 + 3)
    m1 = rng.randint(1, 11)
    m2 = rng.randint(m1 + 1, 12)
    day = last_day(year, m2)
    text = (f"с 01.{m1:02d}.{year} по {day}.{m2:02d}.{year}",
            f"с {MONTHS_GEN[m1 - 1]} по {MONTHS[m2 - 1]} {year} г.",
            f"с 1 {MONTHS_GEN[m1 - 1]} по {day} {MONTHS_GEN[m2 - 1]} {year} года",
            f"с момента утверждения плана по {day} {MONTHS_GEN[m2 - 1]} {year} г.")[form]
    return text, end(year, m2)


def year_first(rng: random.Random, year: int) -> tuple[str, str]:
    """(a deadline with its year first, «2025 г., II квартал», the period's last day)."""
    lead = rng.choice((f"{year} г., ", f"{year} год, "))
    form = rng.randrange(4)
    if form == 0:
        q = rng.randint(1, 4)
        return f"{lead}{ROMAN[q - 1]} {rng.choice(('квартал', 'кв.'))}", end(year, 3 * q)
    if form == 1:
        h = rng.randint(1, 2)
        return f"{lead}{h} полугодие", end(year, 6 * h)
    m = rng.randint(1, 12)
    return f"{lead}{MONTHS[m - 1]}", end(year, m)


def deadline(rng: random.Random, pools: Pools, ax, year: int) -> tuple[str, str | None]:
    if ax["deadline_as"] == "span":
        return span(rng, year)
    if ax["deadline_as"] == "year_first":
        return year_first(rng, year)
    row = rng.choice(pools["deadlines"])
    return row["deadline_raw"], row["date"] or None


def columns(ax) -> list[str]:
    cols = (["stage"] if ax["stage_as"] == "merged_column" else []) + ["no", "activity", "deadline"]
    return cols + (["responsible"] if ax["resp_at"] == "column" else []) + ["result"]


def rows(rng, pools, ax, year: int, cols: list[str], whole: dict | None) -> tuple[list[list[Cell]], list[dict]]:
    out, gold = [], []
    for s, (stage, acts) in enumerate(_content(rng, pools), 1):
        if ax["stage_as"] == "row":
            out.append([cell(f"{s}. {stage}", bold=True, span=len(cols))])
        for k, act in enumerate(acts, 1):
            resp = whole or rng.choice(pools["responsible"])
            written, date = deadline(rng, pools, ax, year)
            values = {"stage": Cell([f"{s}. {stage}"] if k == 1 else [], vmerge="restart" if k == 1 else "continue"),
                      "no": cell(f"{s}.{k}."), "activity": cell(act["activity"]), "deadline": cell(written),
                      "responsible": cell(resp["responsible_raw"]), "result": cell(rng.choice(RESULTS))}
            out.append([values[c] for c in cols])
            gold.append({"item_no": f"{s}.{k}.", "activity": act["activity"], "milestone": act["milestone"],
                         "deadline": date, "names": split_list(resp["names"]), "deadline_text": written,
                         "responsible_text": resp["responsible_raw"]})
    return out, gold


def build(rng: random.Random, pools: Pools, plan: AxisPlan, i: int, name: str) -> Doc:
    ax = {n: plan.value(n, values, i) for n, values in AXES.items()}
    blocks: list = preamble.order_paras(rng, "roadmap", preamble.issuer(rng))
    year = order_year(blocks) + rng.randint(0, 1)  # the plan is for the order's year or the next
    whole = rng.choice(pools["responsible"]) if ax["resp_at"] == "above_table" else None
    if whole:
        blocks.append(Para(rng.choice(ABOVE).format(r=whole["responsible_raw"].replace("\n", " "))))
    cols = columns(ax)
    head = [cell(h10_common.label(HEAD, c, ax), bold=True) for c in cols]
    body, gold = rows(rng, pools, ax, year, cols, whole)
    blocks.append(Table([head] + body, header_rows=1, repeat_header=True))
    return Doc(name, "roadmap", blocks, ax, gold, landscape=True)
