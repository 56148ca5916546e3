"""Headings in words no list wrote (the bed's `headers=reworded`): the head noun names the column
(parsers/tables/head_noun.py), client words neither dilute nor supply a heading, a near spelling is the same
words misspelt, head nouns of the vocabulary's classes pair with their qualifiers (parsers/data/columns.yaml).
The headings here are invented, not taken from any set."""
from __future__ import annotations

import pytest

from parsers.tables.columns import field_scores, is_header, map_columns


def _best(kind: str, text: str) -> str | None:
    scores = field_scores(kind, text)
    return max(scores, key=scores.get) if scores else None


@pytest.mark.parametrize("kind, text, field", [
    # the head first, its dependents after: «за мероприятие», «работ», «канала» say what it is of
    ("roadmap", "Ответственный за мероприятие", "responsible"),
    ("roadmap", "Исполнитель работ", "responsible"),
    ("roadmap", "Результат мероприятия", "deliverable"),
    ("touchpoint_list", "Тип канала", "point_type"),
    ("touchpoint_list", "Характер точки контакта", "point_type"),
    ("touchpoint_list", "Формат канала связи", "point_type"),
    # a head noun class × its qualifiers
    ("touchpoint_list", "Блок деятельности", "direction"),
    ("touchpoint_list", "Сфера", "direction"),
    ("touchpoint_list", "Виды работ", "direction"),
    ("touchpoint_list", "Административная процедура", "process"),
    ("touchpoint_list", "Меры поддержки", "process"),
    ("touchpoint_list", "Инструменты", "touchpoint"),
    ("touchpoint_list", "Средства (наименование)", "touchpoint"),
    ("touchpoint_list", "Цель посещения", "interaction"),
    ("roadmap", "Содержание мер", "activity"),
    ("roadmap", "Задачи (работы)", "activity"),
    ("roadmap", "Время выполнения", "deadline"),
    ("roadmap", "Период", "deadline"),
    ("roadmap", "Срок завершения", "deadline"),
    # client words say whose, never what: they neither dilute a heading nor lend it a word
    ("touchpoint_list", "Наименование канала с получателем услуг", "touchpoint"),
    ("touchpoint_list", "Цели заявителя", "interaction"),
    ("touchpoint_list", "Мотив визита посетителя", "interaction"),
    ("touchpoint_list", "Способ связи с населением", "touchpoint"),
])
def test_reworded_headings_name_their_field(kind, text, field):
    assert _best(kind, text) == field, field_scores(kind, text)


def test_a_near_spelling_is_the_same_words_misspelt_not_another_word():
    assert _best("roadmap", "Срок исполненя") == "deadline"          # a typo still reads
    assert "deadline" not in field_scores("roadmap", "Работа по реализации")   # «работа» is no misspelt «срок»
    assert _best("roadmap", "Работа по реализации") == "activity"
    assert "touchpoint" not in field_scores("touchpoint_list", "Наименование функции взаимодействия")


def test_headings_side_by_side_keep_each_its_own_name():
    # two fields in one cell: no head over the other, the plan's responsible column as before
    header = ["№ п/п", "Наименование мероприятия", "Срок исполнения, ответственный исполнитель", "Ожидаемый результат"]
    assert map_columns("roadmap", header)["responsible"] == 2
    assert is_header("touchpoint_list", ["№", "Направление деятельности, процесс, точка взаимодействия",
                                         "Вид точки", "Потребности клиента"])


def test_a_head_paired_with_itself_is_no_phrase():
    # «задача» is a head and a qualifier of the activity's pairs: alone it names no measure («Задача 1. …» rows)
    assert "activity" not in field_scores("roadmap", "Задача")
    assert "activity" not in field_scores("roadmap", "по мере внедрения")


def test_whole_reworded_headers_map_every_column():
    tp = ["№", "Сфера работы", "Мера поддержки для граждан", "Инструмент связи с населением", "Формат точки контакта",
          "Мотивы посещения заявителя"]
    assert is_header("touchpoint_list", tp)
    assert {f: i for f, i in map_columns("touchpoint_list", tp).items() if f != "group_no"} == \
        {"direction": 1, "process": 2, "touchpoint": 3, "point_type": 4, "interaction": 5}
    rm = ["№", "Задачи и мероприятия", "Время исполнения", "Исполнитель работ", "Результат мероприятия"]
    assert is_header("roadmap", rm)
    assert {f: i for f, i in map_columns("roadmap", rm).items() if f != "item_no"} == \
        {"activity": 1, "deadline": 2, "responsible": 3, "deliverable": 4}


def test_a_label_s_closing_colon_joins_nothing_and_a_client_stands_for_the_qualifier():
    # «Тип точки контакта (5):» is one name with its head first; «Место с посетителем» the contact with him
    assert _best("touchpoint_list", "Тип точки контакта (5):") == "point_type"
    assert _best("touchpoint_list", "Место с посетителем") == "touchpoint"
    assert _best("touchpoint_list", "Точки с заявителем") == "touchpoint"


@pytest.mark.parametrize("kind, text, field", [
    # a space OCR put elsewhere cuts as many words at other places: a word glued to a piece of the next, the rest
    ("touchpoint_list", "Точкавзаимо действия", "touchpoint"),
    ("touchpoint_list", "Каналвзаимо действия", "touchpoint"),
    ("roadmap", "Наименованиемеро приятия", "activity"),
])
def test_a_space_misplaced_by_ocr_still_reads_word_for_word(kind, text, field):
    assert _best(kind, text) == field, field_scores(kind, text)


def test_a_column_of_clients_named_with_whose_they_are_keeps_its_client_field():
    # the client phrase's first word is the client himself: a phrase naming him takes no word out of it
    assert _best("touchpoint_list", "Получатели мер поддержки") == "client_category"
    assert _best("touchpoint_list", "Получатель государственной услуги") == "client_category"
    header = ["№", "Мера поддержки", "Получатели мер поддержки", "Канал взаимодействия", "Потребности"]
    got = map_columns("touchpoint_list", header)
    assert (got.get("process"), got.get("client_category"), got.get("touchpoint")) == (1, 2, 3)


def test_a_client_word_cut_short_is_still_whose_the_column_is():
    # «с получат. услуг»: the cut stands for the client phrase's first word, the rest is in the heading
    assert field_scores("touchpoint_list", "Канал связи с получат. услуг") == \
        field_scores("touchpoint_list", "Канал связи с получателем услуг")
    header = ["Номер", "Направление работы", "Административная процедура", "Канал связи с получат. услуг",
              "Форма контакта", "Цель обращения посетителя"]
    got = map_columns("touchpoint_list", header)
    assert (got.get("touchpoint"), got.get("point_type"), got.get("client_category")) == (3, 4, None)
