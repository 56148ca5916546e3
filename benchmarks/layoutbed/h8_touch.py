"""Touchpoint lists in the layouts of `--layouts heldout8` (held out when written; see the bed README): the needs
spread over SLOT columns «Потребность 1 | Потребность 2 | Потребность 3» (a need a cell, the slots a touchpoint
does not use empty), or stated once per process in a PROCESS BLOCK (a full-width row naming the process, a
full-width row «Потребности клиента: …», its channels' rows under them, no process or needs column); rows that are
no touchpoint between the touchpoints — a SUBTOTAL after each direction («Итого по направлению: 5, из них
цифровых – 3, офлайн – 2») and a grand total, or a REMARK row under some touchpoints; the direction as the first
HEADER ROW of a table per direction (a full-width row above the column names, marked as header so Word repeats
it on every page); the table split by COLUMNS into two parts (h8_common). Otherwise mainstream: №, direction,
process (repeated), channel, kind «цифровая»/«офлайн», needs. The content is touch_content's; the gold is what the
layout states (with a process block, a process's channels share its needs)."""
from __future__ import annotations

import random
from dataclasses import replace

from . import h8_common, preamble, touch_content
from .axes import AxisPlan
from .doc import Cell, Doc, Table, cell
from .headings import bare
from .pools import Pools
from .touch_layout import needs_cell

AXES = {
    "needs_as": ("cell", "slots", "process_block"),
    "extra_rows": ("none", "subtotals", "remarks"),
    "direction_as": ("column", "header_row"),
    **h8_common.AXES,
}
KIND = {"digital": "цифровая", "offline": "офлайн"}
LABELS = {"no": "№ п/п", "direction": "Направление деятельности", "process": "Наименование процесса (услуги)",
          "channel": "Канал взаимодействия", "kind": "Вид точки взаимодействия", "needs": "Потребности клиента",
          "slot": "Потребность {k}"}
PROCESS_ROW = ("Процесс: {p}", "{p}", "Наименование процесса: {p}")
NEEDS_ROW = "Потребности клиента: {n}"
HEADER_ROW = ("Направление деятельности: {d}", "{d}", "Направление деятельности «{d}»")
# rows that are no touchpoint (scaffolding: they name no channel and no need)
SUBTOTAL = "Итого по направлению: {n}, из них цифровых – {d}, офлайн – {o}"
TOTAL = "Всего точек взаимодействия: {n}, из них цифровых – {d}, офлайн – {o}"
REMARKS = ("Примечание: сведения по точке актуализируются ежегодно.",
           "Примечание: в праздничные дни график работы может изменяться.",
           "Примечание: точка введена в 2024 году.",
           "Примечание: сведения уточняются ответственным структурным подразделением.")


def content(rng: random.Random, pools: Pools, ax) -> tuple[list, list]:
    """touch_content's list; with a process block a process's channels share its first channel's needs."""
    sections, touches = touch_content.make(rng, pools)
    if ax["needs_as"] == "process_block":
        first: dict = {}
        touches = [replace(t, needs=first.setdefault((t.section, t.process), t.needs)) for t in touches]
    return sections, touches


def columns(ax, slots: int) -> list[str]:
    cols = ["no"] + (["direction"] if ax["direction_as"] == "column" else [])
    if ax["needs_as"] != "process_block":
        cols.append("process")
    cols += ["channel", "kind"]
    if ax["needs_as"] == "cell":
        cols.append("needs")
    if ax["needs_as"] == "slots":
        cols += [f"slot{k}" for k in range(1, slots + 1)]
    return cols


def label(col: str) -> str:
    return LABELS["slot"].format(k=col[4:]) if col.startswith("slot") else LABELS[col]


def touch_row(n: int, t, cols: list[str], sections, ax) -> list[Cell]:
    phrases = [p.rstrip(".;") for p, _ in t.needs]
    values = {"no": cell(f"{n}."), "direction": cell(bare(sections[t.section].heading)), "process": cell(t.process),
              "channel": cell(t.channel_text), "kind": cell(KIND[t.ptype]),
              "needs": needs_cell(t.needs, ax["needs_cell"])}
    values.update({f"slot{k}": cell(phrases[k - 1] if k <= len(phrases) else "") for k in range(1, 4)})
    return [values[c] for c in cols]


def full(text: str, width: int, bold: bool = False) -> list[Cell]:
    return [cell(text, span=width, bold=bold)]


def counts(touches: list) -> dict:
    return {"n": len(touches), "d": sum(t.ptype == "digital" for t in touches),
            "o": sum(t.ptype == "offline" for t in touches)}


def section_rows(rng, run: list, start: int, cols: list[str], sections, ax) -> list[list[Cell]]:
    """One direction's rows: touchpoints (under process blocks), remarks, the subtotal."""
    out, width, process = [], len(cols), None
    for n, t in enumerate(run, start):
        if ax["needs_as"] == "process_block" and t.process != process:
            process = t.process
            out.append(full(rng.choice(PROCESS_ROW).format(p=t.process), width, bold=True))
            out.append(full(NEEDS_ROW.format(n="; ".join(p.rstrip(".;") for p, _ in t.needs)) + ".", width))
        out.append(touch_row(n, t, cols, sections, ax))
        if ax["extra_rows"] == "remarks" and n > 1 and rng.random() < 0.3:
            out.append(full(rng.choice(REMARKS), width))
    if ax["extra_rows"] == "subtotals":
        out.append(full(SUBTOTAL.format(**counts(run)), width, bold=True))
    return out


def by_section(touches: list) -> list[list]:
    out: list[list] = []
    for t in touches:
        if out and out[-1][0].section == t.section:
            out[-1].append(t)
        else:
            out.append([t])
    return out


def header_row(rng: random.Random, heading: str) -> str:
    """The direction's header row: its heading as the pool writes it, or labelled when it is not already."""
    if heading.lower().startswith(("направление", "раздел")):
        return heading
    return rng.choice(HEADER_ROW).format(d=heading)


def tables(rng, sections, touches, ax) -> list:
    slots = max(len(t.needs) for t in touches)
    cols = columns(ax, slots)
    head = [cell(label(c), bold=True) for c in cols]
    left = [k for k, c in enumerate(cols) if c in ("no", "direction", "process", "channel")]
    runs, n, out = by_section(touches), 1, []
    parts: list[list[list[Cell]]] = [[]]
    for run in runs:
        if ax["direction_as"] == "header_row" and parts[-1]:
            parts.append([])
        parts[-1] += section_rows(rng, run, n, cols, sections, ax)
        n += len(run)
    if ax["extra_rows"] == "subtotals":
        parts[-1].append(full(TOTAL.format(**counts(touches)), len(cols), bold=True))
    for k, body in enumerate(parts):
        top = []
        if ax["direction_as"] == "header_row":
            top = [full(header_row(rng, bare(sections[runs[k][0].section].heading)), len(cols), bold=True)]
        table = Table(top + [head] + body, header_rows=len(top) + 1, repeat_header=True)
        out += h8_common.split(rng, table, left, ax)
    return out


def build(rng: random.Random, pools: Pools, plan: AxisPlan, i: int, name: str) -> Doc:
    ax = {n: plan.value(n, values, i) for n, values in AXES.items()}
    if ax["needs_as"] == "process_block":
        ax["column_split"] = "n/a"  # a list of a few narrow columns is never printed in two parts
    ax["needs_cell"] = rng.choice(("semicolons", "paragraphs")) if ax["needs_as"] == "cell" else "n/a"
    sections, touches = content(rng, pools, ax)
    blocks: list = preamble.order_paras(rng, "touchpoint_list", preamble.issuer(rng))
    blocks += tables(rng, sections, touches, ax)
    gold = [{"direction": sections[t.section].direction, "process": t.process, "channel": t.channel,
             "point_type": t.ptype, "needs": sorted({c for _, cs in t.needs for c in cs}),
             "touchpoint": t.channel_text, "needs_text": [p for p, _ in t.needs]}
            for t in touches]
    return Doc(name, "touchpoint_list", blocks, ax, gold, landscape=True)
