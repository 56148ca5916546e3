"""Roadmaps in the layouts of `--layouts heldout2` (held out when written; see the bed README): a «Этап» column and a
«Показатель» | «Плановое значение» pair whose values may name years; the responsible executor and the
co-executors in two columns (co-executors are bodies, named by no person); deadlines written as a
year («в течение 2025 года», «2025 год», «в течение 2025–2026 годов»: the period's last day) or as a
recurrence («ежеквартально, до 10 числа …», «по мере необходимости»: no date); the stamp on lines of
its own; converted text as the legal database prints tables, a cell a line."""
from __future__ import annotations

import random

from . import h2_common, preamble
from .axes import AxisPlan
from .doc import Doc, Para, Table, cell
from .pools import Pools, split_list
from .roadmap_layout import ROMAN, _content

AXES = {
    "columns": ("stage_indicator", "coexecutors", "plain"),
    "deadline_form": ("within_year", "periodic", "pool"),
    "stamp": h2_common.STAMP,
    "txt_table": h2_common.TXT_TABLE,
}
KEYS = {"stage_indicator": ("no", "stage", "activity", "deadline", "responsible", "indicator", "plan"),
        "coexecutors": ("no", "activity", "responsible", "coexecutors", "deadline"),
        "plain": ("no", "activity", "deadline", "responsible")}
HEAD = {"no": "№ п/п", "stage": "Этап", "activity": "Наименование мероприятия", "deadline": "Срок исполнения",
        "responsible": "Ответственный исполнитель", "coexecutors": "Соисполнители", "indicator": "Показатель",
        "plan": "Плановое значение"}
# scaffolding (not scored): what an item measures and the value planned, bodies that help
INDICATORS = ("Доля сотрудников, прошедших обучение, %", "Количество утверждённых документов, ед.",
              "Наличие утверждённого перечня (да/нет)", "Доля клиентов, удовлетворённых качеством, %")
PLANS = ("100", "не менее 80", "1", "да", "90 (2025 г.), 100 (2026 г.)")
COEXECUTORS = ("отдел информационных технологий", "структурные подразделения министерства",
               "подведомственные учреждения", "отдел кадров и государственной службы, отдел правового обеспечения",
               "–")
PERIODIC = ("ежеквартально", "ежемесячно", "по мере необходимости",
            "ежеквартально, до 10 числа месяца, следующего за отчётным кварталом")
TITLE = "План мероприятий («дорожная карта») по внедрению принципов клиентоцентричности в {}"


def deadline(rng: random.Random, form: str, pools: Pools) -> tuple[str, str | None]:
    """(text, the date it states: the last day of the year or years named; none for a recurrence)."""
    year = rng.choice((2024, 2025, 2026))
    if form == "within_year":
        return rng.choice(((f"в течение {year} года", f"{year}-12-31"), (f"{year} год", f"{year}-12-31"),
                           (f"в течение {year}–{year + 1} годов", f"{year + 1}-12-31"),
                           (f"до конца {year} года", f"{year}-12-31")))
    if form == "periodic":
        return rng.choice(PERIODIC), None
    row = rng.choice(pools["deadlines"])
    return row["deadline_raw"], row["date"] or None


def _rows(rng, pools, ax, keys, content):
    rows, gold = [], []
    for s, (head, acts) in enumerate(content):
        rows.append([cell(f"{ROMAN[s]}. {head}", span=len(keys), bold=True)])
        for k, act in enumerate(acts):
            text, date = deadline(rng, ax["deadline_form"], pools)
            who = rng.choice(pools["responsible"])
            no = f"{s + 1}.{k + 1}."
            values = {"no": no, "stage": f"{s + 1} этап", "activity": act["activity"], "deadline": text,
                      "responsible": who["responsible_raw"], "coexecutors": rng.choice(COEXECUTORS),
                      "indicator": rng.choice(INDICATORS), "plan": rng.choice(PLANS)}
            rows.append([cell(values[c]) for c in keys])
            gold.append({"item_no": no, "activity": act["activity"], "milestone": act["milestone"],
                         "deadline": date, "names": split_list(who["names"])})
    return rows, gold


def build(rng: random.Random, pools: Pools, plan: AxisPlan, i: int, name: str) -> Doc:
    ax = {n: plan.value(n, values, i) for n, values in AXES.items()}
    keys = KEYS[ax["columns"]]
    rows, gold = _rows(rng, pools, ax, keys, _content(rng, pools))
    body = preamble.issuer(rng)
    blocks: list = preamble.order_paras(rng, "roadmap", body)
    stamp = h2_common.stamp_lines(blocks, body, ax["stamp"], rng)
    blocks = h2_common.with_stamp(blocks[:-1], stamp)
    blocks.append(Para(TITLE.format(h2_common.genitive(body).replace("министерства", "министерстве", 1)),
                                bold=True, center=True))
    blocks.append(Table([[cell(HEAD[k], bold=True) for k in keys]] + rows, header_rows=1))
    return Doc(name, "roadmap", blocks, ax, gold, landscape=True, txt_table=ax["txt_table"],
               txt_banner=h2_common.banner(rng, ax["txt_table"]))
