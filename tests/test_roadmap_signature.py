"""The signature under a plan printed as the table's last row («Первый заместитель министра | | Н.В. Орлова», tabs
in converted text; a borderless table in a Word file) is no row of the plan: not glued onto the last measure, not
a measure of its own in a plan that numbers no rows.  A last row naming a responsible one beside an activity
stays a measure.  Expectations read from the plans."""
from __future__ import annotations

from docx import Document as new_docx

from normalizers.roadmap_codes import code_roadmap
from parsers.extract.roadmap import extract_roadmap
from parsers.extract.roadmap_signature import signature_row
from parsers.formats import docx as docx_reader
from parsers.formats.text import parse_text
from tests.fixtures.grid_docx import grid_docx

TITLE = "План мероприятий («дорожная карта») по повышению качества обслуживания заявителей"
HEAD = ["Наименование мероприятия", "Срок", "Ответственный", "Результат"]
ROWS = [["Провести опрос посетителей приёмной", "до 01.03.2026", "Отдел по работе с обращениями", "Справка"],
        ["Обновить информационный стенд", "апрель 2026 г.", "Хозяйственный отдел", "Стенд"]]
WANT = [("1", "Провести опрос посетителей приёмной", "до 01.03.2026", "Отдел по работе с обращениями", "Справка"),
        ("2", "Обновить информационный стенд", "апрель 2026 г.", "Хозяйственный отдел", "Стенд")]


def _read(recs):
    return [(r["item_no"], r["activity"], r["deadline_raw"], r["responsible_raw"], r["deliverable"])
            for r in code_roadmap(recs)]


def _text(sign: str, gap: str = "") -> list[dict]:
    lines = "\n".join("\t".join(r) for r in [HEAD] + ROWS)
    return extract_roadmap(parse_text(f"{TITLE}\n\n{lines}\n{gap}{sign}\n"))


def test_a_signature_row_right_under_the_plan_text():
    assert _read(_text("Первый заместитель министра\t\tН.В. Орлова")) == WANT


def test_a_signature_row_after_a_blank_line_text():
    assert _read(_text("И.о. начальника управления\t\t\tОрлова Н.В.", gap="\n")) == WANT


def test_a_signature_table_under_the_plan_docx(tmp_path):
    d = new_docx(grid_docx(tmp_path / "p.docx", [HEAD] + ROWS, TITLE))
    sign = d.add_table(rows=1, cols=3)
    sign.cell(0, 0).text, sign.cell(0, 1).text, sign.cell(0, 2).text = "Министр", "__________", "Н.В. Орлова"
    d.save(tmp_path / "p.docx")
    assert _read(extract_roadmap(docx_reader.read(tmp_path / "p.docx"))) == WANT


def test_a_last_measure_naming_its_responsible_one_stays():
    last = ["Подвести итоги опроса", "май 2026 г.", "Начальник отдела", "Орлова Н.В."]
    lines = "\n".join("\t".join(r) for r in [HEAD] + ROWS + [last])
    recs = _read(extract_roadmap(parse_text(f"{TITLE}\n\n{lines}\n")))
    assert [r[1] for r in recs] == [w[1] for w in WANT] + ["Подвести итоги опроса"]


def test_signature_row():
    assert signature_row(["Заместитель министра", "", "И.И. Петров"])
    assert signature_row(["Директор департамента", "____________", "Петров И.И."])
    assert not signature_row(["Заместитель министра", "Отдел кадров"])
    assert not signature_row(["Обобщить отзывы", "И.И. Петров"])
    assert not signature_row(["3", "Заместитель министра", "И.И. Петров"])


def test_a_post_and_name_in_the_responsible_columns_stay_the_last_measures():
    """A row going on under the last measure with a second responsible one, his post in the responsible column and
    his name in the names' column, is no signature: the measure keeps him."""
    head = ["№", "Мероприятие", "Срок", "Ответственный (должность)", "Ф.И.О. ответственного"]
    rows = [["1.", "Провести опрос посетителей приёмной", "до 01.03.2026", "Начальник отдела", "Смирнова А.А."],
            ["2.", "Обновить информационный стенд", "апрель 2026 г.", "Начальник отдела", "Орлов Б.Б."],
            ["", "", "", "Заместитель министра", "Петров И.И."]]
    lines = "\n".join("\t".join(r) for r in [head] + rows)
    recs = code_roadmap(extract_roadmap(parse_text(f"{TITLE}\n\n{lines}\n")))
    assert [r["item_no"] for r in recs] == ["1", "2"]
    assert sorted(recs[1]["responsible_names"]) == ["Орлов Б.Б.", "Петров И.И."]
