"""Touchpoint lists in the layouts of `--layouts heldout7` (held out when written; see the bed README): a header of
THREE levels («Характеристика точки взаимодействия» over «Канал взаимодействия» | «Вид точки», «Вид точки» over
«цифровая» | «офлайн», a mark in one of the two); a TRANSPOSED list (the fields as rows, a touchpoint a column,
a table per run of up to five touchpoints of one direction); cells merged down (or across) over a process's
channels that share its needs, or over a run of points of one kind; directions written as codes «1», «2» with
their legend above the table; a channel's address, phone or hours in the same paragraph as its name. Otherwise
mainstream: №, direction, process (repeated), channel, kind, needs. The content is touch_content's; the gold is
what the layout states."""
from __future__ import annotations

import random
from dataclasses import replace

from . import h7_common, preamble, touch_content
from .axes import AxisPlan
from .doc import Cell, Doc, Para, Table, cell
from .headings import bare
from .pools import Pools
from .touch_layout import needs_cell

AXES = {
    "layout": ("plain", "three_level", "transposed"),
    "merge": ("none", "needs", "type"),
    "direction_as": ("column", "code_legend"),
    "channel_cell": ("plain", "details_inline"),
    **h7_common.AXES,
}
KIND = {"digital": "цифровая", "offline": "офлайн"}
MARKS = ("+", "V", "✓")
LABELS = {"no": "№ п/п", "direction": "Направление деятельности", "code": "Код направления деятельности",
          "process": "Наименование процесса (услуги)", "channel": "Точка взаимодействия (канал)",
          "kind": "Вид точки взаимодействия", "needs": "Потребности клиента"}
GROUP, CHANNEL, KIND_HEAD = "Характеристика точки взаимодействия", "Канал взаимодействия", "Вид точки"
# a channel's details written after its name in one paragraph (scaffolding: addresses, phones, hours, links;
# each names nothing but its own channel)
DETAILS = {"phone": ": 8 (800) 200-34-56, пн.–пт. с 9.00 до 18.00",
           "website": " (https://min.example-region.ru, раздел «Обратная связь»)",
           "email": ": priemnaya@min.example-region.ru",
           "personal_reception": ": г. Энск, ул. Советская, д. 23, каб. 105, вторник и четверг с 10.00 до 13.00",
           "written_mail": ": 170100, г. Энск, ул. Советская, д. 23",
           "social_network": " (https://vk.com/min_example)",
           "messenger": " (t.me/min_example_bot)",
           "gosuslugi": " (https://www.gosuslugi.ru)",
           "mfc": " (по адресам филиалов и территориально обособленных структурных подразделений)"}
OTHER_DETAILS = {"digital": " (круглосуточно)", "offline": " (в рабочие дни с 9.00 до 18.00)"}
LEGEND = ("Коды направлений деятельности:", "Направления деятельности обозначены в перечне кодами:")


def content(rng: random.Random, pools: Pools, ax) -> tuple[list, list]:
    """touch_content's list; `needs`: a process's channels share its first channel's needs; `type`: within a
    process the digital points first, so that points of one kind stand together."""
    sections, touches = touch_content.make(rng, pools)
    if ax["merge"] == "needs":
        first: dict = {}
        touches = [replace(t, needs=first.setdefault((t.section, t.process), t.needs)) for t in touches]
    if ax["merge"] == "type":
        order = {key: k for k, key in enumerate(dict.fromkeys((t.section, t.process) for t in touches))}
        touches = sorted(touches, key=lambda t: (order[(t.section, t.process)], t.ptype != "digital"))
    return sections, touches


def written(t, ax) -> str:
    if ax["channel_cell"] == "plain":
        return t.channel_text
    return t.channel_text.rstrip(".;") + DETAILS.get(t.channel, OTHER_DETAILS[t.ptype])


def runs(touches: list, key) -> list[tuple[int, int]]:
    """(start, length) of each run of consecutive touchpoints with the same key."""
    out: list[tuple[int, int]] = []
    for k, t in enumerate(touches):
        if out and key(touches[out[-1][0]]) == key(t):
            out[-1] = (out[-1][0], out[-1][1] + 1)
        else:
            out.append((k, 1))
    return out


def merge_key(ax):
    if ax["merge"] == "needs":
        return lambda t: (t.section, t.process)
    if ax["merge"] == "type":
        return lambda t: (t.section, t.process, t.ptype)
    return None


def direction_text(sections, t, ax) -> str:
    return str(t.section + 1) if ax["direction_as"] == "code_legend" else bare(sections[t.section].heading)


def header(ax) -> list[list[Cell]]:
    first = LABELS["code"] if ax["direction_as"] == "code_legend" else LABELS["direction"]
    left = [LABELS["no"], first, LABELS["process"]]
    if ax["layout"] == "plain":
        return [[cell(h, bold=True) for h in left + [LABELS["channel"], LABELS["kind"], LABELS["needs"]]]]

    def down(text: str = "", start: bool = False) -> Cell:
        return cell(text, bold=True, vmerge="restart") if start else Cell([], vmerge="continue")
    top = [down(h, True) for h in left] + [cell(GROUP, bold=True, span=3), down(LABELS["needs"], True)]
    mid = [down() for _ in left] + [down(CHANNEL, True), cell(KIND_HEAD, bold=True, span=2), down()]
    low = [down() for _ in left] + [down(), cell(KIND["digital"], bold=True), cell(KIND["offline"], bold=True),
                                    down()]
    return [top, mid, low]


def body_rows(sections, touches, ax) -> list[list[Cell]]:
    """A row per touchpoint; the needs (or kind) cells merged down over a run (`w:vMerge`)."""
    rows = []
    for n, t in enumerate(touches, 1):
        kind = [cell(KIND[t.ptype])] if ax["layout"] == "plain" else \
            [cell(ax["mark"] if t.ptype == "digital" else ""), cell(ax["mark"] if t.ptype == "offline" else "")]
        rows.append([cell(f"{n}."), cell(direction_text(sections, t, ax)), cell(t.process),
                     cell(written(t, ax))] + kind + [needs_cell(t.needs, ax["needs_cell"])])
    key = merge_key(ax)
    if key is None:
        return rows
    cols = [len(rows[0]) - 1] if ax["merge"] == "needs" else list(range(4, len(rows[0]) - 1))
    for start, length in runs(touches, key):
        for k in range(start, start + length if length > 1 else start):
            for c in cols:
                rows[k][c] = replace(rows[k][c], vmerge="restart") if k == start else Cell([], vmerge="continue")
    return rows


def spans(cells: list[Cell], touches: list, key) -> list[Cell]:
    """A transposed row's cells, one spanning each run of touchpoints with the same key (`w:gridSpan`)."""
    if key is None:
        return cells
    return [replace(cells[start], span=length) for start, length in runs(touches, key)]


def transposed(sections, touches, ax, rng) -> list:
    """A table per run of up to five touchpoints of one direction: the fields as rows, a touchpoint a column."""
    out, n = [], 0
    for _, group in _by_section(touches):
        size = rng.choice((4, 5))
        for part in (group[k:k + size] for k in range(0, len(group), size)):
            label = LABELS["code"] if ax["direction_as"] == "code_legend" else LABELS["direction"]
            key = merge_key(ax)
            rows = [[cell(LABELS["no"], bold=True)] + [cell(f"{n + k}.") for k in range(1, len(part) + 1)],
                    [cell(label, bold=True), cell(direction_text(sections, part[0], ax), span=len(part))],
                    [cell(LABELS["process"], bold=True)] + spans([cell(t.process) for t in part], part,
                                                                lambda t: t.process),
                    [cell(LABELS["channel"], bold=True)] + [cell(written(t, ax)) for t in part],
                    [cell(LABELS["kind"], bold=True)] + spans([cell(KIND[t.ptype]) for t in part], part,
                                                             key if ax["merge"] == "type" else None),
                    [cell(LABELS["needs"], bold=True)] + spans([needs_cell(t.needs, ax["needs_cell"]) for t in part],
                                                              part, key if ax["merge"] == "needs" else None)]
            out.append(Table(rows, header_rows=1))
            n += len(part)
    return out


def _by_section(touches: list) -> list[tuple[int, list]]:
    out: list[tuple[int, list]] = []
    for t in touches:
        if out and out[-1][0] == t.section:
            out[-1][1].append(t)
        else:
            out.append((t.section, [t]))
    return out


def legend(sections, ax, rng) -> list[Para]:
    if ax["direction_as"] != "code_legend":
        return []
    lines = [f"{k} – {bare(s.heading)}{'.' if k == len(sections) else ';'}" for k, s in enumerate(sections, 1)]
    return [Para(rng.choice(LEGEND))] + [Para(ln) for ln in lines]


def build(rng: random.Random, pools: Pools, plan: AxisPlan, i: int, name: str) -> Doc:
    ax = {n: plan.value(n, values, i) for n, values in AXES.items()}
    ax["needs_cell"] = rng.choice(("semicolons", "paragraphs"))
    ax["mark"] = rng.choice(MARKS) if ax["layout"] == "three_level" else "n/a"
    sections, touches = content(rng, pools, ax)
    blocks = h7_common.stamp(preamble.order_paras(rng, "touchpoint_list", preamble.issuer(rng)), ax, "УТВЕРЖДЕН")
    blocks += legend(sections, ax, rng)
    if ax["layout"] == "transposed":
        blocks += transposed(sections, touches, ax, rng)
    else:
        head = header(ax)
        blocks.append(Table(head + body_rows(sections, touches, ax), header_rows=len(head), repeat_header=True))
    blocks += h7_common.approval_sheet(rng, ax)
    gold = [{"direction": sections[t.section].direction, "process": t.process, "channel": t.channel,
             "point_type": t.ptype, "needs": sorted({c for _, cs in t.needs for c in cs}),
             "touchpoint": t.channel_text, "written": written(t, ax), "needs_text": [p for p, _ in t.needs]}
            for t in touches]
    return Doc(name, "touchpoint_list", blocks, ax, gold, landscape=True)
