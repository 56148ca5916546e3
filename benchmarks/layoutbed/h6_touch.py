"""Touchpoint lists in the layouts of `--layouts heldout6` (held out when written; see the bed README): a header of
two rows whose group cell «Точка взаимодействия» spans «наименование» | «вид» (the other headings merged down over
both, a numbers row under it or not); channels written as abbreviations explained in a glossary above or below the
table; footnote marks in header cells with the notes under the table; the table cut at page ends into parts with
no header, a page number printed between them (as a copy converted from a printed PDF keeps it); several needs in a
cell numbered «1) …; 2) …». Otherwise mainstream: №, direction (a column on every row), process, channel, kind,
needs. The content is touch_content's; the gold is what the layout states."""
from __future__ import annotations

import random

from . import h6_common, preamble, touch_content
from .axes import AxisPlan
from .doc import Cell, Doc, Para, Table, cell
from .headings import bare
from .pools import Pools

AXES = {
    "header_form": ("flat", "group_point", "group_point_numbers"),
    "abbrev": ("none", "glossary_above", "glossary_below"),
    "header_marks": ("none", "footnoted"),
    "page_numbers": ("none", "between_parts"),
    "needs_cell": ("semicolons", "numbered_lines", "numbered_inline"),
}
KIND = {"digital": "цифровая", "offline": "офлайн"}
FLAT = ("№ п/п", "Направление деятельности", "Наименование процесса", "Точка (канал) взаимодействия",
        "Вид точки взаимодействия", "Потребности клиента")
GROUP, SUBS = "Точка взаимодействия", ("наименование (канал)", "вид (цифровая/офлайн)")
# footnote marks after header cells, and what the notes under the table say (scaffolding, both halves alike)
MARKS = {"Вид точки взаимодействия": "¹", SUBS[1]: "¹", "Потребности клиента": "²"}
NOTES = ("¹ Цифровая точка – взаимодействие с использованием информационных технологий; офлайн – без их "
         "использования.",
         "² Указываются все потребности клиента, которые удовлетворяются в данной точке взаимодействия.")
PAGE_FORMS = ("{n}", "- {n} -", "Страница {n}")
GLOSSARY_LEAD = ("Используемые сокращения:", "Перечень используемых сокращений:")


def _mark(text: str, ax) -> str:
    return text + MARKS.get(text, "") if ax["header_marks"] == "footnoted" else text


def header(ax) -> list[list[Cell]]:
    if ax["header_form"] == "flat":
        rows = [[cell(_mark(h, ax), bold=True) for h in FLAT]]
    else:
        top = [cell(_mark(h, ax), bold=True, vmerge="restart") for h in FLAT[:3]]
        top += [cell(GROUP, bold=True, span=2), cell(_mark(FLAT[5], ax), bold=True, vmerge="restart")]
        low = [Cell([], vmerge="continue") for _ in range(3)] + [cell(_mark(s, ax), bold=True) for s in SUBS]
        rows = [top, low + [Cell([], vmerge="continue")]]
    if ax["header_form"] == "group_point_numbers":
        rows.append([cell(str(k + 1)) for k in range(len(FLAT))])
    return rows


def needs(phrases: list[str], style: str) -> Cell:
    """Several needs «1) …;» on lines of their own, or in one paragraph; one need as written."""
    texts = [" ".join(p.split()).rstrip(".;") for p in phrases]
    if style == "semicolons" or len(texts) == 1:
        return cell("; ".join(texts))
    items = [f"{k}) {t}{'.' if k == len(texts) else ';'}" for k, t in enumerate(texts, 1)]
    return Cell(items) if style == "numbered_lines" else cell(" ".join(items))


def channel_text(t, ax, variant: int) -> str:
    abbr = h6_common.short(t.channel, variant) if ax["abbrev"] != "none" else None
    return abbr or t.channel_text


def parts(rows: list, rng: random.Random) -> list[list]:
    """The body rows cut every 6–9 rows (a page's worth in landscape)."""
    out, k = [], 0
    while k < len(rows):
        step = rng.randint(6, 9)
        out.append(rows[k:k + step])
        k += step
    return out


def tables(head, body, ax, rng) -> list:
    """One table, or parts of it with a page number between them and no header after the first."""
    if ax["page_numbers"] == "none" or len(body) < 10:  # a cut every 6–9 rows: ten rows make two parts
        return [Table(head + body, header_rows=len(head), repeat_header=True)]
    form = rng.choice(PAGE_FORMS)
    out: list = []
    for k, part in enumerate(parts(body, rng)):
        if k:
            out.append(Para(form.format(n=k + 2), center=True))
        out.append(Table(head + part, header_rows=len(head)) if k == 0 else Table(part, header_rows=0))
    return out


def build(rng: random.Random, pools: Pools, plan: AxisPlan, i: int, name: str) -> Doc:
    ax = {n: plan.value(n, values, i) for n, values in AXES.items()}
    sections, touches = touch_content.make(rng, pools)
    variant = rng.randrange(3)
    written = [channel_text(t, ax, variant) for t in touches]
    body = [[cell(f"{n}."), cell(bare(sections[t.section].heading)), cell(t.process), cell(w),
             cell(KIND[t.ptype]), needs([p for p, _ in t.needs], ax["needs_cell"])]
            for n, (t, w) in enumerate(zip(touches, written), 1)]
    blocks = preamble.order_paras(rng, "touchpoint_list", preamble.issuer(rng))
    used = [w for t, w in zip(touches, written) if w == h6_common.short(t.channel, variant)]
    glossary = h6_common.glossary(used, rng.choice(GLOSSARY_LEAD)) if ax["abbrev"] != "none" else []
    if ax["abbrev"] == "glossary_above":
        blocks += glossary
    blocks += tables(header(ax), body, ax, rng)
    if ax["header_marks"] == "footnoted":
        blocks += [Para(n) for n in NOTES]
    if ax["abbrev"] == "glossary_below":
        blocks += glossary
    gold = [{"direction": sections[t.section].direction, "process": t.process, "channel": t.channel,
             "point_type": t.ptype, "needs": sorted({c for _, cs in t.needs for c in cs}),
             "touchpoint": w, "needs_text": [p for p, _ in t.needs]} for t, w in zip(touches, written)]
    return Doc(name, "touchpoint_list", blocks, ax, gold, landscape=True)
