"""A thing handed over FOR a look at it, the agency's reply to feedback, and the client a thing is
brought to (session 17).  Expectations come from the taxonomy's definitions (docs/dataset.md,
`needs`: inspection_objects «предоставление объектов для осмотра (проверки)», feedback_result
«получение результата рассмотрения обратной связи»); the phrases are written for these tests,
not taken from a phrase pool."""
import pytest

from normalizers import match_needs
from normalizers.matcher import REVIEW
from normalizers.phrase import words
from normalizers.need_objects import for_inspection


def coded(text):
    return [(m.code, m.score >= REVIEW) for m in match_needs(text)]


@pytest.mark.parametrize("text", [
    # the purpose's noun after its adjectives: the thing is inspected, whatever the verb of handing over
    "Представление трактора на плановый технический осмотр",
    "предоставление саженцев для полевого испытания",
    "Предоставить теплицу для выездной проверки",
    # a noun of conducting between ("для проведения обследования")
    "Предоставление стада для проведения обследования",
])
def test_a_thing_handed_over_for_inspection_is_inspected(text):
    assert coded(text) == [("inspection_objects", True)]


def test_a_thing_handed_over_for_an_assessment_is_likelier_inspected():
    # an assessment may be of papers or the client's own opinion: the likelier reading, in review
    assert coded("Предоставление лодки для экспертной оценки") == [("inspection_objects", False)]


@pytest.mark.parametrize("text", [
    # papers handed over for checking stay filed: the rule takes things no vocabulary names
    "Представление документов на проверку",
    # "на учёт" is a register: the thing is filed, not counted on site (how sure, the definitions do not say)
    "Постановка автомобиля на учёт",
])
def test_papers_and_registers_are_no_inspection(text):
    assert [c for c, _ in coded(text)] == ["submission"]


def test_papers_filed_for_checking_are_surely_filed():
    assert coded("Представление документов на проверку") == [("submission", True)]


def test_for_inspection_marks():
    assert for_inspection(words("передача катера на внеплановый осмотр"), 1) == [frozenset({"@for_inspection"})]
    assert for_inspection(words("передача катера для экспертной оценки"), 1) == [frozenset({"@for_assessment"})]
    # an assessment only after "для"; a word of looking only after a purpose's preposition
    assert for_inspection(words("передача катера на оценку"), 1) == []
    assert for_inspection(words("осмотр катера"), 0) == []


@pytest.mark.parametrize("text", [
    # the agency's reply to the client's feedback is feedback's result, with no verb of receiving
    "Ответ на замечания посетителя о работе гардероба",
    "ответ ведомства на предложения жителей по благоустройству",
])
def test_a_reply_to_feedback_is_its_result(text):
    assert coded(text) == [("feedback_result", True)]


def test_a_reply_to_a_comment_asked_of_the_agency_stays_an_answer():
    # a comment is as often the agency's explanation asked for ("запросить комментарий"): an answer
    assert [c for c, _ in coded("Получить ответ на комментарий")] == ["result"]
    # an answer to an application stays an answer
    assert [c for c, _ in coded("Ответ на заявление о перерасчёте")] == ["result"]


def test_the_client_a_thing_is_brought_to_heads_nothing():
    # "до граждан" is whom the results are brought to: the results of considering proposals are the object
    assert coded("Доведение до граждан итогов рассмотрения их предложений") == [("feedback_result", True)]
    # the client named by the survey he took part in: the survey is who he is, not what he is told
    assert coded("Информирование участников анкетирования об изменениях, внесённых по их предложениям") \
        == [("feedback_result", True)]
