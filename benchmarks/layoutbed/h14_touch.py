"""Touchpoint lists in the layouts of `--layouts heldout14` (held out when written; see the bed README): a TABLE PER
PROCESS under a caption naming it, the direction a bold heading above its processes' tables (`process_tables`); a row
per process whose points stand in a SECOND-LEVEL TABLE inside one cell (`nested_points`; converted text keeps the
points as numbered lines of that cell); a row per NEED of a process, the points that serve it named in one cell
(`need_rows`); the point's kind said only by the PREFIX of its number «Ц-1», «О-2» with a
legend under the table (`kind_at` `number_prefix`); columns of the CLIENT CATEGORIES a process serves, marked «+»
under a grouped heading (`client_cols`); kinds spelt «он-лайн» / «офф-лайн»; the column names of another region.
Otherwise mainstream: «№ п/п», direction, process, channel, kind, needs on every row. The content is touch_content's;
the gold is what the layout states."""
from __future__ import annotations

import dataclasses
import random

from . import h14_common, preamble, touch_content
from .axes import AxisPlan
from .doc import Cell, Doc, Para, Table, cell
from .headings import bare
from .pools import Pools
from .touch_layout import needs_cell

AXES = {
    "form": ("table", "process_tables", "nested_points", "need_rows"),
    "kind_at": ("column", "number_prefix"),
    "client_cols": ("no", "yes"),
    "type_words": ("plain", "hyphen"),
    **h14_common.AXES,
}
LABELS = {"no": ("№ п/п", "№ п.п."),
          "direction": ("Направление деятельности", "Блок деятельности министерства"),
          "process": ("Наименование процесса", "Клиентский сценарий (услуга, процесс)"),
          "channel": ("Канал взаимодействия", "Площадка взаимодействия"),
          "kind": ("Вид точки взаимодействия", "Формат площадки"),
          "needs": ("Потребности клиента", "Что хочет получить клиент"),
          "points": ("Точки взаимодействия", "Площадки взаимодействия с клиентом"),
          "need": ("Потребность клиента", "Что хочет получить клиент"),
          "serving": ("Точки взаимодействия, через которые она удовлетворяется",
                      "Площадки, на которых клиент может это получить"),
          "clients": ("Категории клиентов", "Получатели услуги"),
          "caption": ("Процесс", "Клиентский сценарий")}
# the client categories a process serves (scaffolding: no channel, kind or need in them), marked «+»
CLIENTS = {"plain": ("граждане", "юридические лица, ИП"), "regional": ("физ. лица", "организации")}
MARK = "+"
# a point's kind as a document words it: (digital, offline); the number prefixes stand for them
TYPE_WORDS = {"plain": ("цифровая", "офлайн"), "hyphen": ("он-лайн", "офф-лайн")}
PREFIX = ("Ц", "О")


def lab(col: str, ax) -> str:
    return h14_common.label(LABELS, col, ax)


def clients(ax) -> tuple[str, str]:
    return CLIENTS[ax["header_words"]]


def header(cols: list[str], ax) -> list[list[Cell]]:
    """One row of headings; with client columns two rows, «Категории клиентов» over the two categories and every
    other heading merged down."""
    if ax["client_cols"] == "no":
        return [[cell(lab(c, ax), bold=True) for c in cols]]
    top: list[Cell] = []
    bottom: list[Cell] = []
    for c in cols:
        if c == "client_0":
            top.append(cell(lab("clients", ax), bold=True, span=2))
        elif c == "client_1":
            continue
        else:
            top.append(cell(lab(c, ax), bold=True, vmerge="restart"))
            bottom.append(Cell([], vmerge="continue"))
            continue
        bottom += [cell(w, bold=True) for w in clients(ax)]
    return [top, bottom]


def with_clients(cols: list[str], ax) -> list[str]:
    """The client columns, when there are any, before the last column (needs, or the points' cell)."""
    return cols[:-1] + ["client_0", "client_1"] + cols[-1:] if ax["client_cols"] == "yes" else cols


def client_marks(rng: random.Random) -> dict[str, Cell]:
    """The «+» marks of a process's client categories (one or both)."""
    which = rng.choice(((1, 1), (1, 0), (0, 1), (1, 1)))
    return {f"client_{k}": cell(MARK if w else "") for k, w in enumerate(which)}


class Numbers:
    """A point's printed number: running «1.», or, with `number_prefix`, «Ц-1» / «О-1» counted per kind."""

    def __init__(self, ax):
        self.prefixed = ax["kind_at"] == "number_prefix"
        self.count = [0, 0, 0]

    def next(self, ptype: str | None) -> str:
        k = int(ptype != "digital") if self.prefixed else 2
        self.count[k] += 1
        return f"{PREFIX[k]}-{self.count[k]}" if self.prefixed else f"{self.count[k]}."


def legend(ax) -> Para:
    words = TYPE_WORDS[ax["type_words"]]
    return Para(f"Условные обозначения: {PREFIX[0]} – {words[0]} точка взаимодействия; {PREFIX[1]} – {words[1]} "
                "точка взаимодействия.")


def point_cells(t, ax, numbers: Numbers) -> dict[str, Cell]:
    kind = TYPE_WORDS[ax["type_words"]][t.ptype != "digital"]
    return {"no": cell(numbers.next(t.ptype)), "channel": cell(t.channel_text), "kind": cell(kind),
            "needs": needs_cell(t.needs, ax["needs_cell"])}


def point_cols(ax) -> list[str]:
    return ["channel", "needs"] if ax["kind_at"] == "number_prefix" else ["channel", "kind", "needs"]


def table(rng, sections, touches, ax) -> list:
    cols = with_clients(["no", "direction", "process"] + point_cols(ax), ax)
    rows, numbers, marks = header(cols, ax), Numbers(ax), {}
    head = len(rows)
    for t in touches:
        values = point_cells(t, ax, numbers) | {"direction": cell(bare(sections[t.section].heading)),
                                               "process": cell(t.process)}
        if (t.section, t.process) not in marks:
            marks[(t.section, t.process)] = client_marks(rng)
        values |= marks[(t.section, t.process)]
        rows.append([values[c] for c in cols])
    return [Table(rows, header_rows=head, repeat_header=True)]


def groups(touches) -> list[list]:
    """The points of each (direction, process) in order."""
    out: dict[tuple, list] = {}
    for t in touches:
        out.setdefault((t.section, t.process), []).append(t)
    return list(out.values())


def process_tables(rng, sections, touches, ax) -> list:
    """A bold heading per direction, then per process a caption «1.2. Процесс: «…»» over a table of its points."""
    cols = with_clients(["no"] + point_cols(ax), ax)
    blocks: list = []
    numbers = Numbers(ax)
    shown, j = -1, 0
    for group in groups(touches):
        t = group[0]
        if t.section != shown:
            shown, j = t.section, 0
            blocks.append(Para(f"{t.section + 1}. {bare(sections[t.section].heading)}", bold=True))
        j += 1
        blocks.append(Para(f"{t.section + 1}.{j}. {lab('caption', ax)}: «{t.process}»", bold=True))
        rows = header(cols, ax)
        head = len(rows)
        got = client_marks(rng)
        for u in group:
            values = point_cells(u, ax, numbers) | got
            rows.append([values[c] for c in cols])
        blocks.append(Table(rows, header_rows=head, repeat_header=True))
    return blocks


def nested_cell(group, ax, numbers: Numbers) -> Cell:
    """A process's points as a table inside the cell (Word); the converted text keeps a numbered line per point
    «1) channel (kind) – need; need»."""
    cols = (["no"] if ax["kind_at"] == "number_prefix" else []) + point_cols(ax)
    inner = [[cell(lab(c, ax) if c != "no" else "№", bold=True) for c in cols]]
    lines = []
    for k, u in enumerate(group, 1):
        values = point_cells(u, ax, numbers)
        inner.append([values[c] for c in cols])
        needs = "; ".join(p.rstrip(".;") for p, _ in u.needs)
        mark = values["no"].paras[0] if ax["kind_at"] == "number_prefix" else f"{k})"
        kind = "" if ax["kind_at"] == "number_prefix" else f" ({values['kind'].paras[0]})"
        lines.append(f"{mark} {u.channel_text}{kind} – {needs}")
    return Cell(lines, inner=Table(inner, header_rows=1))


def nested_points(rng, sections, touches, ax) -> list:
    cols = with_clients(["no", "direction", "process", "points"], ax)
    rows, numbers = header(cols, ax), Numbers(ax)
    head = len(rows)
    for n, group in enumerate(groups(touches), 1):
        t = group[0]
        got = client_marks(rng)
        values = {"no": cell(f"{n}."), "direction": cell(bare(sections[t.section].heading)),
                  "process": cell(t.process), "points": nested_cell(group, ax, numbers)} | got
        rows.append([values[c] for c in cols])
    return [Table(rows, header_rows=head, repeat_header=True)]


def first_named(group) -> list:
    """A process's points in the order its need rows first name them."""
    order: list = []
    for phrase in dict.fromkeys(p.rstrip(".;") for u in group for p, _ in u.needs):
        order += [u for u in group if u not in order and any(p.rstrip(".;") == phrase for p, _ in u.needs)]
    return order


def need_rows(rng, sections, touches, ax) -> list:
    """A row per NEED of a process, its cell of points naming every point that serves it, «channel (kind)» or
    «Ц-1 channel» a line each (a point of several needs in several rows, its number the same)."""
    cols = with_clients(["no", "direction", "process", "need", "serving"], ax)
    rows, numbers = header(cols, ax), Numbers(ax)
    head = len(rows)
    n = 0
    for group in groups(touches):
        t, got = group[0], client_marks(rng)
        printed = {}
        for u in group:
            kind = TYPE_WORDS[ax["type_words"]][u.ptype != "digital"]
            no = numbers.next(u.ptype)
            printed[id(u)] = f"{no} {u.channel_text}" if numbers.prefixed else f"{u.channel_text} ({kind})"
        by_need: dict[str, list] = {}
        for u in group:
            for phrase, _ in u.needs:
                by_need.setdefault(phrase.rstrip(".;"), []).append(u)
        for phrase, serving in by_need.items():
            n += 1
            values = {"no": cell(f"{n}."), "direction": cell(bare(sections[t.section].heading)),
                      "process": cell(t.process), "need": cell(phrase),
                      "serving": Cell([printed[id(u)] for u in serving])} | got
            rows.append([values[c] for c in cols])
    return [Table(rows, header_rows=head, repeat_header=True)]


def shared_needs(rng: random.Random, touches) -> list:
    """A need-first list serves a need by several points: the points of a process draw their needs from the
    process's own few (each point one to all of them), so a need row names one point or several."""
    out = []
    for group in groups(touches):
        own = list({p: (p, cs) for u in group for p, cs in u.needs}.values())[:3]
        out += [dataclasses.replace(u, needs=rng.sample(own, rng.randint(1, len(own)))) for u in group]
    return out


FORMS = {"table": table, "process_tables": process_tables, "nested_points": nested_points, "need_rows": need_rows}


def build(rng: random.Random, pools: Pools, plan: AxisPlan, i: int, name: str) -> Doc:
    ax = h14_common.axes(plan, i, AXES)
    ax["needs_cell"] = rng.choice(("semicolons", "paragraphs"))
    sections, touches = touch_content.make(rng, pools)
    # a line of a nested cell parts its needs by «; », a need row is one phrase: no phrase of lines of its own there
    if ax["form"] in ("nested_points", "need_rows"):
        touches = [t for t in touches if not any("\n" in p for p, _ in t.needs)] or touches[:1]
    if ax["form"] == "need_rows":
        touches = shared_needs(rng, touches)
    blocks: list = preamble.order_paras(rng, "touchpoint_list", preamble.issuer(rng))
    blocks += FORMS[ax["form"]](rng, sections, touches, ax)
    if ax["kind_at"] == "number_prefix":
        blocks.append(legend(ax))
    # processes grouped in the order they come (touch_content gives a process's points together); a need row's
    # points in the order they are first named
    printed = [u for g in groups(touches) for u in (first_named(g) if ax["form"] == "need_rows" else g)]
    gold = [{"direction": sections[t.section].direction, "process": t.process, "channel": t.channel,
             "point_type": t.ptype, "needs": sorted({c for _, cs in t.needs for c in cs}),
             "touchpoint": t.channel_text, "needs_text": [p for p, _ in t.needs]} for t in printed]
    return Doc(name, "touchpoint_list", blocks, ax, gold, landscape=True)
