"""Needs by kind of wording (issue 17): what a clause points back to, news of one's own
case told through a chain of nouns, a case being prepared, the outcome of an assessment.
Expectations come from the taxonomy's definitions (docs/dataset.md, `needs`); the
phrases are written for these tests, not taken from a phrase pool."""
import pytest

from normalizers import match_needs
from normalizers.matcher import REVIEW


def coded(text):
    return [(m.code, m.score >= REVIEW) for m in match_needs(text)]


@pytest.mark.parametrize("text, codes", [
    # an answer "на" the noun of the verb that gave the feedback is the answer to that feedback
    ("Высказать мнение о работе приёмной, получить ответ на высказывание", ["feedback", "feedback_result"]),
    ("Оставить отзыв о работе центра, получить ответ на отзыв", ["feedback", "feedback_result"]),
    # an answer to something else stays an answer
    ("Оставить отзыв о работе центра, получить ответ на запрос", ["feedback", "result"]),
])
def test_an_answer_naming_the_feedback_before_it(text, codes):
    assert [c for c, _ in coded(text)] == codes


@pytest.mark.parametrize("text, code", [
    # what happened to the procedure on one's own filed paper is news of one's case
    ("Получение информации о приостановлении срока рассмотрения обращения", "status"),
    ("Уведомление о продлении рассмотрения заявки", "status"),
    # how such a procedure goes in general is information
    ("Получение информации о порядке рассмотрения обращения", "information"),
    ("Получение информации о сроках рассмотрения обращения", "information"),
])
def test_news_of_ones_case_through_a_chain_of_nouns(text, code):
    assert [c for c, _ in coded(text)] == [code]


def test_a_case_being_prepared_is_its_status():
    assert [c for c, _ in coded("Узнать, когда будет подготовлена справка")] == ["status"]
    # asking how to prepare something is information
    assert [c for c, _ in coded("Узнать, как подготовить пакет документов")] == ["information"]


def test_the_outcome_of_an_assessment_is_feedback_result():
    assert [c for c, _ in coded("Узнать итоги оценки качества услуг")] == ["feedback_result"]


@pytest.mark.parametrize("text, codes", [
    # a question that leads the clause asks for the thing itself
    # (asked as a question, both go to review: need_doubt `question`)
    ("Как подать заявление на компенсацию?", [("submission", False)]),
    ("Как узнать, на каком этапе рассмотрение моей заявки?", [("status", False)]),
    # a question put to a verb of learning asks how: information
    ("Узнать, как подать заявление на компенсацию", [("information", True)]),
    # a question clause after a comma is what is asked, no need of its own
    ("Выяснить, какая служба отвечает за уборку двора", [("information", True)]),
])
def test_questions_the_client_asks(text, codes):
    assert coded(text) == codes


def test_a_booking_is_other_when_it_books_an_appointment_else_reviewed():
    assert coded("Записаться на приём к юристу") == [("other", True)]
    assert coded("Запись на консультацию по льготам") == [("other", True)]
    # joining a group as a member is an application — or a booking, as one writer in three of the
    # tune halves coded it: the likelier code, reviewed
    assert coded("Записаться в секцию плавания") == [("submission", False)]
    # an event booked that is no appointment reads as an application too: the likelier code, reviewed
    assert coded("Записаться на экзамен") == [("other", False)]


@pytest.mark.parametrize("text, codes", [
    # a question of what there is or what is needed asks for information
    ("Какие документы нужны для получения субсидии?", ["information"]),
    ("Подать заявление на пособие и какие справки к нему приложить", ["submission", "information"]),
    ("Какие льготы положены ветеранам и как подать на них заявление?", ["information", "submission"]),
    # "узнать" governs a question after "и": it asks how, no need of its own
    ("Узнать сроки и как подать заявление", ["information"]),
])
def test_questions_of_what_and_how_after_and(text, codes):
    assert [c for c, _ in coded(text)] == codes


@pytest.mark.parametrize("text, codes", [
    # a list of objects past a prepositional group, the comma closing it
    ("Получение сведений о праве на льготу, образца заявления и консультации юриста",
     ["information", "forms", "consultation"]),
    # a known word deep in the topic of an unknown direct complement is not what is given
    ("Предоставить сервер для проверки защиты информации", ["inspection_objects"]),
    # the noun of a preposition still may be what the action is on
    ("Допустить проверяющего к складу и оборудованию", ["inspection_objects"]),
])
def test_objects_past_a_prepositional_group(text, codes):
    assert [c for c, _ in coded(text)] == codes


@pytest.mark.parametrize("text, codes", [
    # after a phrase that filed something, the stage or time of a procedure is that case's
    ("Сообщить о протечке крыши; узнать график работы управляющей компании", ["submission", "information"]),
    ("Сообщить о протечке крыши; узнать срок устранения", ["submission", "status"]),
    ("Подача заявки на ремонт дороги\nИнформирование о ходе выполнения", ["submission", "status"]),
    ("Постановка в очередь на жильё; сведения о продвижении очереди", ["submission", "status"]),
    # with nothing filed before, such a time is information
    ("Узнать срок устранения аварий на сетях", ["information"]),
])
def test_the_time_of_what_was_filed_is_its_status(text, codes):
    assert [c for c, _ in coded(text)] == codes


def test_readings_writers_split_on_go_to_review():
    # a questionnaire handed in: feedback in a survey of the service, else maybe an application
    assert coded("Направить анкету об удовлетворённости качеством услуг") == [("feedback", True)]
    assert coded("Направить анкету") == [("feedback", False)]
    # an objection to an inspector's act contests it, and is a paper filed too
    assert coded("Направить возражение на предписание") == [("other", False)]


@pytest.mark.parametrize("text, code", [
    # asking the agency to act on one's record or papers is a request filed
    ("Продлить срок действия удостоверения", "submission"),
    ("Переоформить свидетельство на нового владельца", "submission"),
    ("Снятие с учёта транспортного средства", "submission"),
    ("Встать на учёт в качестве безработного", "submission"),    # "в качестве" names no quality
    ("Потребовать перерасчёт за июль", "submission"),
    ("Отказаться от получения бумажных квитанций", "submission"),
    # an account ("учётная запись") is no booking
    ("Подтвердить учётную запись на портале", "submission"),
    # a consultation asked for is the consultation
    ("Обратиться за консультацией к юристу", "consultation"),
    # news followed is information; one's case followed, its status
    ("Следить за новостями министерства", "information"),
    ("Отслеживать ход рассмотрения жалобы", "status"),
    # access given to the official who inspects
    ("Обеспечить доступ инспектора на склад", "inspection_objects"),
    # verbs of understanding ask for information
    ("Хочу разобраться в порядке начисления пособия", "information"),
])
def test_verbs_and_objects_of_one_concept(text, code):
    assert [c for c, _ in coded(text)] == [code]


@pytest.mark.parametrize("text, code", [
    # a question of whether asks for information, or where one's case stands
    ("Можно ли подать документы онлайн?", "information"),
    ("Положена ли мне компенсация за проезд?", "information"),
    ("Готова ли моя справка?", "status"),
])
def test_questions_of_whether(text, code):
    assert [c for c, _ in coded(text)] == [code]


@pytest.mark.parametrize("text, codes", [
    # a second topic of another class after "и", in the case of the first: a need of its own
    ("Информирование граждан о порядке оказания помощи и ходе её оказания", ["information", "status"]),
    ("Получение сведений о правилах приёма и статусе заявления", ["information", "status"]),
    # topics of one class are one need
    ("Получение сведений о порядке и правилах приёма", ["information"]),
    # not after a preposition of topic
    ("Ознакомиться с ходом согласования и черновыми материалами проекта", ["status"]),
])
def test_second_topics_after_and(text, codes):
    assert [c for c, _ in coded(text)] == codes


def test_complaining_of_conduct_is_feedback_and_what_was_done_its_result():
    assert [c for c, _ in coded("Пожаловаться на хамство кассира и узнать, какие меры приняты")] == \
        ["feedback", "feedback_result"]
    # after a paper filed, measures taken are the answer to it
    assert [c for c, _ in coded("Подать жалобу на хамство кассира и узнать, какие меры приняты")] == \
        ["submission", "result"]


def test_what_one_waits_for_is_received():
    assert [c for c, _ in coded("Подать документы на пособие и когда ждать выплату?")] == ["submission", "result"]
    # asked about with "узнать", when to do something is information
    assert [c for c, _ in coded("Узнать, когда забрать готовые документы")] == ["information"]


def test_a_complaint_taken_to_court_is_likelier_an_appeal():
    assert coded("Направить жалобу в районный суд на постановление") == [("other", False)]
    assert coded("Направить жалобу в министерство") == [("submission", True)]


@pytest.mark.parametrize("text, codes", [
    # a list inside parentheses glosses the need before it
    ("Консультации по вопросам экспорта (логистика, сертификация, таможня)", ["consultation"]),
    # a noun after a comma starts a need only when it names one
    ("Получение сведений о ценах на хлеб, молоко, сахар", ["information"]),
    ("Получение сведений о ценах, обратная связь", ["information", "feedback"]),
])
def test_commas_that_start_no_need(text, codes):
    assert [c for c, _ in coded(text)] == codes


def test_how_it_ended_points_back():
    assert [c for c, _ in coded("Пожаловаться на кассира и узнать, чем всё закончилось")] == \
        ["feedback", "feedback_result"]


@pytest.mark.parametrize("text, codes", [
    # a topic, a colon, then what the client does with it
    ("Лицензия: продлить", ["submission"]),
    ("Обращение по поводу ремонта дороги: направить, получить ответ", ["submission", "result"]),
    ("Субсидия на оплату ЖКУ: узнать условия, подать заявление", ["information", "submission"]),
])
def test_a_topic_before_a_colon(text, codes):
    assert [c for c, _ in coded(text)] == codes


def test_a_gloss_in_parentheses_names_the_object():
    assert [c for c, _ in coded("Получение рекомендаций (консультаций) по охране труда")] == ["consultation"]
    assert [c for c, _ in coded("Получение материалов (бланков) для заполнения")] == ["forms"]


@pytest.mark.parametrize("text, code", [
    # what the agency organises or enables is the client's own action
    ("Организация выездного приёма граждан", "submission"),
    ("Предоставление возможности оценить работу центра", "feedback"),
    # notices of one's case's stage sent to the client; requests between agencies
    ("Направление заявителю уведомлений о ходе рассмотрения", "status"),
    ("Направление межведомственного запроса в налоговую", "other"),
])
def test_what_the_agency_enables_or_does_itself(text, code):
    assert [c for c, _ in coded(text)] == [code]


def test_a_thing_after_a_group_led_by_an_action_is_a_second_object():
    from normalizers import match_needs
    # "на выдачу удостоверения и перечень": a list is not coordinated with the action "выдачу"
    codes = [m.code for m in match_needs("Получить бланк заявления на выдачу справки и перечень документов")]
    assert codes == ["forms", "information"]
    # two actions in the group stay in it: one need
    assert [m.code for m in match_needs("Подача заявления на выдачу и продление разрешения")] == ["submission"]


def test_an_owner_pronoun_leading_a_need_names_the_thing_before():
    from normalizers import match_needs
    # "…, их предоставление": a need of its own, on what the phrase before named (measures)
    ms = match_needs("Информирование о мерах поддержки, их предоставление")
    assert [m.code for m in ms] == ["information", "result"] and ms[1].score >= 0.85
    # "…, её получение": the thing ordered is then received
    assert [m.code for m in match_needs("Заказ выписки из реестра, её получение")] == ["submission", "result"]
    # an owner inside a phrase cuts nothing ("о заявлении, его статусе" is one topic)
    assert [m.code for m in match_needs("Получение информации о заявлении, его статусе")] == ["status"]
