"""Roadmaps in the layouts of `--layouts heldout12` (held out when written; see the bed README): a PASSPORT of the plan
above it — a two-column table with no header («Наименование плана», «Сроки реализации плана» «2025–2026 годы»,
«Ответственный за реализацию плана» a person, «Участники», «Цель») —, the plan after it; a column of the act each item
rests on («Основание (нормативный правовой акт)»: «распоряжение Правительства Российской Федерации от 06.10.2021 №
2816-р» — dates that are no term); terms as «к» a day («к 1 июля 2025 г.», «к 01.10.2025»: that day) or counted from
an event («в течение 30 дней со дня утверждения плана», «по мере поступления обращений»: no date, null); the column
names of another region. Otherwise mainstream: №, activity, «Срок исполнения», «Ответственный исполнитель»,
«Ожидаемый результат», full-width stage rows «1. …», items «1.1.»."""
from __future__ import annotations

import random

from . import h12_common, preamble
from .axes import AxisPlan
from .doc import Doc, Para, Table, cell
from .h9_common import order_year
from .h12_common import MONTHS_GEN, end
from .pools import Pools, split_list
from .roadmap_layout import RESULTS, _content

AXES = {
    "passport": ("no", "yes"),
    "basis_col": ("no", "yes"),
    "deadline_form": ("pool", "by_day_or_event"),
    **h12_common.AXES,
}
HEAD = {"no": ("№ п/п", "№"),
        "activity": ("Наименование мероприятия", "Мероприятие (контрольное событие)"),
        "basis": ("Основание (нормативный правовой акт)", "Основание для включения в план"),
        "deadline": ("Срок исполнения", "Дата реализации"),
        "responsible": ("Ответственный исполнитель", "Ответственный за реализацию"),
        "result": ("Ожидаемый результат", "Результат (подтверждающий документ)")}
# the acts an item rests on: scaffolding whose dates are no term
BASES = ("распоряжение Правительства Российской Федерации от 06.10.2021 № 2816-р",
         "постановление Правительства области от 14.03.2024 № 112-п",
         "протокол заседания проектного комитета от 18.04.2022 № 1",
         "пункт 2.3 Стандарта «Государство для людей»",
         "распоряжение Губернатора области от 21.12.2023 № 540-р",
         "приказ министерства от 09.02.2024 № 31")
EVENTS = ("в течение 30 дней со дня утверждения плана", "по мере поступления обращений",
          "одновременно с утверждением перечня точек взаимодействия", "в течение 10 рабочих дней после проведения опроса")


def deadline(rng: random.Random, pools: Pools, ax, year: int) -> tuple[str, str | None]:
    if ax["deadline_form"] == "pool":
        row = rng.choice(pools["deadlines"])
        return row["deadline_raw"], row["date"] or None
    if rng.random() < 0.3:
        return rng.choice(EVENTS), None
    m, d = rng.randint(1, 12), rng.choice((1, 1, 10, 15, 20, 25))
    yr = rng.choice((f"{year} г.", f"{year} года"))
    written = f"к {d} {MONTHS_GEN[m - 1]} {yr}" if rng.random() < 0.5 else f"к {d:02d}.{m:02d}.{year}"
    return written, end(year, m, d)


def passport(rng: random.Random, pools: Pools, year: int) -> list:
    """The plan's passport: a two-column table with no header, its own dates and person."""
    who = rng.choice(pools["responsible"])["responsible_raw"]
    rows = [("Наименование плана", "План мероприятий по внедрению стандартов клиентоцентричности"),
            ("Сроки реализации плана", f"{year}–{year + 1} годы"),
            ("Ответственный за реализацию плана", who),
            ("Участники реализации плана", "структурные подразделения министерства, подведомственные учреждения"),
            ("Цель плана", "повышение удовлетворенности граждан и организаций взаимодействием с министерством")]
    return [Para("Паспорт плана мероприятий", bold=True, center=True),
            Table([[cell(a), cell(b)] for a, b in rows], header_rows=0), Para("Мероприятия плана", bold=True,
                                                                              center=True)]


def columns(ax) -> list[str]:
    return ["no", "activity"] + (["basis"] if ax["basis_col"] == "yes" else []) + ["deadline", "responsible", "result"]


def rows(rng, pools, ax, year: int, cols: list[str]):
    out, gold = [], []
    for s, (stage, acts) in enumerate(_content(rng, pools), 1):
        out.append([cell(f"{s}. {stage}", bold=True, span=len(cols))])
        for k, act in enumerate(acts, 1):
            no, resp = f"{s}.{k}.", rng.choice(pools["responsible"])
            written, date = deadline(rng, pools, ax, year)
            values = {"no": cell(no), "activity": cell(act["activity"]), "basis": cell(rng.choice(BASES)),
                      "deadline": cell(written), "responsible": cell(resp["responsible_raw"]),
                      "result": cell(rng.choice(RESULTS))}
            out.append([values[c] for c in cols])
            gold.append({"item_no": no, "activity": act["activity"], "milestone": act["milestone"],
                         "deadline": date, "names": split_list(resp["names"]), "deadline_text": written,
                         "responsible_text": resp["responsible_raw"]})
    return out, gold


def build(rng: random.Random, pools: Pools, plan: AxisPlan, i: int, name: str) -> Doc:
    ax = h12_common.axes(plan, i, AXES)
    blocks: list = preamble.order_paras(rng, "roadmap", preamble.issuer(rng))
    year = order_year(blocks) + rng.randint(0, 1)  # the plan is for the order's year or the next
    if ax["passport"] == "yes":
        blocks += passport(rng, pools, year)
    cols = columns(ax)
    head = [cell(h12_common.label(HEAD, c, ax), bold=True) for c in cols]
    body, gold = rows(rng, pools, ax, year, cols)
    blocks.append(Table([head] + body, header_rows=1, repeat_header=True))
    return Doc(name, "roadmap", blocks, ax, gold, landscape=True)
