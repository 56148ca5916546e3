"""A card per point (a caption over a «field | value» table) whose needs row is labelled by what the client comes
with, a noun and its relative clause: «Вопрос, с которым обращается заявитель» (parsers/extract/record_lines.py
`label_field`: the clause's verb qualifies the name, the label is no clause; `paragraph_records.label_max_words`
reads a six-word label whole).  A label that IS a clause still names no field."""
from __future__ import annotations

import pytest

from parsers.extract.record_lines import label_field
from parsers.extract.touchpoints import extract_touchpoints
from parsers.formats.text import parse_text

CARD = "**Карточка точки № {n}**\n\nОтрасль\tЛесное хозяйство\nУслуга\tВыдача лесорубочного билета\n" \
       "Средство связи\t{channel}\nХарактер точки\t{kind}\n{label}\t{needs}\n"
POINTS = [("Единый портал госуслуг", "бесконтактная", "1) получить билет."),
          ("Приёмная лесничества", "контактная", "1) подать заявление; 2) получить билет.")]


@pytest.mark.parametrize("label", ["Вопрос, с которым обращается заявитель",
                                   "Проблема (вопрос), с которой обратился гражданин"])
def test_card_needs_under_a_label_with_a_relative_clause(label):
    cards = [CARD.format(n=k, channel=c, kind=t, label=label, needs=n) for k, (c, t, n) in enumerate(POINTS, 1)]
    doc = parse_text("Перечень точек взаимодействия с клиентами\n\n" + "\n".join(cards))
    got = [(r["touchpoint_raw"], r["point_type_raw"], r["interaction_raw"]) for r in extract_touchpoints(doc)[0]]
    assert got == POINTS


@pytest.mark.parametrize("label, field", [
    ("Вопрос, с которым обращается заявитель", "interaction"),
    ("Повод, по которому обращается клиент", "interaction"),
    ("Подать заявление", None),                 # a clause, not a name
])
def test_label_field_reads_the_name_before_its_clause(label, field):
    assert label_field(label) == field
