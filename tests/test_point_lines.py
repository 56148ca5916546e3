"""A channel's cell that holds its points' needs (parsers/tables/point_lines.py): «channel – needs» in a cell headed
as both, a process's points as numbered lines «1) channel (kind) – needs;», the same read by content under a header
in words nobody knows; a list title naming its points' kind (parsers/extract/title_kind.py); headings named by a head
noun and its qualifier (columns.yaml `head_phrases`).  The tables here are composed for these tests; their header
words are invented or plain, their cells ordinary."""
from __future__ import annotations

from pathlib import Path

import pytest

from parsers.extract.title_kind import title_point_type
from parsers.tables.columns import field_scores, map_columns
from parsers.tables.point_lines import heading_holds_needs, numbered_lines, read_points
from pipeline.run.process import process_path
from textcore.point_type import match_point_type

_TITLE = "Об утверждении перечня точек взаимодействия с получателями услуг"


def _txt(tmp_path: Path, header: list[str], rows: list[list[str]], above: tuple[str, ...] = ()) -> Path:
    lines = [_TITLE, "", *above, "\t".join(header), *("\t".join(r) for r in rows)]
    path = tmp_path / "list.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_heading_naming_the_channel_and_the_needs():
    assert heading_holds_needs("Канал связи и запросы заявителя")
    assert heading_holds_needs("Точка взаимодействия (канал – тип – потребности клиента)")
    assert not heading_holds_needs("Канал взаимодействия")            # its «взаимодействие» is no need
    assert not heading_holds_needs("Способ обращения клиента")
    assert not heading_holds_needs("Потребности клиента")              # no channel named


def test_numbered_lines_and_their_cut():
    cell = "1) Сайт (цифровая) – узнать порядок; скачать форму; 2) Приёмная (офлайн) – подать заявление."
    assert numbered_lines(cell) == ["Сайт (цифровая) – узнать порядок; скачать форму;",
                                    "Приёмная (офлайн) – подать заявление."]
    assert read_points(cell) == [("Сайт (цифровая)", "узнать порядок; скачать форму"),
                                 ("Приёмная (офлайн)", "подать заявление")]
    assert read_points("Электронная почта: направить обращение") == [("Электронная почта", "направить обращение")]
    assert read_points("Официальный сайт министерства") is None       # no line is cut: the cell stays as it is
    # a channel's name with a dash or a colon of its own: cut after its kind, else at the last dash, never in brackets
    assert read_points("1) Телефон (приёмная: 8 800 000) (офлайн) – узнать – и записаться") == [
        ("Телефон (приёмная: 8 800 000) (офлайн)", "узнать – и записаться")]
    assert read_points("Портал — раздел «Услуги» – подать заявление") == [("Портал — раздел «Услуги»", "подать заявление")]
    assert read_points("e-mail: priem@example.org – направить жалобу") == [("e-mail: priem@example.org", "направить жалобу")]
    assert numbered_lines("Запись на 2) приём") == ["Запись на 2) приём"]   # a number inside is no line's


def test_headings_by_head_noun_and_qualifier():
    """No vocabulary phrase spells these out; their head noun and what it qualifies name the channel."""
    for text in ("Способ обращения клиента", "Форма общения с заявителем", "Средство связи"):
        scores = field_scores("touchpoint_list", text)
        assert max(scores, key=scores.get) == "touchpoint", text
    assert map_columns("touchpoint_list", ["№ строки", "Отраслевое направление", "Категория точки",
                                           "Ключевые запросы клиента", "Способ обращения"]) == \
        {"group_no": 0, "direction": 1, "point_type": 2, "interaction": 3, "touchpoint": 4}


def test_kind_words_of_another_hand():
    assert match_point_type("удалённая") == "digital" and match_point_type("Удаленная точка") == "digital"
    assert match_point_type("непосредственная") == "offline"


def test_a_title_naming_its_points_kind():
    assert title_point_type("Перечень офлайн-точек взаимодействия (Министерство цифрового развития)") == "офлайн"
    assert title_point_type("Перечень точек непосредственного взаимодействия с заявителями") == "непосредственного"
    assert title_point_type("Перечень удалённых точек взаимодействия") == "удалённых"
    assert title_point_type("Перечень точек взаимодействия (Министерство цифрового развития)") is None
    assert title_point_type("Перечень цифровых и офлайн-точек взаимодействия") is None


_ROWS = [["1.", "Социальная поддержка семей", "Выдача удостоверения многодетной семьи",
          "Официальный сайт министерства – узнать порядок выдачи; скачать форму заявления"],
         ["2.", "Социальная поддержка семей", "Выдача удостоверения многодетной семьи",
          "Приёмная министерства – подать заявление и документы"],
         ["3.", "Социальная поддержка семей", "Назначение ежемесячной выплаты",
          "Телефон горячей линии – получить консультацию о порядке назначения"],
         ["4.", "Социальная поддержка семей", "Назначение ежемесячной выплаты",
          "Единый портал государственных услуг – подать заявление в электронной форме"],
         ["5.", "Опека и попечительство", "Подбор замещающих семей",
          "Электронная почта – направить обращение; получить ответ на обращение"],
         ["6.", "Опека и попечительство", "Подбор замещающих семей",
          "Личный приём у специалиста отдела опеки – пройти собеседование"]]
_CHANNELS = ["website", "personal_reception", "phone", "gosuslugi", "email", "personal_reception"]


def _check(rows: list[dict]) -> None:
    assert [r["channel"] for r in rows] == _CHANNELS
    assert [r["touchpoint_raw"] for r in rows][:2] == ["Официальный сайт министерства", "Приёмная министерства"]
    assert rows[1]["interaction_raw"] == "подать заявление и документы" and rows[1]["needs"] == ["submission"]
    assert rows[2]["needs"] == ["consultation"]
    assert [r["process"] for r in rows][2:4] == ["Назначение ежемесячной выплаты"] * 2


def test_needs_in_the_channels_cell_under_a_heading_naming_both(tmp_path):
    header = ["№ п/п", "Направление деятельности", "Наименование процесса", "Канал взаимодействия и потребности клиента"]
    _check(process_path(_txt(tmp_path, header, _ROWS)).touchpoints)


def test_needs_in_the_channels_cell_under_words_nobody_knows(tmp_path):
    """The header no vocabulary knows: the columns are read by content, the channel column with its needs."""
    result = process_path(_txt(tmp_path, ["Ряд", "Сектор", "Предмет", "Путь и вопросы"], _ROWS))
    assert result.document["status"] == "ok", result.document["error"]
    _check(result.touchpoints)
    assert result.touchpoints[0]["direction_raw"] == "Социальная поддержка семей"


def test_a_process_row_of_numbered_point_lines(tmp_path):
    header = ["№", "Направление", "Процесс", "Точки взаимодействия (канал – вид – потребности клиента)"]
    rows = [["1.", "Социальная поддержка семей", "Выдача удостоверения многодетной семьи",
             "1) Официальный сайт министерства (удалённая) – узнать порядок выдачи; скачать форму заявления; "
             "2) Приёмная министерства (непосредственная) – подать заявление и документы."],
            ["2.", "Опека и попечительство", "Подбор замещающих семей",
             "1) Приёмная министерства (непосредственная) – пройти собеседование; 2) Электронная почта – направить "
             "обращение."]]
    got = process_path(_txt(tmp_path, header, rows)).touchpoints
    assert [(r["channel"], r["point_type"], r["process"]) for r in got] == [
        ("website", "digital", "Выдача удостоверения многодетной семьи"),
        ("personal_reception", "offline", "Выдача удостоверения многодетной семьи"),
        ("personal_reception", "offline", "Подбор замещающих семей"),
        ("email", None, "Подбор замещающих семей")]   # its own line names no kind: not the line's above
    assert got[1]["needs"] == ["submission"] and got[3]["interaction_raw"] == "направить обращение"


def test_the_kind_named_only_in_the_lists_title(tmp_path):
    header = ["№", "Направление деятельности", "Процесс", "Канал взаимодействия", "Потребности клиента"]
    rows = [r[:3] + r[3].split(" – ") for r in _ROWS[:3]]
    got = process_path(_txt(tmp_path, header, rows, ("Перечень точек непосредственного взаимодействия", ""))).touchpoints
    assert [r["point_type"] for r in got] == ["offline"] * 3
    got = process_path(_txt(tmp_path, header, rows, ("Перечень точек взаимодействия", ""))).touchpoints
    assert got[0]["channel"] == "website" and got[0]["point_type"] != "offline"      # no kind named: the site's own


def test_needs_in_the_channels_cell_under_a_channel_heading_alone(tmp_path):
    """The heading names the channel only, no column holds the needs: the cells read as «channel – needs» lines
    (channels and needs both read) are cut all the same."""
    _check(process_path(_txt(tmp_path, ["№ п/п", "Направление деятельности", "Наименование процесса",
                                        "Канал взаимодействия"], _ROWS)).touchpoints)


def test_a_channel_column_of_names_with_dashes_stays_whole(tmp_path):
    """Channels described after a dash, no needs among them («Телефон – 8 (800) …»): no line is cut."""
    rows = [["1.", "Социальная поддержка семей", "Выдача удостоверения", "Телефон горячей линии – 8 (800) 100-20-30"],
            ["2.", "Социальная поддержка семей", "Выдача удостоверения", "Электронная почта – priem@example.org"],
            ["3.", "Опека и попечительство", "Подбор замещающих семей", "Приёмная министерства – каб. 105"]]
    got = process_path(_txt(tmp_path, ["№ п/п", "Направление деятельности", "Наименование процесса",
                                       "Канал взаимодействия"], rows)).touchpoints
    assert [r["touchpoint_raw"] for r in got] == [r[3] for r in rows]


def test_a_kind_heading_a_head_phrase_also_spells_stays_the_kind():
    """«Форма взаимодействия (цифровая / офлайн)» names the points' kind by its legend; the pairing «форма
    взаимодействия» made by `head_phrases` must not outscore it, nor take the channel's place from «Канал
    взаимодействия» beside it (rev15e: both scored 1.0 and the kind column became the channel, the channel lost)."""
    scores = field_scores("touchpoint_list", "Форма взаимодействия (цифровая / офлайн)")
    assert max(scores, key=scores.get) == "point_type"
    assert map_columns("touchpoint_list", ["№", "Процесс", "Форма взаимодействия (цифровая / офлайн)",
                                           "Канал взаимодействия", "Потребности клиента"]) == \
        {"group_no": 0, "process": 1, "point_type": 2, "touchpoint": 3, "interaction": 4}


def test_a_dash_between_numbers_is_a_range_not_the_cut():
    """Hours or figures joined by a spaced dash belong to the line's channel or needs (rev15e: the last dash of
    «… с 9:00 – 18:00» was taken for the cut, «18:00» became the needs)."""
    assert read_points("Приёмная министерства – подать заявление с 9:00 – 18:00") == [
        ("Приёмная министерства", "подать заявление с 9:00 – 18:00")]
    assert read_points("Приёмная – приём с 9 – 18 часов") == [("Приёмная", "приём с 9 – 18 часов")]
    assert read_points("Личный приём: 10:00 - 12:00") == [("Личный приём", "10:00 - 12:00")]
    assert read_points("Телефон 8 (800) 100-20-30 – получить консультацию") == [
        ("Телефон 8 (800) 100-20-30", "получить консультацию")]      # a number before a dash alone: still a cut


_PHONE = "Телефон горячей линии – 8 (800) 100-20-30"


@pytest.mark.parametrize("header", [["№ п/п", "Направление деятельности", "Наименование процесса", "Канал взаимодействия"],
                                    ["Ряд", "Сектор", "Предмет", "Путь и вопросы"]], ids=["channel heading", "unknown"])
def test_a_column_lined_by_its_cells_cuts_only_the_cells_so_read(tmp_path, header):
    """Most cells are «channel – needs» lines, one a channel with its number after a dash: that one names no needs
    and stays whole (rev15e: every cell of the column was cut, «8 (800) 100-20-30» became the row's needs)."""
    rows = [r[:3] + [_PHONE] if k == 2 else r for k, r in enumerate(_ROWS)]
    got = process_path(_txt(tmp_path, header, rows)).touchpoints
    assert [r["touchpoint_raw"] for r in got][1:3] == ["Приёмная министерства", _PHONE]
    assert got[2]["channel"] == "phone" and not got[2]["interaction_raw"]
    assert got[1]["interaction_raw"] == "подать заявление и документы"


def test_a_title_naming_the_kind_of_other_points_gives_none():
    """A kind word before «точка» counts only where the points are the list's, «точки взаимодействия» (rev15e:
    «цифровых точек роста», «электронных точек оплаты» gave the kind to every row under such a heading)."""
    assert title_point_type("Развитие цифровых точек роста в районах") is None
    assert title_point_type("Установка электронных точек оплаты") is None
    assert title_point_type("Перечень офлайн-точек взаимодействия") == "офлайн"


def test_a_cell_of_thousands_of_cuts_is_read_at_its_first_kind_or_outside_brackets():
    """The hostile inputs of benchmarks/bench_hostile_inputs.py («point lines: …»): what is read, not how fast."""
    cell = "Сайт (цифровая) – узнать порядок " * 1000
    assert read_points(cell) == [("Сайт (цифровая)", cell.strip()[len("Сайт (цифровая) – "):])]
    cell = "Сайт: узнать (порядок " * 1000          # every colon after the first is inside an open bracket
    assert read_points(cell) == [("Сайт", cell.strip()[len("Сайт: "):])]


def test_two_headings_joined_at_a_dash_or_colon_read_by_their_parts():
    """«Способ (канал) коммуникации – Цель обращения»: the channel's phrase of the whole takes «обращения» from the
    needs' part, so the heading is read by its parts too — each names one field by itself."""
    from parsers.tables.point_lines import fused_order
    assert heading_holds_needs("Способ (канал) коммуникации – Цель обращения")
    assert fused_order("Способ (канал) коммуникации – Цель обращения") == 1
    assert fused_order("Канал взаимодействия: Потребность клиента") == 1
    assert fused_order("Цель обращения – Способ (канал) коммуникации") == -1
    assert fused_order("Наименование процесса – Канал взаимодействия") is None   # no needs named
    assert fused_order("Канал взаимодействия") is None
    # the needs first: cut at the first separator, a channel's own colon after it stays the channel's
    assert read_points("получить справку; узнать статус: Телефон: 8 (800) 100-20-30", needs_first=True) == [
        ("Телефон: 8 (800) 100-20-30", "получить справку; узнать статус")]


def test_needs_before_the_channel_in_one_cell(tmp_path):
    header = ["№ п/п", "Направление деятельности", "Наименование процесса", "Цель обращения – Канал взаимодействия"]
    rows = [[no, direction, process, f"{cell.split(' – ')[1]} – {cell.split(' – ')[0]}"]
            for no, direction, process, cell in _ROWS]
    _check(process_path(_txt(tmp_path, header, rows)).touchpoints)


def test_channel_then_needs_under_a_heading_whose_phrase_spans_the_dash(tmp_path):
    header = ["№ п/п", "Направление деятельности", "Наименование процесса", "Способ (канал) коммуникации – Цель обращения"]
    _check(process_path(_txt(tmp_path, header, _ROWS)).touchpoints)


def test_two_headings_joined_map_the_column_to_the_first():
    """«Канал взаимодействия – Тип точки»: the cells lead with the channel («Сайт – цифровая»), so the column is the
    channel's, not the kind's (which left the list without its channel: no list read at all); a required field
    second keeps the column («Процесс: Канал взаимодействия»), and the channel with its needs stays the channel's."""
    head = ["№ п/п", "Процесс", "Канал взаимодействия – Тип точки", "Потребность клиента"]
    assert map_columns("touchpoint_list", head) == {"group_no": 0, "process": 1, "touchpoint": 2, "interaction": 3}
    assert map_columns("touchpoint_list", ["Процесс: Канал взаимодействия", "Потребность клиента"])["touchpoint"] == 0
    assert map_columns("touchpoint_list", ["№", "Потребность клиента – Канал взаимодействия"])["touchpoint"] == 1


def test_a_channel_with_its_kind_after_a_dash_under_joined_headings(tmp_path):
    header = ["№ п/п", "Наименование процесса", "Канал взаимодействия – Тип точки", "Потребность клиента"]
    rows = [["1", "Выдача удостоверения многодетной семьи", "Официальный сайт министерства – Цифровая точка",
             "узнать порядок выдачи"],
            ["2", "Выдача удостоверения многодетной семьи", "Приёмная министерства – Офлайн-точка",
             "подать заявление и документы"]]
    got = process_path(_txt(tmp_path, header, rows)).touchpoints
    assert [(r["channel"], r["point_type"]) for r in got] == [("website", "digital"), ("personal_reception", "offline")]
