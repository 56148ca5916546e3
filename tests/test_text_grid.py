"""Tables drawn in converted text (box drawing, ASCII `+---+`, markdown pipes): rows, cells,
wrapped text joined, line provenance.  The fixtures in tests/fixtures/text_grid/ were written
by hand; the expected values below are read off them."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from parsers.document import Paragraph, Table
from parsers.formats.text import parse_text, read
from parsers.formats.text_grid import find_grids

ROOT = Path(__file__).resolve().parent.parent
FIX = ROOT / "tests" / "fixtures" / "text_grid"


def _tables(name):
    return [b for b in read(FIX / name).blocks if isinstance(b, Table)]


def text(name):
    return (FIX / name).read_text(encoding="utf-8")


def _lines(table):
    return [r.source.line for r in table.rows]


def test_box_touchpoints_wrapped_cells_inner_rules_and_a_merged_process():
    doc = read(FIX / "box_touchpoints.txt")
    kinds = [type(b).__name__ for b in doc.blocks]
    assert kinds == ["Paragraph", "Paragraph", "Table", "Paragraph"]      # text outside stays prose
    table = doc.blocks[2]
    assert table.source.line == 5 and _lines(table) == [5, 9, 13, 17]
    assert table.rows[0].texts == ["№ п/п", "Наименование процесса", "Точка взаимодействия",
                                   "Осуществляемое взаимодействие с клиентом", "Тип точки"]
    first, second = table.rows[1], table.rows[2]
    # "охотни-|чьих", "консуль-|тации": broken words mended; "Офлайн-|точка": a compound kept
    assert first.texts == ["1", "Выдача разрешений на добычу охотничьих ресурсов",
                           "Личный приём граждан в отделе охотнадзора",
                           "Подача заявления, получение консультации", "Офлайн-точка"]
    # the rule at line 12 crosses only the last three columns: № and process merged down
    assert [c.rowspan for c in first.cells[:2]] == [2, 2]
    assert [c.covered for c in second.cells] == [True, True, False, False, False]
    assert second.texts[2:] == ["Региональный портал госуслуг",
                                "Подача заявления в электронной форме, получение результата",
                                "Цифровая точка"]
    # line 18 was re-flowed one character short: its bars drifted, its cells did not
    assert table.rows[3].texts[:2] == ["2", "Рассмотрение обращений граждан"]
    assert table.rows[3].texts[3] == "Получение информации о ходе рассмотрения обращения"
    assert doc.blocks[3].text == "Примечание: перечень актуализируется ежегодно."


def test_box_roadmap_a_section_row_spans_the_columns():
    (table,) = _tables("box_roadmap.txt")
    assert _lines(table) == [2, 5, 7, 10]
    section = table.rows[1]
    assert section.texts[:2] == ["1", "Внедрение клиентоцентричности в деятельность министерства"]
    assert [c.colspan for c in section.cells] == [1, 3, 1, 1]
    assert [c.covered for c in section.cells] == [False, False, True, True]
    assert table.rows[2].texts == ["1.1", "Утверждение перечня точек взаимодействия с клиентом",
                                   "до 01.03.2027", "отдел организационной работы"]
    assert table.rows[3].texts[1] == "Проведение опроса удовлетворенности клиентов качеством взаимодействия"


def test_ascii_touchpoints_without_inner_rules_rows_by_continuation():
    (table,) = _tables("ascii_touchpoints.txt")
    # line 6 starts a row of its own ("Электронная почта" opens with a capital); 5, 7, 9 carry on
    assert _lines(table) == [2, 4, 6, 8]
    assert [r.texts for r in table.rows[1:]] == [
        ["1", "Официальный сайт министерства", "Получение информации о мерах поддержки", "цифровая"],
        ["", "Электронная почта", "Направление обращения", "цифровая"],
        ["2", "Почтовая связь", "Направление письменного обращения", "офлайн"],
    ]


def test_ascii_roadmap_continuation_lines_and_the_caption_above():
    doc = read(FIX / "ascii_roadmap.txt")
    assert isinstance(doc.blocks[0], Paragraph) and doc.blocks[0].text == "План мероприятий («дорожная карта»)"
    table = doc.blocks[1]
    assert _lines(table) == [4, 6, 9]
    assert table.rows[1].texts == ["3.1", "Формирование перечня точек взаимодействия по направлению",
                                   "до 15.04.2027", "приказ об утверждении перечня"]
    assert table.rows[2].texts == ["3.2", "Сегментация клиентов", "II квартал 2027 г.", "аналитическая записка"]


def test_markdown_pipes_two_tables_and_prose_with_a_bar():
    doc = read(FIX / "markdown.md")
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert [_lines(t) for t in tables] == [[3, 5, 6], [10, 12]]
    assert tables[0].rows[1].texts == ["1", "Чат-бот в Telegram", "Получение консультации", "Цифровая"]
    assert tables[0].rows[2].texts[1] == "Информационный стенд | холл"       # an escaped pipe is text
    assert tables[1].rows[1].texts == ["3.3", "Оценка удовлетворенности клиентов", "до 31.12.2027"]
    assert doc.blocks[-1].text == "Выбор «да | нет» в анкете не таблица."


@pytest.mark.parametrize("text", [
    "Выбор | между двумя",                      # one bar inside prose
    "-----\nРаздел 2\n-----",                   # rules alone draw no table
    "| одна строка с чертами |",               # a lone bar line, nothing around it
    "| цитата в рамке |\n| вторая строка |",    # bar lines of one column and no rule
    "+7 (4822) 32-11-00 | приёмная |\n+7 (4822) 32-11-01 | канцелярия |",   # phones open with «+»
])
def test_prose_is_not_a_table(text):
    assert find_grids(text.split("\n")) == []
    assert not any(isinstance(b, Table) for b in parse_text(text).blocks)


def test_tab_separated_lines_read_as_before():
    doc = parse_text("Перечень\n№\tТочка\n1\tТелефонная связь\n\n2\tСайт\n")
    assert [type(b).__name__ for b in doc.blocks] == ["Paragraph", "Table"]
    assert [r.texts for r in doc.blocks[1].rows] == [["№", "Точка"], ["1", "Телефонная связь"], ["2", "Сайт"]]
    assert [r.source.line for r in doc.blocks[1].rows] == [2, 3, 5]


@pytest.mark.parametrize("drawing", [
    # double lines, as some databases draw the frame
    "╔═══╦══════════════════╗\n║ 1 ║ Мобильное прило- ║\n║   ║ жение            ║\n"
    "╟───╫──────────────────╢\n║ 2 ║ Колл-центр       ║\n╚═══╩══════════════════╝",
    # plain bars with "+" junctions inside the rules, no corners
    "|---+------------------|\n| 1 | Мобильное прило- |\n|   | жение            |\n"
    "|---+------------------|\n| 2 | Колл-центр       |\n|---+------------------|",
])
def test_other_frame_styles(drawing):
    (table,) = [b for b in parse_text(drawing).blocks if isinstance(b, Table)]
    assert [r.texts for r in table.rows] == [["1", "Мобильное приложение"], ["2", "Колл-центр"]]
    assert _lines(table) == [2, 5]


def test_a_wrapped_first_column_without_numbers_continues():
    drawing = "\n".join([
        "+------------------+----------------------+",
        "| Официальный сайт | Получение информации |",
        "| министерства     | о ходе рассмотрения  |",
        "| Горячая линия    | Консультация         |",
        "+------------------+----------------------+",
    ])
    (table,) = [b for b in parse_text(drawing).blocks if isinstance(b, Table)]
    assert [r.texts for r in table.rows] == [
        ["Официальный сайт министерства", "Получение информации о ходе рассмотрения"],
        ["Горячая линия", "Консультация"]]
    assert _lines(table) == [2, 4]


def test_a_table_redrawn_after_a_page_break_continues():
    rule = "+---+--------------+"
    text = "\n".join([rule, "| 1 | Сайт         |", rule, "", rule, "| 2 | Почта        |", rule])
    (table,) = [b for b in parse_text(text).blocks if isinstance(b, Table)]
    assert [r.texts for r in table.rows] == [["1", "Сайт"], ["2", "Почта"]]
    assert _lines(table) == [2, 6]


ORDER_HEAD = """Министерство природных ресурсов и экологии Тверской области

ПРИКАЗ

от 14 октября 2026 г. № 512

Об утверждении перечня точек взаимодействия с клиентом

В целях внедрения принципов клиентоцентричности ПРИКАЗЫВАЮ:
1. Утвердить перечень точек взаимодействия с клиентом (приложение).
2. Контроль за исполнением настоящего приказа оставляю за собой.

Министр природных ресурсов и экологии Тверской области    А.В. Соколов

Приложение к приказу от 14.10.2026 № 512

"""


ROADMAP_HEAD = ORDER_HEAD.replace("№ 512", "№ 513").replace(
    "Об утверждении перечня точек взаимодействия с клиентом",
    "Об утверждении плана мероприятий («дорожной карты») по внедрению клиентоцентричности")


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory):
    """One rebuild of a box-drawn touchpoint list and a roadmap drawn in both grid styles."""
    raw = tmp_path_factory.mktemp("grid") / "raw"
    raw.mkdir()
    (raw / "tver_touchpoints.txt").write_text(ORDER_HEAD + text("box_touchpoints.txt"), encoding="utf-8")
    (raw / "tver_roadmap.txt").write_text(ROADMAP_HEAD + text("box_roadmap.txt") + "\n"
                                          + text("ascii_roadmap.txt"), encoding="utf-8")
    out = raw.parent / "out"
    res = subprocess.run([sys.executable, "-m", "pipeline", "rebuild", "--raw", str(raw), "--out", str(out),
                          "--json", "--quiet", "--no-cache"], cwd=ROOT, capture_output=True, text=True,
                         timeout=300)
    assert res.returncode == 0, res.stdout + res.stderr
    return out, json.loads(res.stdout)


def test_rebuild_reads_a_box_drawn_touchpoint_list(rebuilt):
    out, summary = rebuilt
    assert summary["rows"]["touchpoints"] == 3
    tp = pd.read_parquet(out / "touchpoints").sort_values("row_id")
    assert list(tp.channel) == ["personal_reception", "gosuslugi", "phone"]
    assert [list(n) for n in tp.needs] == [["submission", "consultation"], ["submission", "result"], ["status"]]
    assert list(tp.process) == ["Выдача разрешений на добычу охотничьих ресурсов"] * 2 + \
        ["Рассмотрение обращений граждан"]
    assert list(tp.point_type) == ["offline", "digital", "offline"]
    head = ORDER_HEAD.count("\n")                       # the fixture's rows start at its lines 9, 13, 17
    assert list(tp.source_row) == [head + 9, head + 13, head + 17]
    assert list(tp.source_locator) == [f"line {head + n}" for n in (9, 13, 17)]


def test_rebuild_reads_drawn_roadmaps(rebuilt):
    out, summary = rebuilt
    rm = pd.read_parquet(out / "roadmap")
    assert list(rm.item_no) == ["1", "1.1", "1.2", "3.1", "3.2"]
    assert list(rm.is_section) == [True, False, False, False, False]
    assert rm.activity.iloc[2] == "Проведение опроса удовлетворенности клиентов качеством взаимодействия"
    assert [str(d) if d is not None else None for d in rm.deadline] == \
        [None, "2027-03-01", None, "2027-04-15", "2027-06-30"]     # "II квартал 2027 г.": its last day


@pytest.mark.parametrize("drawing", [
    "| № | Этап | Канал |\n|---|---|---|\n| 1 | Подача | сайт |\n|  | получение результата | мфц |",
    "| № | Этап                 | Канал |\n|:--|:---------------------|:-----:|\n"
    "| 1 | Подача               | сайт  |\n|   | получение результата | мфц   |",     # aligned markdown
])
def test_a_markdown_line_is_a_row_even_with_an_empty_or_small_first_cell(drawing):
    (table,) = [b for b in parse_text(drawing).blocks if isinstance(b, Table)]
    assert [r.texts for r in table.rows] == [
        ["№", "Этап", "Канал"], ["1", "Подача", "сайт"], ["", "получение результата", "мфц"]]
    assert _lines(table) == [1, 3, 4]


def test_an_ascii_pipe_inside_a_box_drawn_cell_is_text():
    drawing = "\n".join([
        "┌───┬──────────────────┬────────────┐",
        "│ № │ Точка            │ Канал      │",
        "├───┼──────────────────┼────────────┤",
        "│ 1 │ Подача | приём   │ МФЦ        │",
        "├───┼──────────────────┴────────────┤",
        "│ 2 │ Раздел: консультации | отзывы │",
        "└───┴───────────────────────────────┘",
    ])
    (table,) = [b for b in parse_text(drawing).blocks if isinstance(b, Table)]
    assert [r.texts for r in table.rows] == [
        ["№", "Точка", "Канал"], ["1", "Подача | приём", "МФЦ"], ["2", "Раздел: консультации | отзывы", ""]]
    assert table.rows[2].cells[1].colspan == 2


def test_prose_lines_are_refused_before_the_bar_scan(monkeypatch):
    import parsers.formats.text_grid as tg
    calls = []
    real = tg._bars
    monkeypatch.setattr(tg, "_bars", lambda line, *a: calls.append(line) or real(line, *a))
    prose = ["Абзац текста, в котором встречается | черта и +7 (4822) 32-11-00."] * 200
    assert find_grids(prose + ["| a | b | c |", "|---|---|---|", "| 1 | 2 | 3 |"]) != []
    assert not any(ln in prose for ln in calls)            # no prose line went through the char loop
    assert calls.count("| 1 | 2 | 3 |") <= 3               # a grid line's bars are found a few times, not per question


def test_broken_bars_draw_a_grid_and_a_pipe_inside_is_text():
    """Some text exports draw the columns with «¦» and the rules with «+---+»; a «|» inside
    such a frame is a cell's text, as inside «│»."""
    doc = parse_text("\n".join([
        "+----+----------------------+-----------------------+",
        "¦ N  ¦ Точка взаимодействия ¦ Потребность клиента   ¦",
        "+----+----------------------+-----------------------+",
        "¦ 1  ¦ Почтовая связь | ЕПГУ ¦ Подача обращения      ¦",
        "+----+----------------------+-----------------------+"]))
    (table,) = [b for b in doc.blocks if isinstance(b, Table)]
    assert [r.texts for r in table.rows] == [["N", "Точка взаимодействия", "Потребность клиента"],
                                             ["1", "Почтовая связь | ЕПГУ", "Подача обращения"]]
