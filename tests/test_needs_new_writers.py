"""Needs as writers who never saw the vocabulary word them (session 15, pools11's tune half
opened): advice asked on what there is, news of a case's step with the thing applied for
deep in its chain, a channel's name standing alone in a needs cell.  Phrases written for these
tests from the taxonomy's definitions (docs/dataset.md, `needs`), none taken from a phrase pool."""
import pytest

from normalizers import match_needs


def codes(text):
    return [m.code for m in match_needs(text)]


@pytest.mark.parametrize("text", [
    # a question of what there is after a verb of advice names what is to be told, as a direct
    # object does («подскажите порядок»): information, not advice
    "Подскажите, какие есть льготы для многодетных семей",
    "Порекомендуйте, какие есть курсы для безработных",
    "Подскажите мне, сколько стоит госпошлина за лицензию",
])
def test_advice_asked_on_what_there_is_is_information(text):
    assert codes(text) == ["information"]


@pytest.mark.parametrize("text", [
    # which thing to do, an infinitive after the question, is advice still; so is how to do it
    "Посоветуйте, какую программу выбрать",
    "Подскажите, как оформить пособие",
])
def test_advice_on_what_to_do_stays_advice(text):
    assert codes(text) == ["consultation"]


def test_news_of_a_step_of_ones_case_is_its_status_whatever_is_applied_for():
    # «о поступлении заявления на компенсацию»: the compensation is what the case is for, no
    # object of the notice
    assert codes("Уведомление о поступлении заявления на компенсацию в работу") == ["status"]
    # an answer received is the answer, whatever its request was about
    assert codes("Получение ответа на запрос о регистрации права собственности") == ["result"]


@pytest.mark.parametrize("text", [
    # a channel's name alone in a needs cell: the need read inside the name is a guess
    "Многофункциональный центр предоставления государственных и муниципальных услуг",
    "Многофункциональный центр «Мои документы»",
    "Региональный портал государственных и муниципальных услуг",
])
def test_a_channels_name_alone_is_no_sure_need(text):
    assert all(m.needs_review for m in match_needs(text))


@pytest.mark.parametrize("text, want", [
    # a channel named with the need stated apart from its name — in brackets, after a preposition
    # or a dash — is no channel's name alone: the need is sure
    ("Многофункциональный центр (приём документов)", ["submission"]),
    ("Портал госуслуг (подача заявления)", ["submission"]),
    ("Электронная почта для направления обращений", ["submission"]),
    ("Телефон горячей линии для консультаций", ["consultation"]),
    ("Сайт министерства — информация о мерах поддержки", ["information"]),
    ("Личный кабинет заявителя на портале с уведомлениями о ходе рассмотрения", ["status"]),
    ("Многофункциональный центр — подача заявления", ["submission"]),
    # a need's own word leads, the channel only where it is done
    ("Запись на приём через МФЦ", ["other"]),
])
def test_a_channel_named_with_a_need_apart_is_no_name_alone(text, want):
    ms = match_needs(text)
    assert [m.code for m in ms] == want and not any("+channel" in m.method or m.needs_review for m in ms)


@pytest.mark.parametrize("text, want", [
    # a need led by its own word stays sure, whatever channel it names
    ("Выездной осмотр пасеки инспектором", ["inspection_objects"]),
    ("Обратная связь о работе приёмной", ["feedback"]),
    ("Подача заявления через портал госуслуг", ["submission"]),
])
def test_a_need_named_with_its_channel_stays_sure(text, want):
    ms = match_needs(text)
    assert [m.code for m in ms] == want and not any(m.needs_review for m in ms)


@pytest.mark.parametrize("text, want", [
    # the answer to a complaint of someone or something («на врача», «о задержке выплаты») is
    # feedback's result, as writers who never saw the vocabulary code it — still a guess, in review
    ("Узнать итоги рассмотрения жалобы на хамство водителя", "feedback_result"),
    ("Получение ответа на жалобу о задержке выплаты пособия", "feedback_result"),
    # one against a decision contests it: an appeal's answer; a bare complaint tells nothing
    ("Получение ответа на жалобу на решение об отказе в субсидии", "result"),
    ("Получение ответа на жалобу", "result"),
])
def test_the_answer_to_a_complaint_by_what_it_is_about(text, want):
    ms = match_needs(text)
    assert [m.code for m in ms] == [want] and all(m.needs_review for m in ms)


def test_the_answer_to_a_complaint_filed_as_a_paper_is_the_papers():
    assert codes("Подать жалобу на грубость охранника и получить ответ на неё") == ["submission", "result"]


def test_a_word_of_the_rules_cut_with_a_hyphen_is_read():
    # «кач-во»: качество, a word the rules name (a complaint of quality), cut as a clerk cuts
    from normalizers.need_grammar import grammar
    from normalizers.phrase import words
    assert [w.lemma for w in words("оценка кач-ва", grammar().speller)][-1] == "качество"


def test_a_complaints_answer_read_with_no_code_saying_whose_is_a_guess():
    # a complaint and its answer named, and only a filing read: whose answer, feedback's or an appeal's?
    assert all(m.needs_review for m in match_needs("На жалобу о протечке крыши до сих пор не ответили"))
    # a code that says whose answer it is leaves it sure: feedback's result, an appeal, a stage
    for text in ("Пожаловаться на работу гардероба и узнать, что решили",
                 "Подать жалобу в досудебном порядке и получить ответ",
                 "Узнать, на каком этапе рассмотрение моей жалобы"):
        assert not any(m.needs_review for m in match_needs(text)), text


def test_answered_complaint_by_its_words():
    from normalizers.need_complaint import answered_complaint
    assert answered_complaint("Жалоба на шум, ответа нет", frozenset({"submission"}))
    assert not answered_complaint("Жалоба на шум, ответа нет", frozenset({"submission", "status"}))
    assert not answered_complaint("Подача жалобы на шум", frozenset({"submission"}))


@pytest.mark.parametrize("cell", [
    # an answer governing the complaint, a bare answer in a clause after it, the verb said of it
    "Ответ министерства на жалобу",
    "Получение результатов рассмотрения жалоб",
    "Жаловалась на сырость в квартире, ответа нет",
    "Подать жалобу на грубость охранника и получить ответ на неё",
    "Меры, принятые по моей жалобе",
    "По жалобе на шум ничего не решили",
])
def test_an_answer_to_a_complaint_is_told_by_structure(cell):
    from normalizers.need_complaint import answered_complaint
    assert answered_complaint(cell, frozenset({"submission", "result"}))


@pytest.mark.parametrize("cell", [
    # the answer word is what the complaint is about, the client's own aim, or the answer of
    # something else: no complaint answered
    "Подать жалобу на решение об отказе",
    "Подача жалобы на результат проверки",
    "Жалоба на меры, принятые инспектором",
    "Жалоба на ответ специалиста",
    "Жалоба на решение и бездействие должностного лица",
    "Пожаловаться на соседей, чтобы решить вопрос с шумом",
    "Пожаловаться на шум соседей. Что можно сделать?",
    "Подача жалобы на действия кассира ; Получение результата услуги",
])
def test_an_answer_word_that_answers_no_complaint(cell):
    from normalizers.need_complaint import answered_complaint
    assert not answered_complaint(cell, frozenset({"submission", "result", "feedback"}))


@pytest.mark.parametrize("text, want", [
    ("Подача жалобы на результат проверки", ["submission"]),
    # (neighbours are a third party: a complaint of them is likelier an appeal filed, needs22)
    ("Пожаловаться на соседей, чтобы решить вопрос с шумом", ["submission"]),
    ("Подача жалобы на действия кассира. Получение результата услуги", ["submission", "result"]),
])
def test_a_complaint_with_no_answer_asked_keeps_its_reading(text, want):
    # no answer asked of the complaint: the `answered_complaint` doubt takes no score off
    assert [m.code for m in match_needs(text) if "+answered" not in m.method] == want


@pytest.mark.parametrize("text, want", [
    # the client tells that something awaited has not come, then asks: the story names no need
    ("Уведомления так и нет — на какой стадии моё заявление?", ["status"]),
    ("Не пришла выплата за май — хочу узнать, на каком этапе заявление", ["status"]),
])
def test_something_that_has_not_come_is_the_story_before_the_request(text, want):
    assert codes(text) == want


def test_a_missing_thing_told_alone_still_names_its_need():
    # nothing else in the cell names a need: the phrase is kept as read
    assert codes("Нет ответа на обращение") != []


@pytest.mark.parametrize("text", [
    # a head nobody read over a chain of nouns of action ending on a known object: what is done
    # to the object is unread, its reading a guess
    "Сроки рассмотрения заявления",
    "Ср. рассмотрения заявки",
])
def test_an_unread_head_over_a_chain_to_its_object_is_a_guess(text):
    assert all(m.needs_review for m in match_needs(text))


def test_an_object_after_its_action_stays_sure():
    assert not any(m.needs_review for m in match_needs("Получение уведомления о рассмотрении заявления"))


@pytest.mark.parametrize("text, want", [
    # two things a modal word wants, listed past the first one's topic: two needs
    ("Хочу консультацию по оформлению пособия и бланк заявления", ["consultation", "forms"]),
    # talking a case over with an official is advice
    ("Побеседовать со специалистом по вопросу опеки", ["consultation"]),
    # thanks said are feedback
    ("Хочу сказать спасибо инспектору", ["feedback"]),
    # something sent in is filed; a blank or an answer sent is what the agency sends
    ("Выслать копию устава организации", ["submission"]),
    ("Вышлите бланк анкеты участника конкурса", ["forms"]),
    ("Переслать разъяснение по начислению налога", ["result"]),
])
def test_needs_in_everyday_words(text, want):
    assert codes(text) == want


@pytest.mark.parametrize("text, want", [
    # sent to the client named in the dative: the agency sends, the client receives
    ("Пришлите мне справку об отсутствии задолженности", ["result"]),
    ("Вышлите мне документы по сделке", ["result"]),
    ("Перешлите мне уведомление о регистрации", ["status"]),
    # no recipient named: the client sends his papers
    ("Прислать документы для регистрации", ["submission"]),
    ("Выслать справку о доходах", ["submission"]),
])
def test_who_sends_is_told_by_the_recipient(text, want):
    assert codes(text) == want


@pytest.mark.parametrize("text, want", [
    # «и» + an owner pronoun + a noun of action in the case of the clause's own: a deed of its own
    # done to the thing just named
    ("Обеспечение возможности получения бланка декларации и её представления в электронном виде",
     ["forms", "submission"]),
    ("Получение справки и её продление", ["result", "submission"]),
])
def test_a_deed_done_to_the_thing_just_named_is_a_need_of_its_own(text, want):
    assert codes(text) == want


def test_whether_after_a_verb_of_asking_and_its_comma_is_what_is_asked():
    # «Как выяснить, зарегистрировали ли …»: the whether-question is what «выяснить» asks
    assert codes("Как выяснить, зарегистрировали ли мою заявку на субсидию?") == ["status"]
    # after «и» it is a question of its own
    assert codes("Подать заявление и узнать, принято ли оно") == ["submission", "status"]
