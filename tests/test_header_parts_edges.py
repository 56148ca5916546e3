"""Edges of the header cell read by its parts (parsers/tables/header_parts.py,
textcore/second_language.py): hostile cells, words that only look foreign, a client column
naming both clients, the act's kind line beside a name that is not its other language."""
from __future__ import annotations

import pytest

from parsers.tables.header_parts import variants
from textcore.second_language import russian_only


@pytest.mark.parametrize("cell", [
    "Процесс" + " " * 40_000 + "исеме",        # a long run of spaces, no separator in it
    "Процесс" + "\t" * 40_000 + "x",
    "(" * 40_000,                               # brackets never closed
    "Точка (" + "( " * 20_000,
])
def test_a_hostile_header_cell_is_taken_apart(cell):
    """What a hostile cell gives (its cost at n and 4n is benchmarks/bench_hostile_inputs.py's,
    never a test's): pieces of the cell itself, stripped, and no more text than it holds."""
    got = variants(cell, frozenset())
    assert all(text and text == text.strip() and len(text) <= len(cell) for text, _ in got)
    assert len(russian_only(cell)) <= len(cell)


def test_separators_still_cut_a_cell_and_its_pieces_lose_their_spaces():
    got = [t for t, _ in variants("Наименование процесса  /  Процесс исеме", frozenset())]
    assert "Наименование процесса" in got and "Процесс" in got
    assert "Канал" in [t for t, _ in variants("Канал|Хеҙмәттәшлек нөктәһе", frozenset())]


@pytest.mark.parametrize("client", ["внешний/внутренний", "Внешний, внутренний", "Граждане, сотрудники"])
def test_a_client_cell_naming_both_clients_names_no_direction(tmp_path, client):
    """A point serving the external and the internal client (a hotline for both) is no internal
    direction's; the internal client alone still is."""
    from parsers.extract.touchpoints import extract_touchpoints
    from parsers.formats import docx as docx_reader
    from tests.fixtures.grid_docx import grid_docx
    head = ["№ п/п", "Процесс", "Точка взаимодействия", "Тип точки", "Клиент (внешний/внутренний)", "Потребность клиента"]
    rows = [["1", "Консультирование", "Телефон горячей линии", "Офлайн", client, "Получить консультацию"],
            ["2", "Оформление отпуска", "Кадровая служба", "Офлайн", "внутренний", "Оформить отпуск"]]
    doc = docx_reader.read(grid_docx(tmp_path / "both.docx", [head, *rows], title="Перечень точек взаимодействия"))
    assert [r["direction_raw"] for r in extract_touchpoints(doc)[0]] == [None, "Клиент: внутренний"]


@pytest.mark.parametrize("line, kind", [
    ("ПРИКАЗ БОЕРЫК", True), ("БОЙОРОҠ ПРИКАЗ", True), ("ПРИКАЗ ӘМЕР", True),
    ("ПРИКАЗ ГКУ", False), ("ПРИКАЗ МЦР", False), ("ПРИКАЗ ГБУЗ", False),     # an abbreviation is Russian
    ("Приказ Росреестра", False), ("Приказ Мингосуправления", False),       # a name: the line cites an act
])
def test_a_kind_line_leaves_out_a_second_language_not_an_abbreviation_or_a_name(line, kind):
    from parsers.extract.header_words import is_doc_type
    assert is_doc_type(line) is kind


def test_an_abbreviation_in_a_header_in_capitals_is_kept():
    assert russian_only("НАИМЕНОВАНИЕ УСЛУГИ ГКУ") == "НАИМЕНОВАНИЕ УСЛУГИ ГКУ"
    assert russian_only("ТОЧКА ВЗАИМОДЕЙСТВИЯ ХЕЗМӘТТӘШЛЕК НОКТАСЫ") == "ТОЧКА ВЗАИМОДЕЙСТВИЯ"


def test_a_data_cell_with_no_vocabulary_word_is_scored_once(monkeypatch):
    """Every row is asked whether it repeats the header: a data cell of a label's length holding
    no word of the columns' vocabulary is not taken apart (its parts could score no field)."""
    from parsers.tables import columns
    seen = []
    real = columns.cell_scores
    monkeypatch.setattr(columns, "cell_scores", lambda kind, text, *weight: seen.append(text) or real(kind, text, *weight))
    columns.field_scores.cache_clear()
    assert columns.field_scores("touchpoint_list", "Подать заявление (в электронной форме) / получить ответ") == {}
    assert len(seen) == 1
    seen.clear()
    assert max(columns.field_scores("touchpoint_list", "Процесс / Процесс исеме").values()) == 1.0
    assert len(seen) > 1
    columns.field_scores.cache_clear()


@pytest.mark.parametrize("header, details", [
    (["№ п/п", "Процесс", "Канал", "Адрес точки взаимодействия", "Тип точки"], 3),
    (["№", "Наименование услуги", "Канал взаимодействия", "Место нахождения точки", "Тип"], 3),
    (["№", "Услуга", "Точка взаимодействия (адрес, сайт)", "Тип точки", "Потребность"], None),
])
def test_an_address_column_is_a_points_detail_never_its_needs(header, details):
    """A list with no needs column: the point's address is no need, nor its touchpoint."""
    from parsers.tables.columns import map_columns
    got = map_columns("touchpoint_list", header)
    assert got.get("point_details") == details
    assert got["touchpoint"] == 2 and got.get("interaction") != 3
