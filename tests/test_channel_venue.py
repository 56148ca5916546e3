"""A cell led by an act (a reception, a letter, an appeal) whose channel is named after a
preposition: of means it decides, of place only when the place is itself a channel
(normalizers/channel_heads.py `_by_means`, data/channel_heads.yaml `venue`).
Cells composed from the channel definitions in docs/dataset.md, in forms real lists use."""
import pytest

from normalizers import match_channel
from normalizers.matcher import REVIEW


@pytest.mark.parametrize("cell, code", [
    ("Приём документов в МФЦ", "mfc"),
    ("Прием заявителей в многофункциональных центрах области", "mfc"),
    ("Письмо на адрес e-mail отдела", "email"),
    ("Письмо на электронную почту министерства", "email"),
    ("Обращение в Многофункциональный центр", "mfc"),
    ("Обращение на портал госуслуг", "gosuslugi"),
    ("Обращение через интернет-приёмную", "online_service"),
])
def test_a_venue_that_is_a_channel_decides(cell, code):
    m = match_channel(cell)
    assert (m.code, m.score >= REVIEW) == (code, True)


@pytest.mark.parametrize("cell, code", [
    ("Приём граждан в кабинете заместителя министра", "personal_reception"),
    ("Приём в отделе по работе с обращениями", "personal_reception"),
    ("Письмо в адрес департамента", "written_mail"),
    ("Заказное письмо в министерство", "written_mail"),
    ("Личное обращение граждан", "personal_reception"),
    ("Письменное обращение в комитет", "written_mail"),
])
def test_a_place_that_is_no_channel_leaves_the_head(cell, code):
    assert match_channel(cell).code == code


def test_an_appeal_alone_names_no_channel():
    # «обращение» is a need's object: with nothing naming how, no channel is read from it
    assert match_channel("Обращение граждан").code == "other"


@pytest.mark.parametrize("cell", ["Совещание в кабинете заместителя министра",
                                  "Собрание трудового коллектива в актовом зале",
                                  "Встреча с работником на его рабочем месте"])
def test_a_meeting_at_a_place_that_is_no_channel_is_in_person(cell):
    # the place a meeting is held at names no channel of its own; a meeting is generic: review
    m = match_channel(cell)
    assert (m.code, m.score < REVIEW) == ("in_person", True)


@pytest.mark.parametrize("cell, code", [("Встреча с заявителями в многофункциональном центре", "mfc"),
                                        ("Совещание с руководителями в режиме видеоконференцсвязи", "video_conference")])
def test_a_meeting_held_in_a_venue_or_by_a_means_takes_it(cell, code):
    m = match_channel(cell)
    assert (m.code, m.score >= REVIEW) == (code, True)


@pytest.mark.parametrize("cell, code, sure", [
    ("Позвонить специалисту отдела", "phone", True),      # calling names the phone
    ("Звоните в приёмную", "phone", True),
    ("Написать в министерство", "written_mail", False),   # writing: a letter, probably
    ("Написать в чат группы", "messenger", True),         # unless a channel is named after it
])
def test_a_cell_naming_what_the_client_does(cell, code, sure):
    m = match_channel(cell)
    assert (m.code, m.score >= REVIEW) == (code, sure)


@pytest.mark.parametrize("cell, code", [
    # held at two places, one of them no channel: the first named, in review (either order)
    ("Приём граждан в МФЦ и в министерстве", "mfc"),
    ("Приём граждан в министерстве и в МФЦ", "personal_reception"),
    ("Встреча с жителями в МФЦ или в администрации района", "mfc"),
    ("Обращение через МФЦ и в министерство", "mfc"),
])
def test_an_act_held_at_two_places_goes_to_review(cell, code):
    m = match_channel(cell)
    assert (m.code, m.score < REVIEW) == (code, True)


@pytest.mark.parametrize("cell, code", [
    # the MFC's own branches are the MFC: one place
    ("Приём граждан в МФЦ и его филиалах", "mfc"),
    # "по адресу" names no means: the phone after it is the reception's contact
    ("Личный приём по адресу: г. Кемерово, пр. Советский, д. 58, каб. 10, тел. 8 (3842) 36-00-00",
     "personal_reception"),
    ("Приём граждан по адресу: ул. Ленина, д. 5, телефон для записи 8 (3842) 36-00-00", "personal_reception"),
    # a means named after a phrase of none still decides
    ("Приём граждан по вопросам опеки по видеосвязи", "video_conference"),
    # a topic after "и по" is no second place
    ("Приём граждан по видеосвязи и по вопросам опеки", "video_conference"),
])
def test_one_place_or_a_contact_stays_sure(cell, code):
    m = match_channel(cell)
    assert (m.code, m.score >= REVIEW) == (code, True)


@pytest.mark.parametrize("cell", [
    # a means after a booking is how the client books: the reception is still in person
    "Личный приём по предварительной записи по телефону",
    "Приём граждан, по предварительной записи по телефону 8 (3842) 58-00-00",
    "Личный приём, запись по телефону 8 (3842) 58-00-00",
])
def test_a_booking_means_leaves_the_reception(cell):
    m = match_channel(cell)
    assert (m.code, m.score >= REVIEW) == ("personal_reception", True)


def test_a_means_before_a_booking_still_decides():
    m = match_channel("Приём граждан по видеосвязи по предварительной записи")
    assert (m.code, m.score >= REVIEW) == ("video_conference", True)
