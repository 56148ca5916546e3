"""Touchpoint lists in the layouts of `--layouts heldout5` (held out when written; see the bed README): a row per
NEED (the touchpoint's cells merged down over its need rows, or repeated on each with «n.k» numbers); column
headings in two languages (Russian and the republic's state language, on two lines of a cell or after «/»); a
«Клиент (внешний/внутренний)» column; and the list inside an amending order — restated in a new edition, or
changed row by row («строку N изложить в следующей редакции:», «дополнить строками N–M следующего
содержания:», each a header-less table in quotes). The columns are otherwise the mainstream ones (№, direction,
process, channel, kind, needs). The content is touch_content's; the gold is what the layout states."""
from __future__ import annotations

import random

from . import h5_common, touch_content
from .axes import AxisPlan
from .doc import Cell, Doc, Para, Table, cell
from .headings import bare
from .pools import Pools
from .touch_layout import needs_cell

AXES = {
    "row_per": ("touchpoint", "need_merged", "need_repeated"),
    "header_lang": ("ru", "tt_lines", "tt_slash"),
    "act_form": ("original", "new_edition", "amend_rows"),
    "client_col": ("yes", "no"),
}
HEAD = ("Направление деятельности", "Наименование процесса", "Точка (канал) взаимодействия",
        "Вид точки взаимодействия", "Клиент (внешний/внутренний)", "Потребности клиента")
KIND = {"digital": "цифровая", "offline": "офлайн"}


def header(ax) -> list[Cell]:
    names = [h for h in HEAD if ax["client_col"] == "yes" or not h.startswith("Клиент")]
    if ax["header_lang"] == "tt_lines":
        cells = [Cell([h, h5_common.TATAR[h]], bold=True) for h in names]
    elif ax["header_lang"] == "tt_slash":
        cells = [cell(f"{h} / {h5_common.TATAR[h]}", bold=True) for h in names]
    else:
        cells = [cell(h, bold=True) for h in names]
    return [cell("№ п/п", bold=True)] + cells


def _fixed(t, sections, ax) -> list[str]:
    """The cells a touchpoint states once: direction, process, channel, kind (and client)."""
    direction = sections[t.section]
    out = [bare(direction.heading), t.process, t.channel_text, KIND[t.ptype]]
    if ax["client_col"] == "yes":
        out.append("внутренний" if direction.direction.startswith("internal") else "внешний")
    return out


def touch_rows(t, n: int, sections, ax) -> list[list[Cell]]:
    """The rows of touchpoint number n: one, or one a need (merged down, or repeated and numbered n.k)."""
    fixed = [f"{n}."] + _fixed(t, sections, ax)
    if ax["row_per"] == "touchpoint" or len(t.needs) == 1:
        return [[cell(v) for v in fixed] + [needs_cell(t.needs, ax["needs_cell"])]]
    rows = []
    for k, (phrase, _) in enumerate(t.needs):
        if ax["row_per"] == "need_merged":
            lead = [cell(v, vmerge="restart") for v in fixed] if k == 0 else \
                [Cell([], vmerge="continue") for _ in fixed]
        else:
            lead = [cell(f"{n}.{k + 1}")] + [cell(v) for v in fixed[1:]]
        rows.append(lead + [cell(phrase)])
    return rows


def _amendments(touches, sections, ax, rng, refs) -> list:
    """«1.1. строку N изложить …» / «1.2. дополнить строками N–M …»: header-less tables in quotes."""
    first = rng.randint(2, 9)
    cut = 1 if len(touches) < 3 else rng.randint(1, 2)
    parts = [(touches[:cut], first), (touches[cut:], first + rng.randint(3, 8))] if len(touches) > 1 else \
        [(touches, first)]
    out: list = [Para(f"1. Внести в перечень точек взаимодействия с клиентами, утвержденный приказом от "
                      f"{refs['old_date']} № {refs['old_number']} (далее – перечень), следующие изменения:")]
    for k, (part, start) in enumerate(parts):
        span = f"{start}" if len(part) == 1 else f"{start}–{start + len(part) - 1}"
        what = (f"строку {span} изложить в следующей редакции:" if len(part) == 1 else
                f"строки {span} изложить в следующей редакции:") if k == 0 else \
            f"дополнить {'строкой' if len(part) == 1 else 'строками'} {span} следующего содержания:"
        rows = [r for j, t in enumerate(part) for r in touch_rows(t, start + j, sections, ax)]
        out += [Para(f"1.{k + 1}. {what}"), Para('"'), Table(rows, header_rows=0), Para('".')]
    return out + h5_common.signature()


def build(rng: random.Random, pools: Pools, plan: AxisPlan, i: int, name: str) -> Doc:
    ax = {n: plan.value(n, values, i) for n, values in AXES.items()}
    ax["needs_cell"] = rng.choice(("semicolons", "paragraphs"))
    sections, touches = touch_content.make(rng, pools)
    body, tatar = h5_common.issuer(rng, ax["header_lang"] != "ru")
    blocks, refs = h5_common.order(rng, "touchpoint_list", body, tatar, ax["act_form"])
    if ax["act_form"] == "amend_rows":
        blocks += _amendments(touches, sections, ax, rng, refs)
    else:
        rows = [header(ax)] + [r for n, t in enumerate(touches, 1) for r in touch_rows(t, n, sections, ax)]
        if ax["act_form"] == "new_edition":
            blocks += h5_common.new_edition_stamp("touchpoint_list", body, refs)
        blocks.append(Table(rows, repeat_header=True))
        if ax["act_form"] == "new_edition":
            blocks.append(Para("»."))
    gold = [{"direction": sections[t.section].direction, "process": t.process, "channel": t.channel,
             "point_type": t.ptype, "needs": sorted({c for _, cs in t.needs for c in cs}),
             "touchpoint": t.channel_text, "needs_text": [p for p, _ in t.needs]} for t in touches]
    return Doc(name, "touchpoint_list", blocks, ax, gold, landscape=True)
