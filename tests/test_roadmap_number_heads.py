"""A plan's header whose number column names what it numbers («№ мероприятия», «Номер пункта плана»): the number is
the heading's head, the measure its dependent — the column is the items' numbers, never their activity; «Показатель
результативности» names what a measure is judged by, its result.  A responsible cell with a telephone under the person
keeps the person alone.  Headings and cells invented here; expectations read from the table as written."""
from __future__ import annotations

from parsers.extract.roadmap import extract_roadmap
from parsers.formats.text import parse_text
from parsers.tables.columns import map_columns
from normalizers.people import parse_people

HEAD = ["№ мероприятия", "Перечень мер", "Дата завершения", "Ответственный сотрудник", "Показатель результативности"]
ROWS = [["1. Подготовка"],
        ["1.1.", "Составить реестр обращений граждан", "06.2026", "Галкин П.С. тел. 8 (8342) 39-15-27", "Реестр"],
        ["1.2.", "Провести обучение операторов", "11.2026 г.", "Ветрова Н.К. тел.: (8452) 21-07-44, доб. 215",
         "Справка"]]


def test_a_number_heading_names_the_number_column():
    assert map_columns("roadmap", HEAD) == {"item_no": 0, "activity": 1, "deadline": 2, "responsible": 3,
                                            "deliverable": 4}
    assert map_columns("roadmap", ["Номер пункта плана", "Содержание мероприятия", "Срок"]) == \
        {"item_no": 0, "activity": 1, "deadline": 2}
    # a list's «№ точки» keeps its reading (a second table's keys): only plans read the number as the head
    assert map_columns("touchpoint_list", ["№ точки", "Потребности клиента"]).get("group_no") is None


def test_such_a_plan_is_read_with_its_items():
    text = "План мероприятий («дорожная карта»)\n\n" + "\n".join("\t".join(r) for r in [HEAD] + ROWS) + \
        "\n\nИсп.: Ерёмкина О.В., тел. 8 (8342) 39-15-20\n"
    got = [(r["item_no"], r["activity"], r["deadline_raw"], r["deliverable"])
           for r in extract_roadmap(parse_text(text))]
    assert got == [("1", "Подготовка", None, None),
                   ("1.1", "Составить реестр обращений граждан", "06.2026", "Реестр"),
                   ("1.2", "Провести обучение операторов", "11.2026 г.", "Справка")]


def test_a_telephone_under_the_responsible_is_no_position():
    assert parse_people("Ветрова Н.К.\nтел.: (8452) 21-07-44, доб. 215").names == ("Ветрова Н.К.",)
    assert all("доб" not in p and "8452" not in p
               for p in parse_people("Ветрова Н.К.\nтел.: (8452) 21-07-44, доб. 215").positions)
    assert all("1204" not in p for p in parse_people("Сидоров С.С.\nт. 8 (4922) 32-45-90 (доб. 1204)").positions)
    # a body's telephone is no part of its name; a body's bracket stays whole
    assert parse_people("отдел кадров\n+7 (3852) 29-86-11").positions == ("отдел кадров",)
    assert parse_people("Отдел № 5 (г. Самара)").positions == ("Отдел № 5 (г. Самара)",)


def test_a_number_beside_a_date_is_no_item_number():
    # «№ и дата документа» names the act a measure yields (two names side by side), not the plan's numbering
    assert map_columns("roadmap", ["Мероприятие", "Срок", "Ответственный", "№ и дата документа"]).get("item_no") is None
    assert map_columns("roadmap", ["Наименование мероприятия", "Срок", "Номер, дата протокола"]).get("item_no") is None
    assert map_columns("roadmap", ["№ п/п", "Мероприятие", "Срок"])["item_no"] == 0


def test_a_bodys_own_digits_stay_in_its_name():
    # years, a number in brackets, an address's index: no telephone, so no part of the body's name is cut
    assert parse_people("Рабочая группа 2025 – 2026 годов").positions == ("Рабочая группа 2025 – 2026 годов",)
    assert parse_people("Сектор 1 (12345) приема").positions == ("Сектор 1 (12345) приема",)
    assert parse_people("ул. Ленина, 12 (каб. 5) 410012").positions == ("ул. Ленина, 12 (каб. 5) 410012",)
    # a local number or a labelled one still goes
    assert parse_people("Отдел кадров 21-07-44").positions == ("Отдел кадров",)
    assert parse_people("Отдел кадров, тел. 2 15 30").positions == ("Отдел кадров",)


def test_an_extension_alone_is_no_position():
    assert parse_people("Иванов И.И. (доб. 215)").positions == ("",)      # one name, no position
    assert parse_people("Иванов И.И., доб. 215").positions == ("",)
    assert parse_people("Иванов И.И. (ведущий специалист), доб. 215").positions == ("ведущий специалист",)


def test_a_number_of_a_contact_or_a_paper_is_no_item_number():
    # a telephone's or an order's number column numbers no item of the plan (columns.yaml number_head_not)
    assert map_columns("roadmap", ["Мероприятие", "Срок", "Ответственный", "Номер телефона"]).get("item_no") is None
    assert map_columns("roadmap", ["Мероприятие", "Срок", "№ приказа"]).get("item_no") is None
    assert map_columns("roadmap", ["Номер пункта", "Мероприятие", "Срок"])["item_no"] == 0
