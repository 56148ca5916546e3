"""Review 17a of session 21's readers of governed objects and unnamed doers (needs21) on ordinary need
cells of other hands: the client's own feedback or filing stays his, a kind of something learnt stays a
topic, an idiom of manner names no stage.  Phrases composed from the contract's definitions (§4.2), none
taken from a phrase pool."""
import pytest

from normalizers import match_needs


def codes(text):
    return sorted(m.code for m in match_needs(text))


@pytest.mark.parametrize("text", [
    "предложение изменить график работы",        # what the proposal asks for: its content
    "предложение учесть мнение жителей",
    "отзывы и предложения, что сделать лучше",
])
def test_a_change_asked_in_the_infinitive_is_the_feedbacks_content(text):
    # feedback given (предоставление обратной связи), no answer received: nothing was done yet
    assert codes(text) == ["feedback"]


@pytest.mark.parametrize("text", [
    "учтите мое предложение",                    # an imperative: the client asks
    "исправьте ошибку по моей жалобе",
    "узнать, что сделать, чтобы подать жалобу",  # the client's own to-do
])
def test_a_remedy_asked_or_to_be_done_is_no_answer_to_feedback(text):
    assert "feedback_result" not in codes(text)


@pytest.mark.parametrize("text", [
    "жалоба на то, что не исправили ошибку в справке",   # what the complaint is of: nothing was done
    "жалоба, что по обращению так ничего и не сделали",
])
def test_a_remedy_denied_is_what_a_complaint_is_of(text):
    # a complaint filed (представление обращения / обратная связь), no answer to it received
    assert "feedback_result" not in codes(text)


def test_a_remedy_said_done_still_answers_feedback():
    # the mends above keep the branch's reading: what WAS done on a complaint of the service
    assert codes("узнать, что исправили после моей жалобы на грубость") == ["feedback_result"]
    assert codes("сообщают, что сделано по моему отзыву") == ["feedback_result"]


def test_we_told_by_an_unnamed_doer_is_the_agency_told():
    # «нам» is the agency as often (sent_to_client leaves it out too): residents report to it — a filing
    assert codes("нам сообщают о ямах на дорогах") == ["submission"]
    assert codes("нам пишут о нарушениях графика вывоза мусора") == ["submission"]
    # «мне», the client told, still reads the agency telling
    assert "submission" not in codes("мне сообщили, что заявление принято")


@pytest.mark.parametrize("text", [
    "узнать формы поддержки",                    # kinds of support: a topic
    "уточнить форму обучения",                   # a manner of study
    "выяснить формы государственной поддержки фермеров",
])
def test_forms_found_out_about_are_a_topic_not_blanks(text):
    # obtaining information (информирование о мере поддержки), no document forms
    assert codes(text) == ["information"]


def test_a_blank_looked_for_is_still_the_blank():
    assert codes("найти образец заявления") == ["forms"]
    assert codes("поиск бланков заявлений") == ["forms"]


@pytest.mark.parametrize("text", [
    "хочу, чтобы шаг за шагом объяснили, как подать заявление",
    "этап за этапом пройти процедуру оформления заявления",
])
def test_step_by_step_names_no_stage_of_a_case(text):
    # a manner, step by step: no information on the course of one's application (status)
    assert "status" not in codes(text)


def test_a_step_of_ones_case_stays_a_stage():
    assert codes("уведомление о каждом шаге рассмотрения заявления") == ["status"]


def test_the_hostile_inputs_of_the_benchmark_read_as_their_short_forms():
    # benchmarks/bench_hostile_inputs.py times these (needs21's loops, linear); here what they return
    assert "feedback_result" in codes("через неделю по почте " * 200 + "сообщают, что сделано по моему отзыву")
    assert "forms" in codes("найти " + "новый актуальный " * 200 + "образец заявления")
