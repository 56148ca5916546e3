"""Needs stated as outcomes, problems or qualities rather than deeds (normalizers/need_outcome.py,
need_story.py, the vocabulary in data/need_grammar.yaml and data/need_story.yaml).  Phrases composed for
these tests from the taxonomy's definitions (docs/dataset.md, `needs`; contract §4.2), none taken from a
phrase pool."""
import pytest

from normalizers import match_needs
from normalizers.matcher import REVIEW
from normalizers.needs import split_needs


def read(text):
    return sorted((m.code, m.score >= REVIEW) for m in match_needs(text))


def codes(text):
    return sorted(m.code for m in match_needs(text))


@pytest.mark.parametrize("text, want", [
    # the agency answering is what the client receives: an answer (result), sure — «ответить» answers
    ("хочу, чтобы ответили на обращение по существу", [("result", True)]),
    ("чтобы ответили в установленный срок", [("result", True)]),
    # a verb no answer or action names: only guessed, in review
    ("хочу, чтобы мне перезвонили из отдела", [("result", False)]),
])
def test_a_wish_that_the_agency_act_is_what_the_client_receives(text, want):
    assert read(text) == want


def test_a_wish_is_no_story_and_no_cut():
    # «хочу,» before «чтобы» stays with its wish: no bare «хочу» read as a need of its own
    assert split_needs("хочу, чтобы ответили по существу") == ("хочу, чтобы ответили по существу",)
    # a wish beside another need is still a need (a story told would be dropped)
    assert codes("подать заявление на субсидию; хочу, чтобы ответили письменно") == ["result", "submission"]


@pytest.mark.parametrize("text", [
    "чтобы пособие пришло на карту без задержек",
    "чтобы деньги пришли на счёт вовремя",
    "компенсация пришла на карту?",
])
def test_a_thing_that_comes_to_the_client_is_received(text):
    # «пришли» after its subject is «прийти» (came), no order «прислать» (send): the benefit
    # received is a result, its verb unread — in review
    assert read(text) == [("result", False)]


def test_an_order_to_send_is_still_an_order():
    # no subject before it: the imperative, a paper sent in
    assert codes("пришлите скан паспорта") == ["submission"]
    assert codes("пришлите мне справку о доходах") == ["result"]


@pytest.mark.parametrize("text", [
    "информация о мерах, принятых по предложениям жителей",
    "сведения о том, как учтены замечания участников опроса",
    "публикация сведений об изменениях, внесённых по итогам анкетирования",
    "отчёт о рассмотрении отзывов и принятых мерах",
])
def test_what_the_agency_did_in_answer_to_feedback_is_its_result(text):
    # contract: feedback_result — получение результата рассмотрения обратной связи
    assert read(text) == [("feedback_result", True)]


@pytest.mark.parametrize("text", [
    "информирование заявителя о мерах, принятых по его жалобе на грубость сотрудника",
    "сведения о результатах рассмотрения претензии к качеству обслуживания",
])
def test_what_was_done_on_a_complaint_of_the_service_is_likelier_feedbacks_result(text):
    # a complaint is an appeal filed too (need_doubt.open_about): the likelier reading, in review
    assert read(text) == [("feedback_result", False)]


def test_lack_of_a_thing_asks_for_it():
    # the remedy of a lack is the thing lacking received: feedback lacking is likelier its answer — but
    # it may be the way to give it that lacks: a guess, in review (rev14b)
    assert read("отсутствие обратной связи по итогам опроса") == [("feedback_result", False)]
    assert read("нет ответа на обращение") == [("result", True)]
    assert codes("не хватает бланков заявлений в приёмной") == ["forms"]
    # a deed named after the lack is the need ("нет возможности подать …")
    assert codes("нет возможности подать заявление онлайн") == ["submission"]


@pytest.mark.parametrize("text, want", [
    # measures with no feedback named: the answer on one's own case, or plain information
    ("информирование о принятых мерах", ["result"]),
    ("информация о мерах социальной поддержки", ["information"]),
    # feedback still being given is feedback, not its answer
    ("предложения по улучшению работы учреждения", ["feedback"]),
    # a complaint of a decision answered is no feedback on the service (`of_service` not named)
    ("получить информацию о результатах рассмотрения заявления", ["status"]),
])
def test_a_response_without_feedback_answered_is_no_feedback_result(text, want):
    assert codes(text) == want


@pytest.mark.parametrize("text, want", [
    # dissatisfaction stated is an assessment of the service (feedback), sure as a complaint's verb
    ("недовольство качеством обслуживания в регистратуре", [("feedback", True)]),
    # a complaint of an official's conduct or of waiting long: feedback, the likelier reading (in review)
    ("жалоба на некомпетентность специалиста", [("feedback", False)]),
    ("жалоба на непрофессионализм сотрудника приёмной", [("feedback", False)]),
    ("жалоба на долгое ожидание в очереди", [("feedback", False)]),
])
def test_a_complaint_of_the_service_is_feedback(text, want):
    assert read(text) == want


def test_being_informed_is_information():
    assert read("информированность граждан о правах на льготы") == [("information", True)]


@pytest.mark.parametrize("text, want", [
    # a measurement taken on site is an inspection: access given for it presents the site
    ("обеспечение доступа для проведения контрольного замера", "inspection_objects"),
    ("обеспечение доступа к общему имуществу дома для осмотра", "inspection_objects"),
    # a vehicle or machine presented for its technical inspection
    ("представление трактора на технический осмотр", "inspection_objects"),
])
def test_things_presented_for_inspection(text, want):
    assert codes(text) == [want]


def test_a_case_being_considered_asks_its_status():
    # a yes/no question on a procedure going on («рассматривается ли»), as on one done («рассмотрено ли»)
    assert read("узнать, рассматривается ли моё заявление") == [("status", True)]
    assert codes("рассматривается ли жалоба") == ["status"]


@pytest.mark.parametrize("text", [
    "Отправила заявление две недели назад — тишина",
    "подал документы на компенсацию, и молчание",
])
def test_a_paper_filed_then_silence_asks_its_status(text):
    assert codes(text) == ["status"]


def test_silence_with_nothing_filed_is_no_status():
    assert "status" not in codes("подать заявление на выплату")


def test_not_knowing_before_a_question_cuts_off_the_story():
    # «непонятно, …» after a comma opens the question, a need of its own; the lack told before it is
    # the story (need_story: «нет»), no need
    assert split_needs("ответа всё нет, неясно, зарегистрировано ли заявление") == \
        ("ответа всё нет", "неясно, зарегистрировано ли заявление")
    assert codes("ответа всё нет, неясно, зарегистрировано ли заявление") == ["status"]


@pytest.mark.parametrize("text, want", [
    # a trouble to avoid names no need: the question asked after it does …
    ("чтобы не ходить каждый день в приёмную, узнать, готова ли справка", ["status"]),
    ("чтобы не звонить по десять раз с вопросом, зарегистрировано ли обращение", ["status"]),
    # … or the need beside it
    ("чтобы не ждать в коридоре, записаться на приём заранее", ["other"]),
])
def test_a_trouble_to_avoid_names_no_need(text, want):
    ms = match_needs(text)
    assert sorted(m.code for m in ms) == want and all(m.method != "fuzzy" for m in ms)


@pytest.mark.parametrize("text, want", [
    # where one's place in a waiting list stands is one's case's stage
    ("сведения о продвижении очереди на получение жилья", "status"),
    # the procedure of joining it is information; traffic moving is no case
    ("информация о порядке постановки в очередь", "information"),
    ("информация о движении автобусов", "information"),
])
def test_a_waiting_list_moving_is_the_cases_stage(text, want):
    assert codes(text) == [want]


@pytest.mark.parametrize("text", [
    "запрос сведений у других органов через СМЭВ",
    "истребование документов без участия заявителя",
])
def test_requests_between_agencies_are_the_agencys_own_work(text):
    # contract: other — действия самого ведомства (as «межведомственный запрос»)
    assert codes(text) == ["other"]


@pytest.mark.parametrize("text, want", [
    # benefits and services named by what they are are what the client receives
    ("назначение пенсии по старости", "result"),
    ("предоставление земельного участка многодетной семье", "result"),
    ("получение льготного рецепта на лекарства", "result"),
    ("получение социальной карты жителя", "result"),
])
def test_a_benefit_named_is_a_result(text, want):
    assert codes(text) == [want]


def test_a_question_after_a_comma_is_the_objects_topic_no_second_object():
    # «какие льготы …» says what the information is about: no benefit received beside it
    assert codes("получить информацию, какие льготы положены ветеранам") == ["information"]
    assert codes("нет информации, какие субсидии положены семьям") == ["information"]


def test_time_passed_and_a_lack_told_are_the_story_of_a_question():
    # «прошла неделя» is time passing, no participation: the lack told names no need beside the question
    assert codes("Прошла неделя, а уведомления нет. Что с моим заявлением?") == ["status"]
    # a paper told filed, then «нет» of what should have come: where the case stands
    assert codes("отправил заявку на компенсацию, ответа нет") == ["status"]


def test_the_independent_assessment_of_quality_answered_is_feedbacks_result():
    # НОК, the independent assessment of the services' quality: its results are the answer to that assessment
    assert read("информирование получателей услуг о результатах НОК") == [("feedback_result", True)]


@pytest.mark.parametrize("text, want", [
    # a lack before a noun of action in the genitive («о порядке получения …»): still the lack's remedy
    ("отсутствует информация о ходе рассмотрения обращения", [("status", True)]),
    ("не хватает информации о порядке получения компенсации", [("information", True)]),
])
def test_a_lack_before_a_governed_noun_of_action_is_still_its_remedy(text, want):
    assert read(text) == want


def test_unclear_how_to_do_asks_advice():
    # «непонятно, как …» is one at a loss, as «не понимаю, как …»: advice asked, a question (review)
    assert codes("неясно, как оформить компенсацию за проезд") == ["consultation"]


# --- review (rev14b): the rules above on ordinary cells they were not written for

@pytest.mark.parametrize("text", [
    "справка об отсутствии сведений в реестре",
    "выписка об отсутствии сведений о правах на объект",
])
def test_a_lack_after_a_preposition_is_the_papers_topic(text):
    # «об отсутствии сведений» says what the certificate states: no information lacking, no lack stated
    assert codes(text) == ["result"]


@pytest.mark.parametrize("text", [
    "хочу, чтобы приняли заявление в электронном виде",
    "чтобы учли мнение жителей",
])
def test_a_wish_whose_verb_answers_nothing_is_a_guess(text):
    # «принять», «учесть» answer nothing by themselves: what the agency is to do is guessed, in review
    assert all(m.score < REVIEW for m in match_needs(text))


@pytest.mark.parametrize("text, want", [
    # a response that is a noun's topic: the procedure or the time of considering, information
    ("информация о порядке рассмотрения обращений и предложений граждан", "information"),
    ("информация о сроках рассмотрения предложений", "information"),
    # an assessment that may be the agency's own, no service's quality named: no feedback answered
    ("сведения о мерах по оценке ущерба", "information"),
    # with the service's quality named, or nothing assessed named, it is the clients' assessment answered
    ("отчёт о принятых мерах по итогам оценки качества услуг", "feedback_result"),
    ("информация о мерах, принятых по итогам оценки", "feedback_result"),
    # the results of considering are news of it, not how it goes
    ("сведения о результатах рассмотрения предложений жителей", "feedback_result"),
])
def test_news_of_a_response_needs_the_feedback_it_answers(text, want):
    assert codes(text) == [want]


def test_a_lack_of_feedback_is_a_guess():
    # no feedback: no answer to it, or no way to give it (here likelier the latter) — never sure
    assert all(m.score < REVIEW for m in match_needs("нет обратной связи через сайт"))
    # a thing only received lacking is still sure
    assert read("нет бланков в МФЦ") == [("forms", True)]


def test_one_list_of_words_at_a_loss():
    # «неизвестно» opens a question of its own (need_grammar.yaml `unclear`) and, before «как», asks advice
    # alike: one list, no second copy in need_story.yaml that lacked it
    assert codes("неизвестно, как оформить компенсацию за проезд") == ["consultation"]


@pytest.mark.parametrize("text", [
    "получение ответа без волокиты",
    "получение решения без долгого ожидания",
])
def test_a_thing_received_without_waiting_is_no_assessment(text):
    # waiting is the service's quality only complained of (`waiting`, apart from `quality`): a thing
    # received «без волокиты» is received — the result, sure
    assert read(text) == [("result", True)]
