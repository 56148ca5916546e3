"""Touchpoint table rows in layouts the seeds do not use: a channel cell merged over several
processes, «–» for a blank cell, footnote marks closing a cell, processes written in lower
case, and a channel's address, room and hours printed under its name."""
from __future__ import annotations

from normalizers import channel_detail, read_channel
from normalizers.channel_places import split_places
from parsers.document import Cell, Document, Row, Table
from parsers.extract.touchpoints import extract_touchpoints
from parsers.formats.text import parse_text
from textcore.clean import is_blank_mark, strip_cell_note

HEAD = "№ п/п\tТочка взаимодействия (канал)\tНаименование процесса\tПотребность клиента\tПримечание"


def extract(*lines: str) -> list[dict]:
    return extract_touchpoints(parse_text("\n".join(lines) + "\n"))[0]


def test_a_channel_cell_merged_over_processes_is_each_process_s_channel():
    # grouped by channel: converted text prints the merged channel once, on its first row
    recs = extract(HEAD,
                   "1\tТелефон горячей линии\tВыдача разрешений\tКонсультация\t–",
                   "2\t\tПриём отчётов\tУзнать срок подачи\t–",
                   "3\tСайт министерства\tПриём отчётов\tСкачать форму отчёта\t–")
    assert [(r["touchpoint_raw"], r["process"], r["interaction_raw"]) for r in recs] == [
        ("Телефон горячей линии", "Выдача разрешений", "Консультация"),
        ("Телефон горячей линии", "Приём отчётов", "Узнать срок подачи"),
        ("Сайт министерства", "Приём отчётов", "Скачать форму отчёта")]
    assert [r["features_raw"] for r in recs] == [None, None, None]      # «–» is a blank cell


def test_an_empty_channel_cell_in_the_same_process_still_continues_the_touchpoint_above():
    recs = extract(HEAD,
                   "1\tТелефон горячей линии\tВыдача разрешений\tКонсультация\t",
                   "\t\t\tЗапись на приём\t")
    assert [(r["touchpoint_raw"], r["interaction_raw"]) for r in recs] == [
        ("Телефон горячей линии", "Консультация. Запись на приём")]


def test_word_marks_a_merged_channel_cell_as_covered():
    def row(*cells: Cell) -> Row:
        return Row(list(cells))
    t = Table([row(*(Cell(h) for h in HEAD.split("\t"))),
               row(Cell("1"), Cell("Электронная почта"), Cell("Выдача разрешений"), Cell("Подать заявление"), Cell("")),
               row(Cell("2"), Cell("", covered=True), Cell("Приём отчётов"), Cell("Сдать отчёт"), Cell(""))])
    recs, _ = extract_touchpoints(Document([t], "docx"))
    assert [(r["touchpoint_raw"], r["process"]) for r in recs] == [
        ("Электронная почта", "Выдача разрешений"), ("Электронная почта", "Приём отчётов")]


def test_footnote_marks_closing_cells_are_not_text():
    recs = extract(HEAD,
                   "1\tСайт министерства*\tВыдача разрешений 1)\tПолучить информацию\t",
                   "2\tТелефон\tВыдача справок (пункт 1)\tКонсультация\t")
    assert [(r["touchpoint_raw"], r["process"]) for r in recs] == [
        ("Сайт министерства", "Выдача разрешений"), ("Телефон", "Выдача справок (пункт 1)")]
    assert strip_cell_note("Приём граждан²") == "Приём граждан"
    assert strip_cell_note("Приём граждан (каб. 1)") == "Приём граждан (каб. 1)"


def test_processes_in_lower_case_are_each_their_own_unless_a_row_was_cut():
    recs = extract(HEAD,
                   "1\tСайт\tвыдача разрешений на добычу\tПолучить информацию\t",
                   "2\tТелефон\tприём отчётов недропользователей\tКонсультация\t",
                   "\t\tи водопользователей\t\t")
    assert [r["process"] for r in recs] == [
        "выдача разрешений на добычу", "приём отчётов недропользователей и водопользователей"]


def test_a_lower_case_process_after_a_break_with_a_number_of_its_own_is_a_new_process():
    # a second table (its caption between, the header repeated, numbers restarting): its first
    # row's lower-case process is its own; a row's rest cut by the break carries no number
    recs = extract(HEAD,
                   "1\tСайт\tпредставление к награждению\tПодать документы\t",
                   "",
                   "**Таблица 2. Офлайн точки взаимодействия**",
                   "",
                   HEAD,
                   "1\tСтенд\tобеспечение инвалидов средствами реабилитации\tПолучить бланк\t",
                   "",
                   "Продолжение таблицы",
                   "",
                   "\t\tза счёт бюджета\tи подать его\t")
    assert [r["process"] for r in recs] == [
        "представление к награждению", "обеспечение инвалидов средствами реабилитации за счёт бюджета"]


def test_blank_marks():
    assert all(is_blank_mark(t) for t in ("–", "—", "-", " – ", "--"))
    assert not any(is_blank_mark(t) for t in ("", "х", "– нет", "1"))


def test_an_address_room_and_hours_under_the_channel_are_its_detail():
    cell = "Приёмная министерства г. Энск, ул. Советская, д. 12, каб. 105 вторник, четверг 10.00–13.00"
    rest, details = split_places(cell)
    assert details == ["г. Энск, ул. Советская, д. 12, каб. 105", "вторник, четверг 10.00–13.00"]
    assert "Советская" not in rest and "Приёмная министерства" in rest
    assert channel_detail("Отдел кадров, каб. 305") == "каб. 305"
    assert channel_detail("Кабинет 214") is None                 # the cell's only words name the channel
    assert channel_detail("Сайт министерства в 2024–2025 гг.") is None    # years are no working hours
    # a street named after a channel's word does not name the channel
    assert read_channel("Приёмная министерства, г. Энск, ул. Почтовая, д. 1").code == \
        read_channel("Приёмная министерства").code
