"""Who does the deed a need phrase names (session 17): the client in the dative before a modal word is
its doer, no recipient; the agency named as the doer of handing something over hands it to the
client.  Expectations come from the taxonomy's definitions (docs/dataset.md, `needs`: submission
«представление (подача, направление …) заявления, обращения, запроса, документов», result «получение
результата, ответа, разъяснения, справки», information «получение информации»); the phrases are
written for these tests, not taken from a phrase pool."""
import pytest

from normalizers import match_needs


def codes(text):
    return [m.code for m in match_needs(text)]


@pytest.mark.parametrize("text", [
    # «мне нужно» / «нам надо»: the client is who sends, not whom it is sent to
    "Мне нужно направить документы на перерасчёт пенсии",
    "нам надо отправить документы на переоформление разрешения",
])
def test_the_client_in_the_dative_before_a_modal_sends(text):
    assert codes(text) == ["submission"]


def test_the_client_in_the_dative_after_the_verb_receives():
    # after the verb the dative is the recipient still
    assert codes("Направьте мне копию решения") == ["result"]


@pytest.mark.parametrize("text, code", [
    # the agency in the nominative before its verb of handing over
    ("Ведомство направляет ответ на запрос", "result"),
    # …or in the instrumental right after the action's noun
    ("Направление департаментом ответа заявителю", "result"),
    ("Предоставление комитетом сведений о льготах", "information"),
])
def test_what_the_agency_hands_over_the_client_receives(text, code):
    assert codes(text) == [code]


def test_what_the_agency_registers_the_client_filed():
    # registering or accepting is no handing over: the client filed the paper
    assert codes("Регистрация департаментом заявления") == ["submission"]


@pytest.mark.parametrize("text", [
    # an emphasis before «не» joins no clause: the agency did not answer the client's feedback
    "Нам так и не ответили на отзыв о работе библиотеки",
    "мне до сих пор не ответили на предложение по расписанию",
])
def test_an_emphasis_before_not_joins_no_clause(text):
    assert codes(text) == ["feedback_result"]
