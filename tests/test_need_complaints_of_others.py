"""A complaint of a third party — a firm or a person the agency oversees — is an appeal to it as a
regulator, not feedback on its own service (needs22; normalizers/need_complaint.py, `third_parties` in
data/need_grammar.yaml).  Expectations from the taxonomy's definitions (contract §4.2: feedback is an
assessment of the service's quality, submission a paper filed), never from a pool's phrase."""
from __future__ import annotations

import pytest

from normalizers import match_needs
from normalizers.matcher import REVIEW
from normalizers.need_complaint import third_party
from normalizers.phrase import words


def reviewed(text):
    return [(m.code, m.score < REVIEW) for m in match_needs(text)]


@pytest.mark.parametrize("text", [
    "пожаловаться на застройщика",
    "Хотим пожаловаться на соседей",
    "жильцы жалуются, что подрядчик долго не чинит лифт",
    "жалуется, что работодатель не выплатил зарплату",
    "пожаловаться на недобросовестного продавца",
])
def test_a_complaint_of_a_third_party_is_likelier_an_appeal_filed(text):
    # the agency is asked to act on another party: a paper filed, but it may be read as feedback too
    assert reviewed(text) == [("submission", True)]


@pytest.mark.parametrize("text", [
    "пожаловаться на грубость специалиста",
    "жалуются, что оператор долго не отвечает",
    "пожаловаться на врача",
])
def test_a_complaint_of_the_services_own_staff_stays_feedback(text):
    assert reviewed(text) == [("feedback", False)]


def test_the_answer_to_a_complaint_of_a_third_party_is_no_feedbacks_result():
    assert [c for c, _ in reviewed("получить ответ на жалобу на застройщика")] == ["result"]
    assert [c for c, _ in reviewed("получить ответ на жалобу на специалиста")] == ["feedback_result"]


@pytest.mark.parametrize("text, start, marked", [
    ("пожаловаться на нового подрядчика", 1, True),
    ("жалуются, что управляющая компания не убирает двор", 1, True),
    # the first noun decides: a thing complained of, whoever it belongs to
    ("пожаловаться на долгую работу подрядчика", 1, False),
    # «чтобы» (a purpose, no content of the complaint) before any noun: nothing named
    ("пожаловаться, чтобы подрядчик пришёл", 1, False),
])
def test_the_mark_is_the_first_noun_after_the_complaint(text, start, marked):
    assert bool(third_party(tuple(words(text)), start)) is marked


@pytest.mark.parametrize("text", [
    "пожаловаться на подрядчика министерства",
    "пожаловаться на подрядчика, нанятого учреждением",
])
def test_a_party_the_agency_answers_for_is_its_service(text):
    # named as the agency's own: the complaint assesses its service (contract: feedback — оценка качества; rev18b)
    assert [c for c, _ in reviewed(text)] == ["feedback"]


def test_the_answer_to_a_complaint_of_the_agencys_contractor_is_feedbacks_result():
    assert [c for c, _ in reviewed("получить ответ на жалобу на подрядчика министерства")] == ["feedback_result"]


@pytest.mark.parametrize("text, code", [
    # where the complaint is sent is no target: the party after «на» is (rev18b)
    ("пожаловаться в министерство на застройщика", "submission"),
    ("пожаловаться в государственную жилищную инспекцию на управляющую компанию", "submission"),
    ("пожаловаться в министерство на специалиста", "feedback"),
])
def test_the_addressee_of_a_complaint_is_passed_over(text, code):
    assert [c for c, _ in reviewed(text)] == [code]
