"""Roadmaps in the layouts of `--layouts heldout11` (held out when written; see the bed README): the term written INSIDE
the activity's cell, no term column («… (срок – II квартал 2025 г.)», «…. Срок исполнения – до 01.07.2025.»); terms as
a period with «не позднее» / «в течение» («не позднее III квартала 2025 г.», «в течение второго полугодия 2025 года»,
«не позднее ноября 2025 г.»: the period's last day); the responsible AWAY from the items, in a note under the table by
item numbers («Ответственные исполнители мероприятий плана:», «по пунктам 1.1–1.3 – …;», «по пункту 2.1 – …;»), no
responsible column; a column of REPORTING periods that are no term («Периодичность представления информации»:
«ежеквартально», «1 раз в полугодие», «ежегодно, до 20 января»); the column names of another region (h11_common).
Otherwise mainstream: №, activity, «Срок исполнения», «Ответственный исполнитель», «Ожидаемый результат», full-width
stage rows «1. …», items «1.1.»."""
from __future__ import annotations

import random

from . import h11_common, preamble
from .axes import AxisPlan
from .doc import Doc, Para, Table, cell
from .h9_common import order_year
from .h11_common import MONTHS_GEN, ROMAN, end
from .pools import Pools, split_list
from .roadmap_layout import RESULTS, _content

AXES = {
    "deadline_at": ("column", "in_activity"),
    "deadline_form": ("pool", "period_phrase"),
    "resp_at": ("column", "by_items_note"),
    "periodicity_col": ("no", "yes"),
    **h11_common.AXES,
}
HEAD = {"no": ("№ п/п", "№ пункта"),
        "activity": ("Наименование мероприятия", "Описание мероприятия"),
        "deadline": ("Срок исполнения", "Плановый срок"),
        "periodicity": ("Периодичность представления информации", "Периодичность отчетности"),
        "responsible": ("Ответственный исполнитель", "Ответственное структурное подразделение (должностное лицо)"),
        "result": ("Ожидаемый результат", "Форма отчетности")}
# reporting periods: scaffolding that names no calendar date of the item's end
PERIODS = ("ежеквартально", "1 раз в полугодие", "ежегодно, до 20 января", "ежемесячно, до 5 числа",
           "по итогам года", "однократно", "ежеквартально, до 10 числа месяца, следующего за кварталом")
IN_ACTIVITY = ("{a} (срок – {d})", "{a}. Срок исполнения – {d}.", "{a} (срок исполнения: {d})")
NOTE_HEADS = ("Ответственные исполнители мероприятий плана:", "Ответственные за исполнение мероприятий:")
ORDINAL = ("первого", "второго")


def period_phrase(rng: random.Random, year: int) -> tuple[str, str]:
    """(a term as a period with «не позднее» / «в течение», the period's last day)."""
    lead = rng.choice(("не позднее", "в течение"))
    yr = rng.choice((f"{year} г.", f"{year} года"))
    form = rng.randrange(3)
    if form == 0:
        q = rng.randint(1, 4)
        return f"{lead} {ROMAN[q - 1]} квартала {yr}", end(year, 3 * q)
    if form == 1:
        h = rng.randint(1, 2)
        return f"{lead} {ORDINAL[h - 1]} полугодия {yr}", end(year, 6 * h)
    m = rng.randint(1, 12)
    return f"{lead} {MONTHS_GEN[m - 1]} {yr}", end(year, m)


def deadline(rng: random.Random, pools: Pools, ax, year: int) -> tuple[str, str | None]:
    if ax["deadline_form"] == "period_phrase":
        return period_phrase(rng, year)
    row = rng.choice(pools["deadlines"])
    return row["deadline_raw"], row["date"] or None


def columns(ax) -> list[str]:
    cols = ["no", "activity"] + (["deadline"] if ax["deadline_at"] == "column" else [])
    cols += ["periodicity"] if ax["periodicity_col"] == "yes" else []
    return cols + (["responsible"] if ax["resp_at"] == "column" else []) + ["result"]


def one_line(text: str) -> str:
    return " ".join(text.split())


def note(groups: list[tuple[list[str], str]], rng: random.Random) -> list[Para]:
    """The responsible under the table by item numbers: «по пунктам 1.1–1.3 – …;» / «по пункту 2.1 – …;»."""
    out = [Para(rng.choice(NOTE_HEADS))]
    for k, (nos, resp) in enumerate(groups):
        first, last = nos[0].rstrip("."), nos[-1].rstrip(".")
        where = f"по пункту {first}" if len(nos) == 1 else f"по пунктам {first}–{last}"
        out.append(Para(f"{where} – {one_line(resp).rstrip('.')}{'.' if k == len(groups) - 1 else ';'}"))
    return out


def rows(rng, pools, ax, year: int, cols: list[str]):
    """The table's rows, the gold, and the (item numbers, responsible) groups of the note."""
    out, gold, groups = [], [], []
    for s, (stage, acts) in enumerate(_content(rng, pools), 1):
        out.append([cell(f"{s}. {stage}", bold=True, span=len(cols))])
        left, resp = 0, None
        for k, act in enumerate(acts, 1):
            if left == 0:  # a run of one to three items shares its responsible
                left, resp = rng.randint(1, 3), rng.choice(pools["responsible"])
                groups.append(([], resp["responsible_raw"]))
            left -= 1
            no = f"{s}.{k}."
            groups[-1][0].append(no)
            written, date = deadline(rng, pools, ax, year)
            activity = act["activity"]
            if ax["deadline_at"] == "in_activity":
                activity = rng.choice(IN_ACTIVITY).format(a=act["activity"].rstrip(". "), d=written)
            values = {"no": cell(no), "activity": cell(activity), "deadline": cell(written),
                      "periodicity": cell(rng.choice(PERIODS)), "responsible": cell(resp["responsible_raw"]),
                      "result": cell(rng.choice(RESULTS))}
            out.append([values[c] for c in cols])
            gold.append({"item_no": no, "activity": act["activity"], "milestone": act["milestone"],
                         "deadline": date, "names": split_list(resp["names"]), "deadline_text": written,
                         "responsible_text": resp["responsible_raw"]})
    return out, gold, groups


def build(rng: random.Random, pools: Pools, plan: AxisPlan, i: int, name: str) -> Doc:
    ax = {n: plan.value(n, values, i) for n, values in AXES.items()}
    blocks: list = preamble.order_paras(rng, "roadmap", preamble.issuer(rng))
    year = order_year(blocks) + rng.randint(0, 1)  # the plan is for the order's year or the next
    cols = columns(ax)
    head = [cell(h11_common.label(HEAD, c, ax), bold=True) for c in cols]
    body, gold, groups = rows(rng, pools, ax, year, cols)
    blocks.append(Table([head] + body, header_rows=1, repeat_header=True))
    if ax["resp_at"] == "by_items_note":
        blocks += note(groups, rng)
    return Doc(name, "roadmap", blocks, ax, gold, landscape=True)

