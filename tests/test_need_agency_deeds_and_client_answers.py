"""Bounds of session 17's need rules (review rev15b): the agency's own deeds are no client's receiving,
what the client answers is no result of his feedback, papers checked are filed, a singular «срок» names
the term in general, a pair «как …, так и не …» keeps its «и».  Expectations come from the taxonomy's
definitions (docs/dataset.md, `needs`: submission «Подача заявления, обращения, документов», result
«Получение результата, ответа», feedback «Предоставление обратной связи», feedback_result «Получение
результата рассмотрения обратной связи», status «Получение информации о ходе рассмотрения», information
«Получение информации»); the phrases are written for these tests, not taken from a phrase pool."""
import pytest

from normalizers import match_needs
from normalizers.need_grammar import grammar
from normalizers.need_objects import by_agency, for_inspection
from normalizers.needs import split_needs
from normalizers.phrase import words


def codes(text):
    return [m.code for m in match_needs(text)]


@pytest.mark.parametrize("text", [
    # the client's own papers passed on to another body: the agency's deed, nothing the client receives
    "Министерство направляет документы в Росреестр",
    "Департамент передаёт заявление на рассмотрение комиссии",
    # the client himself sent somewhere: no thing he receives
    "Учреждение направляет заявителя на медицинское освидетельствование",
    # another body named as where it goes, before what goes
    "Администрация направляет в прокуратуру материалы проверки",
])
def test_the_agency_passing_the_clients_papers_on_hands_him_nothing(text):
    assert not {"result", "information"} & set(codes(text))


def test_who_hands_over_is_the_agency_only_as_the_subject_of_a_third_person_verb():
    # (the index is the word after the verb: the action's first complement)
    assert by_agency(words("министерство направляет ответ"), 2, "send")
    # «в министерство»: where the client sends, not who sends
    assert not by_agency(words("в министерство направляю заявление"), 3, "send")
    # a first-person verb: the client sends, the agency only named before it
    assert not by_agency(words("министерство, куда направляем заявление"), 4, "send")


def test_what_the_agency_hands_over_is_no_client_nor_his_papers():
    g = grammar()
    assert by_agency(words("министерство направляет ответ"), 2, "send", g)
    assert not by_agency(words("учреждение направляет заявителя на освидетельствование"), 2, "send", g)
    assert not by_agency(words("министерство направляет документы в росреестр"), 2, "send", g)
    assert not by_agency(words("администрация направляет в прокуратуру материалы"), 2, "send", g)
    assert by_agency(words("министерство направляет в адрес заявителя уведомление"), 2, "send", g)


@pytest.mark.parametrize("text", [
    # a survey is what the client answers: his feedback, no result of it
    "Ответить на вопросы анкеты",
    "Ответы на вопросы анкеты",
    # remarks the agency or its inspector made: the client answers them
    "Ответ на замечания инспектора",
    "ответ на замечания министерства",
])
def test_what_the_client_answers_is_no_result_of_his_feedback(text):
    assert "feedback_result" not in codes(text)


def test_the_agencys_reply_to_the_clients_remarks_is_still_their_result():
    assert codes("Ответ на замечания посетителя о работе гардероба") == ["feedback_result"]


@pytest.mark.parametrize("text", [
    # papers sent to an expert examination or «на проверку» are filed, whatever they are called
    "Направление сметы на экспертизу",
    "Представление бизнес-плана на проверку",
    "Направление проекта постановления на проверку",
])
def test_papers_sent_for_a_check_are_filed(text):
    assert codes(text) == ["submission"]


def test_a_check_marks_a_thing_only_after_for():
    assert for_inspection(words("передача сметы на проверку"), 1) == []
    assert for_inspection(words("передача сметы на экспертизу"), 1) == []
    assert for_inspection(words("передача теплицы для выездной проверки"), 1) == [frozenset({"@for_check"})]


@pytest.mark.parametrize("text", [
    # the singular is how a rule names the term: no one case's paper marked
    "Информирование о сроке рассмотрения запроса",
    "Узнать срок рассмотрения заявления",
    # the public told, not one client: the term in general
    "Информирование граждан о сроке рассмотрения заявления",
])
def test_a_singular_term_unmarked_is_the_term_in_general(text):
    assert codes(text) == ["information"]


@pytest.mark.parametrize("text", [
    "Информирование о сроке рассмотрения конкретного заявления",
    "Уведомление заявителя о сроке рассмотрения заявления",
])
def test_a_singular_term_of_one_marked_case_is_its_status(text):
    assert codes(text) == ["status"]


def test_a_pairs_so_and_is_no_emphasis():
    # «как …, так и не …» joins two ways: «так и» is kept, comma and all
    assert split_needs("Подача заявления как в МФЦ, так и не выходя из дома") \
        == ("Подача заявления как в МФЦ, так и не выходя из дома",)
    # «как» asking how to act opens no pair: the emphasis is dropped
    assert split_needs("Как подать жалобу, если так и не ответили на отзыв") \
        == ("Как подать жалобу, если не ответили на отзыв",)
