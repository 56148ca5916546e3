"""Touchpoint lists in the layouts of `--layouts heldout11` (held out when written; see the bed README): a touchpoint's
needs written in its CHANNEL's cell after a dash, no needs column («Электронная почта – подача заявления; получение
консультации»); or a row per PROCESS whose one cell lists its touchpoints as numbered lines «1) channel (kind) – need;
need» (no channel, kind or needs column); the direction and the process in ONE cell of two paragraphs («Направление
деятельности / процесс»); the list cut into TWO APPENDICES by the point's kind («Приложение № 1 … Перечень цифровых
точек …», «Приложение № 2 … Перечень офлайн-точек …», the kind stated only in their titles, numbering afresh); the kind
in other words («удаленная» / «непосредственная»); the column names of another region (h11_common). Otherwise
mainstream: «№ п/п», direction column, process (every row), channel, kind, needs. The content is touch_content's; the
gold is what the layout states."""
from __future__ import annotations

import dataclasses
import random
import re

from . import h11_common, preamble, touch_content
from .axes import AxisPlan
from .doc import Cell, Doc, Para, Table, cell
from .headings import bare
from .pools import Pools
from .touch_layout import needs_cell

AXES = {
    "point_cell": ("plain", "needs_in_channel", "process_lines"),
    "direction_as": ("column", "with_process"),
    "split": ("one", "appendix_per_kind"),
    "type_words": ("plain", "remote_direct"),
    **h11_common.AXES,
}
LABELS = {"no": ("№ п/п", "№ строки"),
          "direction": ("Направление деятельности", "Отраслевое направление"),
          "process": ("Наименование процесса (услуги)", "Процесс (жизненная ситуация, услуга)"),
          "dir_process": ("Направление деятельности / процесс", "Отраслевое направление, процесс"),
          "channel": ("Канал взаимодействия", "Способ обращения клиента"),
          "channel_needs": ("Канал взаимодействия и потребности клиента", "Способ обращения клиента и ключевые запросы"),
          "kind": ("Вид точки взаимодействия", "Категория точки"),
          "needs": ("Потребности клиента", "Ключевые запросы клиента"),
          "lines": ("Точки взаимодействия (канал – вид точки – потребности клиента)",
                    "Способы обращения клиента (способ – категория – ключевые запросы)")}
# the two appendices' titles when the list is cut by kind (in the document's kind words)
KIND_TITLES = {"plain": ("Перечень цифровых точек взаимодействия с клиентами",
                         "Перечень офлайн-точек взаимодействия с клиентами"),
               "remote_direct": ("Перечень удаленных точек взаимодействия с клиентами",
                                 "Перечень точек непосредственного взаимодействия с клиентами")}


def plain_needs(rng: random.Random, pools: Pools, touches: list) -> list:
    """For the forms that write a touchpoint on one line: each need phrase that is itself a list (lines of its own,
    «1) …», «а) …» or «;» inside) replaced by a plain pool phrase, so a line's parts stay readable; the gold follows."""
    plain = [(r["phrase"], [c.strip() for c in r["codes"].split(",") if c.strip()]) for r in pools["needs"]
             if not re.search(r"\n|;|(^|\s)[0-9а-я]\)", r["phrase"])]
    out = []
    for t in touches:
        needs = [n if n in plain else rng.choice(plain) for n in t.needs]
        out.append(dataclasses.replace(t, needs=_unique(needs)))
    return out


def _unique(needs: list) -> list:
    seen, out = set(), []
    for p, cs in needs:
        if p not in seen:
            seen.add(p)
            out.append((p, cs))
    return out


def joined(needs: list[tuple[str, list[str]]]) -> str:
    return "; ".join(p.rstrip(".;") for p, _ in needs)


def columns(ax, kind_known: bool) -> list[str]:
    cols = ["no"] + (["direction", "process"] if ax["direction_as"] == "column" else ["dir_process"])
    if ax["point_cell"] == "process_lines":
        return cols + ["lines"]
    cols += ["channel_needs"] if ax["point_cell"] == "needs_in_channel" else ["channel"]
    cols += [] if kind_known else ["kind"]
    return cols + (["needs"] if ax["point_cell"] == "plain" else [])


def runs(touches: list, key) -> list[list]:
    """The touchpoints cut where `key` changes."""
    out: list[list] = []
    for t in touches:
        if out and key(out[-1][0]) == key(t):
            out[-1].append(t)
        else:
            out.append([t])
    return out


def row(no: int, run: list, cols: list[str], sections, ax) -> list[Cell]:
    """One table row: a touchpoint, or (`process_lines`) a process with its touchpoints as lines."""
    t, words = run[0], h11_common.TYPE_WORDS[ax["type_words"]]
    heading = bare(sections[t.section].heading)
    lines = [f"{k}) {u.channel_text} ({words[u.ptype != 'digital']}) – {joined(u.needs)}"
             f"{'.' if k == len(run) else ';'}" for k, u in enumerate(run, 1)]
    values = {"no": cell(f"{no}."), "direction": cell(heading), "process": cell(t.process),
              "dir_process": Cell([heading, t.process]), "channel": cell(t.channel_text),
              "channel_needs": cell(f"{t.channel_text} – {joined(t.needs)}"),
              "kind": cell(words[t.ptype != "digital"]), "needs": needs_cell(t.needs, ax["needs_cell"]),
              "lines": Cell(lines)}
    return [values[c] for c in cols]


def table(sections, touches, ax, kind_known: bool) -> Table:
    cols = columns(ax, kind_known)
    rows = [[cell(h11_common.label(LABELS, c, ax), bold=True) for c in cols]]
    if ax["point_cell"] == "process_lines":
        parts = runs(touches, lambda t: (t.section, t.process))
    else:
        parts = [[t] for t in touches]
    rows += [row(n, part, cols, sections, ax) for n, part in enumerate(parts, 1)]
    return Table(rows, header_rows=1, repeat_header=True)


def build(rng: random.Random, pools: Pools, plan: AxisPlan, i: int, name: str) -> Doc:
    ax = {n: plan.value(n, values, i) for n, values in AXES.items()}
    ax["needs_cell"] = rng.choice(("semicolons", "paragraphs"))
    sections, touches = touch_content.make(rng, pools)
    if ax["point_cell"] != "plain":
        touches = plain_needs(rng, pools, touches)
    body = preamble.issuer(rng)
    if ax["split"] == "one":
        blocks: list = preamble.order_paras(rng, "touchpoint_list", body)
        blocks.append(table(sections, touches, ax, kind_known=False))
    else:  # the digital points in appendix 1, the offline ones in appendix 2 (a stable sort: groups stay in order)
        touches = sorted(touches, key=lambda t: t.ptype != "digital")
        blocks = preamble.order_paras(rng, "touchpoint_list", body, appendix_no=1)
        titles = KIND_TITLES[ax["type_words"]]
        for k, part in enumerate(runs(touches, lambda t: t.ptype != "digital")):
            offline = part[0].ptype != "digital"
            if k:
                blocks.append(Para(h11_common.appendix_stamp(2, blocks), page_break_before=True))
            else:
                blocks.pop()  # the appendix's title: this one names the kind
            blocks += [Para(f"{titles[offline]} ({body})", bold=True, center=True),
                       table(sections, part, ax, kind_known=True)]
    gold = [{"direction": sections[t.section].direction, "process": t.process, "channel": t.channel,
             "point_type": t.ptype, "needs": sorted({c for _, cs in t.needs for c in cs}),
             "touchpoint": t.channel_text, "needs_text": [p for p, _ in t.needs]} for t in touches]
    return Doc(name, "touchpoint_list", blocks, ax, gold, landscape=True)
