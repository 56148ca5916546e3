"""Roadmaps in the layouts of `--layouts heldout9` (held out when written; see the bed README): deadlines as the END OF a
period («до конца I квартала 2025 г.», «к концу первого полугодия 2025 года») or as a period IN WORDS («первый
квартал 2025 года», «во втором квартале 2025 г.», «второе полугодие 2025 г.»); the term in TWO COLUMNS «Срок
реализации» over «год» | «квартал» («2025» | «II», «II–III», «в течение года»); the responsible stated on a GROUP ROW
above the items it is responsible for («Ответственный исполнитель: …», no responsible column); some deadlines MARKED
«*» with the note under the table; the column names of another region (h9_common). Otherwise mainstream: №,
activity, «Срок исполнения», «Ответственный исполнитель», «Ожидаемый результат», full-width stage rows «1. …»,
items «1.1.»."""
from __future__ import annotations

import random

from . import h9_common, preamble
from .axes import AxisPlan
from .doc import Cell, Doc, Para, Table, cell
from .h9_common import HALF_GEN, HALF_WORDS, QUARTER_PREP, QUARTER_WORDS, ROMAN, end
from .pools import Pools, split_list
from .roadmap_layout import RESULTS, _content

AXES = {
    "deadline_as": ("pool", "end_of", "in_words", "year_quarter"),
    "resp_at": ("column", "group_row"),
    "deadline_mark": ("none", "asterisk"),
    **h9_common.AXES,
}
HEAD = {"no": ("№ п/п", "№"), "activity": ("Наименование мероприятия", "Перечень мероприятий (работ)"),
        "deadline": ("Срок исполнения", "Срок выполнения"), "term": ("Срок реализации", "Срок выполнения"),
        "responsible": ("Ответственный исполнитель", "Исполнитель"),
        "result": ("Ожидаемый результат", "Форма завершения")}
YEAR_QUARTER = ("год", "квартал")
RESP_ROW = ("Ответственный исполнитель: {r}", "Ответственный: {r}", "Исполнитель – {r}")
NOTE = ("* Срок может быть уточнен по результатам мониторинга внедрения стандарта.",
        "* Срок исполнения мероприятия подлежит корректировке при изменении федеральных методических рекомендаций.")
YEAR = (" г.", " года")


def worded(rng: random.Random, ax, year: int) -> tuple[str, str]:
    """(a deadline as the end of a period, or a period in words, with its year; the period's last day)."""
    half = rng.random() < 0.3
    k = rng.randint(1, 2) if half else rng.randint(1, 4)
    date = end(year, 6 * k if half else 3 * k)
    tail = f" {year}{rng.choice(YEAR)}"
    if ax["deadline_as"] == "end_of":
        lead = rng.choice(("до конца ", "до окончания ", "к концу "))
        if half:
            return f"{lead}{HALF_GEN[k - 1]} полугодия{tail}", date
        return f"{lead}{rng.choice((ROMAN[k - 1], str(k)))} квартала{tail}", date
    if half:
        return f"{HALF_WORDS[k - 1]} полугодие{tail}", date
    if rng.random() < 0.5:
        return f"во {QUARTER_PREP[k - 1]} квартале{tail}" if k == 2 else f"в {QUARTER_PREP[k - 1]} квартале{tail}", date
    return f"{QUARTER_WORDS[k - 1]} квартал{tail}", date


def term(rng: random.Random, pools: Pools, ax, year: int) -> tuple[list[str], str, str | None]:
    """(the term's cells, the deadline as written, the gold date)."""
    if ax["deadline_as"] == "year_quarter":
        form = rng.randrange(6)
        if form < 4:
            quarter = ROMAN[form]
            return [str(year), quarter], f"{year} {quarter}", end(year, 3 * form + 3)
        if form == 4:
            a = rng.randint(1, 3)
            quarter = f"{ROMAN[a - 1]}–{ROMAN[a]}"
            return [str(year), quarter], f"{year} {quarter}", end(year, 3 * a + 3)
        return [str(year), "в течение года"], f"{year} в течение года", f"{year}-12-31"
    if ax["deadline_as"] == "pool":
        row = rng.choice(pools["deadlines"])
        text, date = row["deadline_raw"], row["date"] or None
    else:
        text, date = worded(rng, ax, year)
    if ax["deadline_mark"] == "asterisk" and rng.random() < 0.4:
        text += "*"
    return [text], text, date


def header(ax) -> list[list[Cell]]:
    def h(c: str) -> str:
        return h9_common.label(HEAD, c, ax)
    resp = [] if ax["resp_at"] == "group_row" else ["responsible"]
    if ax["deadline_as"] != "year_quarter":
        return [[cell(h(c), bold=True) for c in ["no", "activity", "deadline"] + resp + ["result"]]]
    top = [cell(h(c), bold=True, vmerge="restart") for c in ("no", "activity")]
    top.append(cell(h("term"), bold=True, span=2))
    top += [cell(h(c), bold=True, vmerge="restart") for c in resp + ["result"]]
    low = [Cell([], vmerge="continue") for _ in range(2)] + [cell(w, bold=True) for w in YEAR_QUARTER]
    low += [Cell([], vmerge="continue") for _ in resp + ["result"]]
    return [top, low]


def groups(rng: random.Random, acts: list) -> list[list]:
    """A stage's items in runs of one to three (each run one responsible's, with a group row)."""
    out, k = [], 0
    while k < len(acts):
        n = rng.randint(1, 3)
        out.append(acts[k:k + n])
        k += n
    return out


def rows(rng, pools, ax, year: int, width: int) -> tuple[list[list[Cell]], list[dict]]:
    out, gold = [], []
    for s, (stage, acts) in enumerate(_content(rng, pools), 1):
        out.append([cell(f"{s}. {stage}", bold=True, span=width)])
        k = 0
        for run in groups(rng, acts) if ax["resp_at"] == "group_row" else [acts]:
            if ax["resp_at"] == "group_row":
                resp = rng.choice(pools["responsible"])
                text = resp["responsible_raw"].replace("\n", " ")
                out.append([cell(rng.choice(RESP_ROW).format(r=text), span=width)])
            for act in run:
                k += 1
                if ax["resp_at"] == "column":
                    resp = rng.choice(pools["responsible"])
                cells, written, date = term(rng, pools, ax, year)
                shown = [cell(c) for c in cells] + ([cell(resp["responsible_raw"])] if ax["resp_at"] == "column"
                                                    else [])
                out.append([cell(f"{s}.{k}."), cell(act["activity"])] + shown + [cell(rng.choice(RESULTS))])
                gold.append({"item_no": f"{s}.{k}.", "activity": act["activity"], "milestone": act["milestone"],
                             "deadline": date, "names": split_list(resp["names"]), "deadline_text": written,
                             "responsible_text": resp["responsible_raw"]})
    return out, gold


def build(rng: random.Random, pools: Pools, plan: AxisPlan, i: int, name: str) -> Doc:
    ax = {n: plan.value(n, values, i) for n, values in AXES.items()}
    if ax["deadline_as"] == "year_quarter":  # the term is two cells with no mark
        ax["deadline_mark"] = "n/a"
    blocks: list = preamble.order_paras(rng, "roadmap", preamble.issuer(rng))
    year = h9_common.order_year(blocks) + rng.randint(0, 1)  # the plan is for the order's year or the next
    top = header(ax)
    width = sum(c.span for c in top[0])
    body, gold = rows(rng, pools, ax, year, width)
    blocks.append(Table(top + body, header_rows=len(top), repeat_header=True))
    if any(g["deadline_text"].endswith("*") for g in gold):
        blocks.append(Para(rng.choice(NOTE)))
    return Doc(name, "roadmap", blocks, ax, gold, landscape=True)
