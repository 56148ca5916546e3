"""Needs asked of the agency by a verb of telling in the imperative («Скажите, …», «Сообщите
мне …») and yes/no questions on what the agency did, with no question word («Мне ответили?»,
«Рассмотрели заявление?»): issue 17, needs that hold on writers nobody tuned on.  Phrases
written for these tests from the taxonomy's definitions (docs/dataset.md, `needs`), none
taken from a phrase pool."""
import pytest

from normalizers import match_needs
from normalizers.needs import split_needs


def codes(text):
    return [m.code for m in match_needs(text)]


@pytest.mark.parametrize("text, want", [
    # the client asks to be told: what is told decides, as after «узнать»
    ("Скажите, выдан ли уже мой пропуск?", ["status"]),
    ("Скажите, какие льготы положены ветеранам", ["information"]),
    ("Сообщите, пожалуйста, на какой стадии моё обращение", ["status"]),
    ("Напишите мне, когда будет готово решение", ["status"]),
    ("Известите меня о готовности разрешения", ["status"]),
    ("Объявите, когда начнётся отбор проектов", ["information"]),
])
def test_a_verb_of_telling_addressed_to_the_agency_asks(text, want):
    assert codes(text) == want


@pytest.mark.parametrize("text, want", [
    # an instruction to the client to report something stays a submission
    ("Сообщите о поломке светофора через портал", ["submission"]),
    ("Сообщить о нарушении правил благоустройства", ["submission"]),
])
def test_a_verb_of_telling_with_its_topic_files_it(text, want):
    assert codes(text) == want


@pytest.mark.parametrize("text, want", [
    # no subject, a past plural verb: the agency did it, the client asks whether it is done
    ("Рассмотрели мою заявку на компенсацию?", ["status"]),
    ("Нам уже ответили на запрос?", ["result"]),
    ("Почему мне отказали в субсидии?", ["result"]),
    ("Ответьте, пожалуйста, почему мне отказали в путёвке", ["result"]),
])
def test_a_question_on_what_the_agency_did(text, want):
    assert codes(text) == want


def test_the_clients_own_doing_is_no_such_question():
    # a subject, or a modal verb, makes the past verb the client's own
    assert codes("Хотели бы получить выписку") == ["result"]
    assert "status" not in codes("Мы подали заявку на грант")


@pytest.mark.parametrize("cell, phrases, want", [
    # after a comma or a dash before a question, the question is a need of its own; after
    # feedback, the answer asked after is feedback's result
    ("Подала заявку на пособие, мне ответили?", 2, ["submission", "result"]),
    ("Поставил оценку в приложении — её учли?", 2, ["feedback", "feedback_result"]),
    # a dash before no question parts a topic from what is done with it: one phrase
    ("Формы заявлений опубликованы — распечатать", 1, ["forms"]),
    # «ли» after the verb: the question is what the verb before it asks, no need of its own
    ("Проверить, зарегистрировали ли моё заявление", 1, ["status"]),
])
def test_such_a_question_after_a_comma_or_a_dash(cell, phrases, want):
    assert len(split_needs(cell)) == phrases
    assert codes(cell) == want


@pytest.mark.parametrize("text, want", [
    # what is left on the feedback platform is feedback, whatever the writer calls it
    ("Направить сообщение о яме через платформу обратной связи", ["feedback"]),
    ("Подать предложение через виджет ПОС на сайте", ["feedback"]),
    # a form on the agency's site is no feedback platform: an application filed
    ("Подать обращение через форму на сайте", ["submission"]),
])
def test_what_is_left_on_the_feedback_platform(text, want):
    assert codes(text) == want


@pytest.mark.parametrize("text, want", [
    # an inclusion in a register or a list, or an exclusion, is a decision received
    ("Получить уведомление об исключении из реестра", ["result"]),
    ("Получение извещения о включении в сводный список", ["result"]),
    # a notice of where one's application stands is still the status
    ("Получить уведомление о регистрации заявки", ["status"]),
])
def test_a_notice_of_inclusion_is_a_decision(text, want):
    assert codes(text) == want


@pytest.mark.parametrize("text, want", [
    # an answer or a control measure read is that answer received
    ("Прочитать ответ министерства на запрос", ["result"]),
    ("Ознакомиться с предписанием инспектора", ["result"]),
    # acts of general scope are the rules read
    ("Изучить правовые акты о маткапитале", ["information"]),
    # a verb of seeing is one of finding out (and it is read, so the reading is sure)
    ("Увидеть, что решили по моему обращению", ["result"]),
    # an electronic copy of a paper is that paper handed in
    ("Загрузить скан-копию диплома на портал", ["submission"]),
])
def test_words_of_a_kind_the_vocabulary_names(text, want):
    assert codes(text) == want


def test_a_verb_of_seeing_is_read():
    assert match_needs("Видеть статус заявки в кабинете")[0].score >= 0.85


def test_results_read_are_news_of_the_agency():
    # results of the agency's work read are information, not an answer received
    assert codes("Ознакомление с итогами мониторинга качества услуг") == ["information"]


@pytest.mark.parametrize("text, want", [
    # a purpose leading the phrase says what the need after it is for
    ("Для оформления пособия представить документы", ["submission"]),
    ("Чтобы получить компенсацию, надо подать заявление", ["submission"]),
    ("В целях получения сертификата подать заявку", ["submission"]),
    # alone, or before a step that names no need, it is the need
    ("Для получения субсидии", ["result"]),
    ("Чтобы записаться к юристу, позвонить в приёмную", ["other"]),
    # a purpose with its own need after a colon keeps that need
    ("Для получения гранта: подать заявку, узнать итоги отбора", ["submission", "result"]),
])
def test_a_purpose_before_a_need(text, want):
    assert codes(text) == want


@pytest.mark.parametrize("text, want", [
    # verbs listed with commas share the object named at the list's end
    ("Скачать, распечатать и заполнить бланк", ["forms", "submission"]),
    ("Получение и заполнение анкеты", ["forms", "feedback"]),
    ("Получить, заполнить бланк", ["forms", "submission"]),
    # «или» before a preposition the clause used opens a second topic, as «и» does
    ("Уведомление о ходе рассмотрения запроса и/или о принятом по нему решении", ["status", "result"]),
    ("Информирование о ходе проверки либо о её результатах", ["status", "result"]),
])
def test_lists_of_verbs_and_topics(text, want):
    assert codes(text) == want


@pytest.mark.parametrize("text, want", [
    # a word of wondering before a question asks it; before a noun it is a modal word only
    ("Интересует, когда поступит компенсация", ["status"]),
    ("Меня интересует, на какой стадии моя заявка", ["status"]),
    ("Интересует получение гранта", ["result"]),
])
def test_a_word_of_wondering(text, want):
    assert codes(text) == want


@pytest.mark.parametrize("text, want", [
    # the word order is free: a prepositional group may stand between the question word and
    # its verb; a past verb after one's own paper asks what was done, not where it stands
    ("Что по моему заявлению решили?", ["result"]),
    ("Узнать, что по моей жалобе предприняли", ["result"]),
    ("Когда по заявке придёт ответ?", ["status"]),
    ("Где в городе находится приёмная?", ["information"]),
    ("Что с моим обращением происходит?", ["status"]),
])
def test_a_question_with_a_prepositional_group_before_its_verb(text, want):
    assert codes(text) == want


@pytest.mark.parametrize("text, want", [
    # what the agency publishes the client is told; on feedback, its result
    ("Публикация отчёта о рассмотрении предложений жителей", ["feedback_result"]),
    ("Опубликование сведений о порядке приёма", ["information"]),
])
def test_a_publication_informs(text, want):
    m = match_needs(text)
    assert [x.code for x in m] == want and m[0].score >= 0.85


def test_a_dataset_row_codes_a_cell_as_match_needs_does():
    # the row's needs are read phrase by phrase in the light of the one before, as the
    # benchmarks read a cell (they were read each alone: «получить ответ» after feedback
    # came out a plain result)
    from pipeline.run.normalize import normalize_touchpoints
    cell = "Поставить оценку работе приёмной; получить ответ, что по ней решено"
    raw = {"direction_raw": None, "process": "Приём граждан", "touchpoint_raw": "Портал",
           "point_type_raw": None, "interaction_raw": cell, "features_raw": None, "group_no": None}
    rows, _ = normalize_touchpoints("d", [raw])
    assert rows[0]["needs"] == codes(cell) == ["feedback", "feedback_result"]
