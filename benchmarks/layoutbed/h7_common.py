"""What the documents of `--layouts heldout7` share: the appendix's approval stamp set in a TABLE (a row of two
cells, the left one empty, the stamp's lines in the right one — the way orders typed in Word place it at the
right margin), and a «Лист согласования» after the appendix: a table of positions, names, dates and signatures
that is no list and no plan. Scaffolding wording, the same in both halves; none of it is gold."""
from __future__ import annotations

import random

from .doc import Cell, Para, Table, cell

AXES = {
    "stamp": ("paragraphs", "table"),
    "approval_sheet": ("no", "yes"),
}
# the approval sheet's people: scaffolding, never anyone a plan names (the pools' names are other)
APPROVERS = (("Первый заместитель министра", "Селиванова Г.Р."),
             ("Начальник отдела правовой и кадровой работы", "Тихонов В.Е."),
             ("Начальник отдела бухгалтерского учета и отчетности – главный бухгалтер", "Жукова Л.М."),
             ("Консультант отдела организационной работы", "Ершов П.А."))
SHEET_HEAD = ("Должность", "Фамилия, инициалы", "Дата согласования", "Подпись")


def stamp(blocks: list, ax: dict, approved: str) -> list:
    """The order's blocks with the appendix stamp (preamble's «Приложение … к приказу от … № …», the one before
    the title) as paragraphs, or as a two-cell table: «Приложение № k», «УТВЕРЖДЕН(А)», «приказом министерства»,
    «от … № …» on lines of their own in the right cell."""
    if ax["stamp"] == "paragraphs":
        return blocks
    at = max(k for k, b in enumerate(blocks) if isinstance(b, Para) and b.text.startswith("Приложение"))
    head, _, ref = blocks[at].text.partition(" к приказу ")
    lines = [head, approved, "приказом министерства", ref]
    table = Table([[Cell([]), Cell(lines)]], header_rows=0, widths_mm=None)
    return blocks[:at] + [table] + blocks[at + 1:]


def approval_sheet(rng: random.Random, ax: dict) -> list:
    """«ЛИСТ СОГЛАСОВАНИЯ» on a page of its own: a header and a row per approver (dates in the order's year)."""
    if ax["approval_sheet"] == "no":
        return []
    who = rng.sample(APPROVERS, k=rng.randint(2, len(APPROVERS)))
    rows = [[cell(h, bold=True) for h in SHEET_HEAD]]
    for position, name in who:
        day, month = rng.randint(1, 28), rng.randint(1, 12)
        rows.append([cell(position), cell(name), cell(f"{day:02d}.{month:02d}.{rng.choice((2024, 2025))}"),
                     cell("")])
    return [Para("ЛИСТ СОГЛАСОВАНИЯ", bold=True, center=True, page_break_before=True),
            Para("к проекту приказа министерства", center=True), Table(rows)]


def rank_value(plan, axis: str, values: tuple, i: int, when: str, sub_axis: str, sub_values: tuple) -> str:
    """A value of `sub_axis` spread evenly over the documents whose `axis` is `when` alone (so that each of its
    values is used even in a small run), 'n/a' on the others."""
    if plan.value(axis, values, i) != when:
        return "n/a"
    rank = sum(plan.value(axis, values, j) == when for j in range(i))
    return sub_values[rank % len(sub_values)]
