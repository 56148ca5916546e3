"""Needs worded as a writer of another region would (issue 17, part 3): classes of wording,
each read by a general rule — the phrases are written for these tests from the taxonomy's
definitions (docs/dataset.md, `needs`), not taken from a phrase pool."""
import pytest

from normalizers import match_needs
from normalizers.matcher import REVIEW
from normalizers.need_coord import in_prep_group
from normalizers.need_grammar import grammar
from normalizers.phrase import words


def codes(text):
    return [m.code for m in match_needs(text)]


@pytest.mark.parametrize("text, want", [
    # asking to be advised, with nothing named to be told, is a consultation
    ("Посоветуйте, к кому обратиться по поводу опеки", ["consultation"]),
    ("Порекомендуйте юриста по вопросам наследства", ["consultation"]),
    ("Оформить пособие — подскажите, что для начала сделать?", ["submission", "consultation"]),
    # what is to be told named as the direct object: that is what the client gets
    ("Подскажите правила приёма в спортивную школу", ["information"]),
    ("Подскажите образец доверенности", ["forms"]),
    # where one's own case stands
    ("Подскажите, на какой стадии моё заявление", ["status"]),
])
def test_asking_to_be_advised(text, want):
    assert codes(text) == want


@pytest.mark.parametrize("text, want", [
    # two nouns in the nominative, each naming a need, the first with a prepositional group
    ("Заявка на установку счётчика и информация о ходе её выполнения", ["submission", "status"]),
    ("Заявление о выплате компенсации и сведения о ходе его рассмотрения", ["submission", "status"]),
    ("Справка об отсутствии задолженности и сведения о ходе её оформления", ["result", "status"]),
    ("Обращение о ремонте подъезда и информация о ходе его рассмотрения", ["submission", "status"]),
    # a noun coordinated inside the group stays in it
    ("Обращение о ремонте крыши и подвала", ["submission"]),
    ("Информация о сроках и порядке приёма", ["information"]),
])
def test_subjects_of_their_own_after_a_prepositional_group(text, want):
    assert codes(text) == want


def test_a_prepositional_group_is_in_a_case_its_preposition_takes():
    g = grammar()
    ws = words("заявка на вывоз мусора и информация", g.speller)
    # «вывоз» could be nominative by its form; after «на» it is not
    assert in_prep_group(ws, 0, 4, 5)
    assert not in_prep_group(ws, 0, 4, 5, governs=g.governs)


@pytest.mark.parametrize("text, want", [
    # whom to address is asked as where or how: the question belongs to the verb before it
    ("Узнать, к кому обратиться по вопросу опеки", ["information"]),
    ("Посоветуйте, к кому обратиться по вопросу опеки", ["consultation"]),
    ("Выяснить, у кого получить справку о составе семьи", ["information"]),
])
def test_whom_to_address_is_a_question(text, want):
    assert codes(text) == want


@pytest.mark.parametrize("text, want", [
    # what was done on one's paper is the answer to it; on one's feedback, feedback's result
    ("Что предприняли по моему заявлению о протечке?", ["result"]),
    ("Что уже сделано по моей заявке?", ["result"]),
    ("Как учли моё предложение по благоустройству?", ["feedback_result"]),
    # when one's answer or paper comes: where the case stands
    ("Когда поступит ответ на мой запрос?", ["status"]),
    ("Когда будет готова выписка?", ["status"]),
    # when something starts in general is information
    ("Когда начнётся приём документов на конкурс?", ["information"]),
    # a fact asked in the present is information
    ("Где расположен ближайший офис?", ["information"]),
    ("Что входит в перечень документов для субсидии?", ["information"]),
    # an infinitive or the client himself after the question word: the need itself
    ("Как получить справку о доходах?", ["result"]),
    ("Как мне подать заявление на пособие?", ["submission"]),
])
def test_a_question_on_what_became_of_something(text, want):
    assert codes(text) == want


@pytest.mark.parametrize("text, want", [
    # a compound adjective names a kind by its last part
    ("Оказание информационно-консультационной помощи предпринимателям", ["consultation"]),
    ("Получение организационно-методической поддержки", ["consultation"]),
])
def test_a_compound_adjective_is_the_kind_its_last_part_names(text, want):
    assert codes(text) == want


@pytest.mark.parametrize("text, want", [
    # a control measure the agency issues is its control action; one the client gets, a result
    ("Направление предписания об устранении выявленных нарушений", ["other"]),
    ("Предписание об устранении нарушений санитарных норм", ["other"]),
    ("Получить предостережение по итогам наблюдения за соблюдением требований", ["result"]),
    # a decision sent stays a result's likelier reading
    ("Направление решения о назначении пособия", ["result"]),
])
def test_a_control_measure_by_who_acts(text, want):
    assert codes(text) == want


def test_an_inclusion_in_brackets_ends_at_the_bracket():
    # what follows the closing bracket goes on with the main part
    assert sorted(codes("Получение сведений (в том числе о ходе рассмотрения заявки) и бланков")) == \
        ["forms", "information", "status"]
    assert codes("Получение консультации (в т.ч. по телефону) и образцов документов") == ["consultation", "forms"]


@pytest.mark.parametrize("text, want", [
    # an event the agency holds is what the client is told of, whatever it is of
    ("Информирование о проведении публичных консультаций по проекту постановления", ["information"]),
    ("Оповещение об организации консультирования предпринимателей", ["information"]),
    # a procedure on the client's case still tells its outcome
    ("Информирование о принятии решения по заявке", ["result"]),
])
def test_a_known_word_under_the_agencys_event_is_its_topic(text, want):
    assert codes(text) == want


@pytest.mark.parametrize("text, want", [
    # "дать": what is given decides who gives it
    ("Дайте образец заполнения декларации", ["forms"]),
    ("Дать оценку работе регистратуры", ["feedback"]),
    ("Дайте справку о доходах за год", ["result"]),
    # a word of politeness between commas cuts no need short
    ("Выдайте, пожалуйста, бланк анкеты", ["forms"]),
    ("Выдайте, будьте добры, перечень документов", ["information"]),
])
def test_give_and_polite_words(text, want):
    # read, not guessed past an unread verb: each code is sure
    assert [(m.code, m.score >= REVIEW) for m in match_needs(text)] == [(c, True) for c in want]


@pytest.mark.parametrize("text, want", [
    # a notice of the agency's decision sent to the client is that result
    ("Направление уведомления об отказе в регистрации", ["result"]),
    ("Направление уведомления о результате рассмотрения заявки на грант", ["result"]),
    # a notice the client files of his own doings stays a paper filed
    ("Направление уведомления о начале оказания услуг", ["submission"]),
])
def test_a_notice_sent_of_a_decision(text, want):
    assert codes(text) == want


@pytest.mark.parametrize("text, want", [
    # help with a task is advice on it; help in money or in kind a benefit received
    ("Требуется помощь в составлении жалобы", ["consultation"]),
    ("Получение единовременной материальной помощи", ["result"]),
    # the client speaking: what is sent to me is what I receive
    ("Направьте мне ответ по электронной почте", ["result"]),
    # thanking in the present is an assessment too
    ("Благодарим сотрудников отдела опеки", ["feedback"]),
])
def test_help_thanks_and_to_me(text, want):
    assert codes(text) == want


@pytest.mark.parametrize("text, want", [
    # an official inspecting what the client has: the client presents it
    ("Обследование жилого помещения кандидата в усыновители", ["inspection_objects"]),
    ("Обследование условий проживания несовершеннолетнего", ["inspection_objects"]),
    ("Плановая консультация и досмотр груза", ["consultation", "inspection_objects"]),
    # what the inspection gave is a result
    ("Получение акта осмотра", ["result"]),
])
def test_an_inspection_named_by_its_noun(text, want):
    assert codes(text) == want


@pytest.mark.parametrize("text, want", [
    # a paper asking for advice asks for advice, as "запросить консультацию" does
    ("Заявка на консультацию по вопросам опеки", ["consultation"]),
    ("Обращение за консультацией к юристу", ["consultation"]),
    ("Заявка на выдачу архивной справки", ["submission"]),
    # a claim is a paper filed; on the quality of service, an assessment of it (likelier)
    ("Претензия к качеству обслуживания в МФЦ", ["feedback"]),
])
def test_a_paper_asking_for_advice_and_a_claim(text, want):
    assert codes(text) == want
