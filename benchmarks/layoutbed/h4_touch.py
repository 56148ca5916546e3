"""Touchpoint lists in the layouts of `--layouts heldout4` (held out when written; see the bed README):
several channels of one kind in one cell (on lines of their own, or a comma list) with the process's
needs shared by all of them; the list grouped by client category (a caption above each category's
table, or a full-width category row inside one table) while the direction stays a column; the point
type worded «цифровая»/«оффлайн», «цифровая»/«нецифровая» or as «да»/«нет» under «Цифровая точка
(да/нет)»; and a cell equal to the one above written «то же», «-//-» or «—» (as above) instead of
being repeated. The content is touch_content's; the gold is what the layout states."""
from __future__ import annotations

import random

from . import preamble, touch_content
from .axes import AxisPlan
from .doc import Cell, Doc, Para, Table, cell
from .headings import bare
from .pools import Pools
from .touch_layout import needs_cell

AXES = {
    "channels_cell": ("one_per_row", "lines_in_cell", "comma_list"),
    "category": ("captions", "full_width_rows", "none"),
    "type_words": ("ff", "nondigital", "yes_no"),
    "as_above": ("to_zhe", "ditto", "dash", "repeated"),
}
TYPE_WORDS = {"ff": {"digital": "цифровая", "offline": "оффлайн"},
              "nondigital": {"digital": "цифровая", "offline": "нецифровая"},
              "yes_no": {"digital": "да", "offline": "нет"}}
ABOVE = {"to_zhe": "то же", "ditto": "-//-", "dash": "—"}
# scaffolding (both halves alike): the client categories a list may be grouped by
CATEGORIES = ("Физические лица (граждане)", "Юридические лица и индивидуальные предприниматели",
              "Органы местного самоуправления")


def _groups(touches, ax) -> list[list]:
    """The table's rows: a touchpoint each, or the touchpoints of one process and one kind together
    (digital ones first); in a comma list a channel whose words hold a comma keeps a row of its own."""
    if ax["channels_cell"] == "one_per_row":
        return [[t] for t in touches]
    rows: list[list] = []
    runs: dict = {}
    for t in sorted(touches, key=lambda t: (t.section, _first(touches, t), t.ptype != "digital")):
        key = (t.section, t.process, t.ptype)
        alone = ax["channels_cell"] == "comma_list" and "," in t.channel_text
        if alone or key not in runs or runs[key] is not rows[-1]:
            rows.append([t])
            if not alone:
                runs[key] = rows[-1]
        else:
            rows[-1].append(t)
    for row in rows:  # one needs cell for the row: every channel in it has the first one's needs
        for t in row[1:]:
            t.needs = row[0].needs
    return rows


def _first(touches, t) -> int:
    """Where the touchpoint's process first appears (keeps processes in their order)."""
    return next(k for k, u in enumerate(touches) if u.process == t.process and u.section == t.section)


def _channels(row, ax) -> Cell:
    texts = [t.channel_text for t in row]
    return Cell(texts) if ax["channels_cell"] == "lines_in_cell" else cell(", ".join(texts))


def header(ax) -> list[Cell]:
    chan = "Точка (канал) взаимодействия" if ax["channels_cell"] == "one_per_row" else "Каналы взаимодействия"
    kind = "Цифровая точка (да/нет)" if ax["type_words"] == "yes_no" else "Вид точки взаимодействия"
    return [cell(h, bold=True) for h in ("№ п/п", "Направление деятельности", "Наименование процесса (услуги, "
                                         "функции)", chan, kind, "Потребности клиента")]


def _as_above(values: list[str], prev: list[str] | None, ax) -> list[str]:
    """Direction, process and kind: a value equal to the row above's written as the layout's mark."""
    if ax["as_above"] == "repeated" or prev is None:
        return values
    return [ABOVE[ax["as_above"]] if v == p else v for v, p in zip(values, prev)]


def table_rows(rows, sections, ax, start: int) -> list[list[Cell]]:
    out, prev = [], None
    for n, row in enumerate(rows, start):
        t = row[0]
        values = [bare(sections[t.section].heading), t.process, TYPE_WORDS[ax["type_words"]][t.ptype]]
        shown = _as_above(values, prev, ax)
        prev = values
        out.append([cell(f"{n}."), cell(shown[0]), cell(shown[1]), _channels(row, ax), cell(shown[2]),
                    needs_cell(t.needs, ax["needs_cell"])])
    return out


def list_blocks(rows, sections, ax, category_of) -> list:
    """One table, or a table per category under its caption, or category rows inside one table."""
    if ax["category"] == "none":
        return [Table([header(ax)] + table_rows(rows, sections, ax, 1), repeat_header=True)]
    blocks, body, n = [], [], 1
    for k, cat in enumerate(CATEGORIES):
        mine = [r for r in rows if category_of[r[0].process] == cat]
        if not mine:
            continue
        if ax["category"] == "captions":
            blocks += [Para(f"{k + 1}. {cat}", bold=True),
                       Table([header(ax)] + table_rows(mine, sections, ax, 1), repeat_header=True)]
        else:
            body += [[cell(cat, bold=True, span=6)]] + table_rows(mine, sections, ax, n)
            n += len(mine)
    return blocks or [Table([header(ax)] + body, repeat_header=True)]


def build(rng: random.Random, pools: Pools, plan: AxisPlan, i: int, name: str) -> Doc:
    ax = {n: plan.value(n, values, i) for n, values in AXES.items()}
    ax["needs_cell"] = rng.choice(("semicolons", "paragraphs"))
    sections, touches = touch_content.make(rng, pools)
    processes = list(dict.fromkeys(t.process for t in touches))
    category_of = {p: rng.choice(CATEGORIES) for p in processes}
    rows = _groups(touches, ax)
    if ax["category"] != "none":  # the rows as the tables print them: category by category
        rows = [r for cat in CATEGORIES for r in rows if category_of[r[0].process] == cat]
    body = preamble.issuer(rng)
    blocks = preamble.order_paras(rng, "touchpoint_list", body) + list_blocks(rows, sections, ax, category_of)
    gold = [{"direction": sections[t.section].direction, "process": t.process, "channel": t.channel,
             "point_type": t.ptype, "needs": sorted({c for _, cs in t.needs for c in cs}),
             "touchpoint": t.channel_text, "needs_text": [p for p, _ in t.needs]} for r in rows for t in r]
    return Doc(name, "touchpoint_list", blocks, ax, gold, landscape=True)
