"""Roadmaps in the layouts of `--layouts extra2`: the deadline split into a start and an end
(«Срок реализации» over «начало» | «окончание», or two flat columns «Дата начала» | «Дата
окончания»; the end is the deadline, the start a date that is not), and a status column
(«Статус» or «Отметка об исполнении», whose notes may name a document's date or a moved term)."""
from __future__ import annotations

import random

from . import preamble
from .axes import AxisPlan
from .doc import Cell, Doc, Table, cell
from .extra_roadmap import MONTHS
from .extra_touch import header
from .pools import Pools, split_list
from .roadmap_layout import _content

AXES = {
    "deadline_cols": ("start_end_grouped", "start_end_flat", "one"),
    "status_col": ("status", "execution_mark", "none"),
    "orientation": ("portrait", "landscape"),
}
LABELS = {"no": "№ п/п", "activity": "Наименование мероприятия", "deadline": "Срок исполнения",
          "start": "Дата начала", "end": "Дата окончания", "responsible": "Ответственный исполнитель",
          "status": "Статус", "execution_mark": "Отметка об исполнении"}
GROUPED = {"start": "начало", "end": "окончание"}
STATUSES = ("Исполнено", "В работе", "Не начато", "Исполнено частично")
MARK_NOTES = ("Исполнено (приказ от 14.03.2024 № 52-од)", "Исполнено, информация размещена на официальном сайте",
              "", "Срок перенесён на IV квартал 2025 г.", "В работе")


def columns(ax: dict[str, str]) -> list[tuple[str, str | None, str]]:
    """(key, group heading or None, heading) per column, as extra_touch.header takes them."""
    if ax["deadline_cols"] == "one":
        when = [("deadline", None, LABELS["deadline"])]
    elif ax["deadline_cols"] == "start_end_grouped":
        when = [(k, "Срок реализации", GROUPED[k]) for k in ("start", "end")]
    else:
        when = [(k, None, LABELS[k]) for k in ("start", "end")]
    cols = [("no", None, LABELS["no"]), ("activity", None, LABELS["activity"])] + when
    cols.append(("responsible", None, LABELS["responsible"]))
    if ax["status_col"] != "none":
        cols.append((ax["status_col"], None, LABELS[ax["status_col"]]))
    return cols


def start_of(rng: random.Random, date: str | None) -> str:
    """A start no later than the end's month (any month when the end states no date)."""
    year, month = (int(date[:4]), int(date[5:7])) if date else (rng.choice((2024, 2025)), 12)
    m = rng.randint(1, month)
    return rng.choice((f"01.{m:02d}.{year}", f"{MONTHS[m - 1]} {year} г."))


def _rows(rng, pools, ax, keys, content) -> tuple[list[list[Cell]], list[dict]]:
    rows, gold = [], []
    for s, (head, acts) in enumerate(content):
        rows.append([cell(f"{s + 1}. {head}", span=len(keys), bold=True)])
        for k, act in enumerate(acts):
            dl, resp = rng.choice(pools["deadlines"]), rng.choice(pools["responsible"])
            no = f"{s + 1}.{k + 1}."
            values = {"no": no, "activity": act["activity"], "deadline": dl["deadline_raw"], "end": dl["deadline_raw"],
                      "start": start_of(rng, dl["date"] or None), "responsible": resp["responsible_raw"],
                      "status": rng.choice(STATUSES), "execution_mark": rng.choice(MARK_NOTES)}
            rows.append([cell(values[c]) for c in keys])
            gold.append({"item_no": no, "activity": act["activity"], "milestone": act["milestone"],
                         "deadline": dl["date"] or None, "names": split_list(resp["names"])})
    return rows, gold


def build(rng: random.Random, pools: Pools, plan: AxisPlan, i: int, name: str) -> Doc:
    ax = {n: plan.value(n, values, i) for n, values in AXES.items()}
    cols = columns(ax)
    head = header(cols, None)
    rows, gold = _rows(rng, pools, ax, [c[0] for c in cols], _content(rng, pools))
    blocks = preamble.order_paras(rng, "roadmap", preamble.issuer(rng))
    blocks.append(Table(head + rows, header_rows=len(head)))
    return Doc(name, "roadmap", blocks, ax, gold, landscape=ax["orientation"] == "landscape")
