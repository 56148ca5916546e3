"""The lines a converted-text cell's author wrote (parsers/formats/written_lines.py): in a table
drawn with box characters, where the column's width is known, a line the next line's first word
would have fitted on; in the one-cell-per-line copy of a legal database, a line the same within
the run's longest line.  A wrapped line is never cut.  The tables are this file's own, composed
from the needs and channels of docs/dataset.md."""
from __future__ import annotations

import pytest

from parsers.extract.touchpoints import extract_touchpoints
from parsers.formats.text import parse_text
from parsers.formats.wordjoin import Break, join_lines
from parsers.formats.written_lines import lined_text, written_in_chars
from pipeline.run.normalize import normalize_touchpoints

BOX = """Перечень точек взаимодействия с клиентами

┌────┬───────────────────────────────┬──────────────────────────────┬──────────────────────────────┐
│ №  │ Наименование процесса         │ Точка взаимодействия         │ Потребности клиента          │
├────┼───────────────────────────────┼──────────────────────────────┼──────────────────────────────┤
│ 1. │ Предоставление мер            │ Официальный сайт             │ информация о льготах         │
│    │ социальной поддержки          │ министерства                 │ статус заявления             │
│    │                               │                              │ подача заявления             │
├────┼───────────────────────────────┼──────────────────────────────┼──────────────────────────────┤
│ 2. │ Предоставление мер            │ Телефон горячей линии        │ Получение информации о ходе  │
│    │ социальной поддержки          │                              │ рассмотрения заявления о     │
│    │                               │                              │ назначении выплаты           │
└────┴───────────────────────────────┴──────────────────────────────┴──────────────────────────────┘
"""

# the copy's paragraphs, a line each; the last cell's text wrapped at the run's width (36)
GARANT = """Перечень точек взаимодействия с клиентами

N п/п |
Наименование процесса |
Точка взаимодействия |
Потребности клиента |
1. |
Предоставление мер социальной
поддержки гражданам, имеющим детей |
Официальный сайт министерства |
информация о льготах
статус заявления
подача заявления |
2. |
Предоставление мер социальной
поддержки гражданам, имеющим детей |
Сайт министерства
бумажная анкета |
Получение информации о ходе
рассмотрения заявления о назначении |
"""


def _rows(doc):
    rows, _ = normalize_touchpoints("d", extract_touchpoints(doc)[0])
    return rows


@pytest.mark.parametrize("text", [BOX, GARANT], ids=["box", "garant"])
def test_three_needs_written_a_line_each_are_three_needs(text):
    doc = parse_text(text)
    assert doc.cell_lines["информация о льготах статус заявления подача заявления"] == \
        "информация о льготах\nстатус заявления\nподача заявления"
    row = _rows(doc)[0]
    # run together, «информация о льготах статус заявления» read as one need (status alone)
    assert row["needs"] == ["information", "status", "submission"]
    assert row["interaction_raw"] == "информация о льготах статус заявления подача заявления"


@pytest.mark.parametrize("text", [BOX, GARANT], ids=["box", "garant"])
def test_a_wrapped_cell_is_never_cut(text):
    doc = parse_text(text)
    wrapped = [t for t in doc.cell_lines if t.startswith(("Получение информации", "Предоставление мер"))]
    assert wrapped == []
    assert "Официальный сайт министерства" not in doc.cell_lines      # (box: wrapped at the width)


def test_a_long_link_in_the_copy_widens_no_line():
    """A link of one word runs past the width the copy wrapped at: the wrapped process cells stay
    uncut (the width is the longest line of words)."""
    link = "https://www.gosuslugi.ru/help/faq/social_support/children_allowance_2025"
    doc = parse_text(GARANT.replace("Официальный сайт министерства |", f"Официальный сайт министерства\n{link} |"))
    assert [t for t in doc.cell_lines if t.startswith("Предоставление мер")] == []
    assert doc.cell_lines["информация о льготах статус заявления подача заявления"] == \
        "информация о льготах\nстатус заявления\nподача заявления"


def test_two_channels_a_line_each_in_the_copy_are_two_touchpoints():
    rows = _rows(parse_text(GARANT))
    assert [r["touchpoint_raw"] for r in rows[1:]] == ["Сайт министерства", "бумажная анкета"]


@pytest.mark.parametrize("lines, room, written", [
    (["информация о льготах", "статус заявления"], 28, [True]),      # 20 + 1 + 6 ≤ 28 - 1
    (["информация о льготах", "статус заявления"], 27, [False]),     # a character's room to spare
    (["информация о льготах;", "Статус заявления"], 28, [True]),     # «;» under a capital: the bare fit
    (["информация о льготах", "статус заявления"], 26, [False]),     # it would not have fitted: a wrap
    (["Сайт министерства", "1. Телефон"], 20, [True]),               # an item's mark, the bare fit
    # an abbreviation's dot is no stop: under it a capital may be a wrap («г.» / «Томска»)
    (["Прием в МФЦ г.", "Томска"], 21, [False]),                      # 14 + 1 + 6 = 21: the bare fit only
    (["Прием в МФЦ.", "Томска"], 19, [True]),                         # a full stop: the bare fit suffices
    (["консультации, в т.ч.", "Горячей линии"], 28, [False]),
    (["Иванов И.", "Петров"], 16, [False]),                            # an initial
    # a word hyphenated at the line's end is a wrap, however much room the line had left
    (["Консультация по вопросам инфор-", "мации о ходе"], 40, [False]),
])
def test_a_line_of_converted_text_is_written_where_the_next_word_would_have_fitted(lines, room, written):
    assert written_in_chars(lines, room) == written


def test_a_hyphenated_word_keeps_the_cells_other_written_lines():
    """Cut at «инфор-» / «мации», the pieces would not give back the cell's words and every line
    of the cell would be lost; the line «о ходе» its author ended still counts."""
    lines = ["Консультация по вопросам инфор-", "мации о ходе", "Запись на приём"]
    text = join_lines(lines)
    assert text == "Консультация по вопросам информации о ходе Запись на приём"
    assert lined_text(lines, None, written_in_chars(lines, 40), text) == \
        "Консультация по вопросам информации о ходе\nЗапись на приём"


def test_a_word_a_narrow_column_broke_is_no_written_line():
    """A PDF's narrow column breaks a word too long for it with no hyphen (the layout's break says
    so): the fit of «я» is no evidence; the cell keeps its written line after «льготах»."""
    lines, breaks = ["Консультация информаци", "я о льготах", "статус заявления"], [Break.MID_WORD, Break.UNKNOWN]
    text = join_lines(lines, breaks)
    assert text == "Консультация информация о льготах статус заявления"
    assert lined_text(lines, breaks, [True, True], text) == "Консультация информация о льготах\nстатус заявления"
