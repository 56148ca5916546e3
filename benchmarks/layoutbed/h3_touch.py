"""Touchpoint lists in the layouts of `--layouts heldout3` (held out when written; see the bed README): the direction stated only
in titles (one direction per document, in the order's and the list's title; or one appendix per
direction, its title naming it), never in the table; and three forms of the list — a channel matrix
(a column per channel under «цифровые» | «офлайн» group headings, a mark where a process uses the
channel, the process's needs in the last column), needs given by number from a numbered list of
needs printed under the table, or a card per touchpoint (a two-column table of labels and values).
Superscript footnote marks («¹», «²») may follow a channel's and a need's words, explained under the
table. The content (touch_content) is the base lists'; the gold is what the layout states."""
from __future__ import annotations

import random

from . import h3_common, preamble, touch_content
from .axes import AxisPlan
from .doc import Cell, Doc, Para, Table, cell
from .headings import bare
from .pools import Pools
from .touch_layout import merge_down, needs_cell

AXES = {
    "form": ("channel_matrix", "needs_legend", "cards"),
    "direction_in": ("document_title", "appendix_titles"),
    "marks": ("superscript", "none"),
    "needs_cell": ("semicolons", "paragraphs"),
}
MATRIX_MARKS = ("+", "✓", "Х")
TYPE_WORDS = {"digital": "цифровая", "offline": "офлайн"}
GROUPS = {"digital": "цифровые", "offline": "офлайн"}
# scaffolding (both halves alike): what the footnotes say
NOTES = {"¹": "¹ При наличии технической возможности.", "²": "² Для зарегистрированных пользователей."}
LEGEND_HEAD = ("№ п/п", "Наименование процесса", "Точка взаимодействия", "Вид точки",
               "Потребности клиента (номера по перечню потребностей)")


def choose_axes(plan: AxisPlan, i: int) -> dict[str, str]:
    ax = {n: plan.value(n, values, i) for n, values in AXES.items()}
    if ax["form"] == "needs_legend":
        ax["needs_cell"] = "n/a"  # the needs are numbers there
    return ax


def _by_process(touches) -> list[list]:
    """Runs of touchpoints of one process (touch_content writes a process's touchpoints together)."""
    runs: list[list] = []
    for t in touches:
        if runs and runs[-1][0].process == t.process and runs[-1][0].section == t.section:
            runs[-1].append(t)
        else:
            runs.append([t])
    return runs


def channel_columns(touches) -> list[str]:
    """The matrix's channel columns: the digital ones, then the offline ones, each in first-use order."""
    return list(dict.fromkeys(t.channel_text for t in sorted(touches, key=lambda t: t.ptype != "digital")))


def read_order(touches) -> list:
    """The touchpoints as a matrix is read: row by row (process), each row's marks left to right."""
    cols = channel_columns(touches)
    return [t for run in _by_process(touches) for t in sorted(run, key=lambda t: cols.index(t.channel_text))]


def matrix(touches, ax, mark: str) -> Table:
    """A row per process, a column per channel (digital ones first), a mark where the process uses it."""
    chans = channel_columns(touches)
    kinds = {t.channel_text: t.ptype for t in touches}
    groups = [(k, sum(kinds[c] == k for c in chans)) for k in ("digital", "offline")]
    left = ["№ п/п", "Наименование процесса (услуги, функции)"]

    def merged(text, first):
        return cell(text, bold=True, vmerge="restart") if first else Cell([], vmerge="continue")

    head = [[merged(t, r == 0) for t in left] + ([cell("Точки взаимодействия", bold=True, span=len(chans))] if r == 0
            else [cell(GROUPS[k], bold=True, span=n) for k, n in groups if n] if r == 1
            else [cell(c, bold=True) for c in chans]) + [merged("Потребности клиента", r == 0)]
            for r in range(3)]
    rows = []
    for n, run in enumerate(_by_process(touches), 1):
        used = {t.channel_text for t in run}
        rows.append([cell(f"{n}."), cell(run[0].process)] + [cell(mark if c in used else "") for c in chans]
                    + [needs_cell(run[0].needs, ax["needs_cell"])])
    return Table(head + rows, header_rows=3, repeat_header=True)


def legend(touches, start: int) -> tuple[Table, Table, dict]:
    """The list with its needs as numbers, and the numbered needs below it ({phrase: number})."""
    numbers = {p: k for k, p in enumerate(dict.fromkeys(p for t in touches for p, _ in t.needs), 1)}
    rows, keys = [[cell(h, bold=True) for h in LEGEND_HEAD]], [None]
    for n, t in enumerate(touches, start):
        refs = ", ".join(str(numbers[p]) for p, _ in t.needs)
        rows.append([cell(f"{n}."), cell(t.process), cell(t.channel_text), cell(TYPE_WORDS[t.ptype]), cell(refs)])
        keys.append((t.section, t.process))
    merge_down(rows, 1, keys, "merged")
    needs = [[cell("№", bold=True), cell("Потребность клиента", bold=True)]]
    needs += [[cell(str(k)), cell(p)] for p, k in numbers.items()]
    return Table(rows, header_rows=1, repeat_header=True), Table(needs, header_rows=1), numbers


def cards(touches, ax, start: int) -> list:
    """A two-column table per touchpoint under its number (labels left, values right; no header)."""
    out: list = []
    for n, t in enumerate(touches, start):
        out.append(Para(f"Точка взаимодействия № {n}", bold=True))
        out.append(Table([[cell("Процесс (услуга, функция)"), cell(t.process)],
                          [cell("Точка взаимодействия (канал)"), cell(t.channel_text)],
                          [cell("Вид точки взаимодействия"), cell(TYPE_WORDS[t.ptype])],
                          [cell("Потребности клиента"), needs_cell(t.needs, ax["needs_cell"])]], header_rows=0))
    return out


def list_blocks(touches, ax, start: int) -> list:
    """One direction's list in the document's form, with the footnotes under it."""
    marked = h3_common.footnoted(touches, ax["marks"] == "superscript")
    if ax["form"] == "channel_matrix":
        blocks = [matrix(marked, ax, ax["mark"])]
    elif ax["form"] == "needs_legend":
        table, needs, _ = legend(marked, start)
        blocks = [table, Para("Перечень потребностей клиентов:"), needs]
    else:
        blocks = cards(marked, ax, start)
    return blocks + h3_common.notes(marked, NOTES)


def build(rng: random.Random, pools: Pools, plan: AxisPlan, i: int, name: str) -> Doc:
    ax = choose_axes(plan, i)
    ax["mark"] = rng.choice(MATRIX_MARKS) if ax["form"] == "channel_matrix" else "n/a"
    sections, touches = touch_content.make(rng, pools)
    if ax["direction_in"] == "document_title":  # one direction a document
        sections, touches = sections[:1], [t for t in touches if t.section == 0]
    if ax["form"] == "channel_matrix":  # a process's needs are its row's: every touchpoint of it has them
        for run in _by_process(touches):
            for t in run[1:]:
                t.needs = run[0].needs
        touches = [t for k in range(len(sections)) for t in read_order([t for t in touches if t.section == k])]
    body = preamble.issuer(rng)
    blocks = preamble.order_paras(rng, "touchpoint_list", body)
    parts, start = [], 1
    for k, sec in enumerate(sections):
        mine = [t for t in touches if t.section == k]
        parts.append((bare(sec.heading), list_blocks(mine, ax, start)))
        start = start + len(mine) if ax["direction_in"] == "appendix_titles" else 1
    blocks = h3_common.titled(blocks, parts, ax["direction_in"])
    gold = [{"direction": sections[t.section].direction, "process": t.process, "channel": t.channel,
             "point_type": t.ptype, "needs": sorted({c for _, cs in t.needs for c in cs}),
             "touchpoint": t.channel_text, "needs_text": [p for p, _ in t.needs]} for t in touches]
    return Doc(name, "touchpoint_list", blocks, ax, gold, landscape=True)
