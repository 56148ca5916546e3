"""Review of open16 (rev17h): a deed no longer needed names no channel even where what follows names
none; a question whether a deed is needed is no foil; access given to an inspector to information or
forms is still those read; a requirement's topic before a colon is no frame (normalizers/__init__.py,
need_frames.py, need_officialese.py).  Phrases composed for these tests, none taken from a phrase pool."""
import pytest

from normalizers import match_channel, match_needs


def codes(text):
    return sorted({m.code for m in match_needs(text)})


@pytest.mark.parametrize("text", [
    "не нужно ехать в МФЦ — можно подать онлайн",
    "Больше не нужно идти в МФЦ - заявление подаётся онлайн",
])
def test_the_way_no_longer_needed_is_no_channel(text):
    # the MFC is the old way; what follows names no office — the cell's words may not bring it back
    assert match_channel(text).code != "mfc"
    # …and the deed that now serves is still the submission
    assert "submission" in codes(text)


def test_an_override_of_the_whole_cell_still_wins(monkeypatch):
    from normalizers import _match_channel
    from normalizers.matcher import Match, taxonomy
    tax = taxonomy("channel")
    cell = "не нужно ехать в МФЦ — можно подать онлайн"
    monkeypatch.setattr(type(tax), "override_for",
                        lambda self, t: Match("mfc", 1.0, "override", t) if t == cell else None)
    _match_channel.cache_clear()
    try:
        assert match_channel(cell).code == "mfc"
    finally:
        _match_channel.cache_clear()


@pytest.mark.parametrize("text", [
    "записаться на приём; не нужно ли платить госпошлину за выписку",
    "записаться на приём; не требуется ли справка о несудимости",
])
def test_asking_whether_a_deed_is_needed_is_no_foil(text):
    # «не нужно ли …» asks: a need of its own beside the cell's other phrase, not dropped
    assert "information" in codes(text)


@pytest.mark.parametrize("text, want", [
    ("обеспечение доступа экспертов к информации о проекте", ["information"]),
    ("обеспечение доступа комиссии к бланкам заявлений", ["forms"]),
])
def test_an_inspector_given_access_to_information_or_forms_reads_them(text, want):
    assert codes(text) == want


def test_an_inspector_given_access_to_a_place_still_inspects_it():
    assert codes("обеспечение доступа экспертов к складу удобрений") == ["inspection_objects"]


def test_requirements_to_a_thing_before_a_colon_are_its_topic():
    # «требования к документам» names what is asked, no quality record's frame: read sure, as before open16
    found = match_needs("Требования к документам: узнать")
    assert [m.code for m in found] == ["information"] and found[0].score >= 0.9
    # the record's label with its customer still frames
    assert codes("требование потребителя: бланки заявлений на субсидию") == ["forms"]


def test_papers_in_the_plural_are_documents_brought():
    # «бумажки» gathered and brought are the documents filed (data/colloquial.yaml `words`), no certificate issued
    assert codes("принести все бумажки в МФЦ") == ["submission"]
    assert codes("собрать бумажки для оформления пособия") == ["submission"]
    # one «бумажка» an office issues stays the certificate
    assert codes("нужна бумажка из сельсовета о составе семьи") == ["result"]


@pytest.mark.parametrize("text", [
    "сообщение о грубости сотрудника при рассмотрении жалобы",
    "сообщение о волоките при рассмотрении жалобы",
])
def test_a_fault_reported_of_a_complaints_handling_is_no_news_of_its_answer(text):
    # the rudeness or the delay is what the client's message reports, before the complaint's word: no complaint
    # of the service answered (need_outcome.answered_feedback), so no feedback's result
    assert "feedback_result" not in codes(text)


def test_news_of_a_complaint_of_the_service_answered_is_still_its_result():
    assert codes("сообщение о результатах рассмотрения жалобы на грубость") == ["feedback_result"]
    assert codes("ответ на жалобу на хамство") == ["feedback_result"]


@pytest.mark.parametrize("text", [
    "обеспечение доступа должностных лиц к системе электронного документооборота",
    "обеспечение доступа экспертов к личному кабинету на портале",
])
def test_an_official_given_access_to_a_digital_channel_inspects_nothing(text):
    # a system or a cabinet one works in is no object presented for inspection
    assert "inspection_objects" not in codes(text)


def test_an_inspector_given_access_to_the_place_of_a_check_still_inspects():
    # an offline place («к месту проведения проверки» reads as a visit) keeps the inspector's reading
    assert codes("обеспечение доступа проверяющих к месту проведения проверки") == ["inspection_objects"]


def test_a_consultation_asked_for_beside_a_question_of_entitlement_stays():
    # the question's own clause asks whether a subsidy is due; the consultation is asked for on its own
    assert codes("получить консультацию, положена ли мне субсидия") == ["consultation"]
    # …the consultation asked whether due is the entitlement, as open16 read it
    assert codes("положена ли мне консультация юриста") == ["information"]
