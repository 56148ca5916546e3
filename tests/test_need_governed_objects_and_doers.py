"""Session 21 (needs21): a benefit read ABOUT is news of it, a benefit read of only a guess, access to
blanks the blanks (normalizers/need_object_as.py); a clause naming only the client's feedback and, by a
verb, what the agency did on it is feedback's result (`@answered_deed`, need_outcome.answered_feedback);
a verb of telling in an indefinite-personal clause, or with the client in the dative, tells the client
(need_unnamed_doer.py, need_addressee.py); a step is a stage, steps toward a goal no case's stage.  Phrases composed for
these tests from the taxonomy's definitions (docs/dataset.md, `needs`; contract §4), none taken from a
phrase pool."""
import pytest

from normalizers import match_needs
from normalizers.matcher import REVIEW


def read(text):
    return sorted((m.code, m.score >= REVIEW) for m in match_needs(text))


def codes(text):
    return sorted(m.code for m in match_needs(text))


@pytest.mark.parametrize("text", [
    "прочитать о мерах поддержки молодых семей",
    "прочитать об условиях и льготах для многодетных",
    "прочитать про новые субсидии фермерам",
])
def test_a_benefit_read_about_is_news_of_it(text):
    # what the text read is about: information (obtaining information), not the benefit received
    assert codes(text) == ["information"]


@pytest.mark.parametrize("text", [
    "ознакомиться с мерами поддержки",
    "ознакомиться с ответом на обращение",
])
def test_a_benefit_or_answer_read_of_is_only_a_guess(text):
    # news of what there is, or one's own answer read: never a sure code
    assert all(m.score < REVIEW for m in match_needs(text))


@pytest.mark.parametrize("text", [
    "через неделю пишут, что исправлено по моей оценке",
    "сообщают, что сделано по моему отзыву",
])
def test_what_was_done_on_feedback_said_by_a_verb_is_its_result(text):
    assert codes(text) == ["feedback_result"]


@pytest.mark.parametrize("text", [
    "предложение по изменению порядка приёма",
    "предложения по улучшению работы отдела",
])
def test_a_change_a_proposal_asks_for_is_its_content(text):
    # a noun of change governed by the proposal is what it proposes: feedback, no answer named
    assert codes(text) == ["feedback"]


def test_access_to_blanks_is_the_blanks():
    # obtaining document forms (blanks, samples): access to them is no result of one's own case
    assert codes("доступ к образцам документов") == ["forms"]
    assert codes("получить доступ к бланкам заявлений") == ["forms"]
    # access to a system stays access (received: a result)
    assert codes("доступ к личному кабинету") == ["result"]


@pytest.mark.parametrize("text", [
    "сообщают, что сделано по моему отзыву",
    "потом пишут, что учтено по моему предложению",
])
def test_an_unnamed_doer_telling_is_the_agency_telling(text):
    # «сообщают» with no subject: the agency tells the client what it did on his feedback
    assert read(text) == [("feedback_result", True)]


def test_a_subject_named_keeps_the_clients_own_telling():
    # residents report: their own message filed, never the agency telling them
    assert codes("жители сообщают о свалке у дороги") == ["submission"]
    assert codes("сообщаю о свалке у дороги") == ["submission"]


def test_the_client_in_the_dative_after_telling_is_told():
    # the agency tells the applicant of its decision: the result of his case, surely
    assert read("сообщить заявителю о принятом решении") == [("result", True)]


def test_a_step_is_a_stage_of_ones_case():
    assert codes("уведомление о каждом шаге рассмотрения заявления") == ["status"]


@pytest.mark.parametrize("text", [
    "узнать о первых шагах для открытия бизнеса",
    "узнать об этапах для получения гранта",
])
def test_steps_toward_a_goal_are_no_cases_stage(text):
    # how one goes about something, no case named: information, never a status
    assert codes(text) == ["information"]


@pytest.mark.parametrize("text", [
    "хочу узнать, что исправили по моей жалобе",
    "узнать, что сделано по жалобе",
])
def test_what_was_done_on_a_complaint_is_feedbacks_answer(text):
    # a remedy told by a verb answers feedback (an appeal is answered by a decision), whatever it was about
    assert read(text) == [("feedback_result", True)]


def test_a_remedy_on_a_complaint_against_a_decision_stays_open():
    # a complaint contesting a refusal is an appeal as often: no sure feedback's answer
    assert all(m.score < REVIEW for m in match_needs("узнать, что исправили по моей жалобе на отказ"))


@pytest.mark.parametrize("text", [
    "найти образец заявления на сайте министерства",
    "где искать бланк декларации?",
])
def test_a_blank_found_is_the_blank(text):
    # obtaining document forms: a blank looked for as a direct object
    assert codes(text) == ["forms"]


def test_forms_learnt_about_are_a_topic():
    # kinds of something («формы поддержки»), learnt about: information, no blank
    assert codes("узнать о формах поддержки молодых семей") == ["information"]
