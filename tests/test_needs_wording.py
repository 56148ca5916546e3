"""Needs and channels on wording the vocabulary does not list word for word (issue 17):
verbs in either aspect and any form, verbs nobody read, and how sure each reading is.
Expectations come from the taxonomy's definitions (docs/dataset.md, `needs`, `channel`)."""
import pytest

from normalizers import match_channel, match_needs
from normalizers.needs import split_needs
from normalizers.matcher import REVIEW


def coded(text):
    return [(m.code, m.score >= REVIEW) for m in match_needs(text)]


@pytest.mark.parametrize("text, code", [
    # the imperfective reads like its perfective: submitting, ordering, receiving
    ("Подаёт заявление на субсидию", "submission"),
    ("Заказывает справку о доходах", "submission"),
    ("Получает готовую справку", "result"),
    ("Скачивает бланк заявления", "forms"),
    ("Направляем обращение в министерство", "submission"),
    ("Оценивает качество обслуживания", "feedback"),
    ("Записывается на приём", "other"),
    ("Выдаём разрешение", "result"),
])
def test_verbs_of_either_aspect(text, code):
    assert coded(text) == [(code, True)]


def test_an_unread_leading_verb_sends_its_object_to_review():
    # "открыть" is in no list: the object alone says inspection, but the verb might not
    [m] = match_needs("Открыть помещение инспектору")
    assert m.code == "inspection_objects" and m.score < REVIEW
    # with a verb the vocabulary knows, the same object is sure
    assert coded("Предоставить помещение для осмотра") == [("inspection_objects", True)]


def test_embeddings_alone_never_decide_without_review():
    for m in match_needs("Опротестовать постановление инспекции"):
        assert "similar" in m.method and m.score < REVIEW


@pytest.mark.parametrize("text, code", [
    ("Электронное письмо на адрес министерства", "email"),   # a letter sent electronically is e-mail
    ("Письмо с уведомлением о вручении", "written_mail"),
    ("Видео-звонок со специалистом", "video_conference"),
    ("Видеосовещание с руководителями учреждений", "video_conference"),
    ("Звонок в приёмную", "phone"),
])
def test_channel_word_families(text, code):
    m = match_channel(text)
    assert (m.code, m.score >= REVIEW) == (code, True)


def test_a_proposal_is_feedback_and_a_bare_one_only_likely():
    # the client proposing something to the agency gives it feedback (taxonomy: feedback)
    assert coded("Предложить идею по благоустройству парка") == [("feedback", True)]
    assert coded("Направление предложений по улучшению работы") == [("feedback", True)]
    # "направление предложений" alone may be read as filing papers: feedback, reviewed
    assert coded("Направление предложений") == [("feedback", False)]


@pytest.mark.parametrize("text, code", [
    # a stage of the client's own case is status; a stage of anything else is information
    ("Получение информации о ходе рассмотрения заявления", "status"),
    ("Уточнить, на каком этапе находится моё заявление", "status"),
    ("Информирование о ходе её проведения", "status"),
    ("Получение сведений о его согласовании", "status"),
    ("Информирование о состоянии автомобильных дорог", "information"),
    ("Получение информации о ходе строительства школы", "information"),
    # a yes/no question on what became of one's case
    ("Проверить, поступила ли выплата", "status"),
    ("Узнать, принят ли отчёт", "status"),
    ("Информирование о принятом решении", "result"),
])
def test_status_is_about_the_clients_own_case(text, code):
    assert coded(text) == [(code, True)]


@pytest.mark.parametrize("text, codes", [
    # a pronoun points back: the answer is to the proposals, the results are the survey's
    ("Направление предложений по развитию спорта и получение ответа на них", ["feedback", "feedback_result"]),
    ("Участвовать в опросе и узнать его итоги", ["feedback", "feedback_result"]),
    ("Направление обращения и получение ответа на него", ["submission", "result"]),
    # each clause its own need, the possessive not taken for the end of one
    ("Узнать порядок получения субсидии, подать заявку и отследить её рассмотрение",
     ["information", "submission", "status"]),
    ("Подать жалобу либо оставить отзыв", ["submission", "feedback"]),
    ("Получить консультацию, а также записаться на приём", ["consultation", "other"]),
])
def test_clauses_and_what_they_point_back_to(text, codes):
    assert [c for c, _ in coded(text)] == codes


@pytest.mark.parametrize("text, code", [
    ("Направление возражений на акт проверки", "other"),      # contesting an act: an appeal
    ("Подача апелляции", "other"),
    ("Получить талон электронной очереди", "other"),          # a queue ticket books a visit
    ("Оценивание качества консультации", "feedback"),        # noun of the imperfective
    ("Получение приказа о присвоении категории", "result"),
])
def test_objects_that_decide(text, code):
    assert [c for c, _ in coded(text)] == [code]


@pytest.mark.parametrize("text, code", [
    # a meeting held over another channel is that channel
    ("Личный приём по видеосвязи", "video_conference"),
    ("Приём обращений через интернет-приёмную", "online_service"),
    ("Приём по предварительной записи", "personal_reception"),
    # an adjective yields to the definite head noun it qualifies, not to a generic one
    ("Письменное анкетирование работников", "offline_survey"),
    ("Письменное обращение", "written_mail"),
    ("Выездные встречи с населением", "in_person"),
    # a place in a building says a survey is on paper
    ("Анкеты в холле учреждения", "offline_survey"),
    ("Форма обратной связи ПОС в сообществе", "feedback_platform"),
    ("Терминал с доступом к ЕПГУ", "gosuslugi"),
])
def test_channel_heads_in_context(text, code):
    assert match_channel(text).code == code


def test_a_bare_terminal_is_only_probably_the_portal():
    m = match_channel("Терминал самообслуживания")
    assert m.code == "gosuslugi" and m.score < REVIEW
    assert match_channel("Платёжный терминал").code == "other"     # a payment terminal is no portal


def test_a_known_object_after_and_in_the_first_objects_case_is_a_need_of_its_own():
    # "и объектов для осмотра" parallels "документов для проверки" (both genitive, governed by
    # the action): two needs; "и его результата" after "уведомления … о ходе" likewise
    assert coded("Предоставление документов для проверки и объектов для осмотра") == \
        [("submission", True), ("inspection_objects", True)]
    assert [c for c, _ in coded("Получение уведомления о ходе рассмотрения запроса и его результата")] == \
        ["status", "result"]
    # "и её результате" stays inside the prepositional group "об услуге": one need, none
    # missing (the decision word in the topic still sends it to review: information or that result?)
    ms = match_needs("Получение информации об услуге и её результате")
    assert [m.code for m in ms] == ["information"] and "+loose" not in ms[0].method
    assert coded("Получение информации о ходе рассмотрения обращения и его результатах") == [("status", True)]


@pytest.mark.parametrize("text, code", [
    ("Оставить отзыв о работе музея", "feedback"),       # what is left decides
    ("Оставить заявку на сайте", "submission"),
    ("Уведомить министерство о смене адреса", "submission"),   # the client notifies
    ("Уведомление о ходе рассмотрения", "status"),              # the agency notifies
    ("Меня интересует порядок получения путёвки", "information"),
])
def test_light_verbs_and_who_notifies(text, code):
    assert [c for c, _ in coded(text)] == [code]


@pytest.mark.parametrize("text, code, sure", [
    ("Загрузить документы в личный кабинет", "submission", True),    # uploading papers
    ("Загрузить бланк с сайта", "forms", True),                     # downloading a form
    ("Загрузить справку", "result", False),                          # either way: a guess
    ("Принять участие в анкетировании", "feedback", False),          # "принять" unread
    ("Заполните анкету для участия в форуме", "submission", True),   # a form to take part
    ("Вручение удостоверения", "result", True),
])
def test_the_object_decides_an_ambiguous_verb(text, code, sure):
    assert coded(text) == [(code, sure)]


@pytest.mark.parametrize("text, code", [
    ("Опрос в Telegram", "online_survey"),          # a messenger says the survey is digital
    ("Опрос по телефону", "offline_survey"),        # the phone is an offline channel
    ("Рабочее место специалиста в ГИС", "workstation"),
    ("Рабочее место сотрудника", "internal_office"),
])
def test_where_a_survey_or_a_workplace_is(text, code):
    assert match_channel(text).code == code


@pytest.mark.parametrize("text, code", [
    ("Выяснение порядка постановки на учёт", "information"),   # the noun of "выяснить"
    ("Уточнение сведений о стоимости проезда", "information"),
    ("Прослеживание хода рассмотрения", "status"),
])
def test_nouns_of_action_of_listed_verbs(text, code):
    assert coded(text) == [(code, True)]


def test_a_noun_of_another_sense_is_no_action():
    # "приложение" is made like a noun of "приложить", but names an app: no submission
    assert [c for c, _ in coded("Скачать мобильное приложение")] == ["result"]


@pytest.mark.parametrize("text, codes", [
    # a second topic of the same action after "и" + the same preposition
    ("Информирование о ходе рассмотрения и о принятом решении", ["status", "result"]),
    ("Получение информации о порядке и о сроках", ["information"]),
    # news of what happened to one's own case is status; rules about cases are information
    ("Уведомление о регистрации обращения", ["status"]),
    ("Информирование о порядке подачи заявления", ["information"]),
    ("Информирование о сроках рассмотрения заявления", ["information"]),
    # a finite verb of the vocabulary starts a need of its own
    ("Подаёт заявление, получает ответ", ["submission", "result"]),
])
def test_parallel_topics_and_case_events(text, codes):
    assert [c for c, _ in coded(text)] == codes


@pytest.mark.parametrize("text, codes", [
    ("Родители записывают ребёнка на приём к врачу", ["other"]),      # a subject before its verb
    ("Родители записывают ребёнка в кружок", ["submission"]),      # joining a club: an application
    ("Организация направляет отчёт", ["submission"]),          # no need cut between them
    ("Подаёт заявление Получает ответ", ["submission", "result"]),   # paragraphs joined
    ("Получение предписания об устранении нарушений", ["result"]),    # what control issues
])
def test_subjects_predicates_and_what_control_issues(text, codes):
    assert [c for c, _ in coded(text)] == codes


def test_what_an_explanation_is():
    # a procedure explained is information, surely
    assert coded("Разъяснение порядка обжалования") == [("information", True)]
    # an explanation otherwise is an answer (result) or a consultation: writers code it either
    # way, whether the explanation leads the phrase or is what the client receives
    assert coded("Разъяснения по вопросам применения обязательных требований") == [("result", False)]
    # a code two phrases give keeps its less sure reading: the explanation doubts the set
    assert coded("Получить справку о доходах; разъяснение по вычетам") == [("result", False)]
    # within a phrase, the first reading of a code: "результата, ответа, разъяснения" lists
    # the explanation among results
    assert coded("Получение результата, ответа, разъяснения") == [("result", True)]


def test_an_explanation_received_is_an_answer_and_may_be_a_consultation():
    # the definition lists «разъяснения» under result; one pool's writer read them as a
    # consultation: the likelier code, reviewed
    assert coded("Получение разъяснений по применению тарифов") == [("result", False)]


def test_a_telling_word_that_did_not_decide_sends_to_review():
    # "комментарий" (feedback) stands outside the object "ответ": result, or feedback_result?
    [m] = match_needs("Получить ответ на комментарий")
    assert m.code == "result" and m.score < REVIEW and "mixed" in m.method
    # when the telling word agrees with the code, the reading stays sure
    assert coded("Получение ответа на отзыв") == [("feedback_result", True)]


@pytest.mark.parametrize("text, code", [
    ("Веб-сервис API для выгрузки данных", "api"),                  # a service that is an API
    ("Почтовый ящик для обращений на домене министерства", "email"),
    ("Личная беседа с работником", "in_person"),
    ("Информационный уголок в общежитии", "info_stand"),
    ("Опросные листы на бумаге", "offline_survey"),
])
def test_more_channel_word_families(text, code):
    assert match_channel(text).code == code


def test_measures_taken_are_the_answer_to_what_the_clause_before_named():
    # "принятые меры" respond to the proposal of the clause before: its answer, not information
    assert [c for c, _ in coded("Получить ответ на предложение и ознакомиться с принятыми мерами")] == \
        ["feedback_result"]
    assert [c for c, _ in coded("Получение ответа на заявление и информации о принятых мерах")] == ["result"]
    # a participle of another verb points nowhere: plain information after the answer
    assert [c for c, _ in coded("Получить ответ на предложение и ознакомиться с утверждёнными правилами")] == \
        ["feedback_result", "information"]


@pytest.mark.parametrize("text, code", [
    # presenting: papers are handed in, anything else is shown for inspection
    ("Предъявить паспорт сотруднику", "submission"),
    ("Показать склад инспектору", "inspection_objects"),
    ("Предъявление транспортного средства", "inspection_objects"),
    # a fee paid is no need of the list; a declaration filed is a submission
    ("Оплатить государственную пошлину", "other"),
    ("Внести плату за аренду участка", "other"),
    ("Подача налоговой декларации о доходах", "submission"),
    # "справиться" is asking where one's case stands
    ("Справиться о готовности справки", "status"),
    # feedback the agency receives from the client, and the answer it sends on it
    ("Получение отзывов клиентов о работе МФЦ", "feedback"),
    ("Направление гражданину ответа на его замечание", "feedback_result"),
    # conditions of a measure's provision are information, not the stage of one's case
    ("Узнать о пособии и условиях его предоставления", "information"),
    ("Уведомление о поступлении заявления", "status"),
])
def test_presenting_paying_and_the_client_side_of_feedback(text, code):
    assert [c for c, _ in coded(text)] == [code]


@pytest.mark.parametrize("text, codes", [
    # a pronoun after the action stands for the object of the clause before (forms looked at
    # are forms too: one need; "их" read as anything else would add a code — a blank looked at as a
    # direct object is the blank since session 21, `read_about`)
    ("Посмотреть образцы заявлений и распечатать их", ["forms"]),
    ("Ознакомиться с формой заявления и скачать её", ["forms"]),
    ("Узнать порядок подачи и распечатать его", ["information"]),
    # a notice of a licence suspended is the decision itself
    ("Получить уведомление об аннулировании разрешения", ["result"]),
    # papers shown to an inspector during an inspection are inspected
    ("Предъявить журналы учёта при проверке", ["inspection_objects"]),
    ("Предоставление доступа на склад для обследования", ["inspection_objects"]),
])
def test_objects_by_pronoun_decisions_and_inspections(text, codes):
    assert [c for c, _ in coded(text)] == codes


@pytest.mark.parametrize("text, code", [
    ("Электронный адрес отдела кадров", "email"),
    ("Консультация с использованием видеоконференцсвязи", "video_conference"),
    ("Интеграция с региональной информационной системой", "api"),
    ("Цифровой помощник на сайте министерства", "chatbot"),
    ("Рабочее место бухгалтера с программой 1С", "workstation"),
    ("Госуслуги. Решаем вместе", "feedback_platform"),
])
def test_channel_synonyms_of_concepts(text, code):
    assert match_channel(text).code == code


def test_a_bare_internet_is_only_probably_the_website():
    m = match_channel("Интернет")
    assert m.code == "website" and m.score < REVIEW
    # no information stand of the body («на ярмарке» would name a fair: a public event, surely `other`)
    assert match_channel("Выставочный стенд в павильоне").score < REVIEW


@pytest.mark.parametrize("cell, phrases", [
    # paragraphs joined by spaces: a need opened by who wants it ("Я хочу …", "Мне нужна …")
    ("Подача заявления о выплате Я хочу узнать сроки выплаты",
     ("Подача заявления о выплате", "Я хочу узнать сроки выплаты")),
    ("Регистрация обращений граждан Мне нужна справка о составе семьи",
     ("Регистрация обращений граждан", "Мне нужна справка о составе семьи")),
    # a pronoun before an imperative ends its need: no possessive stands before a verb
    ("Заполните форму и отправьте её Получите ответ в личном кабинете",
     ("Заполните форму и отправьте её", "Получите ответ в личном кабинете")),
    # a dash glued to the word after a full stop is a bullet
    ("Получение лицензии. -обжаловать отказ", ("Получение лицензии", "-обжаловать отказ")),
])
def test_joined_paragraphs_split_at_each_need(cell, phrases):
    assert split_needs(cell) == phrases


def test_information_on_results_is_that_result():
    # the results of one's exam or check are the result itself …
    assert [c for c, _ in coded("Получение информации о результатах экзамена")] == ["result"]
    # … the outcome of one's application considered is likelier where it stands (reviewed) …
    assert coded("Получение информации о результатах рассмотрения заявки") == [("status", False)]
    # … and results of a survey are feedback's result
    assert [c for c, _ in coded("Получение информации о результатах опроса")] == ["feedback_result"]


def test_an_answer_pointing_back_to_feedback_in_the_cell_is_its_result():
    # the answer's phrase points back (a pronoun) to the feedback of the phrase before
    assert [c for c, _ in coded("Оставить отзыв о работе МФЦ; получить ответ, что по нему сделано")] == \
        ["feedback", "feedback_result"]
    # with no feedback before, the same answer is a plain result
    assert [c for c, _ in coded("Подать заявление; получить ответ, что по нему решено")] == ["submission", "result"]


def test_reporting_an_inconvenience_is_feedback():
    # an inconvenience reported is an assessment of the service (only likely: reviewed)
    assert [c for c, _ in coded("Сообщить о неудобстве графика приёма")] == ["feedback"]


def test_a_thing_handed_over_for_inspection_is_inspected():
    # a thing brought to be accepted or inspected is inspected, whatever it is …
    assert [c for c, _ in coded("Предъявить построенный мост к приёмке")] == ["inspection_objects"]
    assert [c for c, _ in coded("Представить автомобиль на осмотр")] == ["inspection_objects"]
    # … papers handed in with no such purpose are still a submission
    assert [c for c, _ in coded("Представить документы в министерство")] == ["submission"]


def test_an_infinitive_after_and_is_an_action_of_its_own_even_unread():
    # "поставить" is in no list: its clause is still its own need, only in review
    [(c1, sure1), (c2, sure2)] = coded("Получить выплату и поставить оценку работе центра")
    assert (c1, sure1) == ("result", True) and c2 == "feedback" and not sure2
    # two known actions still give one need each; one need repeated is listed once
    assert [c for c, _ in coded("Подать заявление и приложить документы")] == ["submission"]


@pytest.mark.parametrize("text, codes", [
    # asking how or where to do something is information, whatever would be done …
    ("Выяснить, как получить консультацию юриста", ["information"]),
    ("Узнать, где взять бланк заявления", ["information"]),
    # … then doing it is a need of its own
    ("Узнать, куда подать жалобу, и подать её", ["information", "submission"]),
    # how something was done (no infinitive) is no such question
    ("Узнать, как учтено моё предложение", ["feedback_result"]),
])
def test_asking_how_to_do_something_is_information(text, codes):
    assert [c for c, _ in coded(text)] == codes


def test_a_request_is_filed_whatever_it_asks_for_and_a_comment_in_reply_is_the_answer():
    # asking for a comment files a request; a feedback word does not make it feedback
    assert [c for c, _ in coded("Запросить мнение специалистов министерства")] == ["submission"]
    # a comment received in reply to one's request is the agency's answer …
    assert [c for c, _ in coded("Получить комментарий ведомства на запрос")] == ["result"]
    # … a comment on one's review is feedback's result
    assert [c for c, _ in coded("Получить комментарий к отзыву")] == ["feedback_result"]


def test_an_infinitive_a_participle_governs_is_no_need_of_its_own():
    # "желающих подать" says which citizens, not that the client submits
    assert [c for c, _ in coded("Консультирование граждан, желающих подать заявление")] == ["consultation"]
    # the modal verb itself, after a comma, still starts a need
    assert [c for c, _ in coded("Подать заявление, хочу записаться на приём")] == ["submission", "other"]


@pytest.mark.parametrize("text, codes", [
    # the client files no decision: the agency's act sent is a result (likelier), and a control
    # measure sent is the agency's control action (`sanction` in need_grammar.yaml)
    ("Направление решения об отказе в субсидии", [("result", False)]),
    ("Направление предостережения о недопустимости нарушения", [("other", True)]),
    # a waiting list for a benefit is an application for it (joined: also a booking, writers
    # differ — the likelier, reviewed); a time booked, an appointment
    ("Встать в очередь на получение жилья", [("submission", True)]),
    ("Записаться в очередь на получение места в детском саду", [("submission", False)]),
    ("Записаться на приём к специалисту", [("other", True)]),
    # a complaint against a decision is filed, and contests it (a pre-trial appeal, the likelier), reviewed
    ("Подать жалобу на решение инспекции", [("other", False)]),
    ("Подать жалобу на качество обслуживания", [("feedback", False)]),
    # a notice of conformity is the outcome of the case
    ("Получение уведомления о соответствии параметров объекта", [("result", True)]),
    ("Получение технических условий на подключение к сетям", [("result", True)]),
])
def test_who_sends_what_and_what_a_notice_states(text, codes):
    assert coded(text) == codes


@pytest.mark.parametrize("text, code", [
    # asking where one's own filed paper is asks where its case stands
    ("Где моё заявление на субсидию?", "status"),
    ("Хочу узнать, где сейчас наш запрос", "status"),
    # what happens to the procedure on one's case, several things joined by "и"
    ("Уведомление о приостановлении и возобновлении рассмотрения заявления", "status"),
    # asking for help to understand something is asking for advice (to do it: that need,
    # test_needs_review_mends.py)
    ("Помогите разобраться с заявлением", "consultation"),
    # blank forms are what the agency provides
    ("Предоставление бланков заявлений", "forms"),
])
def test_where_my_case_is_what_happens_to_it_and_help(text, code):
    assert coded(text) == [(code, not text.endswith("?"))]     # a question goes to review (need_doubt)


def test_where_a_place_is_asks_no_status():
    # no paper of the client's own: a place asked after is no case's stage
    assert "status" not in [c for c, _ in coded("Узнать, где находится приёмная министерства")]


def test_an_unread_verb_with_a_purpose_is_read_by_it_and_reviewed():
    # "привезти" is in no list; what it is for ("на осмотр") says the need — a guess, reviewed
    [m] = match_needs("Привезти автомобиль на осмотр")
    assert m.code == "inspection_objects" and m.score < REVIEW
    # with no telling word the clause still names no need
    assert match_needs("Привезти с собой") == [] or all(m.score < REVIEW for m in match_needs("Привезти с собой"))


@pytest.mark.parametrize("text, code", [
    # joining a group or a school as a member is an application; an event booked is not
    ("Записать ребёнка в детский сад", "submission"),
    ("Записаться в спортивную секцию", "submission"),
    ("Записаться на приём к специалисту", "other"),
    # forms read are forms the client gets
    ("Ознакомиться с образцами заявлений", "forms"),
    ("Ознакомиться с правилами приёма", "information"),
])
def test_joining_and_reading_forms(text, code):
    assert [c for c, _ in coded(text)] == [code]


def test_registering_oneself_and_a_complaint_left_about_quality():
    # registering oneself is filing one's data with the agency; no paper named, it is reviewed
    # (`doubted_defaults`: a submission by any verb's default, test_need_doubt.py)
    assert coded("Зарегистрироваться на портале") == [("submission", False)]
    # a complaint left about how one was served is feedback as when it is filed: the likelier, reviewed
    assert coded("Оставить жалобу на качество обслуживания") == [("feedback", False)]
