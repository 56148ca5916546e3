"""Roadmap terms written without a year under a row naming the year of the group («2025 год» over
«до 1 июля», «декабрь», «IV квартал»), and the person's name in a column of its own beside the
position («Ответственный исполнитель» | «Ф.И.О. ответственного лица»)."""
from __future__ import annotations

from datetime import date

from docx import Document as new_docx

from normalizers.deadlines import parse_deadline
from normalizers.roadmap_codes import code_roadmap, heading_year
from parsers.extract.roadmap import extract_roadmap
from parsers.formats import docx as docx_reader
from parsers.formats.text import parse_text
from textcore.dates import periods_in_year

HEAD = ["№ п/п", "Наименование мероприятия", "Срок исполнения", "Ответственный исполнитель",
        "Ф.И.О. ответственного лица", "Ожидаемый результат"]
# (group row, [(item no, activity, term, position, names, result)])
GROUPS = [("2025 год", [("1.", "Утвердить регламент работы с обращениями", "до 1 июля", "заместитель министра",
                         "Иванова Н.П.", "Приказ"),
                        ("2.", "Провести опрос заявителей о качестве услуг", "IV квартал", "начальник отдела",
                         "Петров С.А., Сидоров К.Л.", "Отчёт")]),
          ("На 2026 год", [("3.", "Обновить памятки для заявителей", "декабрь", "консультант отдела",
                            "Кузнецова О.В.", "Памятка")])]
WANT_DATES = [date(2025, 7, 1), date(2025, 12, 31), date(2026, 12, 31)]
WANT_NAMES = [["Иванова Н.П."], ["Петров С.А.", "Сидоров К.Л."], ["Кузнецова О.В."]]
WANT_POSITIONS = [["заместитель министра"], ["начальник отдела", "начальник отдела"], ["консультант отдела"]]


def _check(recs):
    rows = code_roadmap(recs)
    assert [r["item_no"] for r in rows] == ["1", "2", "3"]
    assert [r["deadline"] for r in rows] == WANT_DATES
    assert [r["responsible_names"] for r in rows] == WANT_NAMES
    assert [r["responsible_positions"] for r in rows] == WANT_POSITIONS
    assert [r["deliverable"] for r in rows] == ["Приказ", "Отчёт", "Памятка"]


def test_text_group_rows_give_the_year_and_the_names_column_joins_the_position():
    lines = ["\t".join(HEAD)]
    for group, items in GROUPS:
        lines.append(f"**{group}**")
        lines += ["\t".join(item) for item in items]
    _check(extract_roadmap(parse_text("План мероприятий («дорожная карта»)\n\n" + "\n".join(lines) + "\n")))


def test_docx_group_rows_across_the_table(tmp_path):
    d = new_docx()
    d.add_paragraph("План мероприятий («дорожная карта») по внедрению стандарта")
    rows = [HEAD] + [r for group, items in GROUPS for r in [[group]] + [list(i) for i in items]]
    t = d.add_table(rows=len(rows), cols=len(HEAD))
    for r, row in enumerate(rows):
        if len(row) == 1:                    # the group's row spans the table
            t.cell(r, 0).merge(t.cell(r, len(HEAD) - 1)).text = row[0]
        for c, text in enumerate(row if len(row) > 1 else []):
            t.cell(r, c).text = text
    d.save(tmp_path / "plan.docx")
    _check(extract_roadmap(docx_reader.read(tmp_path / "plan.docx")))


def test_a_term_without_a_year_and_no_group_year_stays_null():
    lines = ["\t".join(HEAD[:4]), "1.\tУтвердить регламент работы с обращениями\tдо 1 июля\tотдел кадров"]
    rows = code_roadmap(extract_roadmap(parse_text("План мероприятий\n\n" + "\n".join(lines) + "\n")))
    assert [(r["deadline_raw"], r["deadline"]) for r in rows] == [("до 1 июля", None)]
    assert rows[0]["responsible_names"] == [] and rows[0]["responsible_raw"] == "отдел кадров"


def test_a_term_with_its_own_year_keeps_it_under_a_group_row():
    assert parse_deadline("до 01.03.2027", None, 2025).date == date(2027, 3, 1)
    assert parse_deadline("до 1 июля", None, None).date is None


def test_year_less_shapes_read_in_the_given_year():
    got = {t: [(p.kind, p.last) for p in periods_in_year(t, 2025)]
           for t in ("не позднее 12 сентября", "III кв.", "2 полугодие", "II декада марта", "Декабрь",
                     "30 февраля", "марка товара")}
    assert got == {"не позднее 12 сентября": [("date", date(2025, 9, 12))],
                   "III кв.": [("quarter", date(2025, 9, 30))],
                   "2 полугодие": [("half_year", date(2025, 12, 31))],
                   "II декада марта": [("decade", date(2025, 3, 20))],
                   "Декабрь": [("month", date(2025, 12, 31))],
                   "30 февраля": [], "марка товара": []}


def test_the_group_year_is_the_innermost_heading_naming_one_year():
    assert heading_year([["Раздел 1. Организационные мероприятия", False], ["2026 г.", False]]) == 2026
    assert heading_year([["2025 год", False], ["Кадровый блок", False]]) == 2025
    assert heading_year([["Мероприятия на 2025–2026 годы", False]]) is None      # no one year
    assert heading_year([["2025 год", False], ["Во исполнение Указа от 07.05.2024", False]]) == 2025
    assert heading_year([]) is None


def _names_docx(tmp_path, merged: bool):
    """Item 1's position cut over two rows («заместитель» / «министра»), its name on the first row,
    merged down over the second where `merged` (a Word table's vertical merge)."""
    rows = [HEAD, ["1.", "Утвердить регламент работы", "до 1 июля 2025 г.", "заместитель", "Иванова Н.П.", "Приказ"],
            ["", "с обращениями", "", "министра", "", ""],
            ["2.", "Провести опрос заявителей", "декабрь 2025 г.", "начальник отдела", "Петров С.А.", "Отчёт"]]
    d = new_docx()
    d.add_paragraph("План мероприятий («дорожная карта») по внедрению стандарта")
    t = d.add_table(rows=len(rows), cols=len(HEAD))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    if merged:
        t.cell(1, 4).merge(t.cell(2, 4))
    d.save(tmp_path / "plan.docx")
    return extract_roadmap(docx_reader.read(tmp_path / "plan.docx"))


def test_a_position_cut_over_two_rows_takes_the_name_once(tmp_path):
    for merged in (True, False):
        recs = _names_docx(tmp_path, merged)
        assert [(r["item_no"], r["responsible_raw"]) for r in recs] == [
            ("1", "заместитель министра — Иванова Н.П."), ("2", "начальник отдела — Петров С.А.")], merged
        rows = code_roadmap(recs)
        assert rows[0]["responsible_names"] == ["Иванова Н.П."]
        assert rows[0]["responsible_positions"] == ["заместитель министра"]
