"""Direction headings as clerks write them: the section's own number before the label that
opens the heading, and adjectives cut to their stem with a dot; and processes whose meaning
gives the direction a list does not state.  Headings and processes composed for these tests,
each standing for a kind of wording."""
import pytest

from normalizers.compounds import expand_compounds
from normalizers.direction_names import direction_name, read_direction
from normalizers.matcher import REVIEW


@pytest.mark.parametrize("text, name, code", [
    ("I. Блок 7 — иное", "иное", "other"),
    ("2) Раздел «Обращения граждан»", "Обращения граждан", "appeals"),
    ("3. Направление 4. Контрольно-надзорная деятельность", "Контрольно-надзорная деятельность", "control"),
])
def test_a_number_before_the_label_goes_with_it(text, name, code):
    assert direction_name(text) == name
    m = read_direction(text)
    assert m.code == code and m.score >= REVIEW, m


def test_a_number_before_a_name_with_no_label_stays():
    assert direction_name("IV. Предоставление государственных услуг") == "IV. Предоставление государственных услуг"


@pytest.mark.parametrize("text, code", [
    ("Хоз. обеспечение", "internal_admin"),
    ("Адм.-хоз. деятельность", "internal_admin"),
    ("Соц. поддержка многодетных семей", "support_measures"),
])
def test_a_stem_cut_with_a_dot_reads_as_its_adjective(text, code):
    m = read_direction(text)
    assert m.code == code and m.score >= REVIEW, m


def test_a_dot_after_a_word_of_no_stem_is_left_alone():
    assert expand_compounds("ул. Ленина, каб. 5") == "ул. Ленина, каб. 5"
    assert expand_compounds("Хоз. обеспечение") == "Хоз. (хозяйственный) обеспечение"


@pytest.mark.parametrize("process, code", [
    ("Бронирование переговорных и залов для совещаний", "internal_admin"),
    ("Подготовка актового зала к мероприятиям министерства", "internal_admin"),
    ("Предоставление сотрудникам удалённого доступа к сети (VPN)", "internal_it"),
    ("Ведение Telegram-канала министерства", "information_access"),
    ("Организация безаварийного пропуска весеннего половодья", "other"),
    ("Выдача пропусков в здание министерства", "internal_admin"),      # a pass to a building stays
])
def test_a_process_read_by_its_meaning_where_no_direction_is_stated(process, code):
    from normalizers import direction_by_process
    m = direction_by_process(process)
    assert m.code == code and m.score < REVIEW, m


def test_a_long_run_of_numbers_before_the_label_is_counted_not_recursed():
    # a hostile cell: thousands of «1.» before the label once nested a call per number
    # (RecursionError past about a thousand)
    assert direction_name("1. " * 3000 + "Блок 7 — иное") == "иное"
    assert direction_name("1. 2. Раздел «Обращения граждан»") == "Обращения граждан"
