"""A list's table read whatever its form (found by the layout bed's `--mutate`): a header in words
nobody knows over section rows, a numbers row and cells merged down, read by its columns' content
(`parsers/tables/content_roles.py`, `content_header.py`); a column of units beside it no process; a
heading's words run on into a second row (`parsers/tables/header_rows.py`).  The lists here are
composed for these tests; their rows are no document's."""
from __future__ import annotations

from pathlib import Path

from parsers.document import Cell, Row
from parsers.tables.header_rows import read_header
from pipeline.run.process import process_path
from tests.fixtures.grid_docx import grid_docx

_TITLE = "Об утверждении перечня точек взаимодействия с получателями услуг в сфере архивного дела"
_LEAD = ("1. Утвердить прилагаемый перечень точек взаимодействия.",)
# (process, channel, needs, unit in charge): two processes, the first over three points
_POINTS = [("Выдача архивных справок о трудовом стаже", "Единый портал государственных услуг",
            "Подать запрос на архивную справку", "Отдел использования документов"),
           ("Выдача архивных справок о трудовом стаже", "Приёмная архива",
            "Получить готовую справку лично", "Отдел использования документов"),
           ("Выдача архивных справок о трудовом стаже", "Телефон справочной службы",
            "Узнать о ходе исполнения запроса", "Сектор обращений граждан"),
           ("Консультирование по генеалогическим запросам", "Электронная почта архива",
            "Получить консультацию о составе документов", "Сектор обращений граждан")]
_NEUTRAL = ["Графа 1", "Графа 2", "Графа 3", "Графа 4", "Графа 5"]


def _rows(process_once: bool) -> list[list[str]]:
    out = []
    for k, (process, channel, needs, unit) in enumerate(_POINTS):
        first = k == 0 or _POINTS[k - 1][0] != process
        out.append([f"{k + 1}.", process if first or not process_once else "", channel, needs, unit])
    return out


def _read(result) -> list[tuple]:
    return [(r["process"], r["touchpoint_raw"], r["interaction_raw"]) for r in result.touchpoints]


_WANT = [(p, c, n) for p, c, n, _ in _POINTS]


def test_a_header_nobody_knows_over_a_section_and_merged_processes_in_word(tmp_path):
    """«Графа 1 … Графа 5» over a numbers row and a full-width section row, the first process merged
    down over its three points, a column of the units in charge: read by content, every point under
    its process; the units' column is no process (its cells name units), and is left unread."""
    rows = [_NEUTRAL, ["1", "2", "3", "4", "5"], ["Раздел 1. Архивное дело", "", "", "", ""], *_rows(True)]
    path = grid_docx(tmp_path / "neutral.docx", rows, _TITLE, _LEAD, merges=((2, 0, 2, 4), (3, 1, 5, 1)))
    result = process_path(path)
    assert _read(result) == _WANT
    said = [w for w in result.document["warnings"] if "by its columns' content" in w]
    assert len(said) == 1 and "2 process" in said[0] and "column 5 not read" in said[0], said


def test_a_process_written_once_over_its_points_in_converted_text(tmp_path):
    """Converted text: the process printed on its first point's row, the rows below it empty there."""
    lines = [_TITLE, "", *_LEAD, "", "\t".join(_NEUTRAL), *("\t".join(r) for r in _rows(True))]
    path = tmp_path / "once.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert _read(process_path(path)) == _WANT


_SPLIT = [["№", "Наименование", "Канал", "Потребность", "Ответственное"],
          ["п/п", "процесса", "взаимодействия", "клиента", "подразделение"]]


def test_headings_run_on_into_a_second_row(tmp_path):
    """«Наименование» over «процесса», «Канал» over «взаимодействия»: each column's two rows are one
    heading (the top row alone names too little), and the second row is no point; txt and Word."""
    lines = [_TITLE, "", *_LEAD, "", *("\t".join(r) for r in _SPLIT + _rows(False))]
    (tmp_path / "split.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for path in (tmp_path / "split.txt", grid_docx(tmp_path / "split.docx", _SPLIT + _rows(False), _TITLE, _LEAD)):
        result = process_path(path)
        assert _read(result) == _WANT, path.suffix
        assert not any("by its columns' content" in w for w in result.document["warnings"]), path.suffix


_PLAN = [["Графа 1", "Наименование мероприятия", "Срок исполнения", "Ответственный исполнитель"],
         ["Раздел I. Обучение", "", "", ""],
         ["1.", "Обучение архивистов работе с электронными запросами", "до 01.03.2026", "Отдел кадров"],
         ["2.", "Проведение семинара по стандарту обслуживания посетителей", "II квартал 2026 г.", "Сектор обращений"],
         ["Раздел II. Обратная связь", "", "", ""],
         ["3.", "Размещение анкеты удовлетворённости в читальном зале", "до 30.09.2026", "Отдел использования"]]


def test_a_column_the_header_names_no_field_for_is_read_by_its_content(tmp_path):
    """«Графа 1» over the items' numbers beside headings the vocabulary knows: the header is claimed
    for the other columns, the numbers are still the items' (not sections' continuations); txt and Word."""
    title = "План мероприятий («дорожная карта») по повышению клиентоцентричности архива"
    (tmp_path / "plan.txt").write_text(title + "\n\n" + "\n".join("\t".join(r) for r in _PLAN) + "\n", encoding="utf-8")
    for path in (tmp_path / "plan.txt", grid_docx(tmp_path / "plan.docx", _PLAN, title, merges=((1, 0, 1, 3), (4, 0, 4, 3)))):
        items = [r for r in process_path(path).roadmap if not r["is_section"]]
        assert [(r["item_no"].rstrip("."), r["activity"][:24], str(r["deadline"])) for r in items] == [
            ("1", "Обучение архивистов рабо", "2026-03-01"), ("2", "Проведение семинара по с", "2026-06-30"),
            ("3", "Размещение анкеты удовле", "2026-09-30")], path.suffix


def test_a_header_of_two_rows_nobody_knows_and_needs_merged_over_points_in_word(tmp_path):
    """Two header rows of neutral labels (the first cells merged down, a group over two columns), the
    needs cell merged over the two points that share it: both rows are labels, not points; the merged
    needs — repeated down the list as a process is — still the needs column, each point given them."""
    head = [["Графа 1", "Графа 2", "Сведения о точке", "", "Графа 5"],
            ["", "", "Графа 3", "Графа 4", ""]]
    body = [["1.", "Выдача архивных справок о трудовом стаже", "Единый портал государственных услуг",
             "Подать запрос на архивную справку", "Отдел использования документов"],
            ["2.", "", "Приёмная архива", "", "Отдел использования документов"],
            ["3.", "", "Телефон справочной службы", "Узнать о ходе исполнения запроса", "Сектор обращений граждан"],
            ["4.", "Консультирование по генеалогическим запросам", "Электронная почта архива",
             "Получить консультацию о составе документов", "Сектор обращений граждан"]]
    merges = ((0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 1, 4), (2, 1, 4, 1), (2, 3, 3, 3))
    result = process_path(grid_docx(tmp_path / "two.docx", head + body, _TITLE, _LEAD, merges=merges))
    got = [(r["process"], r["touchpoint_raw"], r["interaction_raw"]) for r in result.touchpoints]
    assert got == [(p, c, n) for p, c, n in [_WANT[0], (_WANT[1][0], _WANT[1][1], _WANT[0][2]), *_WANT[2:]]]


def test_a_point_over_its_header_repeated_at_a_page_break_is_no_heading_run_on():
    """Converted text repeats the header at a page break right under a point, and a bold line of point
    types may start a table there: the point's row over the header is no first half of headings run on
    into a second row (a number in it, and a row below that is a header by itself, say so)."""
    head = ["№ п/п", "Сфера деятельности", "Наименование услуги (функции)", "Способ (канал) коммуникации",
            "Цель обращения", "Примечание"]
    point = ["2", "", "размещение сведений на стенде", "Электронное анкетирование", "получить справку", ""]
    rows = [Row([Cell(t) for t in point]), Row([Cell(t) for t in head])]
    assert read_header(rows, 0, "touchpoint_list") is None
    assert read_header(rows, 1, "touchpoint_list").n_rows == 1


_PLAN_TITLE = "Об утверждении плана мероприятий («дорожной карты») по внедрению клиентоцентричности в архиве"
# (activity, who): read off by hand, the responsible column is the third
_MEASURES = [("Обучение сотрудников читального зала", "Петрова А.С., начальник отдела"),
             ("Обновление раздела сайта об услугах архива", "Сектор информатизации"),
             ("Опрос посетителей читального зала", "Иванов К.Л., заместитель директора"),
             ("Подготовка памятки для заявителей", "Отдел использования документов"),
             ("Анализ жалоб и предложений посетителей", "Сидорова Е.В., главный архивист"),
             ("Публикация отчёта об итогах года", "Сектор информатизации")]


def test_a_groups_sub_headings_in_words_nobody_knows_are_no_values_of_a_field(tmp_path: Path):
    """A plan's header in words nobody knows over three rows: its first columns merged down, a group
    cell over a sub-group over a grid of marks whose sub-headings name nothing.  Read by content, the sub-headings'
    row is the header's too — not the fields' values: the responsible is the column of people and
    units, never the grid's labels joined."""
    head = [["Кол. 1", "Кол. 2", "Кол. 3", "Кол. 4", "", ""], ["", "", "", "Кол. 5", "", ""],
            ["", "", "", "Кол. 6", "Кол. 7", "Кол. 8"]]
    body = [[f"{k + 1}.", what, who, "+" if k % 2 else "", "+" if k % 3 else "", "" if k % 2 else "+"]
            for k, (what, who) in enumerate(_MEASURES)]
    merges = ((0, 0, 2, 0), (0, 1, 2, 1), (0, 2, 2, 2), (0, 3, 0, 5), (1, 3, 1, 5))
    lead = ("1. Утвердить прилагаемый план мероприятий («дорожную карту»).",)
    result = process_path(grid_docx(tmp_path / "plan.docx", head + body, _PLAN_TITLE, lead, merges=merges))
    got = [(r["activity"], r["responsible_raw"]) for r in result.roadmap]
    assert got == _MEASURES


def test_a_heading_numbering_its_column_names_no_field():
    """«Гр. 6» is the sixth column (a «графа»), not a cut «группа» (a direction's heading): a header
    naming some columns by their place maps them to no field, and the others keep theirs."""
    from parsers.tables.columns import field_scores, map_columns
    for label in ("Гр. 6", "Графа 2", "Колонка 3", "Столбец IV", "Кол. 1"):
        assert field_scores("touchpoint_list", label) == {} and field_scores("roadmap", label) == {}
    head = ["№", "Гр. 2", "Наименование услуги", "Канал обращения", "Тип точки", "Гр. 6"]
    assert "direction" not in map_columns("touchpoint_list", head)
    assert field_scores("touchpoint_list", "Группа процессов").get("direction") == 1.0


def test_a_header_nobody_knows_under_a_title_written_in_the_table(tmp_path):
    """The approval stamp and the list's title written as the table's first full-width rows, then a
    header of neutral labels: read by content, the labels are no point of the list (the rows above
    them stay above the header given, a title and no row)."""
    head = [["Приложение 1 к распоряжению", "", "", "", ""], ["Перечень точек взаимодействия архива", "", "", "", ""],
            ["Кол. 1", "Кол. 2", "Кол. 3", "Кол. 4", "Кол. 5"]]
    path = grid_docx(tmp_path / "titled.docx", head + _rows(False), None, _LEAD, merges=((0, 0, 0, 4), (1, 0, 1, 4)))
    result = process_path(path)
    assert _read(result) == _WANT
    said = [w for w in result.document["warnings"] if "by its columns' content" in w]
    assert len(said) == 1 and "taken for labels" in said[0] and "Кол. 2" in said[0], said


def test_an_orders_closing_clause_above_its_table_is_no_direction(tmp_path):
    """The order's last clause right above the table («Контроль за исполнением настоящего приказа …»)
    is the order's text: no row takes it for its direction (its words would read as control) —
    under a header nobody knows and under one the readers know."""
    lead = (*_LEAD, "2. Контроль за исполнением настоящего приказа оставляю за собой.")
    known = ["№", "Наименование процесса", "Канал взаимодействия", "Потребность клиента", "Ответственный"]
    for name, head in (("neutral", _NEUTRAL), ("known", known)):
        result = process_path(grid_docx(tmp_path / f"{name}.docx", [head, *_rows(False)], _TITLE, lead))
        assert _read(result) == _WANT
        assert not any("Контроль" in (r["direction_raw"] or "") for r in result.touchpoints)
        assert "control" not in {r["direction"] for r in result.touchpoints}
