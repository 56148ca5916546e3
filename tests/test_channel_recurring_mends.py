"""Review of chan18's channels by recurring causes (tests/test_channel_recurring_causes.py): the post office
meant by «на почту», a client who comes to the body's place, paper moved with data words, a survey on paper
entered on a device.  Phrases written for these tests from the taxonomy's definitions (CONTRACT §4.1)."""
import pytest

from normalizers import match_channel
from normalizers.matcher import REVIEW


@pytest.mark.parametrize("text", [
    # a thing only the post carries: the post office, whatever the deed
    "отправить посылку на почту",
    "отправка бандероли на почту",
    "отправить документы на почту в конверте",
    "отправить документы на почту заказным письмом",
    # the post's own office named as the box's «owner»
    "отправить документы на почту отделения связи",
    "отправить на почту почтовым отправлением",
    # carried there, the deed in its reflexive passive or as a noun too
    "заявитель приносит письмо на почту",
    "письма сдаются на почту",
    "сдача документов на почту",
])
def test_the_post_office_meant_by_na_pochtu_is_the_post(text):
    assert match_channel(text).code == "written_mail"


def test_a_deed_of_carrying_after_the_box_is_another_deed():
    # the papers carried to the archive after the mail is sent: the box stays the addressee's e-mail
    assert match_channel("уведомление на почту заявителя, пакет документов сдать в архив").code == "email"


def test_a_dative_that_may_be_an_instrumental_is_no_owner_of_the_box():
    # «обычным» may be «by the usual way» (instrumental): no addressee named, so a guess below review
    m = match_channel("отправить документы на почту обычным порядком")
    assert m.code == "email" and m.score < REVIEW
    # a plain dative addressee still names whose box it is
    m = match_channel("направить ответ на почту руководителям")
    assert m.code == "email" and m.score >= REVIEW


@pytest.mark.parametrize("text", [
    # the client named as the one who comes: the place is the body's, a reception
    "фермер приезжает на склад учреждения за семенами",
    "получатель приходит на склад за продуктовым набором",
    "гражданин приходит на избирательный участок",
    "клиент приезжает на производство",
    "посетитель приходит на объект",
])
def test_a_client_who_comes_to_a_place_is_received_there(text):
    assert match_channel(text).code == "personal_reception"


@pytest.mark.parametrize("text", [
    # the worker comes to the client, a client named later in another role changes nothing
    "специалист приезжает к заявителю, заявитель получает консультацию",
    # «семьи» may be a nominative plural, but is the genitive of what is visited
    "посещение семьи",
])
def test_a_worker_who_comes_to_the_client_still_visits(text):
    m = match_channel(text)
    assert m.code == "in_person" and m.score >= REVIEW


def test_a_client_visiting_is_no_worker_visiting_the_client():
    # the visit's doer in the instrumental is the client: the client's word is no place visited
    assert match_channel("посещение заявителем отдела").score < REVIEW


@pytest.mark.parametrize("text, want", [
    # words of data in a moved paper's phrase yield to the paper, the courier or the person named
    ("передача реестра в бухгалтерию на бумажном носителе", "written_mail"),
    ("курьерская передача реестра документов", "written_mail"),
    ("передача сведений специалисту при личном приёме", "personal_reception"),
])
def test_data_words_yield_to_paper_or_a_person_named(text, want):
    assert match_channel(text).code == want


@pytest.mark.parametrize("text", [
    # «по реестру» after the moved papers: a paper list of what is handed over, no data moved
    "передача документов по реестру в архив",
    # informational printed matter handed over is no data exchange
    "передача информационных материалов в библиотеки",
])
def test_papers_handed_over_are_no_data_exchange(text):
    assert match_channel(text).code != "api"


@pytest.mark.parametrize("text", [
    # a survey taken on paper, its answers entered on a device afterwards
    "анкетирование на бумаге с последующим вводом в компьютер",
    "опрос на бумажных бланках, данные заносятся в компьютер",
])
def test_a_survey_on_paper_entered_on_a_device_stays_offline(text):
    assert match_channel(text).code == "offline_survey"


@pytest.mark.parametrize("text, want", [
    # what a site or a stand shows, or a person, named after «через»: the host itself, no service on it
    ("информирование через размещение новостей на сайте", "website"),
    ("через новость на сайте", "website"),
    ("обращение через представителя на сайте министерства", "website"),
    ("ознакомление через материалы на стенде", "info_stand"),
    ("доведение информации через размещение на стенде", "info_stand"),
])
def test_content_or_a_person_through_a_host_is_the_host(text, want):
    assert match_channel(text).code == want
