"""The client's being informed ensured, and shortcomings of the agency's work reported (session 17).
Expectations come from the taxonomy's definitions (docs/dataset.md, `needs`: information «получение
информации», feedback «предоставление обратной связи, оценка качества»); the phrases are written for
these tests, not taken from a phrase pool."""
from normalizers import match_needs
from normalizers.matcher import REVIEW


def coded(text):
    return [(m.code, m.score >= REVIEW) for m in match_needs(text)]


def test_awareness_ensured_is_information():
    # «информированность» is the client's being informed: what the order ensures he receives
    assert coded("Обеспечение информированности предпринимателей о порядке лицензирования") == [("information", True)]
    # of one's case's course, its stage
    assert [c for c, _ in coded("Обеспечение информированности заявителя о ходе рассмотрения его заявки")] == ["status"]


def test_shortcomings_of_the_agencys_work_reported_are_likelier_feedback():
    # an assessment of the service, but also a paper filed: the likelier reading, in review
    assert coded("Сообщение о недостатках в работе приёмной") == [("feedback", False)]
    assert coded("Сообщить о недочётах в работе справочной службы") == [("feedback", False)]
    # shortcomings of something else reported stay a message filed
    assert [c for c, _ in coded("Сообщение о недостатках оборудования")] == ["submission"]
