"""Tables with no header read by their columns' content (parsers/tables/content_roles.py,
content_header.py): an amending order's restated rows of a touchpoint list and of a roadmap, in
Word and in converted text; tables that are no list (a signature block) stay unread.

The orders here are composed for these tests in the form amending orders take («строку 4
изложить в следующей редакции:», «дополнить строками 9–11 следующего содержания:», each
followed by a table of those rows alone); their rows are no document's."""
from __future__ import annotations

from pathlib import Path

from parsers.tables.content_roles import content_roles
from pipeline.run.process import process_path
from tests.fixtures.grid_docx import grid_docx

_TITLE = ("О внесении изменений в приказ министерства культуры области от 12.04.2024 № 88 "
          "«Об утверждении перечня точек взаимодействия с получателями услуг»")
_ROW_4 = ["4.", "Поддержка творческих коллективов", "Присвоение звания «Народный коллектив»",
          "Официальный сайт министерства", "цифровая", "Узнать о порядке присвоения звания и скачать форму заявки"]
_ROWS_9_11 = [
    ["9.", "Поддержка творческих коллективов", "Присвоение звания «Народный коллектив»", "Приёмная министерства",
     "офлайн", "Подать заявление и документы на присвоение звания"],
    ["10.", "Поддержка творческих коллективов", "Присвоение звания «Народный коллектив»", "Телефон горячей линии",
     "офлайн", "Получить консультацию по заполнению заявки"],
    ["11.", "Сохранение объектов культурного наследия", "Выдача разрешений на проведение работ на объекте",
     "Электронная почта министерства", "цифровая", "Направить отчёт о выполненных работах"],
]
_TOUCH_LEAD = ("В целях актуализации сведений приказываю:",
               "1. Внести в перечень точек взаимодействия с получателями услуг следующие изменения:",
               "1.1. строку 4 изложить в следующей редакции:")


def _touch_txt(tmp_path: Path) -> Path:
    lines = [_TITLE, "", *_TOUCH_LEAD, "", "\t".join(_ROW_4), "",
             "1.2. дополнить строками 9–11 следующего содержания:", "",
             *("\t".join(r) for r in _ROWS_9_11), "", "2. Контроль за исполнением приказа оставляю за собой.", "",
             "Министр                              А.Б. Иванов"]
    path = tmp_path / "amend.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _check_touchpoints(result) -> None:
    rows = sorted(result.touchpoints, key=lambda r: int(r["group_no"].rstrip(".")))
    assert [r["group_no"] for r in rows] == ["4.", "9.", "10.", "11."]
    assert [r["channel"] for r in rows] == ["website", "personal_reception", "phone", "email"]
    assert [r["point_type"] for r in rows] == ["digital", "offline", "offline", "digital"]
    assert {r["process"] for r in rows[:3]} == {"Присвоение звания «Народный коллектив»"}
    assert rows[3]["direction_raw"] == "Сохранение объектов культурного наследия"
    assert rows[1]["needs"] == ["submission"] and rows[2]["needs"] == ["consultation"]
    assert "forms" in rows[0]["needs"]
    doc = result.document
    assert doc["status"] == "ok", doc["error"]
    said = [w for w in doc["warnings"] if "by its columns' content" in w]
    assert len(said) == 1 and "4 channel" in said[0] and "6 needs" in said[0] and "2 direction" in said[0]
    assert "told apart by their order alone" in said[0]      # two directions, two processes: no telling by content


def test_restated_touchpoint_rows_in_converted_text(tmp_path):
    _check_touchpoints(process_path(_touch_txt(tmp_path)))


def test_restated_touchpoint_row_in_word(tmp_path):
    path = grid_docx(tmp_path / "amend.docx", [_ROW_4, *_ROWS_9_11], _TITLE, _TOUCH_LEAD)
    _check_touchpoints(process_path(path))


def test_without_the_fallback_these_rows_are_lost(tmp_path, monkeypatch):
    """The same order with the fallback switched off: no list found (what the fallback adds)."""
    import pipeline.run.process as process
    monkeypatch.setattr(process, "supply_headers", lambda doc: (doc, [], frozenset()))
    result = process.process_path(_touch_txt(tmp_path))
    assert not result.touchpoints and "no recognisable header" in result.document["error"]


_PLAN_TITLE = "О внесении изменений в план мероприятий («дорожную карту») по повышению клиентоцентричности"
_PLAN_ROWS = [
    ["3.", "Проведение обучения сотрудников министерства основам клиентоцентричности", "до 30.09.2025",
     "Отдел кадровой работы", "Обучено не менее 20 сотрудников"],
    ["7.", "Проведение опроса получателей услуг об удовлетворённости качеством обслуживания", "IV квартал 2025 г.",
     "Заместитель министра И.П. Сидоров", "Отчёт о результатах опроса"],
]


def test_restated_roadmap_rows_in_word(tmp_path):
    path = grid_docx(tmp_path / "plan.docx", _PLAN_ROWS, _PLAN_TITLE,
                     ("1. Строки 3 и 7 изложить в следующей редакции:",))
    result = process_path(path)
    items = {r["item_no"]: r for r in result.roadmap}
    assert sorted(items) == ["3", "7"] or sorted(items) == ["3.", "7."]
    first = next(r for k, r in items.items() if k.startswith("3"))
    assert first["activity"].startswith("Проведение обучения сотрудников")
    assert str(first["deadline"]) == "2025-09-30"
    assert "Отдел кадровой работы" in (first["responsible_raw"] or "")
    assert any("read as a roadmap by its columns' content" in w for w in result.document["warnings"])


def test_added_roadmap_rows_in_converted_text(tmp_path):
    """Rows added to a plan in converted text; its responsible column names a post and a person."""
    lines = [_PLAN_TITLE, "", "1. Дополнить план строками 3 и 7 следующего содержания:", "«",
             *("\t".join(r) for r in _PLAN_ROWS), "».", "", "2. Контроль за исполнением приказа оставляю за собой."]
    path = tmp_path / "plan.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = process_path(path)
    assert [r["activity"][:21] for r in result.roadmap] == ["Проведение обучения с", "Проведение опроса пол"]
    assert [str(r["deadline"]) for r in result.roadmap] == ["2025-09-30", "2025-12-31"]
    assert result.roadmap[1]["responsible_names"] == ["Сидоров И.П."]
    assert result.roadmap[1]["deliverable"] == "Отчёт о результатах опроса"


def test_a_list_continued_after_a_long_note_keeps_its_rows(tmp_path):
    """A list whose header is not printed again after a note too long to be a heading between two
    parts of one table: the second part is read by its content."""
    header = ["№", "Направление деятельности", "Процесс", "Канал взаимодействия", "Тип точки", "Потребности клиента"]
    note = ("Примечание. Сведения о точках взаимодействия по направлению поддержки творческих коллективов "
            "уточняются ежегодно по итогам опроса получателей услуг и размещаются на официальном сайте "
            "министерства в разделе «Клиентоцентричность» не позднее 1 марта текущего года.")
    lines = ["Перечень точек взаимодействия с получателями услуг", "", "\t".join(header), "\t".join(_ROW_4), "",
             note, "", *("\t".join(r) for r in _ROWS_9_11)]
    path = tmp_path / "continued.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = process_path(path)
    assert [r["group_no"] for r in result.touchpoints] == ["4.", "9.", "10.", "11."]
    assert result.document["status"] == "ok"


def test_a_signature_table_stays_unread(tmp_path):
    """A list's order signed in a table (post, signature, name, date): no row, no content warning."""
    path = grid_docx(tmp_path / "signed.docx", [
        ["Министр", "(подпись)", "А.Б. Иванов", "12.03.2025"],
        ["Согласовано: начальник отдела", "(подпись)", "И.И. Петров", "11.03.2025"],
        ["Исполнитель: консультант отдела", "(подпись)", "В.В. Смирнова", "10.03.2025"],
    ], "Об утверждении перечня точек взаимодействия с клиентами", ("1. Утвердить прилагаемый перечень.",))
    result = process_path(path)
    assert not result.touchpoints and not result.roadmap
    assert not any("by its columns' content" in w for w in result.document["warnings"])


def test_requisites_stay_unread():
    """A bank's requisites under a plan's title: no activity column, no deadline: nothing."""
    rows = [["ИНН", "1234567890", "КПП 123401001"], ["Банк", "Отделение Тула", "БИК 047003001"],
            ["Счёт", "03221643700000006600", "л/с 04662000010"]]
    assert content_roles(rows, "roadmap") is None and content_roles(rows, "touchpoint_list") is None


def test_a_contacts_table_stays_unread():
    """Units beside their phones and e-mails under a touchpoint list's title: channels, but the
    repeated column names units, not processes, and nothing reads as needs."""
    import pipeline.run.process  # noqa: F401 - installs the normalizers' cell readers
    rows = [["1.", "Отдел кадровой работы", "Телефон 8 (4842) 71-11-11", "цифровая"],
            ["2.", "Отдел кадровой работы", "Электронная почта hr@minkult.ru", "цифровая"],
            ["3.", "Приёмная министра", "Телефон 8 (4842) 71-11-12", "офлайн"],
            ["4.", "Приёмная министра", "Электронная почта priem@minkult.ru", "цифровая"]]
    assert content_roles(rows, "touchpoint_list") is None


def test_uncued_rows_need_more_than_a_channel_column():
    """Nothing above names a list: a channel column and a repeated column are not enough; with a
    column of needs, each row its own, over three rows, they are."""
    import pipeline.run.process  # noqa: F401 - installs the normalizers' cell readers
    two = [r[:5] for r in _ROWS_9_11]
    assert content_roles(two, None) is None
    found = content_roles(_ROWS_9_11, None)
    assert found is not None and found[0] == "touchpoint_list"
    assert found[1]["touchpoint"] == 3 and found[1]["interaction"] == 5 and found[1]["group_no"] == 0


def test_a_header_no_vocabulary_knows_is_replaced(tmp_path):
    """A first row of labels no heading vocabulary names: the header the content gives stands
    for it; its labels are no row."""
    lines = ["Об утверждении перечня точек взаимодействия с получателями услуг", "",
             "\t".join(["Где", "Сфера", "Что делаем", "Куда обратиться", "Какая", "Зачем приходят"]),
             *("\t".join(r) for r in [_ROW_4, *_ROWS_9_11])]
    path = tmp_path / "odd_header.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    rows = process_path(path).touchpoints
    assert [r["touchpoint_raw"] for r in rows] == [r[3] for r in [_ROW_4, *_ROWS_9_11]]


def test_the_direction_holds_its_processes_wherever_it_stands():
    """Columns in another order (process first, direction after the channel): the column with
    fewer distinct values is the direction, told by content, not by place."""
    import pipeline.run.process  # noqa: F401 - installs the normalizers' cell readers
    rows = [[r[2], r[3], "Поддержка творческих коллективов", r[4], r[5]] for r in [_ROW_4, *_ROWS_9_11]]
    rows[3][0] = "Выдача разрешений на проведение работ на объекте"
    found = content_roles(rows, "touchpoint_list")
    assert found is not None and found.columns["direction"] == 2 and found.columns["process"] == 0
    assert found.by_place == ()
