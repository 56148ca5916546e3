"""A header in words no vocabulary knows over a list of three columns with no number column
(parsers/tables/header_labels.py): only the channel column has a sure reader, so the row is told a
header by its build — short labels without figures, each said once — and is no touchpoint; a first
row of data stays a row.  The lists are this file's own."""
from __future__ import annotations

import pytest

from pipeline.run.process import process_path
from tests.fixtures.grid_docx import grid_docx

TITLE = "Об утверждении перечня точек взаимодействия с получателями услуг"
ROWS = [["Выдача охотничьего билета", "Официальный сайт министерства", "Узнать перечень документов для билета"],
        ["Выдача охотничьего билета", "Приёмная министерства", "Подать заявление на выдачу билета"],
        ["Выдача разрешения на добычу охотничьих ресурсов", "Электронная почта министерства",
         "Получить консультацию по заполнению заявления"],
        ["Выдача разрешения на добычу охотничьих ресурсов", "Телефон горячей линии",
         "Узнать о ходе рассмотрения заявления"]]


def _txt(path, rows):
    path.write_text(TITLE + "\n\n" + "\n".join("\t".join(r) for r in rows) + "\n", encoding="utf-8")
    return path


def _docx(path, rows):
    return grid_docx(path, rows, title=TITLE)


@pytest.mark.parametrize("make", [_txt, _docx], ids=["txt", "docx"])
# («Способ связи» named the channel once head nouns and their qualifiers were read, h11touch: «Где связаться» now)
@pytest.mark.parametrize("labels", [["Услуга", "Где связаться", "Что нужно заявителю"],
                                    ["Жизненная ситуация", "Куда обратиться", "Зачем"]])
def test_a_header_in_unknown_words_over_three_columns_is_no_row(tmp_path, make, labels):
    result = process_path(make(tmp_path / f"l.{make.__name__[1:]}", [labels, *ROWS]))
    assert [r["touchpoint_raw"] for r in result.touchpoints] == [r[1] for r in ROWS]
    assert [r["process"] for r in result.touchpoints] == [r[0] for r in ROWS]
    said = [w for w in result.document["warnings"] if "taken for labels" in w]
    assert len(said) == 1 and labels[1] in said[0]          # the dropped row is named, not lost unsaid


@pytest.mark.parametrize("first", [
    ["Выдача охотничьего билета", "Окно выдачи", "Забрать готовый билет"],       # its process recurs below
    ["Выдача путёвок", "Окно № 3", "Подать заявление"],                          # a figure: no label
    ["Прокат снаряжения", "Выездной приём", "Записаться"],          # a verb leads a cell: a need, no label
    ["Выдача путёвок", "Выездной приём", "Консультация"],           # «Выдача …» opens processes below too
])
def test_a_first_row_of_data_the_channel_reader_refuses_stays_a_row(tmp_path, first):
    result = process_path(_txt(tmp_path / "d.txt", [first, *ROWS]))
    assert [r["touchpoint_raw"] for r in result.touchpoints] == [first[1]] + [r[1] for r in ROWS]


@pytest.mark.parametrize("make", [_txt, _docx], ids=["txt", "docx"])
def test_a_needs_column_a_header_gives_a_client_category_on_one_word_is_read_by_content(tmp_path, make):
    """«Услуга | Способ связи | Что нужно заявителю»: a header (service, channel), its third heading the client
    category's on one word of three («заявитель»); the column's cells read as needs, so they are the needs."""
    result = process_path(make(tmp_path / f"h.{make.__name__[1:]}", [["Услуга", "Способ связи", "Что нужно заявителю"],
                                                                      *ROWS]))
    assert [r["touchpoint_raw"] for r in result.touchpoints] == [r[1] for r in ROWS]
    assert [r["interaction_raw"] for r in result.touchpoints] == [r[2] for r in ROWS]


@pytest.mark.parametrize("make", [_txt, _docx], ids=["txt", "docx"])
def test_a_category_column_headed_by_its_own_noun_stays_the_category_whatever_its_cells(tmp_path, make):
    """«Категория заявителей, обращающихся за услугой» scores the category under 0.5 (its qualifier is long) but
    opens with the category's noun: it is the category, its cells («Лица, нуждающиеся в консультации») are no
    needs even where the needs reader reads them (rev15e: they became the points' needs)."""
    rows = [["Назначение ежемесячной выплаты", "Личный приём", "Граждане, имеющие право на получение выплаты"],
            ["Назначение ежемесячной выплаты", "Официальный сайт", "Граждане, обратившиеся за получением пособия"],
            ["Выдача удостоверения", "Телефон горячей линии", "Лица, нуждающиеся в консультации"],
            ["Выдача удостоверения", "Электронная почта", "Родители (законные представители) детей"]]
    header = ["Наименование процесса", "Канал взаимодействия", "Категория заявителей, обращающихся за услугой"]
    result = process_path(make(tmp_path / f"c.{make.__name__[1:]}", [header, *rows]))
    assert [r["touchpoint_raw"] for r in result.touchpoints] == [r[1] for r in rows]
    assert [r["interaction_raw"] for r in result.touchpoints] == [None] * 4
