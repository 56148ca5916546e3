"""Roadmaps in the layouts of `--layouts heldout5` (held out when written; see the bed README): the deadline and
the responsible in ONE column «Срок исполнения, ответственный исполнитель» (after a comma, or on lines of their
own); deadlines with a two-digit year («до 01.07.25») or counted from an event («в течение 30 дней со дня …»: no
date); financing columns («Источник финансирования», «Объем финансирования, тыс. руб.», whose values may name a
year); the plan restated in a new edition by an amending order. Otherwise mainstream: №, activity, deadline,
responsible, result; full-width stage rows «I. …», items numbered on."""
from __future__ import annotations

import calendar
import random

from . import h5_common
from .axes import AxisPlan
from .doc import Cell, Doc, Para, Table, cell
from .pools import Pools, split_list
from .roadmap_layout import RESULTS, _content
from .headings import ROMAN

AXES = {
    "term_resp": ("separate", "one_cell_comma", "one_cell_lines"),
    "deadline_form": ("short_year", "relative", "pool"),
    "finance_cols": ("yes", "no"),
    "act_form": ("original", "new_edition"),
}
# deadlines counted from an event: no date can be stated for them
RELATIVE = ("в течение 30 дней со дня утверждения перечня", "в течение месяца после принятия приказа",
            "одновременно с утверждением перечня", "в течение 10 рабочих дней после проведения опроса",
            "не позднее 5 дней со дня поступления предложений")
SOURCE = ("не требуется", "в пределах средств, предусмотренных на обеспечение деятельности министерства", "—",
          "областной бюджет")
VOLUME = ("—", "0,0", "150,0", "в 2025 г. – 120,0", "2026 год – 80,5")


def deadline(rng: random.Random, form: str, pools: Pools) -> tuple[str, str | None]:
    if form == "short_year":
        year, month = rng.choice((2024, 2025, 2026)), rng.randint(1, 12)
        day = rng.randint(1, calendar.monthrange(year, month)[1])
        short = f"{day:02d}.{month:02d}.{year % 100:02d}"
        return rng.choice((f"до {short}", short, f"до {short} г.")), f"{year}-{month:02d}-{day:02d}"
    if form == "relative":
        return rng.choice(RELATIVE), None
    row = rng.choice(pools["deadlines"])
    return row["deadline_raw"], row["date"] or None


def header(ax) -> list[Cell]:
    heads = ["№ п/п", "Наименование мероприятия"]
    heads += ["Срок исполнения", "Ответственный исполнитель"] if ax["term_resp"] == "separate" else \
        ["Срок исполнения, ответственный исполнитель"]
    if ax["finance_cols"] == "yes":
        heads += ["Источник финансирования", "Объем финансирования, тыс. руб."]
    return [cell(h, bold=True) for h in heads + ["Ожидаемый результат"]]


def item_row(number: str, act: dict, when: str, who: list[str], ax, rng) -> list[Cell]:
    if ax["term_resp"] == "separate":
        term = [cell(when), Cell(who)]
    elif ax["term_resp"] == "one_cell_comma":
        term = [cell(f"{when}, {', '.join(who)}")]
    else:
        term = [Cell([when] + who)]
    money = [cell(rng.choice(SOURCE)), cell(rng.choice(VOLUME))] if ax["finance_cols"] == "yes" else []
    return [cell(number), cell(act["activity"])] + term + money + [cell(rng.choice(RESULTS))]


def build(rng: random.Random, pools: Pools, plan: AxisPlan, i: int, name: str) -> Doc:
    ax = {n: plan.value(n, values, i) for n, values in AXES.items()}
    body, _ = h5_common.issuer(rng, False)
    blocks, refs = h5_common.order(rng, "roadmap", body, None, ax["act_form"])
    if ax["act_form"] == "new_edition":
        blocks += h5_common.new_edition_stamp("roadmap", body, refs)
    head = header(ax)
    rows, gold, n = [head], [], 0
    for s, (stage, acts) in enumerate(_content(rng, pools)):
        rows.append([cell(f"{ROMAN[s]}. {stage}", bold=True, span=len(head))])
        for act in acts:
            n += 1
            when, date = deadline(rng, ax["deadline_form"], pools)
            resp = rng.choice(pools["responsible"])
            who = [ln for ln in resp["responsible_raw"].split("\n") if ln.strip()]
            rows.append(item_row(f"{n}.", act, when, who, ax, rng))
            gold.append({"item_no": f"{n}.", "activity": act["activity"], "milestone": act["milestone"],
                         "deadline": date, "names": split_list(resp["names"]), "deadline_text": when})
    blocks.append(Table(rows, repeat_header=True))
    if ax["act_form"] == "new_edition":
        blocks.append(Para("»."))
    return Doc(name, "roadmap", blocks, ax, gold, landscape=True)
