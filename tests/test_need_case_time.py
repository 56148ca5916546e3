"""The time or stage of ONE paper of a case told to the client (session 17).  Expectations come from
the taxonomy's definitions (docs/dataset.md, `needs`: status «получение информации о ходе
рассмотрения заявления, обращения, запроса, документов (уведомление о ходе)», information «получение
информации»); the phrases are written for these tests, not taken from a phrase pool."""
import pytest

from normalizers import match_needs


def codes(text):
    return [m.code for m in match_needs(text)]


@pytest.mark.parametrize("text", [
    # the time of a procedure on one request, named in the singular and marked as one: where that case stands
    # (unmarked, "о сроке рассмотрения запроса", it is how a rule names the term: test_need_agency_deeds_and_client_answers)
    "Информирование о сроке рассмотрения поданной заявки",
    "Сообщение заявителю о сроке рассмотрения его запроса",
    # a stage of one's paper told to the client, whatever the change is called
    "оповещение о смене статуса заявки",
])
def test_one_cases_time_or_stage_told_is_status(text):
    assert codes(text) == ["status"]


@pytest.mark.parametrize("text", [
    # papers in the plural: how long the agency takes in general
    "Информирование о сроках рассмотрения запросов",
    # after a word of how procedures go: the procedure in general
    "Информирование о порядке и сроке рассмотрения запроса",
])
def test_the_time_of_procedures_in_general_is_information(text):
    assert codes(text) == ["information"]
