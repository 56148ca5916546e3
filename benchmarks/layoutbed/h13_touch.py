"""Touchpoint lists in the layouts of `--layouts heldout13` (held out when written; see the bed README): a CARD per
point — a caption «Точка взаимодействия № N» over a two-column table with no header, a row per field (`point_cards`);
a REGISTER of channels — table 1 «Код | Канал | Вид», the processes in table 2 naming their channels by those codes
«К-1, К-3», the needs a process's own (`channel_register`); the digital and the offline channels of a process in TWO
COLUMNS side by side, the kind said by the column alone (`kind_columns`); a GROUPED header of two rows whose lower
row has generic words only («Клиентский процесс» over «направление» | «наименование», «Точка взаимодействия» over
«канал» | «вид»); kinds «бесконтактная» / «контактная»; needs numbered «1) …;» in their cell; the column names of another region. Otherwise mainstream:
«№ п/п», direction, process, channel, kind, needs on every row. The content is touch_content's; the gold is what the
layout states."""
from __future__ import annotations

import dataclasses
import random

from . import h13_common, preamble, touch_content
from .axes import AxisPlan
from .doc import Cell, Doc, Para, Table, cell
from .headings import bare
from .pools import Pools
from .touch_layout import needs_cell as plain_needs

AXES = {
    "form": ("table", "point_cards", "channel_register", "kind_columns"),
    "header_levels": ("one", "grouped"),
    "type_words": ("plain", "contact"),
    "needs_marks": ("plain", "numbered"),
    **h13_common.AXES,
}
LABELS = {"no": ("№ п/п", "№ записи"),
          "direction": ("Направление деятельности", "Отрасль (сфера компетенции)"),
          "process": ("Наименование процесса", "Государственная услуга (функция), сервис"),
          "channel": ("Канал взаимодействия", "Средство связи с клиентом"),
          "kind": ("Вид точки взаимодействия", "Характер взаимодействия"),
          "needs": ("Потребности клиента", "Проблема (вопрос), с которой обращается клиент"),
          "code": ("Код канала", "Шифр"),
          "refs": ("Каналы взаимодействия (коды по таблице 1)", "Средства связи (шифры по таблице 1)"),
          # a grouped header's upper cells and the generic words under them
          "proc_group": ("Клиентский процесс", "Процесс оказания услуги"),
          "point_group": ("Точка взаимодействия", "Средство связи"),
          "kinds_group": ("Точки взаимодействия", "Средства связи с клиентом"),
          "card": ("Точка взаимодействия №", "Карточка средства связи №")}
SUB = {"direction": ("направление", "сфера"), "process": ("наименование", "услуга (функция)"),
       "channel": ("канал", "наименование"), "kind": ("вид", "характер")}
CAPTIONS = {"register": ("Таблица 1. Реестр каналов взаимодействия", "Таблица 1. Средства связи с клиентами"),
            "processes": ("Таблица 2. Процессы и используемые каналы взаимодействия",
                          "Таблица 2. Услуги (функции) и средства связи, через которые они оказываются")}
# a point's kind as a document words it: (digital, offline); kind columns are headed by the plural
TYPE_WORDS = {"plain": ("цифровая", "офлайн"), "contact": ("бесконтактная", "контактная")}
KIND_HEADS = {"plain": ("цифровые", "офлайн"), "contact": ("бесконтактные", "контактные")}
NO_CHANNEL = "—"


def needs_cell(needs: list[tuple[str, list[str]]], ax) -> Cell:
    """The needs as the document writes them: `numbered` a paragraph each «1) …;», the last closed by «.» (a cell with
    a phrase of several lines, which may be numbered itself, as `plain`)."""
    if ax["needs_marks"] == "plain" or any("\n" in p for p, _ in needs):
        return plain_needs(needs, ax["needs_cell"])
    phrases = [p.rstrip(".;") for p, _ in needs]
    return Cell([f"{k}) {p}{'.' if k == len(phrases) else ';'}" for k, p in enumerate(phrases, 1)])


def lab(col: str, ax) -> str:
    return h13_common.label(LABELS, col, ax)


def kind_head(k: int, ax, grouped: bool) -> str:
    """A kind column's heading: «цифровые» under a group cell, «Цифровые точки взаимодействия» alone."""
    word = KIND_HEADS[ax["type_words"]][k]
    return word if grouped else f"{word.capitalize()} {lab('kinds_group', ax).lower()}"


def header(cols: list[str], ax) -> list[list[Cell]]:
    """One row of headings; grouped: two rows, a group cell over each pair of columns it names and the generic words
    under it, every other heading merged down."""
    regional = ax["header_words"] == "regional"
    if ax["header_levels"] == "one":
        return [[cell(kind_head(int(c[-1]), ax, False) if c.startswith("kind_") else lab(c, ax), bold=True)
                 for c in cols]]
    groups = {"direction": ("proc_group", "process"), "channel": ("point_group", "kind"),
              "kind_0": ("kinds_group", "kind_1")}
    top: list[Cell] = []
    bottom: list[Cell] = []
    k = 0
    while k < len(cols):
        c = cols[k]
        if c in groups and k + 1 < len(cols) and cols[k + 1] == groups[c][1]:
            top.append(cell(lab(groups[c][0], ax), bold=True, span=2))
            for sub in (c, cols[k + 1]):
                words = kind_head(int(sub[-1]), ax, True) if sub.startswith("kind_") else SUB[sub][regional]
                bottom.append(cell(words, bold=True))
            k += 2
            continue
        top.append(cell(lab(c, ax), bold=True, vmerge="restart"))
        bottom.append(Cell([], vmerge="continue"))
        k += 1
    return [top, bottom]


def per_process(touches) -> list[list]:
    """The points of each process in order, one per channel, each with the process's needs (its first point's): the
    forms that give a process one row state its needs once."""
    groups: dict[tuple, list] = {}
    for t in touches:
        group = groups.setdefault((t.section, t.process), [])
        if all(u.channel != t.channel for u in group):
            group.append(dataclasses.replace(t, needs=group[0].needs if group else t.needs))
    return list(groups.values())


def cards(sections, touches, ax) -> list:
    """A caption and a two-column table per point: field | value, no header."""
    words = TYPE_WORDS[ax["type_words"]]
    blocks: list = []
    for n, t in enumerate(touches, 1):
        rows = [("direction", cell(bare(sections[t.section].heading))), ("process", cell(t.process)),
                ("channel", cell(t.channel_text)), ("kind", cell(words[t.ptype != "digital"])),
                ("needs", needs_cell(t.needs, ax))]
        blocks += [Para(f"{lab('card', ax)} {n}", bold=True),
                   Table([[cell(lab(f, ax)), value] for f, value in rows], header_rows=0)]
    return blocks


def register(sections, touches, ax) -> tuple[list, list]:
    """Table 1: the channels, each once, coded «К-1» …; table 2: a row per process naming its channels' codes."""
    regional = ax["header_words"] == "regional"
    words = TYPE_WORDS[ax["type_words"]]
    named: dict[str, object] = {}
    for t in touches:
        named.setdefault(t.channel, t)
    code = {ch: f"К-{k}" for k, ch in enumerate(named, 1)}
    first = [[cell(lab(c, ax), bold=True) for c in ("code", "channel", "kind")]]
    first += [[cell(code[ch]), cell(t.channel_text), cell(words[t.ptype != "digital"])] for ch, t in named.items()]
    cols = ["no", "direction", "process", "refs", "needs"]
    rows, printed = header(cols, ax), []
    for n, group in enumerate(per_process(touches), 1):
        t = group[0]
        rows.append([cell(f"{n}."), cell(bare(sections[t.section].heading)), cell(t.process),
                     cell(", ".join(code[u.channel] for u in group)), needs_cell(t.needs, ax)])
        printed += [dataclasses.replace(u, channel_text=named[u.channel].channel_text) for u in group]
    head = 1 if ax["header_levels"] == "one" else 2
    return [Para(CAPTIONS["register"][regional], bold=True), Table(first, header_rows=1, repeat_header=True),
            Para(CAPTIONS["processes"][regional], bold=True),
            Table(rows, header_rows=head, repeat_header=True)], printed


def channels_cell(points) -> Cell:
    """A kind column's cell: a paragraph per channel, each but the last closed by «;»; «—» when there is none."""
    names = [u.channel_text.rstrip(";") for u in points] or [NO_CHANNEL]
    return Cell([n + (";" if k < len(names) - 1 else "") for k, n in enumerate(names)])


def kind_columns(sections, touches, ax) -> tuple[list, list]:
    """A row per process, its digital channels in one column and its offline ones in the next."""
    cols = ["no", "direction", "process", "kind_0", "kind_1", "needs"]
    rows, printed = header(cols, ax), []
    head = len(rows)
    for n, group in enumerate(per_process(touches), 1):
        t = group[0]
        digital = [u for u in group if u.ptype == "digital"]
        offline = [u for u in group if u.ptype != "digital"]
        rows.append([cell(f"{n}."), cell(bare(sections[t.section].heading)), cell(t.process),
                     channels_cell(digital), channels_cell(offline), needs_cell(t.needs, ax)])
        printed += digital + offline
    return [Table(rows, header_rows=head, repeat_header=True)], printed


def table(sections, touches, ax) -> list:
    cols = ["no", "direction", "process", "channel", "kind", "needs"]
    words = TYPE_WORDS[ax["type_words"]]
    rows = header(cols, ax)
    head = len(rows)
    for n, t in enumerate(touches, 1):
        rows.append([cell(f"{n}."), cell(bare(sections[t.section].heading)), cell(t.process), cell(t.channel_text),
                     cell(words[t.ptype != "digital"]), needs_cell(t.needs, ax)])
    return [Table(rows, header_rows=head, repeat_header=True)]


def build(rng: random.Random, pools: Pools, plan: AxisPlan, i: int, name: str) -> Doc:
    ax = h13_common.axes(plan, i, AXES)
    ax["needs_cell"] = rng.choice(("semicolons", "paragraphs"))
    sections, touches = touch_content.make(rng, pools)
    blocks: list = preamble.order_paras(rng, "touchpoint_list", preamble.issuer(rng))
    printed = touches
    if ax["form"] == "point_cards":
        blocks += cards(sections, touches, ax)
    elif ax["form"] == "channel_register":
        more, printed = register(sections, touches, ax)
        blocks += more
    elif ax["form"] == "kind_columns":
        more, printed = kind_columns(sections, touches, ax)
        blocks += more
    else:
        blocks += table(sections, touches, ax)
    gold = [{"direction": sections[t.section].direction, "process": t.process, "channel": t.channel,
             "point_type": t.ptype, "needs": sorted({c for _, cs in t.needs for c in cs}),
             "touchpoint": t.channel_text, "needs_text": [p for p, _ in t.needs]} for t in printed]
    return Doc(name, "touchpoint_list", blocks, ax, gold, landscape=ax["form"] != "point_cards")
