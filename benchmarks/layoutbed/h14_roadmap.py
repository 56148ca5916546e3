"""Roadmaps in the layouts of `--layouts heldout14` (held out when written; see the bed README): terms as a MONTH IN
DIGITS «06.2025», «12.2025 г.» (a spreadsheet's month: its last day); the responsible cell naming the person and,
on a line below, a TELEPHONE «тел. 8 (8342) 39-15-27» (`resp_form` `with_phone`); a line under the table naming the
plan's drafter «Исп.: …, тел. …», who is no item's responsible (`drafter_line`); the column names of another region.
Otherwise mainstream: №, activity, «Срок исполнения», «Ответственный исполнитель», «Ожидаемый результат», full-width
stage rows «1. …», items «1.1.»."""
from __future__ import annotations

import calendar
import random

from . import h14_common, preamble
from .axes import AxisPlan
from .doc import Cell, Doc, Para, Table, cell
from .h9_common import order_year
from .pools import Pools, split_list
from .roadmap_layout import RESULTS, _content

AXES = {
    "deadline_form": ("pool", "numeric_month"),
    "resp_form": ("person", "with_phone"),
    "drafter_line": ("no", "yes"),
    **h14_common.AXES,
}
HEAD = {"no": ("№ п/п", "№ мероприятия"),
        "activity": ("Наименование мероприятия", "Перечень мер"),
        "deadline": ("Срок исполнения", "Дата завершения"),
        "responsible": ("Ответственный исполнитель", "Ответственный сотрудник"),
        "result": ("Ожидаемый результат", "Показатель результативности")}
# telephone lines under a person (scaffolding: digits that are no date)
PHONES = ("тел. 8 (8342) 39-15-27", "тел.: (8452) 21-07-44, доб. 215", "+7 (3852) 29-86-11", "тел. 24-03-18",
          "т. 8 (4922) 32-45-90 (доб. 1204)")
# the plan's drafter under the table: names no pool uses, so no item's responsible
DRAFTERS = ("Исп.: Ерёмкина О.В., тел. 8 (8342) 39-15-20", "Исполнитель: Шувалова Е.Г., тел. (8452) 21-07-40",
            "Исп. Кондакова Л.Р. 8 (3852) 29-86-05")


def deadline(rng: random.Random, pools: Pools, ax, year: int) -> tuple[str, str | None]:
    if ax["deadline_form"] == "pool":
        row = rng.choice(pools["deadlines"])
        return row["deadline_raw"], row["date"] or None
    month = rng.randint(1, 12)
    last = calendar.monthrange(year, month)[1]
    written = rng.choice((f"{month:02d}.{year}", f"{month:02d}.{year} г."))
    return written, f"{year}-{month:02d}-{last:02d}"


def rows(rng, pools, ax, year: int, cols: list[str]):
    out, gold = [], []
    for s, (stage, acts) in enumerate(_content(rng, pools), 1):
        out.append([cell(f"{s}. {stage}", bold=True, span=len(cols))])
        for k, act in enumerate(acts, 1):
            no, resp = f"{s}.{k}.", rng.choice(pools["responsible"])
            written, date = deadline(rng, pools, ax, year)
            person = resp["responsible_raw"]
            who = Cell([person, rng.choice(PHONES)]) if ax["resp_form"] == "with_phone" else cell(person)
            values = {"no": cell(no), "activity": cell(act["activity"]), "deadline": cell(written),
                      "responsible": who, "result": cell(rng.choice(RESULTS))}
            out.append([values[c] for c in cols])
            gold.append({"item_no": no, "activity": act["activity"], "milestone": act["milestone"],
                         "deadline": date, "names": split_list(resp["names"]), "deadline_text": written,
                         "responsible_text": person})
    return out, gold


def build(rng: random.Random, pools: Pools, plan: AxisPlan, i: int, name: str) -> Doc:
    ax = h14_common.axes(plan, i, AXES)
    blocks: list = preamble.order_paras(rng, "roadmap", preamble.issuer(rng))
    year = order_year(blocks) + rng.randint(0, 1)  # the plan is for the order's year or the next
    cols = ["no", "activity", "deadline", "responsible", "result"]
    head = [cell(h14_common.label(HEAD, c, ax), bold=True) for c in cols]
    body, gold = rows(rng, pools, ax, year, cols)
    blocks.append(Table([head] + body, header_rows=1, repeat_header=True))
    if ax["drafter_line"] == "yes":
        blocks.append(Para(rng.choice(DRAFTERS)))
    return Doc(name, "roadmap", blocks, ax, gold, landscape=True)
