"""Review of the reading of header-less tables by content (parsers/tables/content_roles.py):
its cost on hostile input and tables that are no list.  Rows composed for these tests."""
from __future__ import annotations

from parsers.tables.content_roles import content_roles, rows_cue
from pipeline.run import content_cells

content_cells.install()


def test_a_row_cue_over_a_long_run_of_spaces():
    # its cost at n and 4n is benchmarks/bench_hostile_inputs.py's (quadratic once: over 10 s here)
    assert not rows_cue("строка" + " " * 20000 + "x")
    assert rows_cue("строку 5  изложить в следующей редакции:")
    assert rows_cue("строки 2, 3 и 4 изложить в следующей редакции:")


_GLOSSARY = [["1.", "ЕПГУ", "Единый портал государственных и муниципальных услуг (функций)"],
             ["2.", "РПГУ", "Региональный портал государственных и муниципальных услуг"],
             ["3.", "МФЦ", "Многофункциональный центр предоставления государственных и муниципальных услуг"],
             ["4.", "ПОС", "Платформа обратной связи"],
             ["5.", "СЭД", "Система электронного документооборота"]]


def test_a_glossary_of_abbreviations_is_no_touchpoint_list():
    # its second column names channels and its third spells them out: no client's needs
    assert content_roles(_GLOSSARY, None) is None
    assert content_roles(_GLOSSARY, "touchpoint_list") is None


def test_a_table_wider_than_any_list_is_not_read_cell_by_cell():
    # hundreds of columns of channels and needs: a grid of something else, and each column
    # would ask the readers a dozen cells (seconds a table)
    rows = [[f"Телефон горячей линии {i}-{k}" if k % 3 == 0 else f"Получить консультацию по вопросу {i} {k}"
             for k in range(300)] for i in range(20)]
    assert content_roles(rows, "touchpoint_list") is None
    assert content_roles([r[:6] for r in rows], "touchpoint_list") is not None    # a list's width is read


def test_restated_rows_are_not_pooled_with_an_approval_sheet_as_wide(tmp_path):
    """Two header-less tables as wide as each other far apart — restated plan rows, and after the
    signature an approval sheet — are judged each alone: pooled, the sheet's posts and dates
    moved the plan's columns (its activities read as the responsible)."""
    from pipeline.run.process import process_path
    from tests.test_content_roles import _PLAN_ROWS, _PLAN_TITLE
    sheet = [["Начальник отдела правового обеспечения", "Иванов И.И.", "подпись", "12.03.2025", "согласовано"],
             ["Заместитель министра по общим вопросам", "Петров П.П.", "подпись", "13.03.2025", "согласовано"],
             ["Начальник финансового отдела министерства", "Сидорова А.А.", "подпись", "14.03.2025", "согласовано"]]
    filler = [f"{i}. Настоящий приказ вступает в силу со дня его подписания." for i in range(2, 12)]
    lines = [_PLAN_TITLE, "", "1. Дополнить план строками 3 и 7 следующего содержания:", "«",
             *("\t".join(r) for r in _PLAN_ROWS), "».", "", *filler, "", "Министр   А.Б. Иванов", "",
             "ЛИСТ СОГЛАСОВАНИЯ", "", *("\t".join(r) for r in sheet)]
    path = tmp_path / "plan.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    rows = {r["item_no"].rstrip("."): r for r in process_path(path).roadmap}
    assert rows["3"]["activity"].startswith("Проведение обучения сотрудников")
    assert rows["7"]["responsible_raw"] == "Заместитель министра И.П. Сидоров"


def test_a_first_row_taken_for_labels_is_said(tmp_path):
    """A first row the readers refuse is dropped as labels: the warning quotes it, so that a data
    row taken for labels is not lost unsaid."""
    from pipeline.run.process import process_path
    from tests.test_content_roles import _ROW_4, _ROWS_9_11
    labels = ["Где", "Сфера", "Что делаем", "Куда обратиться", "Какая", "Зачем приходят"]
    lines = ["Об утверждении перечня точек взаимодействия с получателями услуг", "",
             "\t".join(labels), *("\t".join(r) for r in [_ROW_4, *_ROWS_9_11])]
    path = tmp_path / "odd_header.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    said = [w for w in process_path(path).document["warnings"] if "by its columns' content" in w]
    assert len(said) == 1 and "taken for labels, not read: «Где | Сфера | Что делаем" in said[0]


def test_directions_told_from_processes_by_order_alone_are_reviewed(tmp_path):
    """Restated rows with two directions and two processes: nothing in their content tells which
    column holds which, so each direction so read is in review, whatever its name's score."""
    from pipeline.run.process import process_path
    from tests.test_content_roles import _touch_txt
    result = process_path(_touch_txt(tmp_path))
    assert any("told apart by their order alone" in w for w in result.document["warnings"])
    reviewed = {r["text_raw"]: r for r in result.review if r["field"] == "direction"}
    assert set(reviewed) >= {"Поддержка творческих коллективов", "Сохранение объектов культурного наследия"}
    assert reviewed["Поддержка творческих коллективов"]["count"] == 3
    coded = {r["direction_raw"]: r["direction"] for r in result.touchpoints}
    assert all(reviewed[t]["best_code"] == coded[t] for t in coded)



def test_phone_numbers_are_no_plan_activities():
    """Contacts under a line saying rows are restated: posts and people beside phone numbers; a
    number of three groups of digits is no phrase of three words, so no activity column."""
    rows = [["Приёмная министерства", "Иванов Иван Иванович", "8 (800) 100-20-30", "priem@minkult.ru"],
            ["Отдел кадров", "Петрова Анна Сергеевна", "8 (4812) 20-30-40", "kadry@minkult.ru"],
            ["Горячая линия", "Сидоров Пётр Петрович", "8 (800) 555-35-35", "hotline@minkult.ru"],
            ["Пресс-служба", "Смирнова Ольга Ивановна", "8 (4812) 20-30-41", "press@minkult.ru"]]
    assert content_roles(rows, "") is None
    assert content_roles(rows, "roadmap") is None


def test_cells_longer_than_a_lists_are_not_asked_of_the_readers():
    """A header-less table whose cells are pages of text: no reader is asked of them (the needs
    reader took seconds a cell of a few thousand characters), and nothing is read."""
    from parsers.tables import content_roles as roles
    asked: list[int] = []
    saved = dict(roles._READERS)
    roles.use_cell_readers({k: (lambda read: lambda t: asked.append(len(t)) or read(t))(r) for k, r in saved.items()})
    try:
        page = "Официальный сайт министерства культуры " * 100
        rows = [[f"{i}.", "Телефон горячей линии", page + str(i)] for i in range(1, 6)]
        assert content_roles(rows, "touchpoint_list") is None
    finally:
        roles.use_cell_readers(saved)
    assert asked and max(asked) <= roles._CELL_CHARS
