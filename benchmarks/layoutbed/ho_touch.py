"""Touchpoint lists in the layouts of `--layouts heldout` (never tuned on): the whole list as
numbered paragraphs with no table («1.» direction, «1.1.» process, «1.1.1. Канал: …» or one
line per touchpoint); a process-major table (a full-width direction row, a full-width process
row, its channels below); a row per (process, channel) whose needs are a second-level table
inside the cell; converted text whose tables are drawn with «|» or box borders with
wrapped cells; the list in a landscape section after a section break inside a portrait
document. The content (touch_content) and the gold are the base lists' own."""
from __future__ import annotations

import random

from . import preamble, touch_content
from .axes import AxisPlan
from .doc import Cell, Doc, Para, Table, cell
from .headings import bare
from .pools import Pools
from .touch_layout import needs_cell

AXES = {
    "form": ("numbered_paragraphs", "process_major", "needs_subtable"),
    "para_style": ("labelled", "one_line"),
    "txt_table": ("box", "pipes", "tabs"),
    "landscape_section": ("yes", "no"),
}
TYPE = {"digital": ("цифровая", "цифровая точка"), "offline": ("офлайн", "нецифровая (офлайн) точка")}
HEAD = ("№ п/п", "Точка (канал) взаимодействия", "Вид точки", "Потребности клиента")
FLAT = ("№ п/п", "Направление деятельности", "Процесс", "Точка (канал) взаимодействия", "Вид точки",
        "Потребности клиента")


def choose_axes(plan: AxisPlan, i: int) -> dict[str, str]:
    ax = {name: plan.value(name, values, i) for name, values in AXES.items()}
    if ax["form"] == "numbered_paragraphs":
        ax["txt_table"] = "n/a"  # no table
    else:
        ax["para_style"] = "n/a"
    return ax


def _groups(sections, touches):
    """(section index, heading, [(process, [touches])]) in document order."""
    out = []
    for k, sec in enumerate(sections):
        procs: dict[str, list] = {}
        for t in (x for x in touches if x.section == k):
            procs.setdefault(t.process, []).append(t)
        out.append((k, bare(sec.heading), list(procs.items())))
    return out


def _needs(t) -> str:
    return "; ".join(" ".join(p.split()).rstrip(".;") for p, _ in t.needs)


def paragraphs(rng, sections, touches, ax) -> list[Para]:
    """«1. Direction», «1.1. Process», then each touchpoint as «1.1.1. …» (labelled fields) or as one
    line «– channel (kind): needs»."""
    v = rng.randrange(2)
    out = []
    for s, heading, procs in _groups(sections, touches):
        out.append(Para(f"{s + 1}. {heading}", bold=True))
        for p, (process, ts) in enumerate(procs):
            out.append(Para(f"{s + 1}.{p + 1}. {process}"))
            for n, t in enumerate(ts):
                no = f"{s + 1}.{p + 1}.{n + 1}."
                if ax["para_style"] == "labelled":
                    out.append(Para(f"{no} Канал взаимодействия: {t.channel_text}. Вид точки: {TYPE[t.ptype][0]}. "
                                    f"Потребности клиента: {_needs(t)}."))
                else:
                    out.append(Para(f"{no} {t.channel_text} ({TYPE[t.ptype][v]}) – {_needs(t)}."))
    return out


def process_major(rng, sections, touches) -> Table:
    """Two levels of full-width rows (direction, bold; process, plain) over the channel rows."""
    rows = [[cell(h, bold=True) for h in HEAD]]
    style = rng.randrange(2)
    for s, heading, procs in _groups(sections, touches):
        rows.append([cell(f"{s + 1}. {heading}" if style else f"Направление: {heading}", span=4, bold=True)])
        for p, (process, ts) in enumerate(procs):
            rows.append([cell(f"{s + 1}.{p + 1}. {process}" if style else f"Процесс: {process}", span=4)])
            for n, t in enumerate(ts):
                rows.append([cell(f"{s + 1}.{p + 1}.{n + 1}."), cell(t.channel_text), cell(TYPE[t.ptype][0]),
                             needs_cell(t.needs, "semicolons")])
    return Table(rows, header_rows=1)


def needs_subtable(sections, touches) -> Table:
    """A row per (process, channel), every cell filled; the needs a table of their own inside the
    last cell (Word), one need a row after its number (converted text: the numbered needs in a row)."""
    rows = [[cell(h, bold=True) for h in FLAT]]
    for n, t in enumerate(touches):
        inner = Table([[cell(f"{k + 1}."), cell(" ".join(p.split()))] for k, (p, _) in enumerate(t.needs)],
                      header_rows=0)
        needs = Cell([f"{k + 1}. {' '.join(p.split())}" for k, (p, _) in enumerate(t.needs)], inner=inner)
        rows.append([cell(str(n + 1)), cell(bare(sections[t.section].heading)), cell(t.process),
                     cell(t.channel_text), cell(TYPE[t.ptype][0]), needs])
    return Table(rows, header_rows=1)


def build(rng: random.Random, pools: Pools, plan: AxisPlan, i: int, name: str) -> Doc:
    ax = choose_axes(plan, i)
    sections, touches = touch_content.make(rng, pools)
    blocks: list = preamble.order_paras(rng, "touchpoint_list", preamble.issuer(rng))
    start = next(k for k, b in enumerate(blocks) if b.page_break_before)  # the appendix's first line
    if ax["landscape_section"] == "yes":
        blocks[start].page_break_before = False  # the section break starts the page
    # the document order of the touchpoints is grouped by process (the layouts group them)
    order = [t for _, _, procs in _groups(sections, touches) for _, ts in procs for t in ts]
    blocks += {"numbered_paragraphs": lambda: paragraphs(rng, sections, touches, ax),
               "process_major": lambda: [process_major(rng, sections, touches)],
               "needs_subtable": lambda: [needs_subtable(sections, order)]}[ax["form"]]()
    gold = [{"direction": sections[t.section].direction, "process": t.process, "channel": t.channel,
             "point_type": t.ptype, "needs": sorted({c for _, cs in t.needs for c in cs}),
             "touchpoint": t.channel_text, "needs_text": [p for p, _ in t.needs]} for t in order]
    return Doc(name, "touchpoint_list", blocks, ax, gold, txt_table=ax["txt_table"],
               landscape_from=start if ax["landscape_section"] == "yes" else None)
