"""A point's kind in words that also begin channels' names («электронная», «очная», «дистанционная»,
«традиционная», «физическая»), set apart at the END of the channel's cell in brackets or after a
dash (parsers/extract/point_type_cells._set_apart_kind): the kind, unless the channel reader reads
the channel's words with it as another channel («Почта (электронная)» is e-mail, not the post).

The cells are hand-made, in the forms a list merging its «Вид точки» column into the channel's
cell takes; the processes and needs are this file's own.
"""
from __future__ import annotations

import pytest
from docx import Document as new_docx

from parsers.extract.point_type_cells import split_cell_type
from parsers.extract.touchpoints import extract_touchpoints
from parsers.formats import docx as docx_reader
from parsers.formats.text import read as read_text
from parsers.tables import content_roles
from pipeline.run import content_cells
from pipeline.run.normalize import normalize_touchpoints


@pytest.fixture(autouse=True)
def _readers():
    content_cells.install()          # as the pipeline does: the channel reader the extractor asks


@pytest.mark.parametrize("cell, want", [
    ("Официальный сайт министерства (электронная)", ("Официальный сайт министерства", "электронная")),
    ("Личный приём — очная", ("Личный приём", "очная")),
    ("Телефон горячей линии (дистанционная)", ("Телефон горячей линии", "дистанционная")),
    ("Приём граждан [традиционная]", ("Приём граждан", "традиционная")),
    ("Центр «Мои документы» – физическая точка", ("Центр «Мои документы»", "физическая точка")),
    # the channel's name already says it: the part set apart is still only the kind
    ("Электронная почта (электронная)", ("Электронная почта", "электронная")),
])
def test_kind_set_apart_at_the_end_is_cut_off(cell, want):
    assert split_cell_type(cell) == want


@pytest.mark.parametrize("cell", [
    "Почта (электронная)",           # e-mail: «Почта» alone is the post
    "Почта — электронная",
    "Приёмная (электронная)",        # the online reception: «Приёмная» alone is the office
    "Приёмная — электронная",
    "Почта (электронная) министерства",    # not at the end
    "Заявление (в электронном виде)",      # not only kind words
    "Приём (физических лиц)",
])
def test_words_that_make_a_channel_name_stay(cell):
    assert split_cell_type(cell) == (cell, None)


def test_without_a_channel_reader_the_words_stay(monkeypatch):
    # a parser alone (no pipeline) cannot tell «Почта (электронная)» from «Сайт (электронная)»
    monkeypatch.setattr(content_roles, "_READERS", {})
    assert split_cell_type("Сайт (электронная)") == ("Сайт (электронная)", None)
    assert split_cell_type("Сайт (цифровая)") == ("Сайт", "цифровая")      # a statement word as before


TABLE = [["№", "Наименование процесса", "Канал взаимодействия (Вид точки)", "Потребности клиента"],
         ["1", "Выдача охотничьих билетов", "Официальный сайт (электронная)", "Получение информации"],
         ["2", "Выдача охотничьих билетов", "Почта (электронная)", "Направление заявления"],
         ["3", "Выдача охотничьих билетов", "Приёмная министерства — очная", "Подача документов"],
         ["4", "Рассмотрение жалоб", "Телефон (дистанционная)", "Получение консультации"]]
WANT = [("Официальный сайт", "website", "электронная", "digital"),
        ("Почта (электронная)", "email", None, None),
        ("Приёмная министерства", "personal_reception", "очная", "offline"),
        ("Телефон", "phone", "дистанционная", "digital")]


def _docx(path):
    d = new_docx()
    d.add_paragraph("Перечень точек взаимодействия с клиентами")
    t = d.add_table(rows=len(TABLE), cols=len(TABLE[0]))
    for i, row in enumerate(TABLE):
        for j, text in enumerate(row):
            t.cell(i, j).text = text
    d.save(path)
    return docx_reader.read(path)


def _txt(path):
    path.write_text("\n".join(["Перечень точек взаимодействия с клиентами", ""] + ["\t".join(r) for r in TABLE]) + "\n",
                    encoding="utf-8")
    return read_text(path)


@pytest.mark.parametrize("make", [_docx, _txt], ids=["docx", "txt"])
def test_rows_of_a_merged_kind_column(tmp_path, make):
    raw, _ = extract_touchpoints(make(tmp_path / f"l.{'docx' if make is _docx else 'txt'}"))
    rows, _ = normalize_touchpoints("d", raw)
    assert [(r["touchpoint_raw"], r["channel"], r["point_type_raw"], r["point_type"]) for r in rows] == WANT
