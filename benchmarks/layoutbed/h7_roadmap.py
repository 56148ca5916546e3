"""Roadmaps in the layouts of `--layouts heldout7` (held out when written; see the bed README): the deadline as a
MONTH grid (twelve narrow columns under «Срок реализации, 2025 год», a mark in each month an item runs); as a
column PER YEAR (the period written without its year in one year's column: «IV квартал», «до 15 марта»,
«декабрь»); as several control dates («до 15.01.2025, до 15.07.2025»: the last one) or as a START with no end
(«с 01.03.2025 – постоянно»: no date); the item's number inside its activity cell (no № column); names written
initials first («Т.П. Иванова»). Otherwise mainstream: full-width stage rows «1. …», items «1.1.», a
responsible column, an expected result."""
from __future__ import annotations

import calendar
import random
import re

from . import h7_common, preamble
from .axes import AxisPlan
from .doc import Cell, Doc, Table, cell
from .pools import Pools, split_list
from .roadmap_layout import RESULTS, _content

AXES = {
    "deadline_as": ("text", "month_grid", "year_columns"),
    "number_in": ("column", "activity_cell"),
    "resp_form": ("pool", "initials_first"),
    **h7_common.AXES,
}
# spread over the `text` documents alone (h7_common.rank_value)
TEXT_FORMS = ("multi_date", "start_only", "pool")
MONTHS_SHORT = ("янв.", "февр.", "март", "апр.", "май", "июнь", "июль", "авг.", "сент.", "окт.", "нояб.", "дек.")
MONTHS = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь",
          "декабрь")
ROMAN = ("I", "II", "III", "IV")
MARKS = ("+", "Х", "■")
YEARS = (2025, 2026, 2027)
# fixed widths (mm) of №, activity and responsible in the month grid on a landscape page (257 mm inside margins)
LEFT_MM = (12, 90, 55)
PAGE_MM = 257
STARTS = ("с {d} – постоянно", "начиная с {d}, ежеквартально", "с {d} и далее ежегодно", "с {d} (на постоянной основе)")


def _end(year: int, month: int) -> str:
    return f"{year}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def _dmy(rng: random.Random, year: int, month: int, day: int) -> str:
    return f"{day:02d}.{month:02d}.{year}" if rng.random() < 0.5 else f"{day} {preamble.MONTHS[month - 1]} {year} г."


def text_deadline(rng: random.Random, form: str, pools: Pools) -> tuple[str, str | None]:
    """(the deadline as written, the gold date): several control dates — the last —, a start — none —, or a pool's."""
    year = rng.choice(YEARS[:2])
    if form == "multi_date":
        months = sorted(rng.sample(range(1, 13), k=rng.randint(2, 3)))
        days = [rng.choice((1, 10, 15, 20, 25)) for _ in months]
        style = rng.randrange(3)
        if style == 0:
            text = ", ".join(f"до {d:02d}.{m:02d}.{year}" for d, m in zip(days, months))
        elif style == 1:
            text = "; ".join(f"{d:02d}.{m:02d}.{year}" for d, m in zip(days, months))
        else:
            words = [f"{d} {preamble.MONTHS[m - 1]}" for d, m in zip(days, months)]
            text = ", ".join(words[:-1]) + f" и {words[-1]} {year} г."
        return text, f"{year}-{months[-1]:02d}-{days[-1]:02d}"
    if form == "start_only":
        month = rng.randint(1, 12)
        start = rng.choice((_dmy(rng, year, month, 1), f"{ROMAN[(month - 1) // 3]} квартала {year} г."))
        return rng.choice(STARTS).format(d=start), None
    row = rng.choice(pools["deadlines"])
    return row["deadline_raw"], row["date"] or None


def grid_marks(rng: random.Random, year: int, mark: str) -> tuple[list[str], str]:
    start = rng.randrange(12)
    end = rng.randrange(start, min(12, start + 4))
    return [mark if start <= m <= end else "" for m in range(12)], _end(year, end + 1)


def year_cell(rng: random.Random) -> tuple[int, str, str]:
    """(the year's column, the period as written without its year, the gold date)."""
    year = rng.choice(YEARS)
    form = rng.randrange(4)
    if form == 0:
        q = rng.randint(1, 4)
        return year, f"{ROMAN[q - 1]} {rng.choice(('квартал', 'кв.'))}", _end(year, 3 * q)
    if form == 1:
        month = rng.randint(1, 12)
        day = rng.randint(1, calendar.monthrange(year, month)[1])
        return year, f"{rng.choice(('до ', 'не позднее ', ''))}{day} {preamble.MONTHS[month - 1]}", \
            f"{year}-{month:02d}-{day:02d}"
    if form == 2:
        month = rng.randint(1, 12)
        return year, MONTHS[month - 1], _end(year, month)
    half = rng.randint(1, 2)
    return year, f"{ROMAN[half - 1]} полугодие", _end(year, 6 * half)


_NAME = re.compile(r"^([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)\s+([А-ЯЁ]\.\s?(?:[А-ЯЁ]\.)?)$")


def initials_first(name: str) -> str:
    """«Иванова Т.П.» as «Т.П. Иванова» (a name not of that form as written)."""
    m = _NAME.match(name.strip())
    return f"{m.group(2).replace(' ', '')} {m.group(1)}" if m else name


def responsible(resp: dict, ax) -> str:
    names = split_list(resp["names"])
    if ax["resp_form"] == "pool" or not names:
        return resp["responsible_raw"]
    positions = split_list(resp.get("positions", ""))
    if len(positions) == len(names):
        return ", ".join(f"{p} {initials_first(n)}" for p, n in zip(positions, names))
    lead = f"{positions[0]} " if len(positions) == 1 else ""
    return lead + ", ".join(initials_first(n) for n in names)


def header(ax, year: int) -> list[list[Cell]]:
    no = [] if ax["number_in"] == "activity_cell" else ["№ п/п"]
    if ax["deadline_as"] == "text":
        return [[cell(h, bold=True) for h in no + ["Наименование мероприятия", "Срок исполнения",
                                                   "Ответственный исполнитель", "Ожидаемый результат"]]]
    left = no + ["Наименование мероприятия", "Ответственный исполнитель"]
    top = [cell(h, bold=True, vmerge="restart") for h in left]
    low = [Cell([], vmerge="continue") for _ in left]
    if ax["deadline_as"] == "month_grid":
        return [top + [cell(f"Срок реализации, {year} год", bold=True, span=12)],
                low + [cell(m, bold=True) for m in MONTHS_SHORT]]
    return [top + [cell("Срок исполнения", bold=True, span=len(YEARS))],
            low + [cell(f"{y} г.", bold=True) for y in YEARS]]


def item(rng, pools, ax, act: dict, year: int) -> tuple[list[str], str, str | None]:
    """(the deadline cells, the deadline as written, the gold date)."""
    if ax["deadline_as"] == "month_grid":
        cells, date = grid_marks(rng, year, ax["mark"])
        return cells, " ".join(MONTHS_SHORT[m] for m, c in enumerate(cells) if c) + f" {year}", date
    if ax["deadline_as"] == "year_columns":
        y, text, date = year_cell(rng)
        return [text if c == y else "–" for c in YEARS], f"{text} {y}", date
    text, date = text_deadline(rng, ax["deadline_form"], pools)
    return [text], text, date


def rows(rng, pools, ax, year: int, width: int) -> tuple[list[list[Cell]], list[dict]]:
    out, gold = [], []
    for s, (stage, acts) in enumerate(_content(rng, pools), 1):
        out.append([cell(f"{s}. {stage}", bold=True, span=width)])
        for k, act in enumerate(acts, 1):
            no = f"{s}.{k}."
            cells, when, date = item(rng, pools, ax, act, year)
            resp = rng.choice(pools["responsible"])
            who = responsible(resp, ax)
            lead = [cell(f"{no} {act['activity']}")] if ax["number_in"] == "activity_cell" else \
                [cell(no), cell(act["activity"])]
            if ax["deadline_as"] == "text":
                out.append(lead + [cell(cells[0]), cell(who), cell(rng.choice(RESULTS))])
            else:
                out.append(lead + [cell(who)] + [cell(c) for c in cells])
            gold.append({"item_no": no, "activity": act["activity"], "milestone": act["milestone"],
                         "deadline": date, "names": split_list(resp["names"]), "deadline_text": when,
                         "responsible_text": who})
    return out, gold


def build(rng: random.Random, pools: Pools, plan: AxisPlan, i: int, name: str) -> Doc:
    ax = {n: plan.value(n, values, i) for n, values in AXES.items()}
    ax["deadline_form"] = h7_common.rank_value(plan, "deadline_as", AXES["deadline_as"], i, "text",
                                               "deadline_form", TEXT_FORMS)
    ax["mark"] = rng.choice(MARKS) if ax["deadline_as"] == "month_grid" else "n/a"
    year = rng.choice(YEARS[:2])
    head = header(ax, year)
    width = sum(c.span for c in head[-1])
    body, gold = rows(rng, pools, ax, year, width)
    widths = None
    if ax["deadline_as"] == "month_grid":
        left = LEFT_MM[1:] if ax["number_in"] == "activity_cell" else LEFT_MM
        widths = list(left) + [(PAGE_MM - sum(left)) / 12] * 12
    blocks = h7_common.stamp(preamble.order_paras(rng, "roadmap", preamble.issuer(rng)), ax, "УТВЕРЖДЕН")
    blocks.append(Table(head + body, header_rows=len(head), repeat_header=True, widths_mm=widths))
    blocks += h7_common.approval_sheet(rng, ax)
    return Doc(name, "roadmap", blocks, ax, gold, landscape=True)
