"""A roadmap whose responsible ones are a column per person: «Исполнители» over «Иванова О.Н.» | «Попов С.Р.» |
«Морозова Е.О.», a mark («✓», «+», «V») in the columns of an item's people.  A heading naming a person names no
field, though initials read like a heading's words cut short («Н.» начало, «Р.» результат, «Д.» дата): each item's
responsible ones are the people whose columns it marks.  Expectations read from the plan."""
from __future__ import annotations

from normalizers.roadmap_codes import code_roadmap
from parsers.extract.roadmap import extract_roadmap
from parsers.formats import docx as docx_reader
from parsers.formats.text import parse_text
from parsers.tables.columns import field_scores
from textcore.name_shape import names_person, without_names
from tests.fixtures.grid_docx import grid_docx

TOP = ["№", "Мероприятие", "Срок", "Исполнители", "", "", "Примечание"]
SUB = ["", "", "", "Иванова О.Н.", "Попов С.Р.", "Морозова Е.О.", ""]
ROWS = [["1", "Провести анкетирование посетителей МФЦ", "до 01.04.2026", "✓", "", "", ""],
        ["2", "Подготовить памятку заявителя", "июнь 2026 г.", "", "+", "+", "по согласованию"],
        ["3", "Разместить памятку на сайте", "до 01.09.2026", "", "", "V", ""]]
WANT = [["Иванова О.Н."], ["Попов С.Р.", "Морозова Е.О."], ["Морозова Е.О."]]
TITLE = "План мероприятий по внедрению стандарта клиентоцентричности"


def _names(recs):
    return [sorted(r["responsible_names"]) for r in code_roadmap(recs)]


def test_person_columns_text():
    lines = [TITLE, "", *("\t".join(r) for r in [TOP, SUB] + ROWS)]
    assert _names(extract_roadmap(parse_text("\n".join(lines) + "\n"))) == [sorted(w) for w in WANT]


def test_person_columns_docx(tmp_path):
    merges = ((0, 3, 0, 5),) + tuple((0, c, 1, c) for c in (0, 1, 2, 6))
    path = grid_docx(tmp_path / "p.docx", [TOP, SUB] + ROWS, TITLE, merges=merges)
    assert _names(extract_roadmap(docx_reader.read(path))) == [sorted(w) for w in WANT]


def test_a_name_is_no_field_word():
    assert field_scores("roadmap", "Попов С.Р.") == {}
    assert field_scores("roadmap", "Иванова О.Н.") == {}
    assert "responsible" in field_scores("roadmap", "Исполнитель Иванова О.Н.")
    # a vocabulary word before initials is no surname: a touchpoint's heading cut short stays a heading
    assert "touchpoint" in field_scores("touchpoint_list", "Канал Т.В.")


def test_name_shapes():
    assert names_person("Иванова О.Н.") and names_person("О.Н. Иванова") and names_person("Попов Сергей Романович")
    assert not names_person("Срок исполнения") and not names_person("Ф.И.О. ответственного")
    assert without_names("Исполнитель Иванова О.Н.") == "Исполнитель"
    assert without_names("Канал Т.В.", lambda w: w == "Канал") == "Канал Т.В."


# no heading over the people's columns: a column per person beside the plan's named columns
FLAT = ["№", "Мероприятие", "Срок", "Иванова О.Н.", "Попов С.Р.", "Советник Морозова Е.О.", "Результат"]
FLAT_ROWS = [r[:6] + [res] for r, res in zip(ROWS, ("Справка", "Памятка", "Страница сайта"))]


def test_person_columns_with_no_heading_over_them_text():
    lines = [TITLE, "", *("\t".join(r) for r in [FLAT] + FLAT_ROWS)]
    recs = code_roadmap(extract_roadmap(parse_text("\n".join(lines) + "\n")))
    assert [sorted(r["responsible_names"]) for r in recs] == [sorted(w) for w in WANT]
    assert [r["deliverable"] for r in recs] == ["Справка", "Памятка", "Страница сайта"]


def test_person_columns_with_no_heading_over_them_docx(tmp_path):
    path = grid_docx(tmp_path / "p.docx", [FLAT] + FLAT_ROWS, TITLE)
    assert _names(extract_roadmap(docx_reader.read(path))) == [sorted(w) for w in WANT]


def test_three_initials_are_no_persons_name():
    """«Ф.И.О.» (the heading's «full name») after a word is no surname with initials: the heading stays a field's,
    not the letter «О.» left over read as a heading cut short."""
    for head in ("Куратор Ф.И.О.", "Должность Ф.И.О.", "Сотрудник Ф. И. О.", "Ф. И. О. куратора"):
        assert not names_person(head), head
        scores = field_scores("roadmap", head)
        assert max(scores, key=scores.get) == "responsible_person", head
    assert names_person("Куратор Иванова О.Н.") and names_person("Иванов И.И. И.о. начальника")


def test_month_columns_abbreviated_like_initials_are_no_people():
    """A schedule of months «Январь Т.Г.» (of this year) beside the plan's own term column, marks in an item's
    months: the abbreviation reads like initials, yet the columns name periods — no responsible one."""
    head = ["№", "Мероприятие", "Срок", "Январь Т.Г.", "Февраль Т.Г.", "Март Т.Г."]
    rows = [["1", "Провести опрос посетителей", "до 01.04.2026", "+", "", ""],
            ["2", "Обновить памятку", "до 01.04.2026", "", "+", "+"],
            ["3", "Обучить сотрудников", "до 01.04.2026", "", "", "+"]]
    lines = [TITLE, "", *("\t".join(r) for r in [head] + rows)]
    recs = extract_roadmap(parse_text("\n".join(lines) + "\n"))
    assert [r["item_no"] for r in recs] == ["1", "2", "3"]
    assert [r["responsible_raw"] for r in recs] == [None, None, None]
