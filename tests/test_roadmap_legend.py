"""A roadmap's responsible column written as numbers («1», «2, 3», «1 и 3») that a legend under or over the plan
explains («1 — Кузнецова О.В., советник министра;»): each item's responsible one is the legend's people.  A column
with any other text stays as written, and so do numbers no legend explains.  Expectations read from the plans."""
from __future__ import annotations

from docx import Document as new_docx

from normalizers.roadmap_codes import code_roadmap
from parsers.extract.roadmap import extract_roadmap
from parsers.extract.roadmap_legend import cell_codes, footnoted_people
from parsers.formats import docx as docx_reader
from parsers.formats.text import parse_text
from tests.fixtures.grid_docx import grid_docx

HEAD = ["№", "Мероприятие", "Срок", "Исполнитель", "Результат"]
ROWS = [
    ["1", "Провести опрос получателей мер поддержки", "до 01.03.2026", "2", "Аналитическая справка"],
    ["2", "Обновить раздел сайта о мерах поддержки", "II квартал 2026 г.", "1 и 3", "Раздел сайта"],
    ["3", "Обучить специалистов приёмной", "до 01.10.2026", "3", "Обучение"],
]
LEGEND = ["Расшифровка исполнителей:", "1 — Кузнецова О.В., советник министра;",
          "2 — Тимофеев А.Н., начальник отдела социальных выплат;", "3 — Белова Е.С., консультант отдела кадров."]
WANT = [["Тимофеев А.Н."], ["Кузнецова О.В.", "Белова Е.С."], ["Белова Е.С."]]
TITLE = "План мероприятий («дорожная карта») по повышению клиентоцентричности"


def _names(recs):
    return [r["responsible_names"] for r in code_roadmap(recs)]


def _text(rows, before=(), after=()):
    lines = [TITLE, *before, "\t".join(HEAD), *("\t".join(r) for r in rows), *after]
    return extract_roadmap(parse_text("\n\n".join(lines[:1 + len(before)]) + "\n\n" + "\n".join(lines[1 + len(before):])
                                      + "\n"))


def test_numbers_under_a_legend_below_the_plan_text():
    recs = _text(ROWS, after=["", *LEGEND])
    assert _names(recs) == WANT
    assert recs[1]["responsible_raw"] == "Кузнецова О.В., советник министра; Белова Е.С., консультант отдела кадров"


def test_numbers_with_the_legend_above_the_plan_text():
    assert _names(_text(ROWS, before=LEGEND)) == WANT


def test_numbers_under_a_legend_docx(tmp_path):
    path = grid_docx(tmp_path / "p.docx", [HEAD] + ROWS, TITLE, after=tuple(LEGEND))
    assert _names(extract_roadmap(docx_reader.read(path))) == WANT


def test_a_legend_written_as_a_table_is_no_row_of_the_plan(tmp_path):
    d = new_docx(grid_docx(tmp_path / "p.docx", [HEAD] + ROWS, TITLE, after=("Исполнители:",)))
    key = d.add_table(rows=4, cols=2)
    for r, row in enumerate([["Код", "Исполнитель"], ["1", "Кузнецова О.В., советник министра"],
                             ["2", "Тимофеев А.Н., начальник отдела"], ["3", "Белова Е.С., консультант"]]):
        for c, text in enumerate(row):
            key.cell(r, c).text = text
    d.save(tmp_path / "p.docx")
    recs = extract_roadmap(docx_reader.read(tmp_path / "p.docx"))
    assert [r["item_no"] for r in recs] == ["1", "2", "3"]
    assert _names(recs) == WANT


def test_a_cell_of_other_text_among_numbers_keeps_it():
    rows = ROWS + [["4", "Подвести итоги года", "декабрь 2026 г.", "Все структурные подразделения", "Отчёт"]]
    recs = code_roadmap(_text(rows, after=["", *LEGEND]))
    assert [r["responsible_names"] for r in recs] == WANT + [[]]
    assert recs[3]["responsible_raw"] == "Все структурные подразделения"


def test_a_column_mostly_of_text_or_with_no_legend_stays_as_written():
    rows = [r[:3] + [("Отдел кадров", "Пресс-служба", "3")[n]] + r[4:] for n, r in enumerate(ROWS)]
    assert [r["responsible_raw"] for r in _text(rows, after=["", *LEGEND])] == ["Отдел кадров", "Пресс-служба", "3"]
    assert [r["responsible_raw"] for r in _text(ROWS)] == ["2", "1 и 3", "3"]
    # a number the legend lacks: the column is not the legend's
    rows = ROWS[:2] + [ROWS[2][:3] + ["7"] + ROWS[2][4:]]
    assert [r["responsible_raw"] for r in _text(rows, after=["", *LEGEND])] == ["2", "1 и 3", "7"]


def test_a_code_with_a_note_in_brackets_keeps_the_note_with_its_person():
    """«2 (по согласованию)»: the legend's person, the note after it («по согласованию»: no name)."""
    rows = [r[:3] + [("2 (по согласованию)", "1, 3 (по согласованию)", "3")[n]] + r[4:] for n, r in enumerate(ROWS)]
    recs = _text(rows, after=["", *LEGEND])
    assert recs[0]["responsible_raw"] == "Тимофеев А.Н., начальник отдела социальных выплат (по согласованию)"
    assert recs[1]["responsible_raw"] == ("Кузнецова О.В., советник министра; "
                                          "Белова Е.С., консультант отдела кадров (по согласованию)")
    assert _names(recs) == WANT


def test_cell_codes():
    assert cell_codes("2, 4") == ["2", "4"]
    assert cell_codes("1 и 3;") == ["1", "3"]
    assert cell_codes("5") == ["5"]
    assert cell_codes("Отдел кадров") is None
    assert cell_codes("2 (по согласованию)") == ["2"]
    assert cell_codes("1 (по согласованию), 3") == ["1", "3"]
    assert cell_codes("Отдел кадров (по согласованию)") is None
    assert cell_codes("(по согласованию) 2") is None          # a note stands after its code
    assert cell_codes("") is None


def test_a_numbered_list_under_a_lead_line_text():
    numbered = ["Ответственные исполнители мероприятий:", "1. Кузнецова О.В., советник министра;",
                "2) Тимофеев А.Н., начальник отдела социальных выплат;", "3. Белова Е.С., консультант отдела кадров."]
    assert _names(_text(ROWS, after=["", *numbered])) == WANT


def test_entries_run_on_after_the_lead_line_text():
    line = ("Условные обозначения исполнителей: 1 - Кузнецова О.В., советник министра; 2 - Тимофеев А.Н., начальник "
            "отдела социальных выплат; 3 - Белова Е.С., консультант отдела кадров.")
    assert _names(_text(ROWS, after=["", line])) == WANT


def test_numbered_notes_are_no_legend():
    notes = ["Примечание:", "1. Сроки уточняются ежеквартально.", "2. Отчёт направляется в проектный офис.",
             "3. Изменения вносятся приказом."]
    assert [r["responsible_raw"] for r in _text(ROWS, after=["", *notes])] == ["2", "1 и 3", "3"]


# the order above its plan: a point addressing the responsible ones, its duties numbered «1)», «2)», «3)»
ORDER = ["В целях повышения клиентоцентричности приказываю:", "1. Утвердить прилагаемый план мероприятий.",
         "2. Ответственным исполнителям:", "1) обеспечить выполнение мероприятий плана;",
         "2) ежеквартально представлять информацию о ходе выполнения;", "3) соблюдать сроки.",
         "3. Контроль за исполнением приказа оставляю за собой."]


def test_duties_numbered_under_a_lead_are_no_legend():
    """The duties explain no number: the plan's numbers are read by its own legend under it, or stay as written."""
    assert _names(_text(ROWS, before=ORDER, after=["", *LEGEND])) == WANT
    assert [r["responsible_raw"] for r in _text(ROWS, before=ORDER)] == ["2", "1 и 3", "3"]


def test_another_lists_legend_above_the_plan_is_not_its():
    """An order's list of touchpoints with its directions' codes explained under it, then the plan with its own
    legend under it: the directions' «1 – Социальная поддержка» hold the plan's numbers too, yet are farther, and
    none past the list above is the plan's."""
    points = ["№\tТочка взаимодействия\tКанал\tНаправление", "1\tПриёмная министерства\tочно\t1",
              "2\tСайт министерства\tсайт\t2", "3\tТелефон горячей линии\tтелефон\t3"]
    directions = ["Направления:", "", "1 — Социальная поддержка;", "2 — Занятость населения;",
                  "3 — Опека и попечительство."]
    plan = "\n".join("\t".join(r) for r in [HEAD] + ROWS)
    for before, after in ((points + [""] + directions, []), (directions + [""] + points, [])):
        text = "\n".join(["Перечень точек взаимодействия", "", *before, "", TITLE, "", plan, "", *LEGEND, *after])
        assert _names(extract_roadmap(parse_text(text + "\n"))) == WANT


def test_a_legend_of_indicators_explains_no_responsible_one():
    """Numbered lines of the plan's indicators under it hold its numbers, yet name no one who does the work: the
    numbers stay as written; the people's legend further down is the plan's."""
    indicators = ["Целевые показатели:", "1 — доля обращений, рассмотренных в срок;", "2 — число жалоб заявителей;",
                  "3 — уровень удовлетворённости посетителей."]
    assert [r["responsible_raw"] for r in _text(ROWS, after=["", *indicators])] == ["2", "1 и 3", "3"]
    assert _names(_text(ROWS, after=["", *indicators, "", *LEGEND])) == WANT


def test_a_responsible_column_of_footnote_marks_names_the_footnotes_people():
    """«[2]», «[1], [3]» in the responsible column, the people at the foot of the page («[1] Кузнецова О.В., …»):
    each item's responsible one is its footnotes' text (Word's footnote references read as such marks too)."""
    rows = [r[:3] + [("[2]", "[1], [3]", "[3]")[n]] + r[4:] for n, r in enumerate(ROWS)]
    notes = ["", "[1] Кузнецова О.В., советник министра.", "[2] Тимофеев А.Н., начальник отдела социальных выплат.",
             "[3] Белова Е.С., консультант отдела кадров."]
    recs = _text(rows, after=notes)
    assert recs[1]["responsible_raw"] == "Кузнецова О.В., советник министра; Белова Е.С., консультант отдела кадров"
    assert _names(recs) == WANT


def test_footnoted_people_only_for_a_cell_of_marks():
    notes = {"1": "Иванов И.И.", "2": "Отдел кадров."}
    assert footnoted_people("[1] и [2]", notes) == "Иванов И.И.; Отдел кадров"
    assert footnoted_people("Отдел кадров[1]", notes) is None          # a cell's own text cites a note
    assert footnoted_people("[3]", notes) is None                      # no footnote explains it


def test_a_code_written_twice_names_its_person_once():
    """«2, 2 (по согласованию)»: a slip of the cell's writer; the person once, the note kept."""
    rows = [r[:3] + [("2, 2 (по согласованию)", "1 и 3", "3")[n]] + r[4:] for n, r in enumerate(ROWS)]
    recs = _text(rows, after=["", *LEGEND])
    assert recs[0]["responsible_raw"] == "Тимофеев А.Н., начальник отдела социальных выплат (по согласованию)"
