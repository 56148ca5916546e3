"""A responsible one written on a row of its own above the measures it covers, where the plan has no
responsible column: a full-width row (or, in converted text, a line between the table's rows)
«Ответственный исполнитель: отдел кадров», «Ответственные: …», «Исполнитель – …», «Отв.: …» over one to
three measures of a stage.  The label is read by the roadmap's header vocabulary (`columns.yaml`, read as
paragraph records read theirs: `record_lines.read_line`); the fields such a row may state are
`label_rows` there.  The row is no item and no heading: it gives its value to the measures under it that
leave that field blank, up to the next such row for the field or the next heading or section — a stage
written in cells too, «2.» | «Этап внедрения» after «1.2.»: a number of a level above the measures under
the label; a measure's own cell stands (applied where the item's cells are joined: `roadmap._records`).

    row_label(text) -> (field, value) | None
    Labels: what the labelled rows above a measure give it (`give`, `end`, `at_item`)
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from textcore.clean import clean_text, strip_markup
from textcore.vocab import vocabulary

from .record_lines import read_line

KIND = "roadmap"
_DATA = Path(__file__).resolve().parent.parent / "data" / "columns.yaml"


@vocabulary(_DATA, required=(KIND,))
def _row_fields(data: dict) -> frozenset[str]:
    return frozenset(data[KIND].get("label_rows", ()))


def row_label(text: str) -> tuple[str, str] | None:
    """(field, value) of a row that is one label of `label_rows` and its value, nothing before the label and
    no other label after it; else None («Ответственный исполнитель: отдел кадров» -> ("responsible", …))."""
    line = read_line(clean_text(strip_markup(text)), KIND)
    if line.number is not None or line.lead or len(line.fields) != 1:
        return None
    name, _, value = line.fields[0]
    value = value.strip().rstrip(";").strip()
    value = value[:-1] if value.endswith(".") and value[-2:-1].islower() else value      # «Орлов О.И.» keeps its dot
    return (name, value) if name in _row_fields() and value else None


@dataclass
class Labels:
    """The fields labelled rows above state, and the level of the last measure numbered under them."""
    given: dict[str, str] = field(default_factory=dict)
    depth: int | None = None

    def give(self, name: str, value: str) -> None:
        self.given[name], self.depth = value, None

    def end(self, heading) -> None:
        """A heading or section (truthy `heading`) ends what the labels gave."""
        if heading:
            self.given = {}

    def at_item(self, number: str) -> dict[str, str]:
        """The fields given to the item numbered `number`: none where its number is of a level above the
        measures numbered under the label so far (the next stage, written in cells)."""
        level = len([p for p in number.split(".") if p])
        if self.depth is not None and level < self.depth:
            self.given = {}
        self.depth = level
        return dict(self.given)
