"""Touchpoint lists in the layouts of `--layouts heldout9` (held out when written; see the bed README): the direction as
a NUMBERED ROW of cells («1.» | the heading | empty cells — not merged, not full width — its touchpoints numbered
«1.1.», «1.2.») or under a CLIENT GROUP (full-width rows «I. Внешние клиенты …» / «II. Внутренние клиенты …», each
with its directions as full-width rows «1. …» under it); a column of the point's DETAILS beside the channel («Адрес,
контактные данные»: address, phone, link — «—» where none); the point's kind in other words («онлайн» / «офлайн»,
«электронная» / «традиционная»); an EMPTY ROW between processes; the column names of another region
(h9_common). Otherwise mainstream: №, direction (every row), process (repeated), channel, kind, needs. The content is
touch_content's; the gold is what the layout states."""
from __future__ import annotations

import random

from . import h9_common, preamble, touch_content
from .axes import AxisPlan
from .doc import Cell, Doc, Table, cell
from .extra_cells import DETAILS
from .h8_touch import by_section as runs      # the touchpoints cut where the direction changes
from .headings import bare
from .pools import Pools
from .touch_layout import needs_cell

AXES = {
    "direction_as": ("column", "number_row", "client_groups"),
    "details_col": ("no", "yes"),
    "type_words": ("plain", "online", "electronic"),
    "blank_rows": ("no", "yes"),
    **h9_common.AXES,
}
TYPE_WORDS = {"plain": ("цифровая", "офлайн"), "online": ("онлайн", "офлайн"),
              "electronic": ("электронная", "традиционная")}
LABELS = {"no": ("№ п/п", "№"),
          "direction": ("Направление деятельности", "Область деятельности министерства"),
          "process": ("Наименование процесса (услуги)", "Государственная услуга, функция, сервис"),
          "channel": ("Канал взаимодействия", "Инструмент взаимодействия с заявителем"),
          "details": ("Адрес, контактные данные", "Реквизиты точки (адрес, телефон, ссылка)"),
          "kind": ("Вид точки взаимодействия", "Формат точки"),
          "needs": ("Потребности клиента", "Запросы (ожидания) заявителя")}
# the client groups a list may be divided into (scaffolding: rows that look like directions and are none)
GROUPS = (("I. Внешние клиенты (граждане, организации, индивидуальные предприниматели)",
           "Раздел I. Взаимодействие с внешними клиентами"),
          ("II. Внутренние клиенты (государственные гражданские служащие, подведомственные учреждения)",
           "Раздел II. Взаимодействие с внутренними клиентами"))


def internal(direction: str) -> bool:
    return direction.startswith("internal")


def content(rng: random.Random, pools: Pools, ax) -> tuple[list, list]:
    """touch_content's list; under client groups the external directions first (a stable sort, so each direction's
    rows stay together and in order)."""
    sections, touches = touch_content.make(rng, pools)
    if ax["direction_as"] == "client_groups":
        touches = sorted(touches, key=lambda t: internal(sections[t.section].direction))
    return sections, touches


def columns(ax) -> list[str]:
    cols = ["no"] + (["direction"] if ax["direction_as"] == "column" else []) + ["process", "channel"]
    return cols + (["details"] if ax["details_col"] == "yes" else []) + ["kind", "needs"]


def details(code: str) -> str:
    return ", ".join(DETAILS.get(code, ())) or "—"


def touch_row(no: str, t, cols: list[str], sections, ax) -> list[Cell]:
    words = TYPE_WORDS[ax["type_words"]]
    values = {"no": cell(no), "direction": cell(bare(sections[t.section].heading)), "process": cell(t.process),
              "channel": cell(t.channel_text), "details": cell(details(t.channel)),
              "kind": cell(words[t.ptype != "digital"]), "needs": needs_cell(t.needs, ax["needs_cell"])}
    return [values[c] for c in cols]




def direction_rows(rng, run: list, d: int, n: int, cols: list[str], sections, ax) -> list[list[Cell]]:
    """One direction's rows: its heading row (a numbered row of cells, a full-width row, or none with a column),
    then its touchpoints, an empty row after each process but the last when asked."""
    width, heading = len(cols), bare(sections[run[0].section].heading)
    out: list[list[Cell]] = []
    if ax["direction_as"] == "number_row":
        out.append([cell(f"{d}.", bold=True), cell(heading, bold=True)] + [cell("") for _ in range(width - 2)])
    elif ax["direction_as"] == "client_groups":
        out.append([cell(f"{d}. {heading}", span=width, bold=True)])
    for k, t in enumerate(run):
        if ax["blank_rows"] == "yes" and k and t.process != run[k - 1].process:
            out.append(h9_common.empty_row(width))
        no = f"{d}.{k + 1}." if ax["direction_as"] == "number_row" else f"{n + k}."
        out.append(touch_row(no, t, cols, sections, ax))
    return out


def table(rng, sections, touches, ax) -> Table:
    cols = columns(ax)
    rows = [[cell(h9_common.label(LABELS, c, ax), bold=True) for c in cols]]
    group, n, form = None, 1, rng.randrange(2)
    for d, run in enumerate(runs(touches), 1):
        mine = internal(sections[run[0].section].direction)
        if ax["direction_as"] == "client_groups" and mine != group:
            group = mine
            rows.append([cell(GROUPS[mine][form], span=len(cols), bold=True)])
        if ax["blank_rows"] == "yes" and d > 1:
            rows.append(h9_common.empty_row(len(cols)))
        rows += direction_rows(rng, run, d, n, cols, sections, ax)
        n += len(run)
    return Table(rows, header_rows=1, repeat_header=True)


def build(rng: random.Random, pools: Pools, plan: AxisPlan, i: int, name: str) -> Doc:
    ax = {n: plan.value(n, values, i) for n, values in AXES.items()}
    ax["needs_cell"] = rng.choice(("semicolons", "paragraphs"))
    sections, touches = content(rng, pools, ax)
    blocks: list = preamble.order_paras(rng, "touchpoint_list", preamble.issuer(rng))
    blocks.append(table(rng, sections, touches, ax))
    gold = [{"direction": sections[t.section].direction, "process": t.process, "channel": t.channel,
             "point_type": t.ptype, "needs": sorted({c for _, cs in t.needs for c in cs}),
             "touchpoint": t.channel_text, "needs_text": [p for p, _ in t.needs]}
            for t in touches]
    return Doc(name, "touchpoint_list", blocks, ax, gold, landscape=True)
