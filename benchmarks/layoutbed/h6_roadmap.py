"""Roadmaps in the layouts of `--layouts heldout6` (held out when written; see the bed README): a plan grouped by
YEAR («2025 год» rows or headings) whose deadlines leave the year out («декабрь», «до 15 марта», «IV квартал»);
deadlines as a month in the nominative («декабрь 2025 г.»); the responsible's position and name in two columns
(«Ответственный исполнитель» | «Ф.И.О. ответственного лица»); and the plan as numbered paragraphs with labelled
lines («Срок исполнения: …») instead of a table. Otherwise mainstream: №, activity, deadline, responsible,
result; stage rows «I. …» when not grouped by year."""
from __future__ import annotations

import calendar
import random

from . import preamble
from .axes import AxisPlan
from .doc import Cell, Doc, Para, Table, cell
from .headings import ROMAN
from .pools import Pools, split_list
from .roadmap_layout import RESULTS, _content

AXES = {
    "form": ("table", "labelled_paragraphs"),
    "year_from": ("in_cell", "group_row"),
    "deadline_form": ("month_nominative", "day_month", "quarter"),
    "resp_form": ("pool", "fio_column"),
}
MONTHS = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
          "ноябрь", "декабрь")
QUARTERS = ("I", "II", "III", "IV")
YEARS = (2025, 2026, 2027)
LABELS = {"deadline": "Срок исполнения", "responsible": "Ответственный исполнитель",
          "fio": "Ф.И.О. ответственного лица", "result": "Ожидаемый результат"}


def deadline(rng: random.Random, form: str, year: int, with_year: bool) -> tuple[str, str]:
    """(the deadline as written, its date: the last day of the stated period, or the day named)."""
    tail = rng.choice((f" {year} г.", f" {year} года", f" {year}")) if with_year else ""
    if form == "month_nominative":
        month = rng.randint(1, 12)
        text = MONTHS[month - 1] + tail
        return (text.capitalize() if rng.random() < 0.5 else text), \
            f"{year}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"
    if form == "day_month":
        month = rng.randint(1, 12)
        day = rng.randint(1, calendar.monthrange(year, month)[1])
        lead = rng.choice(("до ", "не позднее ", ""))
        return f"{lead}{day} {preamble.MONTHS[month - 1]}{tail}", f"{year}-{month:02d}-{day:02d}"
    q = rng.randint(1, 4)
    word = rng.choice(("квартал", "кв."))
    month = 3 * q
    return f"{QUARTERS[q - 1]} {word}{tail}", f"{year}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def _who(resp: dict, ax) -> tuple[list[str], str]:
    """(the responsible column's lines, the name column's text or '' without one)."""
    if ax["resp_form"] == "pool":
        return [ln for ln in resp["responsible_raw"].split("\n") if ln.strip()], ""
    positions = split_list(resp.get("positions", "")) or ["структурное подразделение министерства"]
    return positions, ", ".join(split_list(resp["names"])) or "—"


def groups(rng: random.Random, pools: Pools, ax) -> list[tuple[str, list[dict]]]:
    """(the group's heading, its activities): stages «I. …», or years «2025 год» (each activity its year)."""
    content = _content(rng, pools)
    if ax["year_from"] == "in_cell":
        return [(f"{ROMAN[s]}. {stage}", acts) for s, (stage, acts) in enumerate(content)]
    acts = [a for _, part in content for a in part]
    years = sorted(rng.choice(YEARS[:2]) if k else YEARS[0] for k in range(len(acts)))
    out: dict[int, list[dict]] = {}
    for a, y in zip(acts, years):
        out.setdefault(y, []).append({**a, "year": y})
    return [(f"{y} год", part) for y, part in out.items()]


def _items(rng, pools, ax) -> list[tuple[str, list[tuple[dict, dict]]]]:
    """Per group, (the item's printed fields, its gold)."""
    out, n = [], 0
    for head, acts in groups(rng, pools, ax):
        rows = []
        for act in acts:
            n += 1
            year = act.get("year") or rng.choice(YEARS[:2])
            when, date = deadline(rng, ax["deadline_form"], year, ax["year_from"] == "in_cell")
            resp = rng.choice(pools["responsible"])
            who, fio = _who(resp, ax)
            fields = {"no": f"{n}.", "activity": act["activity"], "deadline": when, "who": who, "fio": fio,
                      "result": rng.choice(RESULTS)}
            rows.append((fields, {"item_no": f"{n}.", "activity": act["activity"], "milestone": act["milestone"],
                                  "deadline": date, "names": split_list(resp["names"]), "deadline_text": when}))
        out.append((head, rows))
    return out


def table(items, ax) -> Table:
    heads = ["№ п/п", "Наименование мероприятия", LABELS["deadline"], LABELS["responsible"]]
    heads += [LABELS["fio"]] if ax["resp_form"] == "fio_column" else []
    heads.append(LABELS["result"])
    rows = [[cell(h, bold=True) for h in heads]]
    for head, group in items:
        rows.append([cell(head, bold=True, span=len(heads))])
        for f, _ in group:
            rows.append([cell(f["no"]), cell(f["activity"]), cell(f["deadline"]), Cell(f["who"])]
                        + ([cell(f["fio"])] if ax["resp_form"] == "fio_column" else []) + [cell(f["result"])])
    return Table(rows, repeat_header=True)


def paragraphs(items, ax) -> list[Para]:
    """«1. activity» then a labelled line per field; a group's heading in bold."""
    def line(label: str, text: str) -> Para:
        return Para(f"{LABELS[label]}: {text.rstrip('.')}.")

    out: list[Para] = []
    for head, group in items:
        out.append(Para(head, bold=True))
        for f, _ in group:
            out += [Para(f"{f['no']} {f['activity']}"), line("deadline", f["deadline"]),
                    line("responsible", ", ".join(f["who"]))]
            if ax["resp_form"] == "fio_column":
                out.append(line("fio", f["fio"]))
            out.append(line("result", f["result"].lower()))
    return out


def build(rng: random.Random, pools: Pools, plan: AxisPlan, i: int, name: str) -> Doc:
    ax = {n: plan.value(n, values, i) for n, values in AXES.items()}
    blocks = preamble.order_paras(rng, "roadmap", preamble.issuer(rng))
    items = _items(rng, pools, ax)
    blocks += [table(items, ax)] if ax["form"] == "table" else paragraphs(items, ax)
    gold = [g for _, group in items for _, g in group]
    return Doc(name, "roadmap", blocks, ax, gold, landscape=ax["form"] == "table")
