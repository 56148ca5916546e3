"""Needs and channels as a quality manager, an auditor and a press secretary word them
(normalizers/need_officialese.py, need_frames.py, need_outcome.py; data/need_grammar.yaml,
need_frames.yaml, need_story.yaml, channel_heads.yaml).  Phrases composed for these tests from the
taxonomy's definitions (docs/dataset.md, `needs`, `channel`; contract §4.2), none taken from a phrase pool."""
import pytest

from normalizers import match_channel, match_needs
from normalizers.matcher import REVIEW


def codes(text):
    return sorted(m.code for m in match_needs(text))


def read(text):
    return sorted((m.code, m.score >= REVIEW) for m in match_needs(text))


@pytest.mark.parametrize("text", [
    # access ensured to one who inspects: the thing he is let to is presented for inspection
    "обеспечить доступ контролёра к счётчику газа",
    "обеспечение доступа экспертов к складу удобрений",
    "обеспечение доступа должностных лиц надзора к котельной",
])
def test_access_given_to_an_inspector_presents_the_thing(text):
    assert codes(text) == ["inspection_objects"]


def test_access_given_to_the_client_is_still_the_thing_received():
    assert codes("обеспечение доступа заявителей к бланкам заявлений") == ["forms"]


@pytest.mark.parametrize("text, want", [
    # an auditor's finding: the act ensured (or not) is the subject of the short participle
    ("не обеспечено консультирование предпринимателей по вопросам лицензирования", ["consultation"]),
    ("обеспечено ознакомление граждан с административным регламентом", ["information"]),
    # …and the possibility of an act stays read through, as before
    ("не обеспечена возможность получения бланков заявлений", ["forms"]),
])
def test_a_short_participle_of_ensuring_reads_its_subject(text, want):
    assert codes(text) == want


@pytest.mark.parametrize("text", [
    "жалоба на долгий ответ инспекции",
    "жалоба на длительное рассмотрение обращения",
    "жалоба на задержку ответа на запрос",
])
def test_a_complaint_of_slowness_is_feedback_the_likelier(text):
    # slow to answer or to consider is the service's quality; a complaint is an appeal too: in review
    assert read(text) == [("feedback", False)]


def test_news_of_a_complaint_of_slowness_answered_is_its_result():
    assert codes("сообщение о результатах рассмотрения жалобы на волокиту") == ["feedback_result"]
    assert codes("информация о мерах, принятых по жалобе на долгое ожидание") == ["feedback_result"]


@pytest.mark.parametrize("text, want", [
    # a quality manager's record of what the customer requires or found wrong frames the need
    ("требование потребителя: бланки заявлений на субсидию", ["forms"]),
    ("несоответствие, выявленное заявителем: жалоба на грубость оператора", ["feedback"]),
    # a heading alone before the list of needs names none of its own
    ("требование потребителя: 1) образец заявления; 2) консультация юриста", ["consultation", "forms"]),
])
def test_a_quality_record_label_frames_the_need(text, want):
    assert codes(text) == want


def test_a_thing_handed_over_for_an_inspection_is_inspected():
    # (a thing no vocabulary names: the purpose alone says it is looked at)
    assert codes("предоставить трактор для инспектирования") == ["inspection_objects"]
    assert codes("предоставление маломерного судна для инспекции") == ["inspection_objects"]


def test_asking_whether_a_service_is_due_asks_the_entitlement():
    assert codes("узнать, положена ли мне бесплатная консультация адвоката") == ["information"]


@pytest.mark.parametrize("text, want", [
    # news copy: what the client no longer has to do is no need; what now serves him is
    ("Больше не нужно ехать в отдел: бланк заявления можно скачать на сайте", ["forms"]),
    ("Теперь не надо стоять в очереди — оценить работу центра можно на сайте", ["feedback"]),
    # …said as a phrase of its own beside the need, it is dropped
    ("больше не нужно писать заявление от руки; бланк можно скачать на сайте", ["forms"]),
    ("Больше не нужно заполнять заявление от руки: бланк можно скачать на сайте", ["forms"]),
])
def test_a_deed_no_longer_needed_is_no_need(text, want):
    assert codes(text) == want


def test_a_deed_no_longer_needed_alone_is_still_read():
    # nothing follows it: the phrase is read as it stands, not lost (rev17h: a reading, not merely a row —
    # `match_needs` gives `other` to a phrase it dropped too)
    assert codes("больше не нужно писать жалобу на бумаге") == ["submission"]


def test_a_channel_after_a_deed_no_longer_needed():
    assert match_channel("Больше не нужно звонить в приёмную: ответы на частые вопросы опубликованы на сайте министерства").code == "website"


@pytest.mark.parametrize("text, want", [
    # a workplace of the MFC is one of its offices, where clients are served
    ("удалённое рабочее место МФЦ в посёлке", "mfc"),
    ("удаленное рабочее место многофункционального центра", "mfc"),
    ("рабочее место специалиста отдела кадров", "internal_office"),
])
def test_a_workplace_of_the_mfc(text, want):
    assert match_channel(text).code == want


def test_a_wish_that_someone_come_and_look_bids_the_agency():
    # after «чтобы» a verb is past, never imperative: «пришли» is «прийти» (come), no order to send —
    # the agency bid come and look, the client's thing presented (the likelier reading: in review)
    assert read("дедушка просит, чтобы пришли посмотреть сарай после урагана") == [("inspection_objects", False)]
    # a verb of sending after «чтобы» stays what it was: the client wants the paper sent to him
    assert codes("хочу, чтобы прислали справку") == ["result"]


def test_a_spoken_paper_is_a_certificate():
    # «бумажка»: the paper an office issues, spoken (data/colloquial.yaml)
    assert codes("нужна бумажка из сельсовета о составе семьи") == ["result"]
